/** The bench's printed table and target list, and its JSON rows. */

import { type Target, describe } from './targets'
import type { Op } from './workloads'

export interface Row {
  op: Op
  n: number
  model_ms: number
  map_ms: number
  /** model_ms / map_ms */
  ratio: number
  rust_ms: number | null
  /** model_ms / rust_ms */
  rust_ratio: number | null
  /** The model's memory per session (extend rows of measured sizes). */
  bytes_per_session: number | null
  /** The same for the `Map`. */
  map_bytes_per_session: number | null
}

function fmt(x: number | null, digits = 2): string {
  if (x === null) return '-'
  return x >= 100 ? x.toFixed(0) : x.toFixed(x >= 10 ? 1 : digits)
}

export function printTable(rows: readonly Row[]): void {
  const head = [
    'op',
    'n',
    'model ms',
    'Map ms',
    'model/Map',
    'Rust ms',
    'model/Rust',
    'B/session',
    'Map B/session',
  ]
  const body = rows.map((r) => [
    r.op,
    r.n.toLocaleString('en'),
    fmt(r.model_ms, 3),
    fmt(r.map_ms, 3),
    fmt(r.ratio),
    fmt(r.rust_ms, 3),
    fmt(r.rust_ratio),
    fmt(r.bytes_per_session, 1),
    fmt(r.map_bytes_per_session, 1),
  ])
  const widths = head.map((h, i) =>
    Math.max(h.length, ...body.map((b) => b[i].length)),
  )
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
  console.log(line(head))
  for (const b of body) console.log(line(b))
}

/** The measured figure a target is about, or null if not measured. */
function figureFor(t: Target, rows: readonly Row[]): number | null {
  if (t.metric === 'bytes_per_session') {
    const row = rows.find((r) => r.n === t.n && r.bytes_per_session !== null)
    return row ? row.bytes_per_session : null
  }
  const row = rows.find((r) => r.op === t.op && r.n === t.n)
  return row ? row[t.metric] : null
}

/** Prints each target with its figure and PASS/MISS; returns the misses. */
export function printTargets(
  title: string,
  targets: readonly Target[],
  rows: readonly Row[],
): number {
  console.log(`\n${title}`)
  let missed = 0
  for (const t of targets) {
    const figure = figureFor(t, rows)
    const label = describe(t).padEnd(40)
    if (figure === null) {
      console.log(`  ${label} not measured in this run`)
      continue
    }
    const pass = figure <= t.limit
    if (!pass) missed++
    const limit = `<= ${t.limit}`.padEnd(8)
    console.log(
      `  ${label} ${fmt(figure).padStart(7)}  ${limit} ${pass ? 'PASS' : 'MISS'}`,
    )
  }
  return missed
}
