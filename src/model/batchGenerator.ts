/**
 * Deterministic batches for `load_sessions`: the same spec and seed (and,
 * for overlapping ids, the same map) always give the same sessions, so a
 * generated batch can be stored in a script as its spec, not its data.
 */

import { type SessionBatch } from './session'
import { U64_MAX } from './u64'

export type IdPattern = 'sequential' | 'random' | 'overlap'

export interface BatchSpec {
  /** Number of sessions, duplicates included. */
  readonly count: number
  /**
   * sequential: firstId, firstId + 1, ... (wrapping past u64::MAX);
   * random: uniform u64 values;
   * overlap: about half re-use ids already in the map, the rest sequential.
   */
  readonly ids: IdPattern
  /** Decimal u64; where sequential ids start. */
  readonly firstId: string
  /** Share of sessions that get a token, 0..=1. */
  readonly tokenShare: number
  /** Centre of the last-active times, seconds since the epoch (decimal). */
  readonly centerSecs: string
  /** Last-active times fall within centre ± spread seconds (decimal). */
  readonly spreadSecs: string
  /** PRNG seed, a 32-bit unsigned integer. */
  readonly seed: number
}

export const MAX_BATCH = 2_000_000

/** mulberry32: a small, fast 32-bit PRNG; good enough for demo data. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }
}

const HEX = '0123456789abcdef'

/**
 * Builds the batch. `existing` is the map's ids in iteration order (only
 * read for the overlap pattern). Times are clamped to 0..=i64::MAX seconds.
 */
export function generateBatch(
  spec: BatchSpec,
  existing: readonly bigint[] = [],
): SessionBatch {
  const n = spec.count
  const next = prng(spec.seed)
  const ids = new BigUint64Array(n)
  const secs = new BigUint64Array(n)
  const nanos = new Uint32Array(n)
  const tokens = new Array<string | null>(n)
  // Tokens are `otp-` and 8 hex digits: ASCII, one byte a character.
  const tokenBytes = new Uint32Array(n)
  const first = BigInt(spec.firstId)
  const center = BigInt(spec.centerSecs)
  const spread = BigInt(spec.spreadSecs)
  const span = Number(spread) * 2 + 1
  const tokenCut = Math.round(spec.tokenShare * 0x1_0000_0000)
  let seq = first
  for (let i = 0; i < n; i++) {
    if (spec.ids === 'random') {
      ids[i] = (BigInt(next()) << 32n) | BigInt(next())
    } else if (spec.ids === 'overlap' && existing.length > 0 && next() & 1) {
      ids[i] = existing[next() % existing.length]
    } else {
      ids[i] = seq
      seq = seq === U64_MAX ? 0n : seq + 1n
    }
    if (next() < tokenCut) {
      let t = 'otp-'
      for (let k = 0; k < 8; k++) t += HEX[next() & 15]
      tokens[i] = t
      tokenBytes[i] = t.length
    } else {
      tokens[i] = null
    }
    const offset = BigInt(Math.floor((next() / 0x1_0000_0000) * span)) - spread
    const s = center + offset
    secs[i] =
      s < 0n ? 0n : s > 0x7fff_ffff_ffff_ffffn ? 0x7fff_ffff_ffff_ffffn : s
    nanos[i] = (next() % 1000) * 1_000_000
  }
  return { ids, tokens, tokenBytes, secs, nanos }
}
