/**
 * The store's record of what each op did to the table's layout, for the
 * "Inside the table" views: per-op figures for the capacity chart, and a
 * copy of the layout from before the last op so the memory view can show
 * a resize or an in-place rehash as a change from old to new.
 *
 * Everything here is a fresh value after each op and never mutated.
 */

import type { LayoutChange } from '../model/hashbrown/rawTable'
import type { ScriptOp, ScriptOpName, ScriptRunner } from '../model/script'
import type { PlaygroundState } from './types'

/** The figures of the map right after one recorded op. */
export interface LayoutStep {
  /** 1-based position of the op in the script. */
  readonly step: number
  readonly op: ScriptOpName
  readonly len: number
  readonly capacity: number
  readonly buckets: number
  readonly tombstones: number
  /** Resizes and in-place rehashes the op caused, in order. */
  readonly changes: readonly LayoutChange[]
}

/** Control bytes and keys of a small table, as they were at one moment. */
export interface LayoutCopy {
  /** `bucket_mask + 1`; 0 for the unallocated singleton. */
  readonly buckets: number
  /** The first `buckets` control bytes (the mirrored group left out). */
  readonly ctrl: Uint8Array
  /** The key of each FULL bucket; 0n elsewhere. */
  readonly keys: readonly bigint[]
}

/**
 * Every field is absent until the first op is recorded, so that code
 * building a whole state elsewhere need not know about this slice.
 */
export interface InsideState {
  /** The runner `layoutHistory` was recorded on; another runner's is stale. */
  readonly layoutRunner: ScriptRunner
  /**
   * One entry per recorded op of `layoutRunner`'s program, oldest first (at
   * most HISTORY_LIMIT).
   */
  readonly layoutHistory: readonly LayoutStep[]
  /**
   * The layout from before the last recorded op, when the table then had
   * at most COPY_LIMIT buckets; null otherwise.
   */
  readonly previousLayout: LayoutCopy | null
}

export interface InsideActions {
  /**
   * Replays the script with new SipHash keys (decimal strings), as the
   * same program would run in another process under `RandomState`.
   */
  reseed(hasher: readonly [string, string]): void
}

/** The chart keeps this many ops; older ones drop off the front. */
export const HISTORY_LIMIT = 5000
/** Layouts up to this many buckets are copied before every op. */
export const COPY_LIMIT = 4096

/** A copy of the runner's table when it is small enough, else null. */
export function copyLayout(runner: ScriptRunner): LayoutCopy | null {
  const map = runner.manager?.sessions
  if (!map || map.buckets > COPY_LIMIT) return null
  const buckets = map.buckets
  const ctrl = map.table.ctrl.slice(0, buckets)
  const keys = Array.from(ctrl, (c, i) => (c < 0x80 ? map.keyAt(i) : 0n))
  return { buckets, ctrl, keys }
}

function changesOf(
  op: ScriptOp,
  update: Partial<PlaygroundState>,
): readonly LayoutChange[] {
  const results = update.results
  switch (op.op) {
    case 'try_reserve': {
      const r = results?.try_reserve
      return r?.kind === 'ok' ? r.changes : []
    }
    case 'extend':
    case 'extend_generated': {
      const r = results?.extend
      return r?.kind === 'ok' ? r.report.changes : []
    }
    case 'new': {
      const buckets = update.view?.buckets ?? 0
      return buckets > 0 && update.runner !== undefined
        ? [{ kind: 'resize', fromBuckets: 0, toBuckets: buckets, items: 0 }]
        : []
    }
    default:
      return []
  }
}

/**
 * Runs one op action on `s` and adds the layout record to its update. An
 * update that leaves the script as it was (a refused op) records nothing.
 */
export function recorded(
  s: PlaygroundState,
  run: (s: PlaygroundState) => Partial<PlaygroundState>,
): Partial<PlaygroundState> {
  const before = copyLayout(s.runner)
  const update = run(s)
  const script = update.script
  const op = script?.at(-1)
  if (script === undefined || script === s.script || op === undefined) {
    return update
  }
  const view = update.view ?? s.view
  const entry: LayoutStep = {
    step: script.length,
    op: op.op,
    len: view.len,
    capacity: view.capacity,
    buckets: view.buckets,
    tombstones: view.tombstones,
    changes: changesOf(op, update),
  }
  // A new runner is a new program: its history starts again.
  const runner = update.runner ?? s.runner
  const fresh = runner !== s.layoutRunner
  const history = fresh ? [entry] : [...(s.layoutHistory ?? []), entry]
  return {
    ...update,
    layoutRunner: runner,
    layoutHistory:
      history.length > HISTORY_LIMIT ? history.slice(-HISTORY_LIMIT) : history,
    // `new` builds another map: the one before it is not an earlier layout.
    previousLayout: fresh || op.op === 'new' ? null : before,
  }
}
