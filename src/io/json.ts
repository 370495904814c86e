/**
 * Reading JSON without losing digits.
 *
 * `JSON.parse('{"id": 9007199254740993}')` gives 9007199254740992: every
 * number becomes a float64, and u64 ids above 2^53 are rounded without a
 * word. (The reviver's `context.source`, which would show the digits, is
 * not in Node 20.) lossless-json parses the text itself and hands each
 * number over as the text it was written as, so a reader can refuse it,
 * or read it exactly, but never round it.
 * https://github.com/josdejong/lossless-json
 */

import { LosslessNumber, isLosslessNumber, parse } from 'lossless-json'

/** A JSON number as it was written, or a plain JS number. */
export type JsonNumber = LosslessNumber | number

export function isJsonNumber(value: unknown): value is JsonNumber {
  return typeof value === 'number' || isLosslessNumber(value)
}

/**
 * The digits of a JSON number exactly as written (`1.50`, `1e3`); a plain
 * JS number is written as JS would (`String(n)`).
 */
export function jsonNumberText(value: JsonNumber): string {
  return typeof value === 'number' ? String(value) : value.value
}

export type JsonParsed =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: string }

const BOM = '\ufeff'

/**
 * Parses JSON text. Every number is a `LosslessNumber` holding its text;
 * strings, objects and arrays are as `JSON.parse` makes them (`__proto__`
 * is an ordinary key). A key given twice with different values is refused,
 * since the two readings of such a file disagree. A leading byte order
 * mark, which Windows tools write, is skipped.
 */
export function parseJson(text: string): JsonParsed {
  const body = text.startsWith(BOM) ? text.slice(1) : text
  if (body.trim() === '') return { ok: false, error: 'the text is empty' }
  try {
    return { ok: true, value: parse(body, null, toLosslessNumber) }
  } catch (e) {
    if (e instanceof RangeError) {
      // The parser recurses once per level of nesting.
      return { ok: false, error: 'the JSON is nested too deeply to read' }
    }
    const message = e instanceof Error ? e.message : String(e)
    return { ok: false, error: `not valid JSON: ${withLine(message, body)}` }
  }
}

function toLosslessNumber(text: string): LosslessNumber {
  return new LosslessNumber(text)
}

/**
 * lossless-json names a character offset ("at position 1234"); a person
 * looks for a line and column. Offsets count UTF-16 units, as do columns.
 */
function withLine(message: string, text: string): string {
  const m = /at position (\d+)/.exec(message)
  if (!m) return message
  const at = Math.min(Number(m[1]), text.length)
  let line = 1
  let lineStart = 0
  for (
    let i = text.indexOf('\n');
    i !== -1 && i < at;
    i = text.indexOf('\n', i + 1)
  ) {
    line++
    lineStart = i + 1
  }
  return message.replace(m[0], `at line ${line}, column ${at - lineStart + 1}`)
}
