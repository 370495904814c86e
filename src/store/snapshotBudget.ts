/**
 * How much of the page's memory snapshots may take. A `clone` of a big
 * map copies every column of its table; five clones of a million sessions
 * are fine, but enough of them would exhaust the tab's memory and crash
 * it, losing the experiment. So the store refuses a clone that would take
 * the snapshots past a budget, and says so, instead.
 *
 * The estimate is of this page's JavaScript copy, not of Rust's (that is
 * `ui/snapshotCost.ts`): per bucket, the five 32-bit columns, a byte of
 * token length and one token reference (V8 compresses pointers to 4
 * bytes), plus the control bytes. Token strings are shared between a map
 * and its clones, as JavaScript strings are immutable, so they are not
 * counted.
 */

import { GROUP_WIDTH } from '../model/hashbrown/capacity'
import { Columns } from '../model/hashbrown/columns'
import type { SessionMap } from '../model/sessionMap'

/** What all snapshots together may hold, in bytes. */
export const SNAPSHOT_BUDGET_BYTES = 300_000_000

/** A compressed V8 pointer: what one slot of the token array costs. */
const POINTER_BYTES = 4

/** Bytes a clone of `map` occupies in this page, estimated. */
export function snapshotBytes(map: SessionMap): number {
  const t = map.table
  const buckets = t.bucketMask + 1
  const ctrl = buckets + GROUP_WIDTH
  return buckets * Columns.bytesPerBucket(POINTER_BYTES) + ctrl
}

const MB = 1_000_000

function mb(bytes: number): string {
  return `${Math.ceil(bytes / MB)} MB`
}

/**
 * Why cloning `map` onto `timeline` is refused, naming the figures, or
 * null when it fits within `budget`.
 */
export function snapshotRefusal(
  map: SessionMap,
  timeline: readonly SessionMap[],
  budget: number = SNAPSHOT_BUDGET_BYTES,
): string | null {
  const held = timeline.reduce((sum, m) => sum + snapshotBytes(m), 0)
  const next = snapshotBytes(map)
  if (held + next <= budget) return null
  return (
    `this snapshot would take about ${mb(next)} of the page's memory; ` +
    `the ${timeline.length} snapshots taken hold about ${mb(held)}, and ` +
    `together they may hold at most ${mb(budget)}. ` +
    'Roll back or start a new program to free them'
  )
}
