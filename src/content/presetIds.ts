/**
 * The ids of the scenarios and lessons, for the page's `scenario=` and
 * `lesson=` options: a link is checked against these before the presets
 * themselves (their texts are most of their size) are loaded. A test holds
 * these lists equal to the ids in `SCENARIOS` and `LESSONS`.
 */

export const SCENARIO_IDS: readonly string[] = [
  'otp-login',
  'nightly-cleanup',
  'bulk-import',
  'bad-migration',
  'capacity-planning',
  'tombstones',
  'million',
]

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
