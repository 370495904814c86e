/**
 * How the current map differs from a snapshot, by user id. Both maps are
 * only read. Lists are cut at `limit` ids each (in the iteration order of
 * the map the id comes from); the counts are always complete.
 */

import type { Session } from '../model/session'
import type { SessionMap } from '../model/sessionMap'
import { compareTime } from '../model/rust/time'

export interface DiffPart {
  readonly count: number
  readonly ids: readonly bigint[]
}

export interface MapDiff {
  /** In the current map, not in the snapshot. */
  readonly added: DiffPart
  /** In the snapshot, not in the current map. */
  readonly removed: DiffPart
  /** Same last_active; the snapshot has `Some(token)`, the map `None`. */
  readonly tokenTaken: DiffPart
  /** Present in both with any other difference. */
  readonly changed: DiffPart
  readonly unchanged: number
}

function collector(limit: number) {
  const ids: bigint[] = []
  let count = 0
  return {
    add(id: bigint) {
      if (count < limit) ids.push(id)
      count++
    },
    part: (): DiffPart => ({ count, ids }),
  }
}

function sameSession(a: Session, b: Session): boolean {
  return a.token === b.token && compareTime(a.lastActive, b.lastActive) === 0
}

/** `currentOrder` is `current.fullBuckets()`, which the caller already has. */
export function diffMaps(
  snapshot: SessionMap,
  current: SessionMap,
  currentOrder: Uint32Array,
  limit = 20,
): MapDiff {
  const added = collector(limit)
  const removed = collector(limit)
  const tokenTaken = collector(limit)
  const changed = collector(limit)
  let unchanged = 0
  for (const b of snapshot.fullBuckets()) {
    const id = snapshot.keyAt(b)
    const before = snapshot.sessionAt(b)
    const now = current.get(id)
    if (now === undefined) removed.add(id)
    else if (sameSession(before, now)) unchanged++
    else if (
      before.token !== null &&
      now.token === null &&
      compareTime(before.lastActive, now.lastActive) === 0
    )
      tokenTaken.add(id)
    else changed.add(id)
  }
  for (const b of currentOrder) {
    const id = current.keyAt(b)
    if (!snapshot.has(id)) added.add(id)
  }
  return {
    added: added.part(),
    removed: removed.part(),
    tokenTaken: tokenTaken.part(),
    changed: changed.part(),
    unchanged,
  }
}
