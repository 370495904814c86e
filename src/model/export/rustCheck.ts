/**
 * "Check this with real Rust": export a script, let a host compile and run
 * the program, and compare its output with the model's prediction byte for
 * byte. The host supplies the compiler through `RustToolchain` (in Node, a
 * wrapper around `rustc`), so this module stays free of any platform API.
 */

import type { Script } from '../script'
import { type Prediction, predictionFromTrace } from './predictOutput'
import { type RustExportOptions, rustProgramFromTrace } from './rustProgram'
import { traceScript } from './scriptTrace'

/** What running the compiled program gave. */
export interface RustRun {
  /** Standard output, decoded as UTF-8 (invalid UTF-8 is the host's error). */
  readonly stdout: string
  readonly stderr: string
  /** The exit status; null when a signal ended the process. */
  readonly exitCode: number | null
}

export interface RustToolchain {
  /**
   * Compiles `source` as a `main.rs` and runs it. Rejects when it does not
   * compile, with the compiler's messages.
   */
  compileAndRun(source: string): Promise<RustRun>
}

/** The first place where the real run and the prediction part. */
export interface Difference {
  readonly what: 'stdout' | 'panic' | 'exit code'
  /** 1-based line of stdout (0 for `panic` and `exit code`). */
  readonly line: number
  /** The operation whose block holds the line, or null. */
  readonly op: number | null
  /** What the model predicted, and what Rust printed (null: no such line). */
  readonly expected: string | null
  readonly actual: string | null
}

export type CheckReport =
  | {
      readonly status: 'match'
      readonly source: string
      readonly machineDependent: readonly string[]
    }
  | {
      readonly status: 'mismatch'
      readonly source: string
      readonly difference: Difference
      readonly machineDependent: readonly string[]
    }
  /** The model cannot predict the run (e.g. a table too large for it). */
  | { readonly status: 'unpredictable'; readonly reason: string }
  /** The program did not compile or could not be run. */
  | {
      readonly status: 'failed'
      readonly source: string
      readonly reason: string
    }

/**
 * The panic message on stderr: the line after
 * `thread 'main' (id) panicked at main.rs:L:C:`, or null if none.
 */
export function panicMessageOf(stderr: string): string | null {
  const lines = stderr.split('\n')
  const at = lines.findIndex((l) => /^thread '.*' .*panicked at .*:$/.test(l))
  return at >= 0 && at + 1 < lines.length ? lines[at + 1] : null
}

function opOfLine(lines: readonly string[], index: number): number | null {
  for (let k = Math.min(index, lines.length - 1); k >= 0; k--) {
    const m = /^op (\d+): /.exec(lines[k])
    if (m) return Number(m[1])
  }
  return null
}

/** Compares a real run with the prediction; null when they agree. */
export function compareRun(
  prediction: Prediction,
  run: RustRun,
): Difference | null {
  if (run.stdout !== prediction.stdout) {
    const want = prediction.stdout.split('\n')
    const got = run.stdout.split('\n')
    let k = 0
    while (k < want.length && k < got.length && want[k] === got[k]) k++
    return {
      what: 'stdout',
      line: k + 1,
      op: opOfLine(want, k) ?? opOfLine(got, k),
      expected: k < want.length ? want[k] : null,
      actual: k < got.length ? got[k] : null,
    }
  }
  const panic = panicMessageOf(run.stderr)
  if (panic !== prediction.panic) {
    const op = opOfLine(prediction.stdout.split('\n'), Infinity)
    return {
      what: 'panic',
      line: 0,
      op: op === null ? 0 : op + 1,
      expected: prediction.panic,
      actual: panic,
    }
  }
  if (run.exitCode !== prediction.exitCode) {
    return {
      what: 'exit code',
      line: 0,
      op: null,
      expected: String(prediction.exitCode),
      actual: String(run.exitCode),
    }
  }
  return null
}

/** Cuts a long line around column `at` so a report stays readable. */
function excerpt(line: string | null, at: number, width = 160): string {
  if (line === null) return '(no such line)'
  if (line.length <= width) return line
  const start = Math.max(0, at - width / 2)
  const end = Math.min(line.length, start + width)
  return (
    (start > 0 ? '…' : '') +
    line.slice(start, end) +
    (end < line.length ? '…' : '')
  )
}

/** A few lines saying where and how Rust and the model disagree. */
export function describeDifference(d: Difference): string {
  const where =
    d.what === 'stdout'
      ? `stdout line ${d.line}` + (d.op === null ? '' : ` (op ${d.op})`)
      : d.what
  let col = 0
  const a = d.expected ?? ''
  const b = d.actual ?? ''
  while (col < a.length && col < b.length && a[col] === b[col]) col++
  return [
    `Rust and the model differ at ${where}, column ${col + 1}:`,
    `  rust:  ${excerpt(d.actual, col)}`,
    `  model: ${excerpt(d.expected, col)}`,
  ].join('\n')
}

/**
 * Exports `script`, runs it with `toolchain` and compares. Never throws for
 * a script the model cannot run or a program that fails to build: those
 * come back as `unpredictable` and `failed`.
 */
export async function checkWithRust(
  script: Script,
  toolchain: RustToolchain,
  opts: RustExportOptions = {},
): Promise<CheckReport> {
  let prediction: Prediction
  let source: string
  try {
    const trace = traceScript(script, { ...opts, keepBatches: true })
    prediction = predictionFromTrace(trace)
    source = rustProgramFromTrace(script, trace, opts)
  } catch (e) {
    return { status: 'unpredictable', reason: String(e) }
  }
  let run: RustRun
  try {
    run = await toolchain.compileAndRun(source)
  } catch (e) {
    return { status: 'failed', source, reason: String(e) }
  }
  const difference = compareRun(prediction, run)
  const machineDependent = prediction.machineDependent
  return difference === null
    ? { status: 'match', source, machineDependent }
    : { status: 'mismatch', source, difference, machineDependent }
}
