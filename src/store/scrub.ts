/**
 * History scrubbing: the state the playground was in after any step of
 * its script, rebuilt by replaying `script[0..step]` on a separate runner.
 * The live runner, its snapshot timeline and the live store are never
 * touched; what a step shows is a read-only store of its own, so the
 * page's components can show it unchanged.
 */

import { createStore } from 'zustand/vanilla'

import type { ScriptOp } from '../model/script'
import { emptyState } from './experiment'
import { runOp } from './operations'
import type { PlaygroundStoreApi } from './playgroundStore'
import type {
  PlaygroundActions,
  PlaygroundState,
  PlaygroundStore,
} from './types'

interface Cached {
  /** The script the state was replayed from (a prefix of it). */
  readonly ops: readonly ScriptOp[]
  readonly hasher: readonly [string, string]
  readonly step: number
  readonly state: PlaygroundState
}

function samePrefix(
  a: readonly ScriptOp[],
  b: readonly ScriptOp[],
  n: number,
): boolean {
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false
  return true
}

/**
 * Replays steps of a script, keeping the runner of the last step asked
 * for: a later step of the same script replays forward from there; an
 * earlier one starts again from nothing (a runner cannot run backwards).
 *
 * Fragile on purpose, and only here: replaying forward mutates the cached
 * runner, so a state returned before is stale once a later step is asked
 * for. Callers show one step at a time and replace the old one.
 */
export class HistoryReplay {
  private cached: Cached | null = null

  /** The state after `step` ops (1..=script.length) of `live`'s script. */
  stateAt(live: PlaygroundState, step: number): PlaygroundState {
    const ops = live.script
    if (!Number.isInteger(step) || step < 1 || step > ops.length) {
      throw new RangeError(`history step ${step} is outside 1..=${ops.length}`)
    }
    const c = this.cached
    const reuse =
      c !== null &&
      c.hasher === live.hasher &&
      c.state.runner.limits === live.runner.limits &&
      c.step <= step &&
      samePrefix(c.ops, ops, c.step)
    let state = reuse
      ? c.state
      : emptyState(live, live.runner.limits, live.speed)
    for (let i = reuse ? c.step : 0; i < step; i++) {
      state = { ...state, ...runOp(state, ops[i]) }
    }
    this.cached = { ops, hasher: live.hasher, step, state }
    return state
  }

  /** Forgets the cached runner (its memory can be large). */
  clear(): void {
    this.cached = null
  }
}

/** What a read-only store's actions return: nothing happens. */
const READ_ONLY = Object.freeze({
  ok: false,
  error: 'a step of the history is read-only; go back to live first',
})

/**
 * A store holding `state` whose every action does nothing. The actions are
 * taken from `live`'s names, so an action added to the store later is
 * read-only here too without a change to this file.
 */
export function readOnlyStore(
  state: PlaygroundState,
  live: PlaygroundStoreApi,
): PlaygroundStoreApi {
  const actions = Object.fromEntries(
    Object.entries(live.getState())
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => [k, () => READ_ONLY]),
  ) as unknown as PlaygroundActions
  return createStore<PlaygroundStore>()(() => ({ ...state, ...actions }))
}
