/**
 * What the sessions CSV and JSON files share: limits, results, and the
 * walk over a map in iteration order.
 */

import { MAX_BATCH } from '../model/batchGenerator'
import type { EntryJson } from '../model/script'
import type { SessionMap } from '../model/sessionMap'
import type { Issue } from './issues'

/**
 * The most sessions one import may hold: `MAX_BATCH`, the largest batch
 * the playground passes to `load_sessions`, since an import becomes one.
 */
export const MAX_IMPORT_ROWS = MAX_BATCH

/**
 * The longest file imported, in characters; check `File.size` against it
 * before reading a file (a UTF-8 file has at least as many bytes as
 * characters). Two million CSV rows of ordinary tokens take about 70 MB,
 * so near the row limit this one is usually met first; it keeps a pasted
 * or dropped file from filling the tab's memory.
 */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024

/** A problem in an imported file: the row and field, where known. */
export interface SessionIssue extends Issue {
  /** The 1-based line (CSV) or session number (JSON); null for the file. */
  readonly row: number | null
  /** The column or field, such as `last_active_secs`; null for the row. */
  readonly field: string | null
}

export type SessionsImport =
  | {
      readonly ok: true
      /**
       * The sessions in file order, ids and seconds as canonical decimal
       * strings: the `entries` of an `extend` op (`batchFromJson` turns
       * them into a `SessionBatch`).
       */
      readonly entries: EntryJson[]
    }
  | {
      readonly ok: false
      /** All that is wrong, as one text to show. */
      readonly error: string
      /** The first problems, at most `MAX_ISSUES` plus a closing note. */
      readonly issues: readonly SessionIssue[]
    }

export function tooLarge(text: string): SessionIssue | null {
  if (text.length <= MAX_IMPORT_CHARS) return null
  return fileIssue(
    `the file is ${text.length} characters long; the playground imports ` +
      `at most ${MAX_IMPORT_CHARS}`,
  )
}

export function tooManyRows(): SessionIssue {
  return fileIssue(
    `the file holds more than ${MAX_IMPORT_ROWS} sessions; one import ` +
      `may hold at most ${MAX_IMPORT_ROWS}`,
  )
}

/** A problem with the file as a whole. */
export function fileIssue(message: string): SessionIssue {
  return { path: '', message, row: null, field: null }
}

/** The map's sessions in iteration order (`for (id, s) in &map`). */
export function* sessionsOf(map: SessionMap): Generator<EntryJson> {
  for (const bucket of map.fullBuckets()) {
    const s = map.sessionAt(bucket)
    yield {
      id: map.keyAt(bucket).toString(),
      token: s.token,
      last_active: {
        secs: s.lastActive.secs.toString(),
        nanos: s.lastActive.nanos,
      },
    }
  }
}

/** About how much text goes into one piece of an export (1 Mi chars). */
const PIECE = 1 << 20

/**
 * Joins lines into pieces of about a mebibyte: a map of millions of
 * sessions becomes a few hundred strings for `new Blob(pieces)`, never one
 * string longer than the engine allows.
 */
export function pieces(lines: Iterable<string>): string[] {
  const out: string[] = []
  let buffer: string[] = []
  let size = 0
  for (const line of lines) {
    buffer.push(line)
    size += line.length
    if (size >= PIECE) {
      out.push(buffer.join(''))
      buffer = []
      size = 0
    }
  }
  if (buffer.length > 0) out.push(buffer.join(''))
  return out
}
