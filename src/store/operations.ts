/**
 * The store's actions as functions of the current state: each applies one
 * script op to the runner (in place) and returns the state fields that
 * change. The maths and the explanations are the model's; these only
 * record and describe.
 */

import { assertNever } from '../model/hashbrown/tryReserveError'
import { fromNanos, toNanos } from '../model/rust/time'
import {
  ScriptRunner,
  timeFromJson,
  timeToJson,
  type ScriptOp,
} from '../model/script'
import { formatDuration, formatUtc } from '../ui/formatTime'
import { cloneCost } from '../ui/snapshotCost'
import { snapshotRefusal } from './snapshotBudget'
import { applyOp, currentMap, readView } from './applyOp'
import { type ClockRange, clockRange, lastActiveBounds } from './clockRange'
import {
  cloneCall,
  extendCall,
  newCall,
  retainCall,
  rollbackCall,
  takeCall,
  tryReserveCall,
} from './rustCalls'
import type { LogEntry, LogTone, PlaygroundState, Results } from './types'
import { isolate } from '../ui/bidi'

type Update = Partial<PlaygroundState>
type LogInput = Omit<LogEntry, 'id'>

/** The log keeps the latest entries only; the script keeps every op. */
const LOG_LIMIT = 1000
/** How many removed ids `retain` lists. */
export const REMOVED_LIST_LIMIT = 100

function appendLog(log: readonly LogEntry[], e: LogInput): LogEntry[] {
  const id = (log.at(-1)?.id ?? 0) + 1
  const next = [...log, { ...e, id }]
  return next.length > LOG_LIMIT ? next.slice(-LOG_LIMIT) : next
}

function logged(
  s: PlaygroundState,
  call: string,
  result: string,
  note: string,
  tone: LogTone = 'ok',
): Update {
  const e: LogInput = { call, result, note, tone }
  return {
    log: appendLog(s.log, e),
    announcement: `${call} → ${result}${note ? ` — ${note}` : ''}`,
  }
}

/**
 * The op ran: record it, read the map again and log the call. `clone`
 * leaves the map as it was, so its view is kept rather than read again
 * (at a million sessions reading it is most of a clone's time).
 */
function committed(
  s: PlaygroundState,
  op: ScriptOp,
  call: string,
  result: string,
  note: string,
  tone: LogTone = 'ok',
): Update {
  // A first `new` that panics leaves no map to read: the view stays empty.
  const unchanged = op.op === 'snapshot' || s.runner.manager === null
  return {
    script: [...s.script, op],
    revision: s.revision + 1,
    view: unchanged ? s.view : readView(currentMap(s.runner)),
    ...logged(s, call, result, note, tone),
  }
}

/** The op was refused by a playground limit: nothing changed. */
function refused(s: PlaygroundState, call: string, message: string): Update {
  const result = 'not run (playground limit, not a Rust result)'
  return logged(s, call, result, message, 'limit')
}

/**
 * Keeps the slider's range while every session still fits in it, so it
 * does not jump under the learner's hand; otherwise computes it again.
 */
function rangeAfter(s: PlaygroundState): ClockRange {
  const bounds = lastActiveBounds(currentMap(s.runner))
  const r = s.clockRange
  const fits =
    bounds === null || (bounds.first >= r.min && bounds.last <= r.max)
  return fits ? r : clockRange(bounds, s.clock)
}

function layoutOf(s: PlaygroundState) {
  const m = currentMap(s.runner)
  return { capacity: m.capacity, buckets: m.buckets }
}

export function runNew(s: PlaygroundState, expected: bigint): Update {
  const op: ScriptOp = { op: 'new', expected: expected.toString() }
  const call = newCall(op.expected)
  // A panicked program is over: `new` starts a fresh one (and timeline).
  const fresh = s.runner.panicked !== null
  const runner = fresh ? new ScriptRunner(s.hasher, s.runner.limits) : s.runner
  const applied = applyOp(runner, op)
  if (!applied.ok) {
    const limit = { kind: 'limit', message: applied.message } as const
    return { ...refused(s, call, applied.message), results: { new: limit } }
  }
  if (applied.outcome.op !== 'new') throw new Error('new ran another op')
  const { why } = applied
  const panic = applied.outcome.panic
  if (panic !== null) {
    const note = `${why} The program stops here; run new to start again.`
    const results: Results = {
      new: { kind: 'panic', expected: op.expected, message: panic, why },
    }
    const result = `panicked: ${panic}`
    // After a second panic the earlier, already finished program stays.
    if (fresh) return { ...logged(s, call, result, note, 'panic'), results }
    return { ...committed(s, op, call, result, note, 'panic'), results }
  }
  const next: PlaygroundState = {
    ...s,
    runner,
    script: fresh ? [] : s.script,
  }
  const map = currentMap(runner)
  const note = fresh ? `${why} A new program starts.` : why
  return {
    ...committed(next, op, call, 'SessionManager', note),
    runner,
    results: {
      new: {
        kind: 'ok',
        expected: op.expected,
        capacity: map.capacity,
        buckets: map.buckets,
        why,
      },
    },
    clockRange: clockRange(lastActiveBounds(map), s.clock),
    snapshots: fresh ? [] : s.snapshots,
    selectedSnapshot: fresh ? null : s.selectedSnapshot,
  }
}

export function runTryReserve(s: PlaygroundState, additional: bigint): Update {
  const op: ScriptOp = { op: 'try_reserve', additional: additional.toString() }
  const call = tryReserveCall(op.additional)
  const before = layoutOf(s)
  const applied = applyOp(s.runner, op)
  if (!applied.ok) {
    const limit = { kind: 'limit', message: applied.message } as const
    return {
      ...refused(s, call, applied.message),
      results: { ...s.results, try_reserve: limit },
    }
  }
  const out = applied.outcome
  if (out.op !== 'try_reserve') throw new Error('try_reserve ran another op')
  const { why } = applied
  if (!out.ok) {
    return {
      ...committed(s, op, call, out.result, why, 'err'),
      results: {
        ...s.results,
        try_reserve: {
          kind: 'err',
          additional: op.additional,
          text: out.result,
          why,
        },
      },
    }
  }
  return {
    ...committed(s, op, call, out.result, why),
    results: {
      ...s.results,
      try_reserve: {
        kind: 'ok',
        additional: op.additional,
        before,
        after: layoutOf(s),
        changes: applied.changes,
        why,
      },
    },
  }
}

export function runExtend(
  s: PlaygroundState,
  op: ScriptOp & { op: 'extend' | 'extend_generated' },
): Update {
  const generated = op.op === 'extend_generated'
  const count = generated ? op.spec.count : op.entries.length
  const call = extendCall(count, generated)
  const before = layoutOf(s)
  const applied = applyOp(s.runner, op)
  if (!applied.ok) {
    const limit = { kind: 'limit', message: applied.message } as const
    return {
      ...refused(s, call, applied.message),
      results: { ...s.results, extend: limit },
    }
  }
  const out = applied.outcome
  if (out.op !== 'extend') throw new Error('extend ran another op')
  const report = out.report
  return {
    ...committed(s, op, call, '()', applied.why),
    results: {
      ...s.results,
      extend: { kind: 'ok', report, before, after: layoutOf(s) },
    },
    clockRange: rangeAfter(s),
  }
}

export function runSnapshot(s: PlaygroundState, label: string): Update {
  const trimmed = label.trim()
  const at = timeToJson(fromNanos(s.clock))
  const op: ScriptOp = trimmed
    ? { op: 'snapshot', label: trimmed, at }
    : { op: 'snapshot', at }
  const refusal = snapshotRefusal(currentMap(s.runner), s.runner.timeline)
  if (refusal !== null) {
    const limit = { kind: 'limit', message: refusal } as const
    return {
      ...refused(s, cloneCall(s.runner.timeline.length), refusal),
      results: { ...s.results, clone: limit },
    }
  }
  const applied = applyOp(s.runner, op)
  if (!applied.ok) throw new Error(applied.message)
  const out = applied.outcome
  if (out.op !== 'snapshot') throw new Error('snapshot ran another op')
  const snap = s.runner.timeline[out.index]
  const cost = cloneCost(snap)
  const result = `HashMap (len ${snap.len}, capacity ${snap.capacity})`
  const note =
    `${applied.why} About ${cost.totalBytes} bytes copied (Rust’s layout).` +
    (trimmed ? ` Label: “${isolate(trimmed)}”.` : '')
  const meta = {
    index: out.index,
    label: trimmed,
    clock: s.clock,
    len: snap.len,
    capacity: snap.capacity,
  }
  return {
    ...committed(s, op, cloneCall(out.index), result, note),
    snapshots: [...s.snapshots, meta],
    results: {
      ...s.results,
      clone: {
        kind: 'ok',
        index: out.index,
        label: trimmed,
        cost,
        why: applied.why,
      },
    },
  }
}

export function runTake(s: PlaygroundState, id: bigint): Update {
  const op: ScriptOp = { op: 'take', id: id.toString() }
  // The forms are disabled after a panic, but the table's rows still show
  // the last map and can be clicked: the program is over, so nothing runs.
  if (s.runner.panicked !== null) {
    const note = 'The program panicked in new; run new to start again.'
    return logged(s, takeCall(op.id), 'not run', note, 'limit')
  }
  const applied = applyOp(s.runner, op)
  if (!applied.ok) throw new Error(applied.message)
  const out = applied.outcome
  if (out.op !== 'take') throw new Error('take ran another op')
  const why =
    out.token !== null ? null : out.found ? 'token-is-none' : 'no-session'
  return {
    ...committed(s, op, takeCall(op.id), out.result, applied.why),
    results: {
      ...s.results,
      take: {
        kind: 'ok',
        id: op.id,
        result: out.result,
        none: why,
        why: applied.why,
      },
    },
  }
}

export function runRetain(s: PlaygroundState, maxIdle: bigint): Update {
  const op: ScriptOp = {
    op: 'cleanup',
    now: timeToJson(fromNanos(s.clock)),
    max_idle: timeToJson(fromNanos(maxIdle)),
  }
  const lenBefore = currentMap(s.runner).len
  const applied = applyOp(s.runner, op, REMOVED_LIST_LIMIT)
  if (!applied.ok) throw new Error(applied.message)
  const out = applied.outcome
  if (out.op !== 'cleanup') throw new Error('cleanup ran another op')
  const { removedCount, removed } = out.report
  const call = `${retainCall(maxIdle)}; // now = ${formatUtc(s.clock)}`
  const note = `Max idle ${formatDuration(maxIdle)}: ${applied.why}`
  return {
    ...committed(s, op, call, '()', note),
    maxIdle,
    results: {
      ...s.results,
      retain: {
        kind: 'ok',
        removedCount,
        removed,
        lenBefore,
        now: s.clock,
        maxIdle,
        why: applied.why,
      },
    },
    clockRange: rangeAfter(s),
  }
}

export function runRollback(s: PlaygroundState, index: number): Update {
  const op: ScriptOp = { op: 'restore', index }
  const applied = applyOp(s.runner, op)
  if (!applied.ok) throw new Error(applied.message)
  return {
    ...committed(s, op, rollbackCall(index), '()', applied.why),
    clockRange: rangeAfter(s),
  }
}

/**
 * Any script op, as the matching action would run it (a `cleanup` at the
 * op's own `now`). `shrink_to_fit` is not one of the playground's
 * operations, so a script holding it cannot be loaded here.
 */
export function runOp(s: PlaygroundState, op: ScriptOp): Update {
  switch (op.op) {
    case 'new':
      return runNew(s, BigInt(op.expected))
    case 'try_reserve':
      return runTryReserve(s, BigInt(op.additional))
    case 'extend':
    case 'extend_generated':
      return runExtend(s, op)
    case 'snapshot': {
      // Replayed at the clock it was taken at, so the timeline shows it.
      const at = op.at ? { ...s, clock: toNanos(timeFromJson(op.at)) } : s
      return { ...runSnapshot(at, op.label ?? ''), clock: s.clock }
    }
    case 'restore':
      return runRollback(s, op.index)
    case 'cleanup': {
      const at = { ...s, clock: toNanos(timeFromJson(op.now)) }
      const maxIdle = toNanos(timeFromJson(op.max_idle))
      return { ...runRetain(at, maxIdle), clock: s.clock }
    }
    case 'take':
      return runTake(s, BigInt(op.id))
    case 'shrink_to_fit':
      throw new Error('shrink_to_fit is not an operation of the playground')
    default:
      return assertNever(op)
  }
}
