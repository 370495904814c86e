const MB = 1024 * 1024

/**
 * Reads a chosen file as text, after checking its size: a file over
 * `limit` bytes is refused before any of it is read. (UTF-8 needs at
 * least one byte a character, so a file within the limit in characters
 * may still be refused; the limits are far above real experiments.)
 */
export async function readFileText(
  file: File,
  limit: number,
): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  if (file.size > limit) {
    return {
      ok: false,
      error:
        `the file “${file.name}” is ${(file.size / MB).toFixed(1)} MB; ` +
        `the playground reads files of at most ${limit / MB} MB`,
    }
  }
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await file.arrayBuffer())
  } catch {
    return { ok: false, error: `the file “${file.name}” could not be read` }
  }
  // `file.text()` would turn bytes that are not UTF-8 into U+FFFD and
  // import a token nobody wrote; Rust's `String::from_utf8` refuses them.
  try {
    return { ok: true, text: STRICT_UTF8.decode(bytes) }
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes))
    return {
      ok: false,
      error:
        `the file “${file.name}” is not valid UTF-8: the bytes from ` +
        `offset ${at} do not form a character; save it as UTF-8 and try again`,
    }
  }
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true })

/**
 * The offset where the first ill-formed UTF-8 sequence starts, by the
 * byte ranges of the Unicode standard's table 3-7 (the ones WHATWG's
 * decoder follows): the lead byte fixes how many continuation bytes
 * follow and the range of the first one.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let lo = 0x80
    let hi = 0xbf
    if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      if (b === 0xe0) lo = 0xa0
      if (b === 0xed) hi = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      if (b === 0xf0) lo = 0x90
      if (b === 0xf4) hi = 0x8f
    } else return i
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || c < lo || c > hi) return i
      lo = 0x80
      hi = 0xbf
    }
    i += need + 1
  }
  return -1
}
