/**
 * Loading a whole experiment: replaying a script into a fresh
 * `ScriptRunner` through the same functions the store's actions use, so
 * the view, the snapshot labels, the log and the last results come out
 * exactly as if the learner had clicked through the script (the layout
 * record of each op included). The replay
 * builds a new state and never touches the current one, so a script that
 * fails half-way leaves the page as it was.
 */

import type { TableLimits } from '../model/hashbrown/rawTable'
import { MAX_SYSTEM_TIME_SECS } from '../model/rust/time'
import { ScriptRunner, type ScriptOp } from '../model/script'
import { U64_MAX } from '../model/u64'
import { NS_PER_SEC } from '../ui/formatTime'
import { currentMap } from './applyOp'
import { clockRange, lastActiveBounds } from './clockRange'
import { recorded } from './inside'
import { runOp } from './operations'
import type { PlaygroundState } from './types'

/** What `loadExperiment` replays. */
export interface ExperimentInput {
  /** SipHash keys k0, k1 as decimal strings (0..=u64::MAX). */
  readonly hasher: readonly [string, string]
  /** Starts with a `new` that returns; nothing follows a panic. */
  readonly ops: readonly ScriptOp[]
  /** The simulated now, nanoseconds since the epoch. */
  readonly clock: bigint
  /** The max idle the retain control starts with, in nanoseconds. */
  readonly maxIdle: bigint
  /** Named in the announcement, e.g. a scenario's title. */
  readonly label?: string
}

export type LoadResult =
  | { readonly ok: true }
  | {
      readonly ok: false
      /** What is wrong, in a sentence a learner can act on. */
      readonly error: string
    }

type Built =
  | { readonly ok: true; readonly state: PlaygroundState }
  | { readonly ok: false; readonly error: string }

const MAX_CLOCK = MAX_SYSTEM_TIME_SECS * NS_PER_SEC + NS_PER_SEC - 1n
const MAX_IDLE = U64_MAX * NS_PER_SEC + NS_PER_SEC - 1n
const OP_NAMES: ReadonlySet<string> = new Set<ScriptOp['op']>([
  'new',
  'try_reserve',
  'extend',
  'extend_generated',
  'snapshot',
  'restore',
  'cleanup',
  'take',
  'shrink_to_fit',
])

const EMPTY_VIEW = {
  order: new Uint32Array(0),
  len: 0,
  capacity: 0,
  buckets: 0,
  growthLeft: 0,
  tombstones: 0,
} as const

function fail(error: string): Built {
  return { ok: false, error }
}

/** Why the input cannot be replayed before running anything, or null. */
function inputProblem(input: ExperimentInput): string | null {
  const [k0, k1] = input.hasher
  for (const [name, key] of [
    ['k0', k0],
    ['k1', k1],
  ] as const) {
    if (typeof key !== 'string' || !/^\d{1,20}$/.test(key)) {
      return `hasher key ${name} must be a decimal number, got ${JSON.stringify(key)}`
    }
    if (BigInt(key) > U64_MAX) {
      return `hasher key ${name} ${key} is larger than u64::MAX (${U64_MAX})`
    }
  }
  if (input.clock < 0n || input.clock > MAX_CLOCK) {
    return `the clock (${input.clock} ns) is outside 0..=${MAX_CLOCK} ns`
  }
  if (input.maxIdle < 0n || input.maxIdle > MAX_IDLE) {
    return `max idle (${input.maxIdle} ns) is outside 0..=${MAX_IDLE} ns`
  }
  if (input.ops.length === 0) return 'the experiment has no operations'
  const first = input.ops[0] as unknown
  if (!isOp(first) || first.op !== 'new') {
    return 'the first operation must be new (SessionManager::new)'
  }
  return null
}

function isOp(value: unknown): value is ScriptOp {
  if (typeof value !== 'object' || value === null) return false
  const name = (value as { op?: unknown }).op
  return typeof name === 'string' && OP_NAMES.has(name)
}

function describeOp(i: number, op: unknown): string {
  const name = isOp(op) ? op.op : 'operation'
  return `operation ${i + 1} (${name})`
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

/** The state before any op: a runner with no manager yet. */
export function emptyState(
  input: Pick<ExperimentInput, 'hasher' | 'clock' | 'maxIdle'>,
  limits: TableLimits | undefined,
  speed: PlaygroundState['speed'],
): PlaygroundState {
  return {
    runner: new ScriptRunner(input.hasher, limits),
    script: [],
    hasher: input.hasher,
    revision: 0,
    view: EMPTY_VIEW,
    clock: input.clock,
    clockRange: clockRange(null, input.clock),
    playing: false,
    speed,
    maxIdle: input.maxIdle,
    takeInput: '',
    snapshots: [],
    selectedSnapshot: null,
    results: {},
    log: [],
    announcement: '',
  }
}

/**
 * Replays `input` on a new runner with `limits` and returns the whole
 * state the store would hold afterwards, or why it cannot. A playground
 * limit (`TableTooLargeError`) refuses the op that hit it; the store
 * records such an op only in the log, so a refusal shows as an op that
 * did not reach the script.
 */
export function buildExperiment(
  input: ExperimentInput,
  limits: TableLimits | undefined,
  keep: Pick<PlaygroundState, 'speed'>,
): Built {
  const problem = inputProblem(input)
  if (problem !== null) return fail(problem)
  let state = emptyState(input, limits, keep.speed)
  for (let i = 0; i < input.ops.length; i++) {
    const op: unknown = input.ops[i]
    const where = describeOp(i, op)
    if (!isOp(op)) return fail(`${where} is not a known operation`)
    if (state.runner.panicked !== null) {
      return fail(
        `${where} follows a new that panicked; nothing runs after a panic`,
      )
    }
    let update: Partial<PlaygroundState>
    try {
      update = recorded(state, (x) => runOp(x, op))
    } catch (e) {
      return fail(`${where} cannot run: ${message(e)}`)
    }
    if (update.script === undefined) {
      const note = update.log?.at(-1)?.note ?? ''
      return fail(`${where} was refused: ${note}`)
    }
    state = { ...state, ...update }
  }
  if (state.runner.manager === null) {
    return fail(
      `new panics (${state.runner.panicked ?? 'no manager'}); ` +
        'the playground needs a SessionManager to show',
    )
  }
  // A `cleanup` op sets the retain control to its own max idle; the
  // experiment's setting wins, as the settings are what it was saved with.
  const map = currentMap(state.runner)
  const n = input.ops.length
  const what = input.label ? `“${input.label}”` : 'an experiment'
  return {
    ok: true,
    state: {
      ...state,
      maxIdle: input.maxIdle,
      clockRange: clockRange(lastActiveBounds(map), input.clock),
      announcement: `Loaded ${what}: ${n} ${n === 1 ? 'operation' : 'operations'}.`,
    },
  }
}
