/**
 * The seed program's `SessionManager`, with a simulated clock passed in
 * (`cleanup_inactive` takes `now` instead of calling `SystemTime::now()`)
 * and an explicit hasher, as the reference program in the oracle has:
 *
 * ```rust
 * fn new(expected_users: usize) -> Self {
 *     let mut sessions = HashMap::new();
 *     sessions.try_reserve(expected_users)
 *         .expect("Failed to reserve capacity for sessions");
 *     Self { sessions }
 * }
 * ```
 */

import { DEFAULT_LIMITS, type TableLimits } from './hashbrown/rawTable'
import {
  type TryReserveError,
  debugTryReserveError,
} from './hashbrown/tryReserveError'
import type { SipKeys } from './rust/sipHash'
import type { Duration, SystemTime } from './rust/time'
import type { SessionBatch } from './session'
import { type ExtendReport, type RetainReport, SessionMap } from './sessionMap'

export const EXPECT_MESSAGE = 'Failed to reserve capacity for sessions'

/** `new` either returns a manager or panics with `Result::expect`'s text. */
export type NewOutcome =
  | { readonly ok: true; readonly manager: SessionManager }
  | {
      readonly ok: false
      readonly error: TryReserveError
      /** The panic message: `{msg}: {err:?}`, as `Result::expect` prints. */
      readonly panic: string
    }

export class SessionManager {
  /** `sessions: HashMap<u64, Session>`. Snapshots never share it. */
  sessions: SessionMap

  private constructor(sessions: SessionMap) {
    this.sessions = sessions
  }

  /**
   * `SessionManager::new(expected_users)`. May throw `TableTooLargeError`
   * when Rust would succeed but the playground cannot hold the table.
   */
  static new(
    expectedUsers: bigint,
    keys: SipKeys,
    limits: TableLimits = DEFAULT_LIMITS,
  ): NewOutcome {
    const sessions = SessionMap.withHasher(keys, limits)
    const error = sessions.tryReserve(expectedUsers)
    if (error) {
      const panic = `${EXPECT_MESSAGE}: ${debugTryReserveError(error)}`
      return { ok: false, error, panic }
    }
    return { ok: true, manager: new SessionManager(sessions) }
  }

  /** `load_sessions(data)`: `self.sessions.extend(data)`. */
  loadSessions(data: SessionBatch): ExtendReport {
    return this.sessions.extend(data)
  }

  /** `snapshot()`: `self.sessions.clone()`. */
  snapshot(): SessionMap {
    return this.sessions.clone()
  }

  /** Rollback: `self.sessions = snapshot.clone()`; the snapshot stays as is. */
  restore(snapshot: SessionMap): void {
    this.sessions = snapshot.clone()
  }

  /** `cleanup_inactive(max_idle)` at the simulated `now`. */
  cleanupInactive(
    now: SystemTime,
    maxIdle: Duration,
    listLimit?: number,
  ): RetainReport {
    return this.sessions.retainActive(now, maxIdle, listLimit)
  }

  /** `consume_token(user_id)`. */
  consumeToken(userId: bigint): string | null {
    return this.sessions.takeToken(userId)
  }

  /** `self.sessions.try_reserve(additional)`. */
  tryReserve(additional: bigint): TryReserveError | null {
    return this.sessions.tryReserve(additional)
  }
}
