/**
 * Rust's `str::len` (bytes of UTF-8) for a JavaScript string, without
 * encoding it. A surrogate pair is one character of 4 bytes; a lone
 * surrogate, which no Rust `String` can hold, counts as the 3 bytes that
 * `TextEncoder` writes for its replacement character.
 */
export function utf8Length(s: string): number {
  let bytes = s.length
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) continue
    if (c < 0x800) {
      bytes += 1
      continue
    }
    // A high surrogate followed by a low one: 2 units, 4 bytes.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 2
        i++
        continue
      }
    }
    bytes += 2
  }
  return bytes
}
