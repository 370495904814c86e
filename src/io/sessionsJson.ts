/**
 * Sessions as JSON: a list in the shape of a script's `extend` entries,
 * one session a line.
 *
 * ```json
 * [
 * {"id":"42","token":"otp-1f3a","last_active":{"secs":"1700000000","nanos":0}},
 * {"id":"43","token":null,"last_active":{"secs":"1700000000","nanos":5}}
 * ]
 * ```
 *
 * `null` is `None` and `""` is `Some("")`. Ids and seconds are written as
 * strings. On import they may also be JSON numbers, as other tools write
 * them: the numbers are read from their digits (see `json.ts`), so
 * `18446744073709551615` arrives whole, and a number with a fraction or an
 * exponent is refused, not rounded.
 */

import type { EntryJson } from '../model/script'
import type { SessionMap } from '../model/sessionMap'
import { readEntries } from './entries'
import { type PathKey, summarize } from './issues'
import { parseJson } from './json'
import { entryText } from './jsonText'
import {
  MAX_IMPORT_ROWS,
  type SessionIssue,
  type SessionsImport,
  fileIssue,
  pieces,
  sessionsOf,
  tooLarge,
} from './sessionFiles'

/**
 * The map's sessions in iteration order, as JSON text in pieces of about a
 * mebibyte: `new Blob(pieces, { type: 'application/json' })`, or
 * `join('')`.
 */
export function exportSessionsJson(map: SessionMap): string[] {
  return pieces(jsonLines(sessionsOf(map)))
}

/** The lines of the JSON list of `entries`. */
export function* jsonLines(entries: Iterable<EntryJson>): Generator<string> {
  yield '['
  let first = true
  for (const e of entries) {
    yield `${first ? '\n' : ',\n'}${entryText(e)}`
    first = false
  }
  yield '\n]\n'
}

/**
 * Reads a sessions JSON file: every session is checked, and the sessions
 * come back only if all are valid; otherwise the problems, each naming the
 * session (1-based), the field, the value and what was expected.
 */
export function importSessionsJson(text: string): SessionsImport {
  const big = tooLarge(text)
  if (big) return failed([big])
  const parsed = parseJson(text)
  if (!parsed.ok) return failed([fileIssue(parsed.error)])
  if (Array.isArray(parsed.value) && parsed.value.length > MAX_IMPORT_ROWS) {
    return failed([
      fileIssue(
        `the file holds ${parsed.value.length} sessions; one import may ` +
          `hold at most ${MAX_IMPORT_ROWS}`,
      ),
    ])
  }
  const issues: SessionIssue[] = []
  const entries = readEntries(
    parsed.value,
    (message, path = []) => issues.push(sessionIssue(message, path)),
    'exact',
  )
  return entries === undefined ? failed(issues) : { ok: true, entries }
}

/** `[11, "last_active", "secs"]` is session 12, field `last_active.secs`. */
function sessionIssue(message: string, path: readonly PathKey[]): SessionIssue {
  if (typeof path[0] !== 'number') return fileIssue(message)
  const row = path[0] + 1
  const field = path.slice(1).join('.') || null
  const where = `session ${row}`
  return {
    path: field === null ? where : `${where}, ${field}`,
    message,
    row,
    field,
  }
}

function failed(issues: readonly SessionIssue[]): SessionsImport {
  return { ok: false, error: summarize(issues), issues }
}
