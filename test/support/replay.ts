/**
 * Replays an oracle vector (see ../vectors and the oracle's README) on the
 * model and lists every field where the model differs from real Rust.
 */

import { debugMap } from '../../src/model/debugFormat'
import { type ScriptOp, ScriptRunner } from '../../src/model/script'

export type VectorOp = ScriptOp

export interface TraceEntry {
  i: number
  op: string
  result?: unknown
  len?: number
  capacity?: number
  clone_capacity?: number
  keys?: string[]
  debug?: string
  panic?: string
}

export interface Vector {
  name: string
  hasher: [string, string]
  ops: VectorOp[]
  trace: TraceEntry[]
}

export interface Mismatch {
  vector: string
  op: number
  field: string
  expected: unknown
  actual: unknown
}

/** Runs one op and returns the trace entry the model produces. */
function step(op: VectorOp, i: number, runner: ScriptRunner): TraceEntry {
  const entry: TraceEntry = { i, op: op.op }
  const out = runner.apply(op)
  switch (out.op) {
    case 'new':
      if (out.panic !== null) return { ...entry, panic: out.panic }
      entry.result = '()'
      break
    case 'try_reserve':
    case 'take':
      entry.result = out.result
      break
    case 'snapshot':
      entry.result = out.index
      entry.clone_capacity = runner.timeline[out.index].capacity
      break
    case 'cleanup':
      entry.result = out.report.removed.map(String)
      break
    default:
      entry.result = '()'
  }
  const map = runner.manager!.sessions
  entry.len = map.len
  entry.capacity = map.capacity
  entry.keys = map.keyList().map(String)
  entry.debug = debugMap(map)
  return entry
}

const FIELDS = [
  'result',
  'len',
  'capacity',
  'clone_capacity',
  'keys',
  'debug',
  'panic',
] as const

export function replayVector(v: Vector): Mismatch[] {
  const mismatches: Mismatch[] = []
  const runner = new ScriptRunner(v.hasher)
  if (v.ops.length !== v.trace.length) {
    mismatches.push({
      vector: v.name,
      op: -1,
      field: 'ops',
      expected: v.trace.length,
      actual: v.ops.length,
    })
  }
  for (let i = 0; i < v.ops.length; i++) {
    const expected = v.trace[i]
    let actual: TraceEntry
    try {
      actual = step(v.ops[i], i, runner)
    } catch (e) {
      mismatches.push({
        vector: v.name,
        op: i,
        field: 'exception',
        expected: null,
        actual: String(e),
      })
      break
    }
    for (const field of FIELDS) {
      const want = expected[field]
      // `debug` is left out of the trace for large maps; `panic` only on panics.
      if (
        want === undefined &&
        (field === 'debug' || actual.panic !== undefined)
      )
        continue
      if (want === undefined && actual[field] === undefined) continue
      if (JSON.stringify(want) !== JSON.stringify(actual[field])) {
        mismatches.push({
          vector: v.name,
          op: i,
          field,
          expected: want,
          actual: actual[field],
        })
      }
    }
    if (actual.panic !== undefined) break
  }
  return mismatches
}
