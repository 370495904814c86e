/**
 * Orders of the session table. The map's own order is `fullBuckets()`
 * (iteration order); every other order is a permutation of it, sorted on
 * the table's columns directly so that a million rows sort without
 * creating a million objects. Ties keep iteration order.
 */

import type { SessionMap } from '../model/sessionMap'
import { NS_PER_SEC } from './formatTime'
import { sortBucketsBy, sortStrings } from './radixSort'

export const SORT_COLUMNS = [
  'id',
  'token',
  'lastActive',
  'idle',
  'retain',
] as const
export type SortColumn = (typeof SORT_COLUMNS)[number]
export type SortDirection = 'ascending' | 'descending'
export interface SortState {
  readonly column: SortColumn
  readonly direction: SortDirection
}

export function sortById(map: SessionMap, order: Uint32Array): Uint32Array {
  const { keyHi, keyLo } = map.table.cols
  return sortBucketsBy(order, [keyHi, keyLo])
}

/** `None` first, then tokens by UTF-16 code units. */
export function sortByToken(map: SessionMap, order: Uint32Array): Uint32Array {
  const { tokens } = map.table.cols
  // The `None` rows go first as they come; only the `Some` rows are
  // compared, their strings read once into a dense array.
  const n = order.length
  const out = new Uint32Array(n)
  const some = new Uint32Array(n)
  const text: string[] = []
  let k = 0
  for (let i = 0; i < n; i++) {
    const b = order[i]
    const t = tokens[b]
    if (t === null) out[k++] = b
    else some[text.push(t) - 1] = b
  }
  const idx = sortStrings(text)
  for (let i = 0; i < idx.length; i++) out[k++] = some[idx[i]]
  return out
}

export function sortByLastActive(
  map: SessionMap,
  order: Uint32Array,
): Uint32Array {
  const { secsHi, secsLo, nanos } = map.table.cols
  return sortBucketsBy(order, [secsHi, secsLo, nanos])
}

/** `last_active` of a bucket in exact nanoseconds. */
export function lastActiveNanos(map: SessionMap, bucket: number): bigint {
  const { secsHi, secsLo, nanos } = map.table.cols
  const secs = (BigInt(secsHi[bucket]) << 32n) | BigInt(secsLo[bucket])
  return secs * NS_PER_SEC + BigInt(nanos[bucket])
}

/** First position in `sorted` whose last_active is >= `t` (or > when strict). */
function lowerBound(
  map: SessionMap,
  sorted: Uint32Array,
  t: bigint,
  strict: boolean,
): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const v = lastActiveNanos(map, sorted[mid])
    if (v < t || (strict && v === t)) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Kept sessions first, then those removed for being idle too long, then
 * those dated after `now`; each group by last_active. Built from the
 * last_active order in linear time, so moving the clock does not re-sort.
 */
export function retainOrder(
  map: SessionMap,
  byLastActive: Uint32Array,
  now: bigint,
  maxIdle: bigint,
): Uint32Array {
  const firstKept = lowerBound(map, byLastActive, now - maxIdle, false)
  const firstFuture = lowerBound(map, byLastActive, now, true)
  const out = new Uint32Array(byLastActive.length)
  out.set(byLastActive.subarray(firstKept, firstFuture), 0)
  out.set(byLastActive.subarray(0, firstKept), firstFuture - firstKept)
  out.set(byLastActive.subarray(firstFuture), firstFuture)
  return out
}

/** Same buckets, last first. */
export function reversed(order: Uint32Array): Uint32Array {
  return order.slice().reverse()
}
