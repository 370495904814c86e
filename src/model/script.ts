/**
 * An experiment as data: the SipHash keys and the list of operations, in
 * the same JSON shape as the vectors recorded from the real Rust program.
 * Replaying a script always gives the same map, which is what lets the
 * playground save, share, scrub through and export to Rust an experiment.
 */

import type { TableLimits } from './hashbrown/rawTable'
import { debugTryReserveResult } from './hashbrown/tryReserveError'
import { debugOptionString } from './rust/debugStr'
import { type SipKeys, sipKeys } from './rust/sipHash'
import type { Duration, SystemTime } from './rust/time'
import { type SessionBatch, batchFromEntries } from './session'
import type { ExtendReport, RetainReport, SessionMap } from './sessionMap'
import { SessionManager } from './sessionManager'
import { assertNever } from './hashbrown/tryReserveError'
import { type BatchSpec, generateBatch } from './batchGenerator'

/** A time or duration as JSON: decimal seconds (may exceed 2^53), nanos. */
export interface TimeJson {
  readonly secs: string
  readonly nanos: number
}

export interface EntryJson {
  readonly id: string
  readonly token: string | null
  readonly last_active: TimeJson
}

export type ScriptOp =
  | { readonly op: 'new'; readonly expected: string }
  | { readonly op: 'try_reserve'; readonly additional: string }
  | { readonly op: 'extend'; readonly entries: readonly EntryJson[] }
  | {
      readonly op: 'snapshot'
      readonly label?: string
      /**
       * The simulated clock when it was taken, for the timeline; `clone`
       * does not read it. Absent in experiments saved before it was kept.
       */
      readonly at?: TimeJson
    }
  | { readonly op: 'restore'; readonly index: number }
  | {
      readonly op: 'cleanup'
      readonly now: TimeJson
      readonly max_idle: TimeJson
    }
  | { readonly op: 'take'; readonly id: string }
  | { readonly op: 'shrink_to_fit' }
  /** `load_sessions` of a generated batch, stored as its spec. */
  | { readonly op: 'extend_generated'; readonly spec: BatchSpec }

export type ScriptOpName = ScriptOp['op']

export interface Script {
  /** SipHash keys k0, k1 as decimal strings; ["0", "0"] is DefaultHasher. */
  readonly hasher: readonly [string, string]
  readonly ops: readonly ScriptOp[]
}

/** What one operation returned, in Rust's terms. */
export type OpOutcome =
  | { readonly op: 'new'; readonly panic: string | null }
  | {
      readonly op: 'try_reserve'
      readonly result: string
      readonly ok: boolean
    }
  | { readonly op: 'extend'; readonly report: ExtendReport }
  | { readonly op: 'snapshot'; readonly index: number }
  | { readonly op: 'restore'; readonly index: number }
  | { readonly op: 'cleanup'; readonly report: RetainReport }
  | {
      readonly op: 'take'
      readonly token: string | null
      readonly result: string
      /** Whether `get_mut` found a session for the id. */
      readonly found: boolean
    }
  | { readonly op: 'shrink_to_fit' }

export function timeFromJson(t: TimeJson): SystemTime & Duration {
  return { secs: BigInt(t.secs), nanos: t.nanos }
}

export function timeToJson(t: SystemTime | Duration): TimeJson {
  return { secs: t.secs.toString(), nanos: t.nanos }
}

export function batchFromJson(entries: readonly EntryJson[]): SessionBatch {
  return batchFromEntries(
    entries.map((e) => ({
      id: BigInt(e.id),
      session: { token: e.token, lastActive: timeFromJson(e.last_active) },
    })),
  )
}

/**
 * Runs a script one operation at a time. Ops are assumed valid (see
 * `validateScript`); a script whose `new` panics stops there, as the real
 * program would.
 */
export class ScriptRunner {
  readonly keys: SipKeys
  readonly limits: TableLimits | undefined
  manager: SessionManager | null = null
  /** Snapshots, oldest first; never mutated after they are taken. */
  readonly timeline: SessionMap[] = []
  /** Set once a `new` has panicked: the process is over. */
  panicked: string | null = null

  constructor(hasher: readonly [string, string], limits?: TableLimits) {
    this.keys = sipKeys(BigInt(hasher[0]), BigInt(hasher[1]))
    this.limits = limits
  }

  /** Applies `op`; `listLimit` caps how many removed ids a cleanup lists. */
  apply(op: ScriptOp, listLimit?: number): OpOutcome {
    if (this.panicked !== null) {
      throw new Error('the program has already panicked; start again with new')
    }
    if (op.op === 'new') {
      const out = SessionManager.new(
        BigInt(op.expected),
        this.keys,
        this.limits,
      )
      if (!out.ok) {
        this.panicked = out.panic
        return { op: 'new', panic: out.panic }
      }
      this.manager = out.manager
      return { op: 'new', panic: null }
    }
    const m = this.manager
    if (m === null)
      throw new Error(`${op.op} needs a SessionManager: run new first`)
    switch (op.op) {
      case 'try_reserve': {
        const err = m.tryReserve(BigInt(op.additional))
        return {
          op: op.op,
          result: debugTryReserveResult(err),
          ok: err === null,
        }
      }
      case 'extend':
        return { op: op.op, report: m.loadSessions(batchFromJson(op.entries)) }
      case 'extend_generated': {
        const existing = op.spec.ids === 'overlap' ? m.sessions.keyList() : []
        const batch = generateBatch(op.spec, existing)
        return { op: 'extend', report: m.loadSessions(batch) }
      }
      case 'snapshot':
        this.timeline.push(m.snapshot())
        return { op: op.op, index: this.timeline.length - 1 }
      case 'restore': {
        const snap = this.timeline[op.index]
        if (!snap) throw new Error(`there is no snapshot ${op.index}`)
        m.restore(snap)
        return { op: op.op, index: op.index }
      }
      case 'cleanup': {
        const now = timeFromJson(op.now)
        const report = m.cleanupInactive(
          now,
          timeFromJson(op.max_idle),
          listLimit,
        )
        return { op: op.op, report }
      }
      case 'take': {
        const found = m.sessions.has(BigInt(op.id))
        const token = m.consumeToken(BigInt(op.id))
        return { op: op.op, token, result: debugOptionString(token), found }
      }
      case 'shrink_to_fit':
        m.sessions.shrinkToFit()
        return { op: op.op }
      default:
        return assertNever(op)
    }
  }
}
