/** Sentences for what `extend` and `try_reserve` did to the allocation. */

import { assertNever } from '../model/hashbrown/tryReserveError'
import type { LayoutChange } from '../model/hashbrown/rawTable'
import type { ExtendReport } from '../model/sessionMap'

export function layoutChangeText(c: LayoutChange): string {
  switch (c.kind) {
    case 'resize':
      if (c.fromBuckets === 0) {
        return `allocated a table of ${c.toBuckets} buckets`
      }
      return (
        `resized ${c.fromBuckets} → ${c.toBuckets} buckets, ` +
        `moving ${c.items} ${c.items === 1 ? 'session' : 'sessions'}`
      )
    case 'rehash-in-place':
      return `rehashed in place in ${c.toBuckets} buckets (tombstones cleared)`
    case 'free':
      return `freed the table of ${c.fromBuckets} buckets`
    default:
      return assertNever(c.kind)
  }
}

/** Why `extend` reserved what it did (hashbrown's `Extend` impl). */
export function reserveText(r: ExtendReport): string {
  switch (r.reserveRule) {
    case 'whole-batch':
      return `the map was empty, so extend reserved the whole batch (${r.batch})`
    case 'half-batch':
      return (
        'the map was not empty, so extend reserved only ' +
        `(${r.batch} + 1) / 2 = ${r.reserved}`
      )
    default:
      return assertNever(r.reserveRule)
  }
}

export function overwrittenText(n: number): string {
  if (n === 0) return 'no id was already present'
  // Inserts run in order, so an id repeated within the batch is already
  // present by its second insert, just as one that was in the map.
  const ids = n === 1 ? 'id was' : 'ids were'
  return `${n} ${ids} already present (in the map or earlier in the batch) and overwritten`
}
