/**
 * What the program from `exportRustProgram` prints, computed from the model
 * alone: the same text byte for byte, if the model is right.
 */

import type { Script } from '../script'
import type { RustOutputOptions } from './outputFormat'
import { type ScriptTrace, traceScript } from './scriptTrace'

export interface Prediction {
  /** The whole standard output, every line ending in `\n`. */
  readonly stdout: string
  /**
   * The panic message of a `new` whose reservation fails (the line after
   * `thread 'main' … panicked at …:` on stderr), or null.
   */
  readonly panic: string | null
  /** The exit status: 0, or 101 after a panic. */
  readonly exitCode: number
  /** Results a machine with more memory could change (see ScriptTrace). */
  readonly machineDependent: readonly string[]
}

/**
 * Predicts the program's whole run. Throws what the model throws, e.g.
 * `TableTooLargeError` for a table the playground cannot hold.
 */
export function predictRun(
  script: Script,
  opts: RustOutputOptions = {},
): Prediction {
  return predictionFromTrace(traceScript(script, opts))
}

/** The prediction read from a trace of the script. */
export function predictionFromTrace(trace: ScriptTrace): Prediction {
  const lines = trace.steps.flatMap((s) => s.lines)
  return {
    stdout: lines.map((l) => l + '\n').join(''),
    panic: trace.panic,
    exitCode: trace.panic === null ? 0 : 101,
    machineDependent: trace.machineDependent,
  }
}

/** The exact standard output of the exported program. */
export function predictOutput(
  script: Script,
  opts: RustOutputOptions = {},
): string {
  return predictRun(script, opts).stdout
}
