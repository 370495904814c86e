/**
 * Simulated `std::time::SystemTime` and `Duration`.
 *
 * The playground never reads a wall clock: every time is a value the user
 * chose. A `SystemTime` is held as an offset from `UNIX_EPOCH`, as Rust's
 * Unix implementation holds a `timespec` (`tv_sec: i64`, `tv_nsec`).
 */

import { ISIZE_MAX, U64_MAX } from '../u64'

export const NANOS_PER_SEC = 1_000_000_000

/**
 * `std::time::Duration`.
 * Invariant: 0 <= secs <= u64::MAX and 0 <= nanos < 1_000_000_000.
 */
export interface Duration {
  readonly secs: bigint
  readonly nanos: number
}

/**
 * `std::time::SystemTime` on Unix, as an offset from the epoch.
 * Invariant: 0 <= secs <= i64::MAX (times before 1970 are out of scope:
 * the playground builds every time as `UNIX_EPOCH + Duration`, whose
 * `checked_add` fails above i64::MAX) and 0 <= nanos < 1_000_000_000.
 */
export interface SystemTime {
  readonly secs: bigint
  readonly nanos: number
}

export const MAX_SYSTEM_TIME_SECS = ISIZE_MAX
export const MAX_DURATION_SECS = U64_MAX

export function duration(secs: bigint, nanos = 0): Duration {
  checkParts(secs, nanos, MAX_DURATION_SECS, 'Duration')
  return { secs, nanos }
}

export function systemTime(secs: bigint, nanos = 0): SystemTime {
  checkParts(secs, nanos, MAX_SYSTEM_TIME_SECS, 'SystemTime')
  return { secs, nanos }
}

function checkParts(secs: bigint, nanos: number, max: bigint, what: string) {
  if (secs < 0n || secs > max) {
    throw new RangeError(`${what} seconds ${secs} are outside 0..=${max}`)
  }
  if (!Number.isInteger(nanos) || nanos < 0 || nanos >= NANOS_PER_SEC) {
    throw new RangeError(
      `${what} nanoseconds ${nanos} are outside 0..=999999999`,
    )
  }
}

/** Total nanoseconds, for arithmetic that must not round. */
export function toNanos(t: Duration | SystemTime): bigint {
  return t.secs * BigInt(NANOS_PER_SEC) + BigInt(t.nanos)
}

export function fromNanos(total: bigint): Duration {
  const n = BigInt(NANOS_PER_SEC)
  return { secs: total / n, nanos: Number(total % n) }
}

export function compareTime(
  a: Duration | SystemTime,
  b: Duration | SystemTime,
): number {
  if (a.secs !== b.secs) return a.secs < b.secs ? -1 : 1
  return a.nanos - b.nanos
}

/**
 * `SystemTime::duration_since`: `Ok(self - earlier)`, or `Err` (here `null`)
 * when `earlier` is later than `self`.
 */
export function durationSince(
  self: SystemTime,
  earlier: SystemTime,
): Duration | null {
  const d = toNanos(self) - toNanos(earlier)
  return d < 0n ? null : fromNanos(d)
}

/** `format!("{:?}", t)`, as std prints a Unix `SystemTime`. */
export function debugSystemTime(t: SystemTime): string {
  return `SystemTime { tv_sec: ${t.secs}, tv_nsec: ${t.nanos} }`
}

/** `format!("{:#?}", t)` at the given indentation. */
export function prettySystemTime(t: SystemTime, indent: string): string {
  const inner = indent + '    '
  return (
    `SystemTime {\n${inner}tv_sec: ${t.secs},\n` +
    `${inner}tv_nsec: ${t.nanos},\n${indent}}`
  )
}
