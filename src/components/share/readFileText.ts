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
    const at = firstInvalidUtf8(bytes)
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
 * The offset where the first broken character starts: the shortest prefix
 * that fails to decode is found by halving, and its last byte either is a
 * stray byte itself or ends a sequence begun by a lead byte just before.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let good = 0
  let bad = bytes.length
  // Invariant: bytes[0, good) decodes (as a prefix, allowing a cut
  // character at the end), bytes[0, bad) does not.
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1
    try {
      const decoder = new TextDecoder('utf-8', { fatal: true })
      decoder.decode(bytes.subarray(0, mid), { stream: true })
      good = mid
    } catch {
      bad = mid
    }
  }
  const last = bad - 1
  for (let i = last - 1; i >= Math.max(0, last - 3); i--) {
    if (bytes[i] >= 0xc0) return i
    if (bytes[i] < 0x80) break
  }
  return last
}
