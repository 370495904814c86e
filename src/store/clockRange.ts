/**
 * The range and step of the simulated clock's slider. The range covers
 * every session's last_active and the current clock, with a margin on both
 * sides; the step is a round duration chosen so the slider has at most
 * `MAX_STEPS` positions. The grid is anchored at the clock as it was when
 * the range was computed, so the clock sits on a position and one step
 * from it is exactly one `step`; every position is `min + k × step`.
 */

import { MAX_SYSTEM_TIME_SECS } from '../model/rust/time'
import type { SessionMap } from '../model/sessionMap'
import { NS_PER_SEC } from '../ui/formatTime'

export interface ClockRange {
  /** Nanoseconds since the epoch. */
  readonly min: bigint
  /** Nanoseconds since the epoch; min + k × step for some k >= 1. */
  readonly max: bigint
  /** Nanoseconds per slider position. */
  readonly step: bigint
}

export const MAX_STEPS = 2000n

const S = NS_PER_SEC
const MIN = 60n * S
const HOUR = 60n * MIN
const DAY = 24n * HOUR
const YEAR = 365n * DAY
const NICE_STEPS = [
  S,
  5n * S,
  15n * S,
  MIN,
  5n * MIN,
  15n * MIN,
  HOUR,
  6n * HOUR,
  DAY,
  7n * DAY,
  30n * DAY,
  YEAR,
] as const

const TIME_MAX = MAX_SYSTEM_TIME_SECS * S + S - 1n

function niceStep(span: bigint): bigint {
  for (const step of NICE_STEPS) if (span / step <= MAX_STEPS) return step
  let step = YEAR * 10n
  while (span / step > MAX_STEPS) step *= 10n
  return step
}

/** Earliest and latest last_active in the map, or null when it is empty. */
export function lastActiveBounds(
  map: SessionMap,
): { readonly first: bigint; readonly last: bigint } | null {
  if (map.len === 0) return null
  const { secsHi, secsLo, nanos } = map.table.cols
  let minB = -1
  let maxB = -1
  const later = (a: number, b: number) =>
    secsHi[a] - secsHi[b] || secsLo[a] - secsLo[b] || nanos[a] - nanos[b]
  for (const b of map.fullBuckets()) {
    if (minB < 0 || later(b, minB) < 0) minB = b
    if (maxB < 0 || later(b, maxB) > 0) maxB = b
  }
  const at = (b: number) =>
    ((BigInt(secsHi[b]) << 32n) | BigInt(secsLo[b])) * S + BigInt(nanos[b])
  return { first: at(minB), last: at(maxB) }
}

export function clockRange(
  bounds: { readonly first: bigint; readonly last: bigint } | null,
  clock: bigint,
): ClockRange {
  const lo = bounds && bounds.first < clock ? bounds.first : clock
  const hi = bounds && bounds.last > clock ? bounds.last : clock
  const tenth = (hi - lo) / 10n
  const margin = tenth > HOUR ? tenth : HOUR
  const step = niceStep(hi - lo + 2n * margin)
  const stepsBack = ceilDiv(clock - lo + margin, step)
  const stepsAhead = ceilDiv(hi + margin - clock, step)
  const min = clock - minBig(stepsBack, clock / step) * step
  const max = clock + minBig(stepsAhead, (TIME_MAX - clock) / step) * step
  return { min, max: max > min ? max : min + step, step }
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b
}

function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b
}

/** The slider position of `clock` (rounded down onto the grid). */
export function clockPosition(range: ClockRange, clock: bigint): number {
  return Number((clock - range.min) / range.step)
}

export function clockSteps(range: ClockRange): number {
  return Number((range.max - range.min) / range.step)
}

/** The clock at slider position `k`, clamped to the range. */
export function clockAt(range: ClockRange, k: number): bigint {
  const steps = clockSteps(range)
  const clamped = Math.min(Math.max(Math.trunc(k), 0), steps)
  return range.min + BigInt(clamped) * range.step
}
