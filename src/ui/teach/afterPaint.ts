/**
 * Runs `fn` once the browser has painted what is on screen now, so that a
 * "Loading…" set just before a long synchronous task is seen during it.
 * A frame callback runs before the paint; the timeout after it runs after.
 */
export function afterPaint(fn: () => void): void {
  if (typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(() => setTimeout(fn, 0))
  } else {
    setTimeout(fn, 0)
  }
}
