/**
 * Sessions as CSV, for spreadsheets and other tools:
 *
 * ```csv
 * id,token_present,token,last_active_secs,last_active_nanos
 * 42,true,"otp-1f3a",1700000000,0
 * 43,false,,1700000000,500000000
 * 44,true,"",1700000001,0
 * ```
 *
 * `Option<String>` needs two columns to survive a spreadsheet: a program
 * that saves a CSV does not keep the difference between an empty field
 * and `""`. `token_present` says `Some` (`true`) or `None` (`false`), and
 * `token` holds the text, empty for `None`. Booleans may be in any case
 * (spreadsheets write `TRUE`), and numbers may be padded with blanks, as
 * some tools write them; a token is kept exactly. Without a `token_present` column an empty
 * token is `None` and any other text `Some`, which covers hand-written
 * files but cannot say `Some("")`.
 *
 * The export quotes every present token, writes the text exactly (markup,
 * quotes, line breaks, a leading `=`: a token is data, and changing it
 * would break the round trip), ends lines with CRLF as RFC 4180 does and
 * has no byte order mark. Spreadsheets round ids above 2^53 when they read
 * them as numbers; the playground never does.
 */

import { MAX_SYSTEM_TIME_SECS } from '../model/rust/time'
import { parseUnsigned, parseUserId, quote } from '../model/parse'
import type { EntryJson } from '../model/script'
import type { SessionMap } from '../model/sessionMap'
import { csvField, readCsv } from './csv'
import { plainDigits, tokenProblem } from './fields'
import { MAX_ISSUES, stoppedNote, summarize } from './issues'
import {
  MAX_IMPORT_ROWS,
  type SessionIssue,
  type SessionsImport,
  fileIssue,
  pieces,
  sessionsOf,
  tooLarge,
  tooManyRows,
} from './sessionFiles'

/** The columns of an export, in order. */
export const CSV_COLUMNS = [
  'id',
  'token_present',
  'token',
  'last_active_secs',
  'last_active_nanos',
] as const

type Column = (typeof CSV_COLUMNS)[number]

const REQUIRED: readonly Column[] = [
  'id',
  'token',
  'last_active_secs',
  'last_active_nanos',
]

/**
 * The map's sessions in iteration order, as CSV text in pieces of about a
 * mebibyte: `new Blob(pieces, { type: 'text/csv' })`, or `join('')`.
 */
export function exportSessionsCsv(map: SessionMap): string[] {
  return pieces(csvLines(sessionsOf(map)))
}

/** The CSV lines (CRLF included) of `entries`, header first. */
export function* csvLines(entries: Iterable<EntryJson>): Generator<string> {
  yield `${CSV_COLUMNS.join(',')}\r\n`
  for (const e of entries) {
    const present = e.token !== null
    const token = present ? csvField(e.token ?? '', true) : ''
    yield (
      `${e.id},${present},${token},` +
      `${e.last_active.secs},${e.last_active.nanos}\r\n`
    )
  }
}

const BOM = '\ufeff'

/**
 * Reads a sessions CSV file. Every row is checked; the sessions come back
 * only if all are valid, otherwise the problems do, each naming the line,
 * the column, the value and what was expected. Blank lines are skipped.
 */
export function importSessionsCsv(text: string): SessionsImport {
  const big = tooLarge(text)
  if (big) return failed([big])
  const body = text.startsWith(BOM) ? text.slice(1) : text
  const issues: SessionIssue[] = []
  const entries: EntryJson[] = []
  let columns: Columns | null = null
  let width = 0
  let rows = 0
  let problems = 0
  const add = (issue: SessionIssue) => {
    problems++
    if (problems <= MAX_ISSUES) issues.push(issue)
  }
  const malformed = readCsv(body, (fields, line) => {
    if (columns === null) {
      const header = readHeader(fields)
      if (typeof header === 'string') {
        add(lineIssue(line, header))
        return false
      }
      columns = header
      width = fields.length
      return true
    }
    if (fields.length === 1 && fields[0] === '') return true
    if (++rows > MAX_IMPORT_ROWS) {
      add(tooManyRows())
      return false
    }
    if (fields.length !== width) {
      const s = fields.length === 1 ? '' : 's'
      const why = `the row has ${fields.length} field${s}; the header has ${width}`
      add(lineIssue(line, why))
    } else {
      const entry = readRow(fields, line, columns, add)
      if (entry !== undefined) entries.push(entry)
    }
    if (problems > MAX_ISSUES) {
      issues.push(lineIssue(line, stoppedNote(`line ${line}`)))
      return false
    }
    return true
  })
  if (malformed) {
    issues.push(lineIssue(malformed.line, malformed.message))
  }
  if (columns === null && issues.length === 0) {
    issues.push(
      fileIssue(
        `the file is empty; expected the header ${CSV_COLUMNS.join(',')}`,
      ),
    )
  }
  return issues.length > 0 ? failed(issues) : { ok: true, entries }
}

/** The position of each column in a row; -1 for an absent optional one. */
type Columns = Readonly<Record<Column, number>>

/** Column positions by name, or why the header is wrong. */
function readHeader(fields: readonly string[]): Columns | string {
  const expected = `expected the header ${CSV_COLUMNS.join(',')}`
  const columns = new Map<string, number>()
  for (let i = 0; i < fields.length; i++) {
    const name = fields[i].trim().toLowerCase()
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      return `unknown column ${quote(fields[i])}; ${expected}`
    }
    if (columns.has(name)) return `the column ${name} appears twice`
    columns.set(name, i)
  }
  const missing = REQUIRED.filter((c) => !columns.has(c))
  if (missing.length > 0) {
    return (
      `the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ` +
      `${missing.length > 1 ? 'are' : 'is'} missing; ${expected}`
    )
  }
  const at = (c: Column) => columns.get(c) ?? -1
  return {
    id: at('id'),
    token_present: at('token_present'),
    token: at('token'),
    last_active_secs: at('last_active_secs'),
    last_active_nanos: at('last_active_nanos'),
  }
}

/**
 * One row of the header's width. Written without a closure per row: an
 * import may have two million of them.
 */
function readRow(
  fields: readonly string[],
  line: number,
  columns: Columns,
  add: (issue: SessionIssue) => void,
): EntryJson | undefined {
  const problems: [Column, string][] = []
  const idText = fields[columns.id].trim()
  let id = plainDigits(idText, Number.MAX_SAFE_INTEGER)
  if (id === null) {
    const parsed = parseUserId(idText)
    if (parsed.ok) id = parsed.value.toString()
    else problems.push(['id', parsed.error])
  }
  let token: string | null = fields[columns.token]
  if (columns.token_present >= 0) {
    const flagText = fields[columns.token_present]
    const flag = flagText.trim().toLowerCase()
    if (flag === 'false') {
      if (token !== '') {
        problems.push([
          'token',
          `token_present is false but the token is ${quote(token)}; ` +
            'leave the token empty for None',
        ])
      }
      token = null
    } else if (flag !== 'true') {
      problems.push([
        'token_present',
        `token_present ${quote(flagText)} is neither true nor false`,
      ])
    }
  } else if (token === '') {
    token = null
  }
  const why = token === null ? null : tokenProblem(token)
  if (why !== null) problems.push(['token', why])
  const secsText = fields[columns.last_active_secs].trim()
  let secs = plainDigits(secsText, Number.MAX_SAFE_INTEGER)
  if (secs === null) {
    const parsed = parseUnsigned(
      secsText,
      'last_active_secs',
      MAX_SYSTEM_TIME_SECS,
      'i64::MAX',
    )
    if (parsed.ok) secs = parsed.value.toString()
    else problems.push(['last_active_secs', parsed.error])
  }
  const nanosText = fields[columns.last_active_nanos].trim()
  let nanos = plainDigits(nanosText, 999_999_999)
  if (nanos === null) {
    const parsed = parseUnsigned(
      nanosText,
      'last_active_nanos',
      999_999_999n,
      'one second less a nanosecond',
    )
    if (parsed.ok) nanos = parsed.value.toString()
    else problems.push(['last_active_nanos', parsed.error])
  }
  if (problems.length > 0 || id === null || secs === null || nanos === null) {
    for (const [field, message] of problems) {
      add(lineIssue(line, message, field))
    }
    return undefined
  }
  return { id, token, last_active: { secs, nanos: Number(nanos) } }
}

function lineIssue(
  line: number,
  message: string,
  field: Column | null = null,
): SessionIssue {
  const path = field === null ? `line ${line}` : `line ${line}, ${field}`
  return { path, message, row: line, field }
}

function failed(issues: readonly SessionIssue[]): SessionsImport {
  return { ok: false, error: summarize(issues), issues }
}
