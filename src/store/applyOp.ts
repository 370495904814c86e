/**
 * Applying one script op to the runner and reading back what the view
 * needs. This is the only place the store touches the model's mutable
 * parts; everything it returns is a fresh value that is never mutated.
 */

import {
  DEFAULT_LIMITS,
  type LayoutChange,
  ReserveAbortError,
  TableTooLargeError,
} from '../model/hashbrown/rawTable'
import { explain } from '../model/explain'
import { type TableStats, tableStats } from '../model/inspect'
import type { OpOutcome, ScriptOp, ScriptRunner } from '../model/script'
import type { SessionMap } from '../model/sessionMap'
import type { MapView } from './types'

export type Applied =
  | {
      readonly ok: true
      readonly outcome: OpOutcome
      /** Every resize and in-place rehash the op caused, in order. */
      readonly changes: readonly LayoutChange[]
      /** Why the op gave its result, in a sentence or two. */
      readonly why: string
    }
  /**
   * `TableTooLargeError` or `ReserveAbortError`: refused before anything
   * changed.
   */
  | { readonly ok: false; readonly message: string }

/**
 * Runs `op`, listening to the table's layout changes meanwhile. Only a
 * `TableTooLargeError` or a `ReserveAbortError` is caught: any other
 * exception is a bug.
 */
export function applyOp(
  runner: ScriptRunner,
  op: ScriptOp,
  listLimit?: number,
): Applied {
  const table = runner.manager?.sessions.table ?? null
  const before = stats(runner)
  const changes: LayoutChange[] = []
  const previous = table?.observer ?? null
  if (table) {
    table.observer = (c) => {
      changes.push(c)
      previous?.(c)
    }
  }
  try {
    const outcome = runner.apply(op, listLimit)
    const why = explain(op, outcome, before, stats(runner))
    return { ok: true, outcome, changes, why }
  } catch (e) {
    if (e instanceof TableTooLargeError)
      return { ok: false, message: e.message }
    if (e instanceof ReserveAbortError) {
      const memory = (runner.limits ?? DEFAULT_LIMITS).memoryBytes
      const message =
        `Rust would stop the program here: ${e.rustMessage} ` +
        `(the simulated memory is ${memory} bytes). ` +
        'The playground left the map as it was.'
      return { ok: false, message }
    }
    throw e
  } finally {
    if (table) table.observer = previous
  }
}

function stats(runner: ScriptRunner): TableStats | null {
  return runner.manager ? tableStats(runner.manager.sessions.table) : null
}

/** The map the program holds; there is always one once `new` has run. */
export function currentMap(runner: ScriptRunner): SessionMap {
  const m = runner.manager
  if (m === null) throw new Error('the playground has no SessionManager yet')
  return m.sessions
}

export function readView(map: SessionMap): MapView {
  return { order: map.fullBuckets(), ...tableStats(map.table) }
}
