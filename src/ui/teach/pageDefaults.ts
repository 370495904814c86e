/**
 * The page options' types and defaults: all a visit without a query
 * string needs, so that the parser (`pageOptions.ts`) is loaded only for
 * a link that has options.
 */

export const PANELS = ['table', 'ops', 'clock', 'snapshots', 'log'] as const
export type PanelName = (typeof PANELS)[number]

export interface PageOptions {
  readonly embed: boolean
  readonly present: boolean
  /** The panels to show, in `PANELS` order. */
  readonly panels: ReadonlySet<PanelName>
  readonly scenario: string | null
  readonly lesson: string | null
}

export interface ParsedOptions {
  readonly options: PageOptions
  /** One sentence per ignored value, to show on the page. */
  readonly notices: readonly string[]
}

export const DEFAULT_OPTIONS: PageOptions = {
  embed: false,
  present: false,
  panels: new Set(PANELS),
  scenario: null,
  lesson: null,
}
