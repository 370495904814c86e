/**
 * The teaching layer's state: which panel is open, presenter mode, the
 * help dialog, a scenario being loaded, and the history step being viewed.
 * It is page state over the playground store, not part of the experiment,
 * so it is kept apart from it; one is created per page, like the
 * playground store, and nothing lives at module level.
 */

import { createStore, type StoreApi } from 'zustand/vanilla'

import type { ParsedOptions, PageOptions } from '../ui/teach/pageDefaults'
import type { PlaygroundStoreApi } from './playgroundStore'
import type { HistoryReplay } from './scrub'

export type TeachPanel = 'scenarios' | 'lessons'

/** A step of the history on show instead of the live experiment. */
export interface HistoryView {
  /** 1..total-1: the state after this many ops. */
  readonly step: number
  /** The live script's length when the step was chosen. */
  readonly total: number
  readonly store: PlaygroundStoreApi
}

export interface TeachState {
  /** False while a link's options are being read: the page waits. */
  readonly ready: boolean
  readonly options: PageOptions
  /** Page options that were ignored, one sentence each. */
  readonly notices: readonly string[]
  readonly present: boolean
  readonly panel: TeachPanel | null
  /** The lesson open in the lessons panel. */
  readonly lessonId: string | null
  readonly helpOpen: boolean
  /** What is being loaded, while it is; the page says so. */
  readonly busy: string | null
  /** Why the last load failed, or what it loaded. */
  readonly loadMessage: { readonly ok: boolean; readonly text: string } | null
  readonly history: HistoryView | null
}

export interface TeachActions {
  /** Takes the options read from the page's link, and shows the page. */
  applyOptions(parsed: ParsedOptions): void
  setPresent(present: boolean): void
  togglePanel(panel: TeachPanel): void
  openLesson(id: string | null): void
  setHelpOpen(open: boolean): void
  dismissNotices(): void
  /**
   * Shows the state after `step` ops; the last step is the live state.
   * The replay code is loaded with the first step viewed.
   */
  viewStep(step: number): Promise<void>
  backToLive(): void
}

export type TeachStore = TeachState & TeachActions
export type TeachStoreApi = StoreApi<TeachStore>

function fromOptions(parsed: ParsedOptions) {
  const { options, notices } = parsed
  return {
    options,
    notices,
    present: options.present,
    panel: options.lesson !== null ? ('lessons' as const) : null,
    lessonId: options.lesson,
  }
}

export function createTeachStore(
  live: PlaygroundStoreApi,
  parsed: ParsedOptions,
  ready = true,
): TeachStoreApi {
  // The runner of the last step viewed, kept for replaying forward.
  let replay: HistoryReplay | null = null
  return createStore<TeachStore>()((set, get) => ({
    ...fromOptions(parsed),
    ready,
    helpOpen: false,
    busy: null,
    loadMessage: null,
    history: null,
    applyOptions: (options) => set({ ...fromOptions(options), ready: true }),
    setPresent: (present) => set({ present }),
    togglePanel: (panel) =>
      set({ panel: get().panel === panel ? null : panel }),
    openLesson: (lessonId) => set({ lessonId, panel: 'lessons' }),
    setHelpOpen: (helpOpen) => set({ helpOpen }),
    dismissNotices: () => set({ notices: [] }),
    viewStep: async (step) => {
      const scrub = await import('./scrub')
      const s = live.getState()
      const total = s.script.length
      const k = Math.trunc(step)
      if (!(k >= 1) || k >= total) {
        get().backToLive()
        return
      }
      replay ??= new scrub.HistoryReplay()
      const state = replay.stateAt(s, k)
      const shown = { ...state, clock: s.clock, maxIdle: s.maxIdle }
      const store = scrub.readOnlyStore(shown, live)
      set({ history: { step: k, total, store } })
    },
    backToLive: () => {
      if (get().history !== null) set({ history: null })
    },
  }))
}

/**
 * Keeps a viewed step in line with the live store: the clock and max
 * idle (which the table's retain column reads) follow the live ones, and
 * any change to the live script ends the viewing. Returns the unsubscribe.
 */
export function connectTeach(
  teach: TeachStoreApi,
  live: PlaygroundStoreApi,
): () => void {
  return live.subscribe((s, prev) => {
    const history = teach.getState().history
    if (history === null) return
    if (s.script !== prev.script || s.runner !== prev.runner) {
      teach.getState().backToLive()
    } else if (s.clock !== prev.clock || s.maxIdle !== prev.maxIdle) {
      history.store.setState({ clock: s.clock, maxIdle: s.maxIdle })
    }
  })
}
