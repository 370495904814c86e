/**
 * Rust's `{:?}` for `str` and `Option<String>`, character for character.
 *
 * `impl Debug for str` writes each char through `char::escape_debug_ext`
 * with grapheme-extended chars escaped and `'` left alone:
 * https://doc.rust-lang.org/std/primitive.str.html#impl-Debug-for-str
 * https://doc.rust-lang.org/std/primitive.char.html#method.escape_debug
 *
 * | char                                      | written as            |
 * | ----------------------------------------- | --------------------- |
 * | `"` and `\`                               | `\"` and `\\`         |
 * | U+0000, tab, line feed, carriage return   | `\0` `\t` `\n` `\r`   |
 * | not printable, or Grapheme_Extend         | `\u{hex}`, lowercase  |
 * | anything else, `'` included               | itself                |
 *
 * `\0` stays short even before a digit (`"R7\07X"`): Rust literals have no
 * octal escapes, so this reads back unambiguously. Each char is written
 * without looking at its neighbours, so a combining mark is escaped after a
 * base letter too (`e\u{301}`); tools/unicode-tables checks this against std.
 */

import { ESCAPED_RANGES } from './unicodeEscapeTable'

/**
 * Whether Rust writes the code point `cp` as `\u{hex}`, by binary search
 * over the generated ranges. Also true for \0 \t \n \r, which callers handle
 * before asking.
 */
function isEscaped(cp: number): boolean {
  // Count the entries <= cp; the table alternates starts and ends, so an
  // odd count means cp lies inside a range.
  let lo = 0
  let hi = ESCAPED_RANGES.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (ESCAPED_RANGES[mid]! <= cp) {
      lo = mid + 1
    } else {
      hi = mid
    }
  }
  return (lo & 1) === 1
}

/**
 * The `{:?}` text of a Rust `str` holding `s`, quotes included:
 * `debugStr('say "hi"\n')` is `"say \"hi\"\n"` (with real backslashes).
 *
 * Precondition: `s` is well-formed UTF-16, as it is when it came from a Rust
 * `String`; see {@link isRustString}. A lone surrogate, which no Rust string
 * can hold, is written `\u{d800}` and so on, as std writes one in the
 * WTF-8 strings behind `OsStr` on Windows.
 */
export function debugStr(s: string): string {
  let out = '"'
  // s.slice(runStart, i) is written as it is; it is copied in one piece when
  // an escape interrupts it or the string ends.
  let runStart = 0
  let i = 0
  while (i < s.length) {
    const unit = s.charCodeAt(i)
    // Printable ASCII other than `"` and `\`: the common case for tokens.
    if (unit >= 0x20 && unit < 0x7f && unit !== 0x22 && unit !== 0x5c) {
      i += 1
      continue
    }
    const cp = s.codePointAt(i)!
    const width = cp > 0xffff ? 2 : 1
    const escape = shortEscape(cp)
    if (escape === null && !isEscaped(cp) && !isSurrogate(cp)) {
      i += width
      continue
    }
    out += s.slice(runStart, i)
    out += escape ?? '\\u{' + cp.toString(16) + '}'
    i += width
    runStart = i
  }
  return out + s.slice(runStart) + '"'
}

/** `\"`, `\\`, `\0`, `\t`, `\n` or `\r` for those chars; null otherwise. */
function shortEscape(cp: number): string | null {
  switch (cp) {
    case 0x22:
      return '\\"'
    case 0x5c:
      return '\\\\'
    case 0x00:
      return '\\0'
    case 0x09:
      return '\\t'
    case 0x0a:
      return '\\n'
    case 0x0d:
      return '\\r'
    default:
      return null
  }
}

function isSurrogate(cp: number): boolean {
  return cp >= 0xd800 && cp <= 0xdfff
}

/**
 * The `{:?}` text of a Rust `Option<String>`: `None` for null, otherwise
 * `Some("...")` with the string written by {@link debugStr}.
 */
export function debugOptionString(v: string | null): string {
  return v === null ? 'None' : 'Some(' + debugStr(v) + ')'
}

/**
 * The index of the first lone surrogate in `s`, or -1 when there is none.
 * A JS string may hold one; a Rust `String` cannot, since it is UTF-8.
 */
export function findLoneSurrogate(s: string): number {
  for (let i = 0; i < s.length; i += 1) {
    const unit = s.charCodeAt(i)
    if (unit < 0xd800 || unit > 0xdfff) {
      continue
    }
    const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0
    if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      i += 1
      continue
    }
    return i
  }
  return -1
}

/**
 * Whether `s` could be the contents of a Rust `String`, i.e. holds no lone
 * surrogate. Check this before modelling user input as a Rust string.
 */
export function isRustString(s: string): boolean {
  return findLoneSurrogate(s) === -1
}
