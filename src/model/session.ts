/**
 * The seed program's `Session` and the bulk input of `load_sessions`.
 *
 * ```rust
 * #[derive(Debug, Clone)]
 * struct Session { token: Option<String>, last_active: SystemTime }
 * ```
 */

import type { SystemTime } from './rust/time'

export interface Session {
  /** `None` is `null`; `Some("")` is `''`, a real (empty) token. */
  readonly token: string | null
  readonly lastActive: SystemTime
}

/**
 * `Vec<(u64, Session)>` in columns, so a batch of a million sessions is a
 * few flat arrays. Entry `i` is (ids[i], tokens[i], secs[i] + nanos[i]).
 * Invariant: all four have the same length; secs[i] <= i64::MAX.
 */
export interface SessionBatch {
  readonly ids: BigUint64Array
  readonly tokens: readonly (string | null)[]
  readonly secs: BigUint64Array
  readonly nanos: Uint32Array
}

export interface BatchEntry {
  readonly id: bigint
  readonly session: Session
}

export function batchFromEntries(entries: readonly BatchEntry[]): SessionBatch {
  const n = entries.length
  const ids = new BigUint64Array(n)
  const secs = new BigUint64Array(n)
  const nanos = new Uint32Array(n)
  const tokens = entries.map((e, i) => {
    ids[i] = e.id
    secs[i] = e.session.lastActive.secs
    nanos[i] = e.session.lastActive.nanos
    return e.session.token
  })
  return { ids, tokens, secs, nanos }
}

export function batchEntry(batch: SessionBatch, i: number): BatchEntry {
  return {
    id: batch.ids[i],
    session: {
      token: batch.tokens[i],
      lastActive: { secs: batch.secs[i], nanos: batch.nanos[i] },
    },
  }
}
