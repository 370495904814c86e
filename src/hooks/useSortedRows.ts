import { useMemo } from 'react'

import type { SessionMap } from '../model/sessionMap'
import {
  type SortState,
  retainOrder,
  reversed,
  sortById,
  sortByLastActive,
  sortByToken,
} from '../ui/sortOrder'
import { assertNever } from '../model/hashbrown/tryReserveError'

/**
 * The table's rows as bucket indices. `order` is the map's iteration order
 * and a new array after every change to the map, so the sorts below re-run
 * exactly when the map changed; the retain order alone follows the clock,
 * in linear time.
 */
export function useSortedRows(
  map: SessionMap,
  order: Uint32Array,
  sort: SortState | null,
  now: bigint,
  maxIdle: bigint,
): Uint32Array {
  const column = sort?.column ?? null
  const base = useMemo(() => {
    switch (column) {
      case null:
        return order
      case 'id':
        return sortById(map, order)
      case 'token':
        return sortByToken(map, order)
      case 'lastActive':
      case 'idle':
      case 'retain':
        return sortByLastActive(map, order)
      default:
        return assertNever(column)
    }
  }, [map, order, column])
  const descending = sort?.direction === 'descending'
  // Only the retain order depends on the clock; other orders ignore it so
  // that moving the clock does not copy a million rows for nothing.
  const retainNow = column === 'retain' ? now : null
  const retainMax = column === 'retain' ? maxIdle : null
  return useMemo(() => {
    const ascending =
      column === 'idle'
        ? reversed(base)
        : retainNow !== null && retainMax !== null
          ? retainOrder(map, base, retainNow, retainMax)
          : base
    return descending ? reversed(ascending) : ascending
  }, [map, base, column, descending, retainNow, retainMax])
}
