const nf = new Intl.NumberFormat('en-US')

interface Props {
  readonly start: number
  readonly size: number
  readonly total: number
  readonly window: number
  readonly onMove: (start: number) => void
}

/** Moves between windows of rows when a map is too large to scroll at once. */
export function TableWindowNav({ start, size, total, window, onMove }: Props) {
  return (
    <p className="table-window">
      <button
        type="button"
        disabled={start === 0}
        onClick={() => onMove(start - window)}
      >
        previous {nf.format(window)} rows
      </button>
      <span>
        rows {nf.format(start + 1)}–{nf.format(start + size)} of{' '}
        {nf.format(total)}
      </span>
      <button
        type="button"
        disabled={start + size >= total}
        onClick={() => onMove(start + window)}
      >
        next {nf.format(window)} rows
      </button>
    </p>
  )
}
