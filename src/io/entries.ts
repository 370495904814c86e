/**
 * Lists of sessions in JSON, `[{ "id", "token", "last_active" }]`: the
 * entries of a script's `extend` op and the sessions JSON file share it.
 *
 * A list may hold two million sessions, so this is a plain loop rather
 * than a schema per item: it costs a fraction of a schema library's
 * per-item parse, and it stops after {@link MAX_ISSUES} problems instead of
 * building a message for each of two million bad rows.
 */

import { MAX_BATCH } from '../model/batchGenerator'
import type { EntryJson } from '../model/script'
import {
  type NumberPolicy,
  USER_ID,
  isRecord,
  readTime,
  readToken,
  readUnsigned,
} from './fields'
import { MAX_ISSUES, type Report, describeValue, stoppedNote } from './issues'
import { quote } from '../model/parse'

const ENTRY_KEYS = new Set(['id', 'token', 'last_active'])

/**
 * Reads a list of sessions. Reports each problem with a path starting at
 * the index (`[12].id`); returns the entries, canonical, only when there
 * is none. At most `MAX_BATCH` (2,000,000) entries, the most one
 * `load_sessions` call takes in the playground.
 */
export function readEntries(
  value: unknown,
  report: Report,
  numbers: NumberPolicy = 'refuse',
): EntryJson[] | undefined {
  if (!Array.isArray(value)) {
    report(
      'expected a list of sessions such as [{ "id": "1", "token": null, ' +
        `"last_active": { "secs": "0", "nanos": 0 } }], got ${describeValue(value)}`,
    )
    return undefined
  }
  const n = value.length
  if (n > MAX_BATCH) {
    report(
      `the list holds ${n} sessions; one batch may hold at most ${MAX_BATCH}`,
    )
    return undefined
  }
  const out = new Array<EntryJson>(n)
  let problems = 0
  for (let i = 0; i < n; i++) {
    const entry = readEntry(
      value[i],
      (message, path = []) => {
        problems++
        if (problems <= MAX_ISSUES) report(message, [i, ...path])
      },
      numbers,
    )
    if (problems > MAX_ISSUES) {
      report(stoppedNote(`session ${i + 1} of ${n}`))
      return undefined
    }
    if (entry !== undefined) out[i] = entry
  }
  return problems === 0 ? out : undefined
}

/** One `{ "id", "token", "last_active" }`; all three fields are required. */
export function readEntry(
  value: unknown,
  report: Report,
  numbers: NumberPolicy = 'refuse',
): EntryJson | undefined {
  if (!isRecord(value)) {
    report(
      'expected a session { "id", "token", "last_active" }, ' +
        `got ${describeValue(value)}`,
    )
    return undefined
  }
  let ok = true
  for (const key of Object.keys(value)) {
    if (!ENTRY_KEYS.has(key)) {
      report(
        `unknown field ${quote(key)}; a session has only id, token and ` +
          'last_active',
        [key],
      )
      ok = false
    }
  }
  const id = readUnsigned(value.id, (m) => report(m, ['id']), USER_ID, numbers)
  const token = readToken(value.token, (m) => report(m, ['token']))
  const lastActive = readTime(
    value.last_active,
    (m, path = []) => report(m, ['last_active', ...path]),
    'last_active',
    'SystemTime',
    numbers,
  )
  if (!ok || id === undefined || token === undefined || !lastActive) {
    return undefined
  }
  return { id, token, last_active: lastActive }
}
