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
  try {
    return { ok: true, text: await file.text() }
  } catch {
    return { ok: false, error: `the file “${file.name}” could not be read` }
  }
}
