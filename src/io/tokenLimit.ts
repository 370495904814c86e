/**
 * How long a token may be. Shared by the page's paste form and the readers
 * of files, links and saved work, so that nothing the page accepts is
 * refused when it is read back. Kept apart from `fields.ts` so the paste
 * form, part of the first download, does not bring the readers with it.
 */

import { quote } from '../model/parse'
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
