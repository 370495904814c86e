/**
 * Replays an oracle vector (see ../vectors and the oracle's README) on the
 * model and lists every field where the model differs from real Rust.
 */

import { debugMap } from '../../src/model/debugFormat'
import { debugTryReserveResult } from '../../src/model/hashbrown/tryReserveError'
import { debugOptionString } from '../../src/model/rust/debugStr'
import { sipKeys } from '../../src/model/rust/sipHash'
import { duration, systemTime } from '../../src/model/rust/time'
import { batchFromEntries } from '../../src/model/session'
import type { SessionMap } from '../../src/model/sessionMap'
import { SessionManager } from '../../src/model/sessionManager'

interface Time {
  secs: string
  nanos: number
}

export type VectorOp =
  | { op: 'new'; expected: string }
  | { op: 'try_reserve'; additional: string }
  | {
      op: 'extend'
      entries: { id: string; token: string | null; last_active: Time }[]
    }
  | { op: 'snapshot' }
  | { op: 'restore'; index: number }
  | { op: 'cleanup'; now: Time; max_idle: Time }
  | { op: 'take'; id: string }
  | { op: 'shrink_to_fit' }

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
function step(
  op: VectorOp,
  i: number,
  state: { manager: SessionManager | null; timeline: SessionMap[] },
  keys: ReturnType<typeof sipKeys>,
): TraceEntry {
  const entry: TraceEntry = { i, op: op.op }
  if (op.op === 'new') {
    const out = SessionManager.new(BigInt(op.expected), keys)
    if (!out.ok) return { ...entry, panic: out.panic }
    state.manager = out.manager
    entry.result = '()'
  } else {
    const m = state.manager
    if (!m) throw new Error(`op ${i} (${op.op}) runs before any new`)
    switch (op.op) {
      case 'try_reserve':
        entry.result = debugTryReserveResult(
          m.tryReserve(BigInt(op.additional)),
        )
        break
      case 'extend':
        m.loadSessions(
          batchFromEntries(
            op.entries.map((e) => ({
              id: BigInt(e.id),
              session: {
                token: e.token,
                lastActive: systemTime(
                  BigInt(e.last_active.secs),
                  e.last_active.nanos,
                ),
              },
            })),
          ),
        )
        entry.result = '()'
        break
      case 'snapshot':
        state.timeline.push(m.snapshot())
        entry.result = state.timeline.length - 1
        entry.clone_capacity =
          state.timeline[state.timeline.length - 1].capacity
        break
      case 'restore':
        m.restore(state.timeline[op.index])
        entry.result = '()'
        break
      case 'cleanup': {
        const now = systemTime(BigInt(op.now.secs), op.now.nanos)
        const maxIdle = duration(BigInt(op.max_idle.secs), op.max_idle.nanos)
        const report = m.cleanupInactive(now, maxIdle)
        entry.result = report.removed.map(String)
        break
      }
      case 'take':
        entry.result = debugOptionString(m.consumeToken(BigInt(op.id)))
        break
      case 'shrink_to_fit':
        m.sessions.shrinkToFit()
        entry.result = '()'
        break
      default:
        throw new Error(`unknown op ${JSON.stringify(op)}`)
    }
  }
  const map = state.manager!.sessions
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
  const keys = sipKeys(BigInt(v.hasher[0]), BigInt(v.hasher[1]))
  const state = {
    manager: null as SessionManager | null,
    timeline: [] as SessionMap[],
  }
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
      actual = step(v.ops[i], i, state, keys)
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
