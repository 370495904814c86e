/**
 * Offers data as a file download. The data goes into a Blob in pieces
 * (the I/O layer's exports are lists of strings of about a mebibyte), so a
 * map of millions of sessions never becomes one giant string.
 */
export function downloadFile(
  pieces: readonly BlobPart[],
  type: string,
  filename: string,
): void {
  const url = URL.createObjectURL(new Blob([...pieces], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  a.hidden = true
  document.body.append(a)
  a.click()
  a.remove()
  // The download has started from the URL; a minute is plenty to let go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** `hashmap-experiment-2026-12-03T19-45-16.json`, from the wall clock. */
export function datedName(prefix: string, extension: string): string {
  const stamp = new Date().toISOString().slice(0, 19).replace(/:/g, '-')
  return `${prefix}-${stamp}.${extension}`
}
