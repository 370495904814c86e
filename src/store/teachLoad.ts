/**
 * Loading a scenario or a lesson's setup into the playground, with what
 * the teaching toolbar says meanwhile and after. Loaded on demand with the
 * panels that use it, not with the page.
 */

import { afterPaint } from '../ui/teach/afterPaint'
import { scenarioInput } from '../ui/teach/experimentInputs'
import type { ExperimentInput, LoadResult } from './experiment'
import type { PlaygroundStoreApi } from './playgroundStore'
import type { TeachStoreApi } from './teach'

/** Loads a lesson's setup (or any experiment) now, back at live. */
export function loadLesson(
  teach: TeachStoreApi,
  live: PlaygroundStoreApi,
  input: ExperimentInput,
): LoadResult {
  teach.getState().backToLive()
  const result = live.getState().loadExperiment(input)
  const text = result.ok
    ? null
    : `The lesson could not be set up: ${result.error}`
  teach.setState({ loadMessage: text === null ? null : { ok: false, text } })
  return result
}

/**
 * Loads a scenario after the "Loading…" state has been painted: the
 * million-session one keeps the main thread busy for a second or two.
 */
export async function loadScenario(
  teach: TeachStoreApi,
  live: PlaygroundStoreApi,
  id: string,
): Promise<LoadResult> {
  const { SCENARIOS } = await import('../content/scenarios')
  const scenario = SCENARIOS.find((s) => s.id === id)
  if (!scenario) {
    const error = `There is no scenario ${JSON.stringify(id)}.`
    teach.setState({ loadMessage: { ok: false, text: error } })
    return { ok: false, error }
  }
  teach.getState().backToLive()
  teach.setState({ busy: `Loading “${scenario.title}”…`, loadMessage: null })
  await new Promise<void>((resolve) => afterPaint(resolve))
  const result = live.getState().loadExperiment(scenarioInput(scenario))
  const text = result.ok
    ? `Loaded “${scenario.title}”.`
    : `“${scenario.title}” could not be loaded: ${result.error}`
  teach.setState({ busy: null, loadMessage: { ok: result.ok, text } })
  return result
}
