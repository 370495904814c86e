/**
 * The lessons' ids, for the page's `lesson=` option: the page checks a
 * link against these before the lessons themselves are loaded. A test
 * holds this list equal to `LESSONS.map((l) => l.id)`.
 */
export const LESSON_IDS: readonly string[] = [
  'try-reserve',
  'extend',
  'extend-half',
  'clone',
  'take',
  'retain',
  'future',
  'tombstones',
]
