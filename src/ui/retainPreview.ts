/**
 * How many sessions `cleanup_inactive` would remove right now, counted on
 * the table's columns without creating a bigint per row, so the count can
 * follow the clock slider over a million sessions.
 */

import type { SessionMap } from '../model/sessionMap'
import { NS_PER_SEC } from './formatTime'

/** A time as the columns hold it: [secs high 32 bits, low 32 bits, nanos]. */
type Split = readonly [number, number, number]

function split(nanos: bigint): Split {
  const secs = nanos / NS_PER_SEC
  return [
    Number(secs >> 32n),
    Number(secs & 0xffff_ffffn),
    Number(nanos % NS_PER_SEC),
  ]
}

export interface RetainPreview {
  /** last_active older than now - max_idle. */
  readonly idle: number
  /** last_active after now. */
  readonly future: number
}

export function previewRetain(
  map: SessionMap,
  order: Uint32Array,
  now: bigint,
  maxIdle: bigint,
): RetainPreview {
  const { secsHi, secsLo, nanos } = map.table.cols
  const upper = split(now)
  const lowerNanos = now - maxIdle
  const lower = lowerNanos > 0n ? split(lowerNanos) : null
  const cmp = (b: number, t: Split) =>
    secsHi[b] - t[0] || secsLo[b] - t[1] || nanos[b] - t[2]
  let idle = 0
  let future = 0
  for (const b of order) {
    if (cmp(b, upper) > 0) future++
    else if (lower !== null && cmp(b, lower) < 0) idle++
  }
  return { idle, future }
}
