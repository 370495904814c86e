/**
 * Benchmark of the model (`SessionManager` over the hashbrown table model)
 * against a plain `Map<bigint, Session>` doing the same work in the same
 * run, and, when cargo is installed, against Rust's real `HashMap`.
 *
 *   npm run bench                          # n = 1k, 10k, 100k, 1M
 *   npm run bench -- --json out.json       # also write the rows as JSON
 *   npm run bench -- --sizes 1000,100000   # other sizes
 *   npm run bench -- --runs 3              # timed runs per size (after 1 warm-up)
 *   npm run bench -- --no-rust             # skip the Rust comparison
 *   npm run bench:ci                       # short run, fails on gross regressions
 *
 * To compare two versions, run both with `--json` on the same machine and
 * compare the ratio columns rather than the times: the Map and Rust figures
 * are measured in the same run, so the ratios are steadier than milliseconds
 * on a shared, noisy machine. Every figure is a median over several runs,
 * each on fresh inputs made before timing. The model and the Map run in two
 * child processes (`side.ts`), one operation at a time in turn, each with a
 * full GC before every timed operation; the Rust program runs for each size
 * just before and just after the JavaScript runs, so all three see the same
 * machine. The sides run with `--expose-gc`, and with `--no-flush-bytecode`
 * so that those many GCs do not throw away compiled code between runs.
 */

import { type ChildProcess, fork } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

import { build } from 'esbuild'

import { type Row, printTable, printTargets } from './report'
import { type RustRow, buildRust, runRust } from './rust'
import { TARGETS, ciCeilings } from './targets'
import type { Reply, Request } from './side'
import { type Check, OPS, type Op } from './workloads'

const { values } = parseArgs({
  options: {
    json: { type: 'string' },
    sizes: { type: 'string' },
    runs: { type: 'string' },
    ci: { type: 'boolean', default: false },
    'no-rust': { type: 'boolean', default: false },
  },
})

const ci = values.ci
const sizes = values.sizes
  ? values.sizes.split(',').map(Number)
  : ci
    ? [10_000, 100_000]
    : [1_000, 10_000, 100_000, 1_000_000]

/** Timed runs and warm-up runs per size: more where one run is short. */
function runsFor(n: number): [runs: number, warmup: number] {
  if (values.runs) return [Number(values.runs), 1]
  if (ci) return n <= 10_000 ? [9, 2] : [5, 1]
  if (n <= 1_000) return [31, 5]
  if (n <= 10_000) return [21, 3]
  if (n <= 100_000) return [11, 2]
  return [7, 1]
}

/** Sizes at which memory per session is measured. */
const memorySizes = new Set(sizes.filter((n) => n >= 100_000))

function median(xs: readonly number[]): number {
  const v = [...xs].sort((a, b) => a - b)
  const m = v.length >> 1
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2
}

/**
 * The sides run from one bundled file, as the page runs the model from
 * Vite's bundle. Loaded module by module through tsx, the model's hot
 * loops ran about twice as slow as the same code bundled (an extend of a
 * million sessions: 765 ms against 366 ms, medians of 7 on one machine),
 * so tsx would have measured code that users never run.
 */
const SIDE_BUNDLE = join(
  import.meta.dirname,
  '../node_modules/.cache/bench-side/side.mjs',
)
await build({
  entryPoints: [join(import.meta.dirname, 'side.ts')],
  outfile: SIDE_BUNDLE,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
})

/** A side process and its one outstanding request. */
class Side {
  readonly name: 'model' | 'map'
  private readonly child: ChildProcess
  private pending: ((reply: Reply) => void) | null = null

  constructor(name: 'model' | 'map') {
    this.name = name
    this.child = fork(SIDE_BUNDLE, [name], {
      execArgv: ['--expose-gc', '--no-flush-bytecode'],
    })
    this.child.on('message', (reply: Reply) => this.pending?.(reply))
    this.child.on('exit', (code) => {
      if (code !== 0 && this.pending) {
        this.pending({ kind: 'failed', message: `exited with ${code}` })
      }
    })
  }

  async ask(req: Request): Promise<Reply> {
    const reply = await new Promise<Reply>((resolve) => {
      this.pending = resolve
      this.child.send(req)
    })
    this.pending = null
    if (reply.kind === 'failed') {
      throw new Error(`${this.name} side: ${reply.message}`)
    }
    return reply
  }

  async time(op: Op): Promise<{ ms: number; check: Check }> {
    const reply = await this.ask({ kind: 'op', op })
    if (reply.kind !== 'timed') throw new Error(`unexpected ${reply.kind}`)
    return reply
  }

  async bytes(n: number, seed: number): Promise<number> {
    const reply = await this.ask({ kind: 'memory', n, seed })
    if (reply.kind !== 'bytes') throw new Error(`unexpected ${reply.kind}`)
    return reply.bytesPerSession
  }

  stop(): void {
    this.child.kill()
  }
}

type Samples = Map<Op, { model: number[]; map: number[] }>

/** One run of every op on both sides, in turn; appends times when `keep`. */
async function runOnce(
  sides: { model: Side; map: Side },
  n: number,
  seed: number,
  samples: Samples,
  keep: boolean,
) {
  await sides.model.ask({ kind: 'inputs', n, seed })
  await sides.map.ask({ kind: 'inputs', n, seed })
  // Alternate which side goes first, so neither always follows the other.
  const modelFirst = seed % 2 === 0
  for (const op of OPS) {
    const [first, second] = modelFirst
      ? [sides.model, sides.map]
      : [sides.map, sides.model]
    const a = await first.time(op)
    const b = await second.time(op)
    const [model, map] = modelFirst ? [a, b] : [b, a]
    if (model.check !== map.check) {
      throw new Error(
        `${op} at n=${n}: model and Map disagree: ${model.check} versus ${map.check}`,
      )
    }
    if (!keep) continue
    const s = samples.get(op) ?? { model: [], map: [] }
    s.model.push(model.ms)
    s.map.push(map.ms)
    samples.set(op, s)
  }
}

const rust = values['no-rust']
  ? ({ ok: false, reason: 'Rust skipped (--no-rust)' } as const)
  : buildRust()
if (!rust.ok) console.log(`note: ${rust.reason}; the Rust columns are empty.`)

const sides = { model: new Side('model'), map: new Side('map') }
const rows: Row[] = []
let seed = 1
try {
  for (const n of sizes) {
    const [runs, warmup] = runsFor(n)
    // Rust before and after, half the runs each, to bracket the JS runs.
    const rustRows: RustRow[] = []
    if (rust.ok) rustRows.push(...runRust(rust.binary, n, Math.ceil(runs / 2)))
    const samples: Samples = new Map()
    for (let r = 0; r < warmup + runs; r++) {
      await runOnce(sides, n, seed++, samples, r >= warmup)
    }
    if (rust.ok) rustRows.push(...runRust(rust.binary, n, Math.floor(runs / 2)))
    let memory: { model: number; map: number } | null = null
    if (memorySizes.has(n)) {
      memory = {
        model: await sides.model.bytes(n, seed),
        map: await sides.map.bytes(n, seed),
      }
      seed++
    }
    for (const op of OPS) {
      const s = samples.get(op)!
      const modelMs = median(s.model)
      const rustMs = rustRows.filter((r) => r.op === op).flatMap((r) => r.ms)
      const rustMedian = rustMs.length > 0 ? median(rustMs) : null
      const extend = op.startsWith('extend')
      rows.push({
        op,
        n,
        model_ms: modelMs,
        map_ms: median(s.map),
        ratio: modelMs / median(s.map),
        rust_ms: rustMedian,
        rust_ratio: rustMedian === null ? null : modelMs / rustMedian,
        bytes_per_session: extend && memory ? memory.model : null,
        map_bytes_per_session: extend && memory ? memory.map : null,
      })
    }
    console.error(`bench: n=${n} done (${runs} runs after ${warmup} warm-up)`)
  }
} finally {
  sides.model.stop()
  sides.map.stop()
}

printTable(rows)
for (const r of rows.filter((r) => r.op === 'extend new(0)')) {
  if (r.bytes_per_session === null) continue
  console.log(
    `memory at n=${r.n.toLocaleString('en')} (12-char tokens): model ` +
      `${r.bytes_per_session.toFixed(1)} bytes/session, ` +
      `Map ${r.map_bytes_per_session!.toFixed(1)} bytes/session`,
  )
}
const failed = ci
  ? printTargets('CI ceilings (10x the targets):', ciCeilings(TARGETS), rows)
  : printTargets('Targets:', TARGETS, rows)
if (values.json) {
  writeFileSync(values.json, JSON.stringify(rows, null, 2) + '\n')
}
if (ci && failed > 0) {
  console.error(`bench:ci: ${failed} ceiling(s) exceeded`)
  process.exit(1)
}
