/**
 * The same workload on Rust's real `HashMap<u64, Session>`, from the std-only
 * program in tools/rust-bench. Optional: without cargo the bench says so and
 * leaves the Rust columns empty.
 */

import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const manifest = join('tools', 'rust-bench', 'Cargo.toml')

export interface RustRow {
  readonly op: string
  readonly n: number
  readonly median_ms: number
  readonly ms: readonly number[]
}

export type RustBuild =
  | { readonly ok: true; readonly binary: string }
  | { readonly ok: false; readonly reason: string }

/** Builds the Rust bench (release) if cargo is installed. */
export function buildRust(): RustBuild {
  const probe = spawnSync('cargo', ['--version'], { encoding: 'utf8' })
  if (probe.error || probe.status !== 0) {
    return { ok: false, reason: 'cargo was not found, so Rust is skipped' }
  }
  const build = spawnSync(
    'cargo',
    ['build', '--release', '--quiet', '--manifest-path', manifest],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'inherit', 'inherit'] },
  )
  if (build.status !== 0) {
    return { ok: false, reason: `cargo build failed (status ${build.status})` }
  }
  const binary = join(root, 'tools', 'rust-bench', 'target', 'release')
  return { ok: true, binary: join(binary, 'rust-bench') }
}

/** `runs` timed runs at n (after one warm-up run); no runs, no rows. */
export function runRust(binary: string, n: number, runs: number): RustRow[] {
  if (runs < 1) return []
  const run = spawnSync(binary, [`${n}:${runs}`], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  })
  if (run.status !== 0) {
    throw new Error(`rust-bench failed (status ${run.status}): ${run.stderr}`)
  }
  return (JSON.parse(run.stdout) as { rows: RustRow[] }).rows
}
