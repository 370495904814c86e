/**
 * "Why this result": one or two plain sentences per operation, computed
 * from the model's own figures before and after it ran.
 */

import {
  ELEMENT_SIZE,
  bucketMaskToCapacity,
  capacityToBuckets,
  layoutForBuckets,
} from './hashbrown/capacity'
import type { LayoutChange } from './hashbrown/rawTable'
import { assertNever } from './hashbrown/tryReserveError'
import type { TableStats } from './inspect'
import { USIZE_MAX } from './u64'
import type { OpOutcome, ScriptOp } from './script'

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n} ${n === 1 ? one : many}`

function describeChange(c: LayoutChange): string {
  switch (c.kind) {
    case 'resize':
      return c.fromBuckets === 0
        ? `allocated ${c.toBuckets} buckets`
        : `reallocated ${c.fromBuckets} → ${c.toBuckets} buckets and moved every entry`
    case 'rehash-in-place':
      return `rehashed ${c.items} entries in place in the same ${c.toBuckets} buckets`
    case 'free':
      return `freed all ${c.fromBuckets} buckets`
    default:
      return assertNever(c.kind)
  }
}

/** Capacity that `buckets` buckets give (0 buckets: nothing allocated). */
function capacityOf(buckets: bigint): bigint {
  return buckets === 0n ? 0n : BigInt(bucketMaskToCapacity(Number(buckets) - 1))
}

function explainReserve(
  additional: bigint,
  before: TableStats,
  after: TableStats,
  ok: boolean,
): string {
  const needed = BigInt(before.len) + additional
  if (!ok) {
    if (needed > USIZE_MAX) {
      return (
        `len + additional = ${before.len} + ${additional} overflows usize, so Rust reports ` +
        'CapacityOverflow before asking for memory; the map is unchanged.'
      )
    }
    const buckets = capacityToBuckets(needed)
    if (buckets === null) {
      return (
        `${needed} items × 8 / 7 does not fit in a usize, so Rust reports ` +
        'CapacityOverflow before asking for memory; the map is unchanged.'
      )
    }
    const layout = layoutForBuckets(buckets)
    if (layout === null) {
      return (
        `${needed} items need ${buckets} buckets, whose size in bytes ` +
        `(${ELEMENT_SIZE} per bucket, plus control bytes) passes isize::MAX, ` +
        'so Rust reports CapacityOverflow before asking for memory; ' +
        'the map is unchanged.'
      )
    }
    return (
      `${needed} items need ${buckets} buckets, a table of ${layout.size} ` +
      'bytes, more than the allocator can give, so Rust reports an ' +
      'AllocError; the map is unchanged.'
    )
  }
  if (additional <= BigInt(before.growthLeft)) {
    return (
      `growth_left was ${before.growthLeft} ≥ ${additional}, so try_reserve had ` +
      'nothing to do.'
    )
  }
  if (after.buckets === before.buckets) {
    return (
      `len + additional = ${needed} fits in half of the full capacity ` +
      `(${bucketMaskToCapacity(before.buckets - 1)}), so the ` +
      `${plural(before.tombstones, 'tombstone')} ` +
      `were cleared by a rehash in place; capacity is ${after.capacity} again.`
    )
  }
  return (
    `needed ${needed} → ${after.buckets} buckets (capacity ${after.capacity}), so the ` +
    `table was ${before.buckets === 0 ? 'allocated' : 'reallocated and every entry moved'}.`
  )
}

/** One or two sentences on why `op` gave `outcome`. */
export function explain(
  op: ScriptOp,
  outcome: OpOutcome,
  before: TableStats | null,
  after: TableStats | null,
): string {
  switch (outcome.op) {
    case 'new': {
      if (outcome.panic !== null) {
        return 'try_reserve failed inside new, and .expect() turned the error into a panic.'
      }
      const n = op.op === 'new' ? BigInt(op.expected) : 0n
      if (n === 0n)
        return 'try_reserve(0) on an empty map allocates nothing: capacity 0.'
      const buckets = capacityToBuckets(n) ?? 0n
      return (
        `try_reserve(${n}) on an empty map: ${buckets} buckets, ` +
        `capacity ${capacityOf(buckets)}.`
      )
    }
    case 'try_reserve':
      if (op.op !== 'try_reserve' || !before || !after) return ''
      return explainReserve(BigInt(op.additional), before, after, outcome.ok)
    case 'extend': {
      const r = outcome.report
      const reserve =
        r.reserveRule === 'whole-batch'
          ? `the map was empty, so extend reserved the whole batch (${r.reserved})`
          : `the map was not empty, so extend reserved only (n+1)/2 = ${r.reserved}`
      const changes = r.changes.length
        ? `; then it ${r.changes.map(describeChange).join(', then ')}`
        : '; no reallocation was needed'
      const over = r.overwritten
        ? ` ${plural(r.overwritten, 'id')} already present ` +
          `${r.overwritten === 1 ? 'was' : 'were'} overwritten.`
        : ''
      return `${reserve}${changes}.${over}`
    }
    case 'snapshot':
      return before
        ? `clone copied ${plural(before.len, 'entry', 'entries')} ` +
            `and all ${before.buckets} buckets ` +
            `(tombstones too), so the snapshot has capacity ${before.capacity} like the original.`
        : ''
    case 'restore':
      return after
        ? `sessions = snapshot.clone(): the same ${after.buckets} buckets and order as when the ` +
            'snapshot was taken; the snapshot itself is unchanged.'
        : ''
    case 'cleanup': {
      if (!before || !after) return ''
      const removed = outcome.report.removedCount
      const newTombs = after.tombstones - before.tombstones
      const base = `retain removed ${plural(removed, 'session')}`
      if (removed === 0)
        return `${base}: every session was idle for at most max_idle.`
      if (newTombs > 0 && after.capacity < before.capacity + removed) {
        return (
          `${base} and left ${plural(newTombs, 'tombstone')}, so capacity is now ` +
          `${after.capacity} although no entry was added.`
        )
      }
      return `${base}; each freed slot became EMPTY, so capacity stays ${after.capacity}.`
    }
    case 'take': {
      if (op.op !== 'take') return ''
      if (outcome.token !== null) {
        return `get_mut found ${op.id} and Option::take moved its token out, leaving None.`
      }
      return outcome.found
        ? `session ${op.id} has no token left: Option::take on None returns None.`
        : `there is no session ${op.id}: get_mut returned None, so consume_token returns None.`
    }
    case 'shrink_to_fit':
      return before && after
        ? after.buckets === before.buckets
          ? `${before.len} entries already need all ${before.buckets} buckets, so ` +
            'shrink_to_fit did nothing (tombstones stay).'
          : `shrink_to_fit moved ${before.len} entries ` +
            `from ${before.buckets} to ${after.buckets} buckets.`
        : ''
    default:
      return assertNever(outcome)
  }
}
