/**
 * Inputs for one benchmark run, built before any timing starts. Both sides
 * build the same sessions from the same seed, each in its own form: a
 * `SessionBatch` for the model, `Session` objects for the `Map` baseline.
 */

import { generateBatch } from '../src/model/batchGenerator'
import { type SipKeys, sipKeys } from '../src/model/rust/sipHash'
import {
  type Duration,
  type SystemTime,
  duration,
  systemTime,
} from '../src/model/rust/time'
import type { SessionBatch } from '../src/model/session'

/** Last-active times are spread evenly over `CENTER ± SPREAD` seconds. */
export const CENTER_SECS = 1_700_000_000n
export const SPREAD_SECS = 3_600n

/** The baseline's value: `Session` with a token `take` can clear. */
export interface MapSession {
  token: string | null
  readonly lastActive: { readonly secs: bigint; readonly nanos: number }
}

interface Common {
  readonly n: number
  /** A tenth of n, drawn from the batch's ids (repeats possible). */
  readonly takeIds: readonly bigint[]
  /** `now` and `max_idle` for `retain`: keeps times in CENTER..=now. */
  readonly now: SystemTime
  readonly maxIdle: Duration
}

export interface ModelInputs extends Common {
  /** Random SipHash keys, as each `RandomState` has its own. */
  readonly keys: SipKeys
  /** n sessions: random u64 ids, every one with a 12-character token. */
  readonly batch: SessionBatch
}

export interface MapInputs extends Common {
  /** The same sessions: ids[i] with sessions[i]. */
  readonly ids: readonly bigint[]
  readonly sessions: readonly MapSession[]
}

/** mulberry32, as in the batch generator; only for picking ids here. */
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

function common(n: number, seed: number) {
  const next = prng(seed ^ 0x5eed)
  const keys = sipKeys(
    (BigInt(next()) << 32n) | BigInt(next()),
    (BigInt(next()) << 32n) | BigInt(next()),
  )
  const batch = generateBatch({
    count: n,
    ids: 'random',
    firstId: '0',
    tokenShare: 1,
    centerSecs: String(CENTER_SECS),
    spreadSecs: String(SPREAD_SECS),
    seed,
  })
  const takeIds = Array.from(
    { length: Math.floor(n / 10) },
    () => batch.ids[next() % n],
  )
  const now = systemTime(CENTER_SECS + SPREAD_SECS)
  return { n, keys, batch, takeIds, now, maxIdle: duration(SPREAD_SECS) }
}

export function modelInputs(n: number, seed: number): ModelInputs {
  return common(n, seed)
}

export function mapInputs(n: number, seed: number): MapInputs {
  const { batch, takeIds, now, maxIdle } = common(n, seed)
  const sessions = Array.from(batch.tokens, (token, i): MapSession => ({
    token,
    lastActive: { secs: batch.secs[i], nanos: batch.nanos[i] },
  }))
  return { n, ids: Array.from(batch.ids), sessions, takeIds, now, maxIdle }
}
