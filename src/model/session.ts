/**
 * The seed program's `Session` and the bulk input of `load_sessions`.
 *
 * ```rust
 * #[derive(Debug, Clone)]
 * struct Session { token: Option<String>, last_active: SystemTime }
 * ```
 */

import type { SystemTime } from './rust/time'
import { utf8Length } from './rust/utf8'

export interface Session {
  /** `None` is `null`; `Some("")` is `''`, a real (empty) token. */
  readonly token: string | null
  readonly lastActive: SystemTime
}

/**
 * `Vec<(u64, Session)>` in columns, so a batch of a million sessions is a
 * few flat arrays. Entry `i` is (ids[i], tokens[i], secs[i] + nanos[i]).
 * Invariant: all five have the same length; secs[i] <= i64::MAX.
 */
export interface SessionBatch {
  readonly ids: BigUint64Array
  readonly tokens: readonly (string | null)[]
  /**
   * `str::len` of tokens[i], 0 for `None`. A Rust `String` carries its
   * length; so does the batch, and `extend` never reads a token's
   * characters (at a million tokens that reading was a sixth of its time).
   */
  readonly tokenBytes: Uint32Array
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
  const tokenBytes = new Uint32Array(n)
  const tokens = entries.map((e, i) => {
    const token = e.session.token
    ids[i] = e.id
    tokenBytes[i] = token === null ? 0 : utf8Length(token)
    secs[i] = e.session.lastActive.secs
    nanos[i] = e.session.lastActive.nanos
    return token
  })
  return { ids, tokens, tokenBytes, secs, nanos }
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
