/**
 * The playground store's state and actions, typed separately. The state
 * holds the model (a `ScriptRunner`, mutated in place by actions) and
 * plain, immutable values derived from it; `revision` counts the changes
 * to the model so that views reading it re-render.
 */

import type { BatchSpec } from '../model/batchGenerator'
import type { LayoutChange } from '../model/hashbrown/rawTable'
import type { EntryJson, ScriptOp, ScriptRunner } from '../model/script'
import type { ExtendReport } from '../model/sessionMap'
import type { CloneCost } from '../ui/snapshotCost'
import type { ClockRange } from './clockRange'
import type { InsideActions, InsideState } from './inside'
import type { ExperimentInput, LoadResult } from './experiment'

/** The operations a learner can run, named after what they call. */
export type OperationName =
  'new' | 'try_reserve' | 'extend' | 'clone' | 'take' | 'retain' | 'rollback'

/** The numbers the summary shows, read from the map after each change. */
export interface MapView {
  /** FULL buckets in iteration order; a new array after every change. */
  readonly order: Uint32Array
  readonly len: number
  readonly capacity: number
  readonly buckets: number
  readonly growthLeft: number
  /** DELETED control bytes (tombstones) left by erases. */
  readonly tombstones: number
}

export interface LayoutBefore {
  readonly capacity: number
  readonly buckets: number
}

/** A reservation Rust would grant but the playground cannot hold. */
export interface LimitResult {
  readonly kind: 'limit'
  readonly message: string
}

export type NewResult =
  | {
      readonly kind: 'ok'
      readonly expected: string
      readonly capacity: number
      readonly buckets: number
      readonly why: string
    }
  | {
      readonly kind: 'panic'
      readonly expected: string
      readonly message: string
      readonly why: string
    }
  | LimitResult

export type TryReserveResult =
  | {
      readonly kind: 'ok'
      readonly additional: string
      readonly before: LayoutBefore
      readonly after: LayoutBefore
      readonly changes: readonly LayoutChange[]
      readonly why: string
    }
  | {
      readonly kind: 'err'
      readonly additional: string
      readonly text: string
      readonly why: string
    }
  | LimitResult

export type ExtendResult =
  | {
      readonly kind: 'ok'
      readonly report: ExtendReport
      readonly before: LayoutBefore
      readonly after: LayoutBefore
    }
  | LimitResult

export interface CloneResult {
  readonly kind: 'ok'
  readonly index: number
  readonly label: string
  readonly cost: CloneCost
  readonly why: string
}

export interface TakeResult {
  readonly kind: 'ok'
  readonly id: string
  /** `Some("…")` or `None`, as Rust's Debug prints it. */
  readonly result: string
  /** Why it is `None`, when it is. */
  readonly none: 'token-is-none' | 'no-session' | null
  readonly why: string
}

export interface RetainResult {
  readonly kind: 'ok'
  readonly removedCount: number
  /** The first removed ids, in iteration order before `retain`. */
  readonly removed: readonly bigint[]
  readonly lenBefore: number
  readonly now: bigint
  readonly maxIdle: bigint
  readonly why: string
}

export interface Results {
  readonly new?: NewResult
  readonly try_reserve?: TryReserveResult
  readonly extend?: ExtendResult
  readonly clone?: CloneResult | LimitResult
  readonly take?: TakeResult
  readonly retain?: RetainResult
}

export type LogTone = 'ok' | 'err' | 'panic' | 'limit'

export interface LogEntry {
  readonly id: number
  /** The Rust line that ran, e.g. `manager.consume_token(42)`. */
  readonly call: string
  /** What it returned, e.g. `Some("otp-7f3a")`. */
  readonly result: string
  /** A short explanation, when there is one. */
  readonly note: string
  readonly tone: LogTone
}

export interface SnapshotMeta {
  /** Position in `runner.timeline`. */
  readonly index: number
  readonly label: string
  /** The simulated clock when it was taken. */
  readonly clock: bigint
  readonly len: number
  readonly capacity: number
}

export const PLAY_SPEEDS = [1, 10, 60] as const
export type PlaySpeed = (typeof PLAY_SPEEDS)[number]

export interface PlaygroundState extends Partial<InsideState> {
  /** The model; actions mutate it in place and bump `revision`. */
  readonly runner: ScriptRunner
  /** Every op applied to `runner`, in order: the experiment as data. */
  readonly script: readonly ScriptOp[]
  readonly hasher: readonly [string, string]
  readonly revision: number
  readonly view: MapView
  /** Simulated `SystemTime::now()`, nanoseconds since the epoch. */
  readonly clock: bigint
  readonly clockRange: ClockRange
  readonly playing: boolean
  /** Slider steps per second while playing. */
  readonly speed: PlaySpeed
  /** The max idle `retain` would use, in nanoseconds; previewed in the table. */
  readonly maxIdle: bigint
  /** Text of the take input; clicking a row fills it (and takes). */
  readonly takeInput: string
  readonly snapshots: readonly SnapshotMeta[]
  readonly selectedSnapshot: number | null
  readonly results: Results
  readonly log: readonly LogEntry[]
  /** Text of the live region: the last result in a sentence. */
  readonly announcement: string
}

export interface PlaygroundActions extends InsideActions {
  /** `SessionManager::new(expected)`; after a panic, a fresh program. */
  newManager(expected: bigint): void
  tryReserve(additional: bigint): void
  extendEntries(entries: readonly EntryJson[]): void
  extendGenerated(spec: BatchSpec): void
  snapshot(label: string): void
  take(id: bigint): void
  /** `cleanup_inactive(max_idle)` at the simulated clock. */
  retain(maxIdle: bigint): void
  rollback(index: number): void
  /** Sets the clock within the slider's range (clamped to it). */
  setClock(clock: bigint): void
  /** Sets the clock to any time; the slider's grid is re-anchored there. */
  jumpClock(clock: bigint): void
  /** Moves the clock by whole slider steps, clamped to the range. */
  stepClock(steps: number): void
  setPlaying(playing: boolean): void
  setSpeed(speed: PlaySpeed): void
  setMaxIdle(maxIdle: bigint): void
  setTakeInput(text: string): void
  selectSnapshot(index: number | null): void
  /**
   * Replays a whole experiment into a fresh runner and shows it. On
   * failure (an invalid op, a playground limit) nothing changes and the
   * result says why.
   */
  loadExperiment(input: ExperimentInput): LoadResult
}

export type PlaygroundStore = PlaygroundState & PlaygroundActions
