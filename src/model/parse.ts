/**
 * Reading numbers a user typed, pasted or imported. Every function returns
 * a value or an error sentence that names the text and the limit; none
 * throws, rounds, or accepts something Rust's own parser would not mean.
 */

import { MAX_SYSTEM_TIME_SECS, NANOS_PER_SEC } from './rust/time'
import type { Duration, SystemTime } from './rust/time'
import { U64_MAX, USIZE_MAX } from './u64'

export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: string }

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value })
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error })

/** Long input is cut in messages so an error never repeats a megabyte. */
export function quote(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text
  return JSON.stringify(shown)
}

/**
 * Blank space around a number is refused, not trimmed, as Rust's
 * `str::parse` refuses it; an input that is only blank counts as empty.
 */
function blankProblem(text: string, what: string, expected: string) {
  const t = text.trim()
  if (t === '') return `${what} is empty; expected ${expected}`
  if (t !== text) {
    return `${what} ${quote(text)} has blank space around it; expected ${expected}`
  }
  return null
}

/**
 * An unsigned integer in decimal digits, within `0..=max`, read as Rust's
 * `u64::from_str` reads it: an optional `+`, then digits. Blank space,
 * minus signs, decimal points, exponents, hex and digit separators are
 * refused with a sentence saying which.
 */
export function parseUnsigned(
  text: string,
  what: string,
  max: bigint,
  maxName: string,
): Parsed<bigint> {
  const range = `a whole number from 0 to ${max}`
  const blank = blankProblem(text, what, range)
  if (blank !== null) return fail(blank)
  const t = text.startsWith('+') ? text.slice(1) : text
  if (/^-\s*\d/.test(t)) {
    return fail(`${what} ${quote(text)} is negative; expected ${range}`)
  }
  if (/^0x/i.test(t)) {
    return fail(
      `${what} ${quote(text)} is hexadecimal; write it in decimal (${range})`,
    )
  }
  if (!/^\d+$/.test(t)) {
    const why = /^[+-]?\d*\.\d*$/.test(t)
      ? 'has a fractional part'
      : /^[+-]?\d+(\.\d*)?e[+-]?\d+$/i.test(t)
        ? 'uses an exponent'
        : 'is not a decimal integer'
    return fail(`${what} ${quote(text)} ${why}; expected ${range}`)
  }
  const value = BigInt(t)
  if (value > max) {
    return fail(`${what} ${quote(text)} is larger than ${maxName} (${max})`)
  }
  return ok(value)
}

/** A `u64` user id. */
export function parseUserId(text: string): Parsed<bigint> {
  return parseUnsigned(text, 'user id', U64_MAX, 'u64::MAX')
}

/** A `usize` argument such as `try_reserve`'s `additional`. */
export function parseUsize(text: string, what: string): Parsed<bigint> {
  return parseUnsigned(text, what, USIZE_MAX, 'usize::MAX')
}

/** Units a duration or time can be typed in, with their length in ns. */
export const TIME_UNITS = {
  ns: 1n,
  ms: 1_000_000n,
  s: 1_000_000_000n,
  min: 60_000_000_000n,
  h: 3_600_000_000_000n,
  d: 86_400_000_000_000n,
} as const
export type TimeUnit = keyof typeof TIME_UNITS

/** Total nanoseconds of a non-negative decimal number of `unit`s. */
function parseNanos(
  text: string,
  what: string,
  unit: TimeUnit,
): Parsed<bigint> {
  const blank = blankProblem(text, what, `a number of ${unit}`)
  if (blank !== null) return fail(blank)
  const t = text
  const m = /^(\d+)(?:\.(\d+))?$/.exec(t)
  if (!m) {
    const why = t.startsWith('-')
      ? 'is negative'
      : /^(nan|[+-]?infinity)$/i.test(t)
        ? 'is not a number'
        : 'is not a decimal number'
    return fail(
      `${what} ${quote(t)} ${why}; expected a number of ${unit} (0 or more)`,
    )
  }
  const frac = m[2] ?? ''
  const scale = 10n ** BigInt(frac.length)
  const scaled = (BigInt(m[1]) * scale + BigInt(frac || '0')) * TIME_UNITS[unit]
  if (scaled % scale !== 0n) {
    return fail(`${what} ${quote(t)} ${unit} is finer than one nanosecond`)
  }
  return ok(scaled / scale)
}

const NS = BigInt(NANOS_PER_SEC)
const DURATION_MAX_NANOS = U64_MAX * NS + NS - 1n
const TIME_MAX_NANOS = MAX_SYSTEM_TIME_SECS * NS + NS - 1n

/** A `Duration` (at most `Duration::MAX`, about 584.9 billion years). */
export function parseDuration(
  text: string,
  what: string,
  unit: TimeUnit = 's',
): Parsed<Duration> {
  const n = parseNanos(text, what, unit)
  if (!n.ok) return n
  if (n.value > DURATION_MAX_NANOS) {
    return fail(
      `${what} ${quote(text.trim())} ${unit} is longer than Duration::MAX ` +
        `(${U64_MAX}.999999999 s)`,
    )
  }
  return ok({ secs: n.value / NS, nanos: Number(n.value % NS) })
}

/** A `SystemTime` given as an offset from the Unix epoch. */
export function parseSystemTime(
  text: string,
  what: string,
  unit: TimeUnit = 's',
): Parsed<SystemTime> {
  const n = parseNanos(text, what, unit)
  if (!n.ok) return n
  if (n.value > TIME_MAX_NANOS) {
    return fail(
      `${what} ${quote(text.trim())} ${unit} after the epoch is later than ` +
        `SystemTime allows (${MAX_SYSTEM_TIME_SECS}.999999999 s)`,
    )
  }
  return ok({ secs: n.value / NS, nanos: Number(n.value % NS) })
}
