/**
 * Reads sessions pasted as `id,token,last_active` lines into the entries
 * of an `extend` script op. Every line is checked; one bad line rejects the
 * whole paste, so nothing is half-applied.
 *
 * Rules (shown next to the paste box):
 * - the token is everything between the first and the last comma, exactly
 *   as written (spaces and inner commas included);
 * - a token of `-` is `None`; an empty token is `Some("")`;
 * - last_active is seconds since the Unix epoch, with an optional fraction
 *   down to nanoseconds;
 * - blank lines are skipped.
 */

import { tokenSizeProblem } from '../io/textLimits'
import { MAX_BATCH } from '../model/batchGenerator'
import { parseSystemTime, parseUserId, quote } from '../model/parse'
import { findLoneSurrogate } from '../model/rust/debugStr'
import { timeToJson, type EntryJson } from '../model/script'

export const NONE_TOKEN = '-'

/** At most this many line errors are listed; the rest are counted. */
const MAX_ERRORS = 5

export type PasteResult =
  | { readonly ok: true; readonly entries: readonly EntryJson[] }
  | {
      readonly ok: false
      /** The first few errors, each naming its line. */
      readonly errors: readonly string[]
      /** All bad lines, including those not listed. */
      readonly errorCount: number
    }

export function parsePastedBatch(text: string): PasteResult {
  const lines = text.split(/\r?\n/)
  const entries: EntryJson[] = []
  const errors: string[] = []
  let errorCount = 0
  lines.forEach((line, i) => {
    if (line.trim() === '') return
    const entry = parseLine(line)
    if (typeof entry === 'string') {
      errorCount++
      if (errors.length < MAX_ERRORS) errors.push(`line ${i + 1}: ${entry}`)
    } else {
      entries.push(entry)
    }
  })
  if (errorCount === 0 && entries.length === 0) {
    return {
      ok: false,
      errors: [
        'there are no sessions to add; ' +
          'write one id,token,last_active per line',
      ],
      errorCount: 1,
    }
  }
  if (errorCount === 0 && entries.length > MAX_BATCH) {
    const msg =
      `${entries.length} sessions is more than this playground takes ` +
      `in one batch (${MAX_BATCH})`
    return { ok: false, errors: [msg], errorCount: 1 }
  }
  if (errorCount > 0) return { ok: false, errors, errorCount }
  return { ok: true, entries }
}

/** One line as an entry, or the sentence saying what is wrong with it. */
function parseLine(line: string): EntryJson | string {
  const first = line.indexOf(',')
  const last = line.lastIndexOf(',')
  if (first < 0 || first === last) {
    return (
      `${quote(line)} has ${first < 0 ? 'no comma' : 'one comma'}; ` +
      'expected three fields: id,token,last_active'
    )
  }
  const id = parseUserId(line.slice(0, first))
  if (!id.ok) return id.error
  const rawToken = line.slice(first + 1, last)
  const tooLong = tokenSizeProblem(rawToken)
  if (tooLong !== null) return tooLong
  const surrogate = findLoneSurrogate(rawToken)
  if (surrogate >= 0) {
    return (
      `token ${quote(rawToken)} holds a lone UTF-16 surrogate at ` +
      `position ${surrogate}; a Rust String must be valid UTF-8`
    )
  }
  const time = parseSystemTime(line.slice(last + 1), 'last_active', 's')
  if (!time.ok) return time.error
  return {
    id: id.value.toString(),
    token: rawToken === NONE_TOKEN ? null : rawToken,
    last_active: timeToJson(time.value),
  }
}
