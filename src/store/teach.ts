/**
 * The teaching layer's state: which panel is open, presenter mode, the
 * help dialog, a scenario being loaded, and the history step being viewed.
 * It is page state over the playground store, not part of the experiment,
 * so it is kept apart from it; one is created per page, like the
 * playground store, and nothing lives at module level.
 */

import { createStore, type StoreApi } from 'zustand/vanilla'

import { afterPaint } from '../ui/teach/afterPaint'
import { scenarioInput } from '../ui/teach/experimentInputs'
import type { ParsedOptions, PageOptions } from '../ui/teach/pageOptions'
import type { ExperimentInput, LoadResult } from './experiment'
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
  setPresent(present: boolean): void
  togglePanel(panel: TeachPanel): void
  openLesson(id: string | null): void
  setHelpOpen(open: boolean): void
  dismissNotices(): void
  /** Loads a lesson's setup (or any experiment) now, back at live. */
  loadLesson(input: ExperimentInput): LoadResult
  /** Loads a scenario after the "Loading…" state has been painted. */
  loadScenario(id: string): Promise<LoadResult>
  /**
   * Shows the state after `step` ops; the last step is the live state.
   * The replay code is loaded with the first step viewed.
   */
  viewStep(step: number): Promise<void>
  backToLive(): void
}

export type TeachStore = TeachState & TeachActions
export type TeachStoreApi = StoreApi<TeachStore>

export function createTeachStore(
  live: PlaygroundStoreApi,
  parsed: ParsedOptions,
): TeachStoreApi {
  // The runner of the last step viewed, kept for replaying forward.
  let replay: HistoryReplay | null = null
  return createStore<TeachStore>()((set, get) => ({
    options: parsed.options,
    notices: parsed.notices,
    present: parsed.options.present,
    panel: parsed.options.lesson !== null ? 'lessons' : null,
    lessonId: parsed.options.lesson,
    helpOpen: false,
    busy: null,
    loadMessage: null,
    history: null,
    setPresent: (present) => set({ present }),
    togglePanel: (panel) =>
      set({ panel: get().panel === panel ? null : panel }),
    openLesson: (lessonId) => set({ lessonId, panel: 'lessons' }),
    setHelpOpen: (helpOpen) => set({ helpOpen }),
    dismissNotices: () => set({ notices: [] }),
    loadLesson: (input) => {
      get().backToLive()
      const result = live.getState().loadExperiment(input)
      set({
        loadMessage: result.ok
          ? null
          : {
              ok: false,
              text: `The lesson could not be set up: ${result.error}`,
            },
      })
      return result
    },
    loadScenario: async (id) => {
      // The presets' texts are loaded with the first scenario asked for.
      const { SCENARIOS } = await import('../content/scenarios')
      const scenario = SCENARIOS.find((s) => s.id === id)
      if (!scenario) {
        const error = `There is no scenario ${JSON.stringify(id)}.`
        set({ loadMessage: { ok: false, text: error } })
        return { ok: false, error }
      }
      get().backToLive()
      set({ busy: `Loading “${scenario.title}”…`, loadMessage: null })
      await new Promise<void>((resolve) => afterPaint(resolve))
      const result = live.getState().loadExperiment(scenarioInput(scenario))
      const text = result.ok
        ? `Loaded “${scenario.title}”.`
        : `“${scenario.title}” could not be loaded: ${result.error}`
      set({ busy: null, loadMessage: { ok: result.ok, text } })
      return result
    },
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
