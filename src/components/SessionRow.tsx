import type { KeyboardEvent, MouseEvent } from 'react'

import { debugOptionString } from '../model/rust/debugStr'
import type { SessionMap } from '../model/sessionMap'
import { formatUtcShort } from '../ui/formatTime'
import { idleText, retainVerdict, verdictReason } from '../ui/retainVerdict'
import { lastActiveNanos } from '../ui/sortOrder'

interface Props {
  readonly map: SessionMap
  readonly bucket: number
  /** 1-based row number in the whole table, header included. */
  readonly rowIndex: number
  /** Pixels; the virtualiser places rows by it. */
  readonly height: number
  readonly now: bigint
  readonly maxIdle: bigint
  readonly onPick: (id: string) => void
}

/** One session; clicking it (or Enter) takes its token. */
export function SessionRow({
  map,
  bucket,
  rowIndex,
  height,
  now,
  maxIdle,
  onPick,
}: Props) {
  const id = map.keyAt(bucket).toString()
  const token = debugOptionString(map.table.cols.tokens[bucket])
  const last = lastActiveNanos(map, bucket)
  const [date, time] = formatUtcShort(last).split(' ')
  const verdict = retainVerdict(last, now, maxIdle)
  const reason = verdictReason(verdict, maxIdle)
  // Taking is not undoable, so only a deliberate press takes: not a held
  // Enter, not the second click of a double-click (selecting an id to copy
  // it), not the click that ends a drag selecting text.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !e.repeat) onPick(id)
  }
  const onClick = (e: MouseEvent) => {
    if (e.detail > 1) return
    if (window.getSelection()?.isCollapsed === false) return
    onPick(id)
  }
  return (
    <tr
      tabIndex={0}
      aria-rowindex={rowIndex}
      style={{ height }}
      className={verdict.keep ? 'row row-kept' : 'row row-removed'}
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      <td className="cell-id">
        <code>{id}</code>
      </td>
      <td className="cell-token" title={token}>
        <code>{token}</code>
      </td>
      <td className="cell-time">
        <div className="cell-clip">
          <span>{date}</span>
          <span>{time}</span>
        </div>
      </td>
      <td className="cell-idle">
        <div className="cell-clip">{idleText(last, now)}</div>
      </td>
      <td className="cell-verdict" title={reason}>
        <div className="cell-clip verdict">
          <span
            className={
              verdict.keep ? 'badge badge-kept' : 'badge badge-removed'
            }
          >
            {verdict.keep ? 'kept' : 'removed'}
          </span>{' '}
          <span className="reason">{reason}</span>
        </div>
      </td>
    </tr>
  )
}
