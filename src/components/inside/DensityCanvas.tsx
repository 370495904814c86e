import { type MouseEvent, useEffect, useRef } from 'react'

import type { DensityCell } from '../../model/inspect'

interface Props {
  readonly cells: readonly DensityCell[]
  /** Buckets shown below, highlighted on the overview. */
  readonly windowStart: number
  readonly windowSize: number
  readonly onPick: (bucket: number) => void
}

const CELL = 10
const COLUMNS = 64

/**
 * Occupancy (blue, darker is fuller) and tombstones (red squares, larger is
 * more) of equal slices of a large table, drawn on one canvas so that two
 * million buckets cost no more DOM than a hundred. Clicking a cell shows
 * its buckets.
 */
export function DensityCanvas({
  cells,
  windowStart,
  windowSize,
  onPick,
}: Props) {
  const ref = useRef<HTMLCanvasElement>(null)
  const cols = Math.min(COLUMNS, cells.length)
  const rows = Math.ceil(cells.length / cols)

  useEffect(() => {
    const ctx = ref.current?.getContext('2d')
    if (!ctx) return
    ctx.clearRect(0, 0, cols * CELL, rows * CELL)
    cells.forEach((c, k) => {
      const x = (k % cols) * CELL
      const y = Math.floor(k / cols) * CELL
      const full = c.full / c.size
      const light = Math.round(94 - full * 64)
      ctx.fillStyle = `hsl(205 80% ${light}%)`
      ctx.fillRect(x, y, CELL - 1, CELL - 1)
      if (c.deleted > 0) {
        const side = Math.max(
          2,
          Math.round(Math.sqrt(c.deleted / c.size) * (CELL - 1)),
        )
        ctx.fillStyle = 'hsl(4 80% 45%)'
        const o = (CELL - 1 - side) / 2
        ctx.fillRect(x + o, y + o, side, side)
      }
      const end = c.start + c.size
      if (c.start < windowStart + windowSize && end > windowStart) {
        ctx.strokeStyle = 'hsl(25 90% 45%)'
        ctx.lineWidth = 2
        ctx.strokeRect(x + 1, y + 1, CELL - 3, CELL - 3)
      }
    })
  }, [cells, cols, rows, windowStart, windowSize])

  function onClick(e: MouseEvent<HTMLCanvasElement>) {
    const r = e.currentTarget.getBoundingClientRect()
    if (r.width === 0 || r.height === 0) return
    const col = Math.floor(((e.clientX - r.left) / r.width) * cols)
    const row = Math.floor(((e.clientY - r.top) / r.height) * rows)
    const cell = cells[row * cols + col]
    if (cell) onPick(cell.start)
  }

  const size = cells[0]?.size ?? 0
  return (
    <canvas
      ref={ref}
      className="density-canvas"
      width={cols * CELL}
      height={rows * CELL}
      role="img"
      aria-label={
        `Overview of ${cells.length} cells of ${size} buckets each: ` +
        'darker blue is fuller, red squares are tombstones. ' +
        'Use the bucket field to move the window.'
      }
      onClick={onClick}
    />
  )
}
