/**
 * What a token and a snapshot label may hold. Shared by the page's forms
 * and the readers of files, links and saved work, so that nothing the page
 * accepts is refused when it is read back. Kept apart from `fields.ts` so
 * the forms, part of the first download, do not bring the readers along.
 */

import { quote } from '../model/parse'
import { findLoneSurrogate } from '../model/rust/debugStr'
import { utf8Length } from '../model/rust/utf8'

/**
 * The longest token accepted, in UTF-8 bytes (Rust's `String::len`). Real
 * one-time tokens are a few dozen bytes; 64 KiB leaves room for any
 * experiment with long text while a file of two million rows stays within
 * what a tab can hold.
 */
export const MAX_TOKEN_BYTES = 65_536

/** Why `text` is too long to be a token, or null. */
export function tokenSizeProblem(text: string): string | null {
  // A UTF-16 unit is at most 3 UTF-8 bytes; only count when it may matter.
  if (text.length * 3 <= MAX_TOKEN_BYTES) return null
  const bytes = utf8Length(text)
  if (bytes <= MAX_TOKEN_BYTES) return null
  return (
    `token ${quote(text)} is ${bytes} bytes long in UTF-8; ` +
    `a token may be at most ${MAX_TOKEN_BYTES} bytes`
  )
}

/** The longest snapshot label, in characters (code points). */
export const MAX_LABEL_CHARS = 200

/** Why `text` cannot be a snapshot label, or null when it can. */
export function labelProblem(text: string): string | null {
  let chars = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    // A surrogate pair is one character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
    }
    chars++
  }
  if (chars > MAX_LABEL_CHARS) {
    return (
      `label ${quote(text)} is ${chars} characters long; ` +
      `a label may be at most ${MAX_LABEL_CHARS}`
    )
  }
  return surrogateProblem('label', text)
}

/** Why `text` cannot be a Rust `String` (a lone surrogate), or null. */
export function surrogateProblem(what: string, text: string): string | null {
  const at = findLoneSurrogate(text)
  if (at === -1) return null
  const unit = text.charCodeAt(at).toString(16)
  return (
    `${what} ${quote(text)} has a lone surrogate (\\u{${unit}}) at index ` +
    `${at}; a Rust String is UTF-8 and holds only whole characters`
  )
}
