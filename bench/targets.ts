/**
 * What the model should achieve, as limits on the figures the bench
 * measures. `--ci` checks ceilings ten times looser at 100k, so that only a
 * gross regression fails the build on a shared, noisy machine.
 */

import type { Op } from './workloads'

export type Metric = 'ratio' | 'rust_ratio' | 'bytes_per_session'

export interface Target {
  readonly op: Op | null
  readonly n: number
  readonly metric: Metric
  readonly limit: number
}

const M = 1_000_000
const K100 = 100_000

export const TARGETS: readonly Target[] = [
  { op: 'extend new(0)', n: M, metric: 'ratio', limit: 1.0 },
  { op: 'extend new(n)', n: M, metric: 'ratio', limit: 1.0 },
  { op: 'take', n: M, metric: 'ratio', limit: 1.3 },
  { op: 'iterate', n: M, metric: 'ratio', limit: 1.3 },
  { op: 'retain', n: M, metric: 'ratio', limit: 0.3 },
  { op: 'clone', n: M, metric: 'ratio', limit: 0.1 },
  { op: 'extend new(0)', n: K100, metric: 'ratio', limit: 2.0 },
  { op: 'extend new(n)', n: K100, metric: 'ratio', limit: 2.0 },
  { op: 'extend new(0)', n: M, metric: 'rust_ratio', limit: 3 },
  { op: 'extend new(n)', n: M, metric: 'rust_ratio', limit: 3 },
  { op: null, n: M, metric: 'bytes_per_session', limit: 100 },
]

/**
 * The CI ceilings: every target ten times looser, checked at 100k. A 1M
 * target moves to 100k unless the same op and metric has its own 100k one.
 */
export function ciCeilings(targets: readonly Target[]): Target[] {
  const at100k = (t: Target) =>
    targets.some((u) => u.n === K100 && u.op === t.op && u.metric === t.metric)
  return targets
    .filter((t) => t.n === K100 || !at100k(t))
    .map((t) => ({ ...t, n: K100, limit: t.limit * 10 }))
}

export function describe(t: Target): string {
  const what =
    t.metric === 'bytes_per_session'
      ? 'bytes per session'
      : `${t.op} model/${t.metric === 'ratio' ? 'Map' : 'Rust'}`
  return `${what} at ${t.n.toLocaleString('en')}`
}
