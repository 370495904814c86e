/**
 * Problems found in data from outside (a file, a link, a paste), each tied
 * to the place it was found, in words a learner understands.
 */

import { quote } from '../model/parse'
import { isJsonNumber, jsonNumberText } from './json'

/** One step into a JSON value: a field name or an array index. */
export type PathKey = string | number

/** A problem and where it is. */
export interface Issue {
  /**
   * Where: `script.ops[3].entries[12].id` in a document, `line 5, token`
   * in a CSV file. Empty for the document as a whole.
   */
  readonly path: string
  /** What is wrong, naming the value (quoted, cut if long) and what fits. */
  readonly message: string
}

/** A value read from outside, or every problem that stopped it. */
export type Validated<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false
      /** The first problems, at most {@link MAX_ISSUES}. */
      readonly issues: readonly Issue[]
      /** All the problems shown as one text, for a message box. */
      readonly error: string
    }

/**
 * Readers stop after this many problems: the first ones are what a person
 * fixes, and a file of two million bad rows must not build two million
 * messages.
 */
export const MAX_ISSUES = 100

/**
 * The note a reader adds when it stops early, naming where: `stopped
 * reading at session 102 of 2000000`.
 */
export function stoppedNote(where: string): string {
  return `more than ${MAX_ISSUES} problems: stopped reading at ${where}`
}

export function isStoppedNote(message: string): boolean {
  return message.startsWith(`more than ${MAX_ISSUES} problems: `)
}

/** Called by a reader for each problem, with a path relative to its value. */
export type Report = (message: string, path?: readonly PathKey[]) => void

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/** `script.ops[3].entries[12].id`: indexes in brackets, names after dots. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else if (typeof key === 'string' && IDENTIFIER.test(key)) {
      out += out === '' ? key : `.${key}`
    } else out += `[${quote(String(key))}]`
  }
  return out
}

/** A value as an error message names it: `"abc"`, `the number 12`... */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)'
  if (value === null) return 'null'
  if (typeof value === 'string') return quote(value)
  if (typeof value === 'boolean') return String(value)
  if (isJsonNumber(value)) {
    return `the number ${cutText(jsonNumberText(value))}`
  }
  if (Array.isArray(value)) {
    const n = value.length
    return n === 0
      ? 'an empty list'
      : `a list of ${n} item${n === 1 ? '' : 's'}`
  }
  if (typeof value === 'object') return 'an object'
  return typeof value
}

/** Long text (a number of a thousand digits) cut as `quote` cuts strings. */
export function cutText(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

/** `path: message`, or the message alone at the top. */
export function issueText(issue: Issue): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`
}

/**
 * One text for a message box: the first few problems, one a line, and how
 * many more there are.
 */
export function summarize(issues: readonly Issue[], shown = 10): string {
  const lines = issues.slice(0, shown).map(issueText)
  if (issues.length > shown) {
    lines.push(`…and ${issues.length - shown} more problems`)
  }
  return lines.join('\n')
}

export function invalid<T>(issues: readonly Issue[]): Validated<T> {
  return { ok: false, issues, error: summarize(issues) }
}
