/**
 * What `cleanup_inactive` would decide for one session, and why, in the
 * words of the closure it runs:
 *
 * ```rust
 * now.duration_since(session.last_active)
 *     .map(|d| d <= max_idle)
 *     .unwrap_or(false)
 * ```
 */

import { formatDuration } from './formatTime'

export type Verdict =
  /** `duration_since` is `Ok(idle)` and `idle <= max_idle`. */
  | { readonly keep: true; readonly idle: bigint }
  /** `duration_since` is `Ok(idle)` but `idle > max_idle`. */
  | { readonly keep: false; readonly reason: 'idle'; readonly idle: bigint }
  /** `last_active` is after `now`: `duration_since` is `Err`. */
  | { readonly keep: false; readonly reason: 'future' }

/** All three arguments are exact nanoseconds since the epoch / long. */
export function retainVerdict(
  lastActive: bigint,
  now: bigint,
  maxIdle: bigint,
): Verdict {
  const idle = now - lastActive
  if (idle < 0n) return { keep: false, reason: 'future' }
  if (idle <= maxIdle) return { keep: true, idle }
  return { keep: false, reason: 'idle', idle }
}

export const FUTURE_REASON =
  'last active is after now: duration_since fails, unwrap_or(false)'

/** `idle 5min ≤ max 1h`, `idle 2h > max 1h`, or the future-time reason. */
export function verdictReason(v: Verdict, maxIdle: bigint): string {
  const max = formatDuration(maxIdle)
  if (v.keep) return `idle ${formatDuration(v.idle)} ≤ max ${max}`
  if (v.reason === 'future') return FUTURE_REASON
  return `idle ${formatDuration(v.idle)} > max ${max}`
}

/** The idle column: a duration, or "in the future" when now < last_active. */
export function idleText(lastActive: bigint, now: bigint): string {
  const idle = now - lastActive
  return idle < 0n ? 'in the future' : formatDuration(idle)
}
