import type { SortColumn, SortState } from '../ui/sortOrder'

interface Props {
  readonly column: SortColumn
  readonly label: string
  readonly sort: SortState | null
  readonly onSort: (next: SortState | null) => void
}

/**
 * A column header that sorts: ascending, then descending, then back to
 * the map's own iteration order.
 */
export function SortHeader({ column, label, sort, onSort }: Props) {
  const active = sort?.column === column ? sort.direction : null
  const next = (): SortState | null => {
    if (active === null) return { column, direction: 'ascending' }
    if (active === 'ascending') return { column, direction: 'descending' }
    return null
  }
  const arrow =
    active === 'ascending' ? '▲' : active === 'descending' ? '▼' : '↕'
  return (
    <th scope="col" aria-sort={active ?? 'none'}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort(next())}
      >
        {label}
        <span className="sort-arrow" aria-hidden="true">
          {arrow}
        </span>
      </button>
    </th>
  )
}
