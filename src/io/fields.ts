/**
 * Readers for the leaves of the playground's files: ids, sizes, times,
 * tokens. Each takes a value of unknown type and either returns it in the
 * canonical form the model expects or reports why not and returns
 * `undefined`. The digits are checked by the model's own parsers
 * (`src/model/parse.ts`), so a file accepts exactly what the input boxes do.
 *
 * Decimal strings come back canonical (`"007"` is read as `"7"`): the
 * value is a number, and the document keeps one spelling of it.
 */

import { parseUnsigned, quote } from '../model/parse'
import { MAX_DURATION_SECS, MAX_SYSTEM_TIME_SECS } from '../model/rust/time'
import type { TimeJson } from '../model/script'
import { U64_MAX, USIZE_MAX } from '../model/u64'
import { cutText, describeValue, type Report } from './issues'
import { isJsonNumber, jsonNumberText } from './json'
import { labelProblem, surrogateProblem, tokenSizeProblem } from './textLimits'

/** An unsigned integer field: its name in messages and its limit. */
export interface UnsignedField {
  readonly what: string
  readonly max: bigint
  readonly maxName: string
}

export const USER_ID: UnsignedField = {
  what: 'user id',
  max: U64_MAX,
  maxName: 'u64::MAX',
}

export function usizeField(what: string): UnsignedField {
  return { what, max: USIZE_MAX, maxName: 'usize::MAX' }
}

export function u64Field(what: string): UnsignedField {
  return { what, max: U64_MAX, maxName: 'u64::MAX' }
}

/**
 * Whether a JSON number may stand where a decimal string belongs.
 * `refuse`: the playground's own documents, which always write strings;
 * `exact`: imported sessions, whose ids other tools often write as numbers
 * (read from their digits, never through a float).
 */
export type NumberPolicy = 'refuse' | 'exact'

const SAFE = BigInt(Number.MAX_SAFE_INTEGER)

/** An unsigned integer written as a decimal string; canonical on return. */
export function readUnsigned(
  value: unknown,
  report: Report,
  field: UnsignedField,
  numbers: NumberPolicy = 'refuse',
): string | undefined {
  let text: string
  if (typeof value === 'string') {
    text = value
  } else if (isJsonNumber(value) && numbers === 'exact') {
    text = jsonNumberText(value)
  } else if (isJsonNumber(value) && /^\d+$/.test(jsonNumberText(value))) {
    const digits = jsonNumberText(value)
    report(
      `${field.what} is the JSON number ${cutText(digits)}; write it in ` +
        `quotes, as the string ${quote(digits)}: JSON numbers above 2^53 ` +
        'lose digits when JavaScript reads them, so the playground keeps ' +
        'every such value as a string',
    )
    return undefined
  } else {
    report(
      `expected ${field.what} as a decimal string such as "42", ` +
        `got ${describeValue(value)}`,
    )
    return undefined
  }
  const fast = field.max > SAFE ? Number.MAX_SAFE_INTEGER : Number(field.max)
  const plain = plainDigits(text, fast)
  if (plain !== null) return plain
  const parsed = parseUnsigned(text, field.what, field.max, field.maxName)
  if (!parsed.ok) {
    report(parsed.error)
    return undefined
  }
  return parsed.value.toString()
}

/**
 * `text` when it is 1 to 15 plain digits without a leading zero and at
 * most `max`: the common case, which needs no BigInt (15 digits are below
 * 2^53, so `Number` is exact). Null sends the text to the full parser,
 * which accepts or explains everything else.
 */
export function plainDigits(text: string, max: number): string | null {
  const n = text.length
  if (n === 0 || n > 15 || (n > 1 && text.charCodeAt(0) === 0x30)) return null
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x30 || c > 0x39) return null
  }
  return Number(text) <= max ? text : null
}

/** A whole JSON number within `0..=max`, for counts, indexes and seeds. */
export function readCount(
  value: unknown,
  report: Report,
  what: string,
  max: number,
  maxName = String(max),
): number | undefined {
  if (!isJsonNumber(value)) {
    report(
      `expected ${what} as a JSON number from 0 to ${max}, ` +
        `got ${describeValue(value)}`,
    )
    return undefined
  }
  const text = jsonNumberText(value)
  const plain = plainDigits(text, max)
  if (plain !== null) return Number(plain)
  const parsed = parseUnsigned(text, what, BigInt(max), maxName)
  if (!parsed.ok) {
    report(parsed.error)
    return undefined
  }
  return Number(parsed.value)
}

/** A JSON number within 0..=1, such as a share of sessions. */
export function readFraction(
  value: unknown,
  report: Report,
  what: string,
): number | undefined {
  const expected = `${what} as a JSON number from 0 to 1`
  if (!isJsonNumber(value)) {
    report(`expected ${expected}, got ${describeValue(value)}`)
    return undefined
  }
  const n = Number(jsonNumberText(value))
  if (!(n >= 0 && n <= 1)) {
    report(`expected ${expected}, got ${describeValue(value)}`)
    return undefined
  }
  return n
}

const NANOS = { what: 'nanoseconds', max: 999_999_999 } as const

/** Whether a time is a `SystemTime` (`last_active`, `now`) or a `Duration`. */
export type TimeKind = 'SystemTime' | 'Duration'

const TIME_LIMITS = {
  SystemTime: { max: MAX_SYSTEM_TIME_SECS, maxName: 'i64::MAX' },
  Duration: { max: MAX_DURATION_SECS, maxName: 'u64::MAX' },
} as const

/**
 * `{ "secs": "1700000000", "nanos": 5 }`: whole seconds as a decimal string
 * (they may exceed 2^53) and nanoseconds as a JSON number below 10^9. A
 * `SystemTime` is at most i64::MAX seconds after the epoch (Rust's
 * `UNIX_EPOCH + Duration` fails beyond), a `Duration` at most u64::MAX.
 */
export function readTime(
  value: unknown,
  report: Report,
  what: string,
  kind: TimeKind,
  numbers: NumberPolicy = 'refuse',
): TimeJson | undefined {
  if (!isRecord(value)) {
    report(
      `expected ${what} as an object such as { "secs": "1700000000", ` +
        `"nanos": 0 }, got ${describeValue(value)}`,
    )
    return undefined
  }
  let ok = true
  for (const key of Object.keys(value)) {
    if (key !== 'secs' && key !== 'nanos') {
      report(
        `${what} has an unknown field ${quote(key)}; it has only secs and nanos`,
        [key],
      )
      ok = false
    }
  }
  const limits = TIME_LIMITS[kind]
  const secsField = { what: `${what} seconds`, ...limits }
  const secs = readUnsigned(
    value.secs,
    (m) => report(m, ['secs']),
    secsField,
    numbers,
  )
  const nanos = readCount(
    value.nanos,
    (m) => report(m, ['nanos']),
    `${what} ${NANOS.what}`,
    NANOS.max,
    'one second less a nanosecond',
  )
  if (!ok || secs === undefined || nanos === undefined) return undefined
  return { secs, nanos }
}

/**
 * A token: `Option<String>` as a string or `null` (`None`); `""` is
 * `Some("")`. The text is kept exactly, markup and control characters
 * included: it is data, never rendered as HTML. A lone surrogate is
 * refused, since a Rust `String` is UTF-8 and cannot hold one.
 */
export function readToken(
  value: unknown,
  report: Report,
): string | null | undefined {
  if (value === null) return null
  if (typeof value !== 'string') {
    report(
      'expected token as a string, or null for None, ' +
        `got ${describeValue(value)}`,
    )
    return undefined
  }
  const problem = tokenProblem(value)
  if (problem !== null) {
    report(problem)
    return undefined
  }
  return value
}

/** Why `text` cannot be a token, or null when it can. */
export function tokenProblem(text: string): string | null {
  return tokenSizeProblem(text) ?? surrogateProblem('token', text)
}

/** A snapshot label: see {@link labelProblem}. */
export function readLabel(value: unknown, report: Report): string | undefined {
  if (typeof value !== 'string') {
    report(`expected label as a string, got ${describeValue(value)}`)
    return undefined
  }
  const problem = labelProblem(value)
  if (problem !== null) {
    report(problem)
    return undefined
  }
  return value
}

/** A JSON object (not an array, not a number from the lossless parser). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !isJsonNumber(value)
  )
}
