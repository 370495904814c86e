/**
 * The capacity chart's scales. Values run from 0 to millions, so the y axis
 * is logarithmic: y grows with log2(v + 1), which puts 0 at the bottom and
 * every power of two one step above the last.
 */

import type { LayoutStep } from '../../store/inside'

export interface ChartBox {
  readonly width: number
  readonly height: number
  readonly left: number
  readonly right: number
  readonly top: number
  readonly bottom: number
}

export const CHART_BOX: ChartBox = {
  width: 640,
  height: 240,
  left: 56,
  right: 12,
  top: 12,
  bottom: 32,
}

export type Series = 'len' | 'capacity' | 'buckets'

export interface ChartGeometry {
  readonly x: (i: number) => number
  readonly y: (v: number) => number
  /** Values of the horizontal grid lines: 0 and powers of 4. */
  readonly ticks: readonly number[]
}

export function chartGeometry(
  steps: readonly LayoutStep[],
  box: ChartBox = CHART_BOX,
): ChartGeometry {
  const max = Math.max(
    1,
    ...steps.map((s) => s.buckets),
    ...steps.map((s) => s.len),
  )
  const top = Math.log2(max + 1)
  const plotW = box.width - box.left - box.right
  const plotH = box.height - box.top - box.bottom
  const n = Math.max(1, steps.length - 1)
  const ticks = [0]
  for (let v = 1; v <= max; v *= v < 16 ? 4 : 16) ticks.push(v)
  return {
    x: (i) => box.left + (steps.length === 1 ? plotW / 2 : (i / n) * plotW),
    y: (v) => box.top + plotH - (Math.log2(v + 1) / top) * plotH,
    ticks,
  }
}

/** The `points` attribute of one series' polyline. */
export function seriesPoints(
  steps: readonly LayoutStep[],
  series: Series,
  g: ChartGeometry,
): string {
  return steps
    .map((s, i) => `${g.x(i).toFixed(1)},${g.y(s[series]).toFixed(1)}`)
    .join(' ')
}

export interface ChartSummary {
  readonly reallocations: number
  readonly rehashes: number
  readonly text: string
}

/** One paragraph a screen reader can read instead of the picture. */
export function chartSummary(steps: readonly LayoutStep[]): ChartSummary {
  let reallocations = 0
  let rehashes = 0
  for (const s of steps) {
    for (const c of s.changes) {
      if (c.kind === 'rehash-in-place') rehashes++
      else reallocations++
    }
  }
  const first = steps[0]
  const last = steps.at(-1)
  if (!first || !last) {
    return { reallocations, rehashes, text: 'No operations recorded yet.' }
  }
  const ops = steps.length === 1 ? '1 operation' : `${steps.length} operations`
  const moves =
    reallocations === 1
      ? 'allocation or reallocation'
      : 'allocations or reallocations'
  const text =
    `${ops}: len ${first.len} → ${last.len}, capacity ${first.capacity} → ` +
    `${last.capacity}, buckets ${first.buckets} → ${last.buckets}; ` +
    `${reallocations} ${moves}, ` +
    `${rehashes} in-place ${rehashes === 1 ? 'rehash' : 'rehashes'}.`
  return { reallocations, rehashes, text }
}
