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
  const [upHi, upLo, upNs] = split(now)
  const lowerNanos = now - maxIdle
  const hasLower = lowerNanos > 0n
  const [lowHi, lowLo, lowNs] = hasLower ? split(lowerNanos) : [0, 0, 0]
  let idle = 0
  let future = 0
  // Written out rather than through a compare function: this runs on
  // every clock move, over every row.
  for (let i = 0; i < order.length; i++) {
    const b = order[i]
    const hi = secsHi[b]
    const lo = secsLo[b]
    const ns = nanos[b]
    if (hi > upHi || (hi === upHi && (lo > upLo || (lo === upLo && ns > upNs))))
      future++
    else if (
      hasLower &&
      (hi < lowHi ||
        (hi === lowHi && (lo < lowLo || (lo === lowLo && ns < lowNs))))
    )
      idle++
  }
  return { idle, future }
}
