/**
 * The playground's one store. It holds the model and delegates every
 * operation to it through `ScriptRunner`, so that each learner action is a
 * recorded `ScriptOp` and an experiment can be replayed from its script.
 * The store is created per page (and per test) by `createPlaygroundStore`;
 * nothing lives at module level.
 */

import { createStore, type StoreApi } from 'zustand/vanilla'

import type { TableLimits } from '../model/hashbrown/rawTable'
import { ScriptRunner, type ScriptOp } from '../model/script'
import { currentMap } from './applyOp'
import {
  clockAt,
  clockPosition,
  clockRange,
  lastActiveBounds,
} from './clockRange'
import { buildExperiment } from './experiment'
import { DEMO_CLOCK, DEMO_HASHER, DEMO_MAX_IDLE, DEMO_OPS } from './demo'
import {
  runExtend,
  runNew,
  runOp,
  runRetain,
  runRollback,
  runSnapshot,
  runTake,
  runTryReserve,
} from './operations'
import { recorded } from './inside'
import type { PlaygroundState, PlaygroundStore } from './types'

export interface StoreOptions {
  /**
   * SipHash keys as decimal strings. Rust's `RandomState` picks random
   * keys per process; fixed keys keep the demo's order the same on every
   * visit. ["0", "0"] is `DefaultHasher::new()`.
   * @default the demo script's keys, ['0', '0']
   */
  readonly hasher?: readonly [string, string]
  /**
   * The ops to start with; the demo gives a first visit something to try.
   * Must begin with a `new` that succeeds.
   * @default DEMO_OPS
   */
  readonly ops?: readonly ScriptOp[]
  /** @default DEMO_CLOCK (2023-11-14 22:13:20 UTC) */
  readonly clock?: bigint
  /** @default DEMO_MAX_IDLE (1 h) */
  readonly maxIdle?: bigint
  /** The simulated machine's limits; tests use small ones. */
  readonly limits?: TableLimits
}

export type PlaygroundStoreApi = StoreApi<PlaygroundStore>

const EMPTY_VIEW = {
  order: new Uint32Array(0),
  len: 0,
  capacity: 0,
  buckets: 0,
  growthLeft: 0,
  tombstones: 0,
} as const

function initialState(options: StoreOptions): PlaygroundState {
  const hasher = options.hasher ?? DEMO_HASHER
  const ops = options.ops ?? DEMO_OPS
  if (ops[0]?.op !== 'new') throw new Error('the first op must be new')
  const clock = options.clock ?? DEMO_CLOCK
  const empty: PlaygroundState = {
    runner: new ScriptRunner(hasher, options.limits),
    script: [],
    hasher,
    revision: 0,
    view: EMPTY_VIEW,
    clock,
    clockRange: clockRange(null, clock),
    playing: false,
    speed: 10,
    maxIdle: options.maxIdle ?? DEMO_MAX_IDLE,
    takeInput: '',
    snapshots: [],
    selectedSnapshot: null,
    results: {},
    log: [],
    announcement: '',
  }
  const state = ops.reduce<PlaygroundState>(
    (s, op) => ({ ...s, ...recorded(s, (x) => runOp(x, op)) }),
    empty,
  )
  if (state.runner.panicked !== null) {
    throw new Error(`the start ops panic: ${state.runner.panicked}`)
  }
  const map = currentMap(state.runner)
  // The learner starts with a clean slate: results and the live region
  // belong to their own actions; the log keeps how the demo was built.
  return {
    ...state,
    revision: 0,
    clockRange: clockRange(lastActiveBounds(map), clock),
    results: {},
    announcement: '',
  }
}

export function createPlaygroundStore(
  options: StoreOptions = {},
): PlaygroundStoreApi {
  return createStore<PlaygroundStore>()((set, get) => ({
    ...initialState(options),
    // Op actions go through `recorded`, which notes what they did to the
    // table's layout for the "Inside the table" views.
    newManager: (expected) =>
      set((s) => recorded(s, (x) => runNew(x, expected))),
    tryReserve: (additional) =>
      set((s) => recorded(s, (x) => runTryReserve(x, additional))),
    extendEntries: (entries) =>
      set((s) => recorded(s, (x) => runExtend(x, { op: 'extend', entries }))),
    extendGenerated: (spec) =>
      set((s) =>
        recorded(s, (x) => runExtend(x, { op: 'extend_generated', spec })),
      ),
    snapshot: (label) => set((s) => recorded(s, (x) => runSnapshot(x, label))),
    take: (id) => set((s) => recorded(s, (x) => runTake(x, id))),
    retain: (maxIdle) => set((s) => recorded(s, (x) => runRetain(x, maxIdle))),
    rollback: (index) => set((s) => recorded(s, (x) => runRollback(x, index))),
    reseed: (hasher) => {
      const s = get()
      if (s.runner.panicked !== null) return
      const ops = s.script
      const replayed = initialState({ ...options, hasher, ops, clock: s.clock })
      set({
        ...replayed,
        maxIdle: s.maxIdle,
        speed: s.speed,
        revision: s.revision + 1,
        announcement:
          `Ran the same ${ops.length} operations again with SipHash keys ` +
          `(${hasher[0]}, ${hasher[1]}).`,
      })
    },
    setClock: (clock) => {
      const { min, max } = get().clockRange
      set({ clock: clock < min ? min : clock > max ? max : clock })
    },
    jumpClock: (clock) => {
      const bounds = lastActiveBounds(currentMap(get().runner))
      set({ clock, clockRange: clockRange(bounds, clock) })
    },
    stepClock: (steps) => {
      const { clock, clockRange: range } = get()
      const next = clockAt(range, clockPosition(range, clock) + steps)
      set({ clock: next, playing: get().playing && next < range.max })
    },
    setPlaying: (playing) => set({ playing }),
    setSpeed: (speed) => set({ speed }),
    setMaxIdle: (maxIdle) => set({ maxIdle }),
    setTakeInput: (takeInput) => set({ takeInput }),
    selectSnapshot: (selectedSnapshot) => set({ selectedSnapshot }),
    loadExperiment: (input) => {
      const now = get()
      const built = buildExperiment(input, now.runner.limits, now)
      if (!built.ok) return built
      set({ ...built.state, revision: now.revision + 1 })
      return { ok: true }
    },
  }))
}
