/**
 * The page's URL options, for presenting in class and for embedding the
 * playground in a tutorial page:
 *
 * | option      | values                                     | default |
 * |-------------|--------------------------------------------|---------|
 * | `embed`     | `1` / `0`: no title, compact               | `0`     |
 * | `present`   | `1` / `0`: large type for a projector      | `0`     |
 * | `panels`    | comma list of `table,ops,clock,snapshots,log` | all  |
 * | `scenario`  | a scenario id, loaded on start             | none    |
 * | `lesson`    | a lesson id, opened on start               | none    |
 *
 * The query string comes from whoever wrote the link, so every value is
 * checked; a value that is not understood is ignored and named in a
 * notice, never trusted. Keys this module does not know are left alone:
 * other parts of the page may read them.
 */

import {
  DEFAULT_OPTIONS,
  PANELS,
  type PanelName,
  type ParsedOptions,
} from './pageDefaults'
import { LESSON_IDS, SCENARIO_IDS } from '../../content/presetIds'

export { PANELS } from './pageDefaults'

export interface KnownIds {
  readonly scenarios: readonly string[]
  readonly lessons: readonly string[]
}

/** Values are quoted in notices at most this long. */
const QUOTE_LIMIT = 40

/** A value as a notice quotes it: escaped and cut short. */
function quote(value: string): string {
  const cut =
    value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT)}…` : value
  return JSON.stringify(cut)
}

function flag(
  params: URLSearchParams,
  key: 'embed' | 'present',
  notices: string[],
): boolean {
  const value = params.get(key)
  if (value === null) return false
  if (value === '1' || value === 'true' || value === '') return true
  if (value === '0' || value === 'false') return false
  notices.push(`${key}=${quote(value)} ignored: use ${key}=1 or ${key}=0.`)
  return false
}

function panelsOf(value: string | null, notices: string[]) {
  if (value === null) return DEFAULT_OPTIONS.panels
  const names = value.split(',').map((s) => s.trim())
  const known = new Set<PanelName>()
  const unknown: string[] = []
  for (const name of names) {
    const panel = PANELS.find((p) => p === name)
    if (panel) known.add(panel)
    else if (name !== '') unknown.push(quote(name))
  }
  if (unknown.length > 0) {
    const list = unknown.slice(0, 5).join(', ')
    notices.push(
      `Unknown panel ${list} ignored; panels are ${PANELS.join(', ')}.`,
    )
  }
  if (known.size === 0) {
    notices.push('No known panel named: every panel is shown.')
    return DEFAULT_OPTIONS.panels
  }
  return new Set(PANELS.filter((p) => known.has(p)))
}

function idOf(
  params: URLSearchParams,
  key: 'scenario' | 'lesson',
  ids: readonly string[],
  notices: string[],
): string | null {
  const value = params.get(key)
  if (value === null) return null
  if (ids.includes(value)) return value
  notices.push(`No ${key} ${quote(value)}: ${key} ignored.`)
  return null
}

/** Reads the options from a query string such as `location.search`. */
export function parsePageOptions(
  search: string,
  known: KnownIds,
): ParsedOptions {
  let params: URLSearchParams
  try {
    params = new URLSearchParams(search)
  } catch {
    return {
      options: DEFAULT_OPTIONS,
      notices: ['The page options could not be read.'],
    }
  }
  const notices: string[] = []
  const embed = flag(params, 'embed', notices)
  const present = flag(params, 'present', notices)
  const panels = panelsOf(params.get('panels'), notices)
  const scenario = idOf(params, 'scenario', known.scenarios, notices)
  let lesson = idOf(params, 'lesson', known.lessons, notices)
  if (scenario !== null && lesson !== null) {
    notices.push('Both a scenario and a lesson given: the lesson is ignored.')
    lesson = null
  }
  return { options: { embed, present, panels, scenario, lesson }, notices }
}

/** The options of a page link, checked against the real preset ids. */
export function parsePageLink(search: string): ParsedOptions {
  return parsePageOptions(search, {
    scenarios: SCENARIO_IDS,
    lessons: LESSON_IDS,
  })
}
