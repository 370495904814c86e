/**
 * The generator form's text fields to a `BatchSpec`, with one error per
 * bad field. The batch is centred on the simulated clock.
 */

import {
  type BatchSpec,
  type IdPattern,
  MAX_BATCH,
} from '../model/batchGenerator'
import {
  TIME_UNITS,
  type TimeUnit,
  parseDuration,
  parseUnsigned,
  parseUserId,
  quote,
} from '../model/parse'
import { NS_PER_SEC } from './formatTime'

export interface BatchFields {
  readonly count: string
  readonly ids: IdPattern
  readonly firstId: string
  /** Percent, 0 to 100. */
  readonly tokenShare: string
  readonly spread: string
  readonly spreadUnit: TimeUnit
  readonly seed: string
}

export type BatchFieldName = Exclude<keyof BatchFields, 'ids' | 'spreadUnit'>

export type BatchSpecResult =
  | { readonly ok: true; readonly spec: BatchSpec }
  | {
      readonly ok: false
      readonly errors: Partial<Record<BatchFieldName, string>>
    }

export const ID_PATTERNS: readonly { value: IdPattern; label: string }[] = [
  { value: 'sequential', label: 'sequential from the first id' },
  { value: 'random', label: 'random u64' },
  { value: 'overlap', label: 'half re-used from the map, half sequential' },
]

export function isTimeUnit(v: string): v is TimeUnit {
  return Object.hasOwn(TIME_UNITS, v)
}

export function isIdPattern(v: string): v is IdPattern {
  return ID_PATTERNS.some((p) => p.value === v)
}

function parsePercent(text: string): number | string {
  const t = text.trim()
  const expected = 'expected a percentage from 0 to 100'
  if (!/^\d+(\.\d+)?$/.test(t)) {
    return `token share ${quote(t)} is not a number; ${expected}`
  }
  const v = Number(t)
  if (v > 100) return `token share ${quote(t)} is more than 100; ${expected}`
  return v / 100
}

const I64_MAX = 0x7fff_ffff_ffff_ffffn

export function buildBatchSpec(f: BatchFields, clock: bigint): BatchSpecResult {
  const errors: Partial<Record<BatchFieldName, string>> = {}
  // The batch limit is the playground's, not Rust's: said as such.
  const count = parseUnsigned(
    f.count,
    'how many',
    BigInt(MAX_BATCH),
    'what the playground generates in one batch',
  )
  if (!count.ok) errors.count = count.error
  const firstId = parseUserId(f.firstId)
  if (!firstId.ok)
    errors.firstId = firstId.error.replace(/^user id/, 'first id')
  const share = parsePercent(f.tokenShare)
  if (typeof share === 'string') errors.tokenShare = share
  const spread = parseDuration(f.spread, 'spread', f.spreadUnit)
  if (!spread.ok) errors.spread = spread.error
  else if (spread.value.nanos !== 0) {
    errors.spread =
      `spread ${quote(f.spread.trim())} ${f.spreadUnit} ` +
      'is not a whole number of seconds'
  } else if (spread.value.secs > I64_MAX) {
    // Times are seconds since the epoch as i64 in the saved experiment, so
    // a wider spread could be run but never saved, shared or read back.
    errors.spread =
      `spread ${quote(f.spread.trim())} ${f.spreadUnit} is ` +
      `${spread.value.secs} s, more than i64::MAX (${I64_MAX}) seconds`
  }
  const seed = parseUnsigned(f.seed, 'seed', 0xffff_ffffn, 'u32::MAX')
  if (!seed.ok) errors.seed = seed.error
  if (
    !count.ok ||
    !firstId.ok ||
    typeof share === 'string' ||
    !spread.ok ||
    !seed.ok ||
    Object.keys(errors).length > 0
  ) {
    return { ok: false, errors }
  }
  return {
    ok: true,
    spec: {
      count: Number(count.value),
      ids: f.ids,
      firstId: firstId.value.toString(),
      tokenShare: share,
      centerSecs: (clock / NS_PER_SEC).toString(),
      spreadSecs: spread.value.secs.toString(),
      seed: Number(seed.value),
    },
  }
}
