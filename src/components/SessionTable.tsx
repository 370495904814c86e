import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useMemo, useRef, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'

import { usePlayground } from '../hooks/usePlayground'
import { useSortedRows } from '../hooks/useSortedRows'
import {
  selectSetTakeInput,
  selectTableData,
  selectTake,
} from '../store/selectors'
import type { SortState } from '../ui/sortOrder'
import { SessionRow } from './SessionRow'
import { SortHeader } from './SortHeader'
import { TableWindowNav } from './TableWindowNav'

/** Every row is this tall (set on the row; `--row-h` in the styles agrees). */
export const ROW_HEIGHT = 64
/**
 * Rows scrolled through at once. Browsers cap an element's height (about
 * 17.9 million px in Firefox, 33.5 million in Chromium), so a million rows
 * of 64 px cannot be one scroll area; larger maps are shown in windows.
 */
export const WINDOW_ROWS = 200_000
const COLUMNS = 5
const BACK_TO_ORDER = "Sort it a third time to see the map's own order."
const ITERATION_ORDER =
  'In the map’s iteration order: bucket by bucket, ' +
  'as for (id, session) in &map visits them.'
const nf = new Intl.NumberFormat('en-US')

const HEADERS = [
  ['id', 'user id'],
  ['token', 'token'],
  ['lastActive', 'last active (UTC)'],
  ['idle', 'idle for'],
  ['retain', 'kept by retain?'],
] as const

/**
 * Every session, virtualised: only the rows in view (plus a few) are in
 * the DOM, whatever the map's size. Default order is the map's iteration
 * order; each header sorts.
 */
export function SessionTable() {
  const { map, view, clock, maxIdle } = usePlayground(
    useShallow(selectTableData),
  )
  const setTakeInput = usePlayground(selectSetTakeInput)
  const take = usePlayground(selectTake)
  // A row is a shortcut for the take form: it fills the form, then runs it.
  // Over a history step both actions do nothing (the store is read-only).
  const takeRow = useCallback(
    (id: string) => {
      setTakeInput(id)
      take(BigInt(id))
    },
    [setTakeInput, take],
  )
  const [sort, setSort] = useState<SortState | null>(null)
  const allRows = useSortedRows(map, view.order, sort, clock, maxIdle)
  const [wantedStart, setWindowStart] = useState(0)
  const lastStart =
    Math.max(0, Math.ceil(allRows.length / WINDOW_ROWS) - 1) * WINDOW_ROWS
  const start = Math.min(wantedStart, lastStart)
  const rows = useMemo(
    () => allRows.subarray(start, start + WINDOW_ROWS),
    [allRows, start],
  )
  // The virtualiser measures every row of the window again whenever this
  // function changes, so it changes only with the rows; and the key is the
  // bucket, not the id, which would cost a bigint and a string per row.
  // A bucket holds one session for as long as the rows stay the same.
  const getItemKey = useCallback((i: number) => rows[i], [rows])
  const scrollRef = useRef<HTMLDivElement>(null)
  // TanStack Virtual keeps its own mutable state, which the React
  // Compiler cannot memoise; this component is not compiled.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey,
  })
  const items = virtualizer.getVirtualItems()
  const top = items.length > 0 ? items[0].start : 0
  const bottom =
    items.length > 0
      ? virtualizer.getTotalSize() - items[items.length - 1].end
      : 0
  const sortedBy = HEADERS.find(([c]) => c === sort?.column)?.[1]

  return (
    <section className="sessions" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Sessions</h2>
      <p className="table-note" id="sessions-note">
        {sortedBy
          ? `Sorted by ${sortedBy}, ${sort?.direction}. ${BACK_TO_ORDER}`
          : ITERATION_ORDER}{' '}
        Rows marked removed are those retain would remove now. Click a row (or
        press Enter on it) to take its token.
      </p>
      <div ref={scrollRef} className="table-scroll">
        <table
          className="session-table"
          aria-rowcount={allRows.length + 1}
          aria-describedby="sessions-note"
        >
          <caption className="visually-hidden">
            {nf.format(allRows.length)} sessions
          </caption>
          <colgroup>
            <col className="col-id" />
            <col className="col-token" />
            <col className="col-time" />
            <col className="col-idle" />
            <col className="col-verdict" />
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              {HEADERS.map(([column, label]) => (
                <SortHeader
                  key={column}
                  column={column}
                  label={label}
                  sort={sort}
                  onSort={setSort}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {top > 0 ? (
              <tr aria-hidden="true" className="spacer" style={{ height: top }}>
                <td colSpan={COLUMNS} />
              </tr>
            ) : null}
            {items.map((item) => (
              <SessionRow
                key={item.key}
                map={map}
                bucket={rows[item.index]}
                rowIndex={start + item.index + 2}
                height={ROW_HEIGHT}
                now={clock}
                maxIdle={maxIdle}
                onPick={takeRow}
              />
            ))}
            {bottom > 0 ? (
              <tr
                aria-hidden="true"
                className="spacer"
                style={{ height: bottom }}
              >
                <td colSpan={COLUMNS} />
              </tr>
            ) : null}
          </tbody>
        </table>
        {rows.length === 0 ? (
          <p className="empty-table">The map is empty.</p>
        ) : null}
      </div>
      {allRows.length > WINDOW_ROWS ? (
        <TableWindowNav
          start={start}
          size={rows.length}
          total={allRows.length}
          window={WINDOW_ROWS}
          onMove={setWindowStart}
        />
      ) : null}
    </section>
  )
}
