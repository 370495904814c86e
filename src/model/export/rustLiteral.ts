/**
 * Values written as Rust source text, for the exported program.
 *
 * A Rust string literal may hold any Unicode scalar value as itself except
 * `"` and `\`, a bare carriage return (rejected by the lexer), and the
 * bidirectional controls that the deny-by-default lint
 * `text_direction_codepoint_in_literal` refuses
 * (https://doc.rust-lang.org/rustc/lints/listing/deny-by-default.html).
 * Escapes: https://doc.rust-lang.org/reference/tokens.html#character-escapes
 */

import { debugStr, findLoneSurrogate } from '../rust/debugStr'

/** U+202A..U+202E and U+2066..U+2069: refused raw inside a literal. */
function isBidiControl(cp: number): boolean {
  return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)
}

/** Whether `{:?}` escapes the char: control, invisible or combining. */
function debugEscapes(ch: string): boolean {
  return debugStr(ch) !== `"${ch}"`
}

/**
 * `s` as a Rust string literal that a learner can read: printable text,
 * letters of any script and emoji stay as they are; `"` and `\` get a
 * backslash; tab, line feed, carriage return and NUL use `\t` `\n` `\r`
 * `\0`; every other char that `{:?}` would escape (controls, format
 * characters such as U+200D and U+202E, combining marks, unassigned code
 * points) is written `\u{hex}`. Throws on a lone surrogate, which no Rust
 * `String` can hold.
 */
export function rustStringLiteral(s: string): string {
  const bad = findLoneSurrogate(s)
  if (bad >= 0) {
    const unit = s.charCodeAt(bad).toString(16)
    throw new RangeError(
      `the text has a lone surrogate U+${unit} at index ${bad}; ` +
        'a Rust String holds only Unicode scalar values',
    )
  }
  let out = '"'
  for (const ch of s) {
    const cp = ch.codePointAt(0)!
    switch (cp) {
      case 0x22:
        out += '\\"'
        continue
      case 0x5c:
        out += '\\\\'
        continue
      case 0x00:
        out += '\\0'
        continue
      case 0x09:
        out += '\\t'
        continue
      case 0x0a:
        out += '\\n'
        continue
      case 0x0d:
        out += '\\r'
        continue
    }
    const plainAscii = cp >= 0x20 && cp < 0x7f
    if (!plainAscii && (cp < 0xa0 || isBidiControl(cp) || debugEscapes(ch))) {
      out += `\\u{${cp.toString(16)}}`
    } else {
      out += ch
    }
  }
  return out + '"'
}

/** `Some("…")` or `None` for an `Option<&str>`. */
export function rustOptionStr(token: string | null): string {
  return token === null ? 'None' : `Some(${rustStringLiteral(token)})`
}

/**
 * A `u64`/`usize` literal; digits are grouped with `_` from 100,000 on so a
 * reader can count them (`1_000_000`, `18_446_744_073_709_551_615`).
 */
export function rustInt(v: bigint | number): string {
  const digits = BigInt(v).toString()
  if (digits.length < 6) return digits
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '_')
}

/**
 * A `&str` literal for ASCII-only text written by the exporter itself
 * (operation labels); checked so a label can never break the source.
 */
export function rustAsciiLiteral(s: string): string {
  if (!/^[\x20-\x7e]*$/.test(s)) {
    throw new RangeError(`label ${JSON.stringify(s)} is not printable ASCII`)
  }
  return rustStringLiteral(s)
}
