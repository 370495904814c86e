/**
 * Selectors for the "Inside the table" views. Those building an object are
 * used with `useShallow`; `revision` is picked wherever a view reads the
 * model (mutated in place) so that it renders again after each op.
 */

import { currentMap } from './applyOp'
import type { LayoutStep } from './inside'
import type { PlaygroundStore } from './types'

type S = PlaygroundStore

const NO_STEPS: readonly LayoutStep[] = []

/** The recorded steps of the program on screen (none if it was loaded). */
export const selectLayoutHistory = (s: S): readonly LayoutStep[] =>
  s.layoutRunner === s.runner ? (s.layoutHistory ?? NO_STEPS) : NO_STEPS

export const selectMemory = (s: S) => ({
  map: currentMap(s.runner),
  revision: s.revision,
  takeInput: s.takeInput,
  tombstones: s.view.tombstones,
  previousLayout:
    s.layoutRunner === s.runner ? (s.previousLayout ?? null) : null,
  lastStep: selectLayoutHistory(s).at(-1) ?? null,
})

export const selectSourceTrace = (s: S) => ({
  op: s.script.at(-1) ?? null,
  take: s.results.take,
  call: s.log.at(-1)?.call ?? null,
  // Nothing runs after a panic, so the panicking `new` is what ran last.
  panicked: s.runner.panicked !== null,
})

export const selectMapRevision = (s: S) => ({
  map: currentMap(s.runner),
  revision: s.revision,
})

export const selectHasherPanel = (s: S) => ({
  hasher: s.hasher,
  reseed: s.reseed,
  panicked: s.runner.panicked !== null,
  map: currentMap(s.runner),
  order: s.view.order,
})

export const selectExperiment = (s: S) => ({
  hasher: s.hasher,
  script: s.script,
  len: s.view.len,
})
