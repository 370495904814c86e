/**
 * Named selectors for the playground store. Those that build an object
 * are used with `useShallow`, so a component re-renders only when one of
 * the picked values changes.
 */

import { currentMap } from './applyOp'
import type { PlaygroundStore } from './types'

type S = PlaygroundStore

export const selectView = (s: S) => s.view
export const selectClock = (s: S) => s.clock
export const selectLog = (s: S) => s.log
export const selectAnnouncement = (s: S) => s.announcement
export const selectSnapshots = (s: S) => s.snapshots
export const selectSelectedSnapshot = (s: S) => s.selectedSnapshot
export const selectTakeInput = (s: S) => s.takeInput
export const selectNewResult = (s: S) => s.results.new
export const selectTryReserveResult = (s: S) => s.results.try_reserve
export const selectExtendResult = (s: S) => s.results.extend
export const selectCloneResult = (s: S) => s.results.clone
export const selectTakeResult = (s: S) => s.results.take
export const selectRetainResult = (s: S) => s.results.retain

/** The panic message while the program is stopped, else null. */
export const selectPanic = (s: S): string | null => {
  if (s.runner.panicked === null) return null
  const last = s.results.new
  return last?.kind === 'panic' ? last.message : s.runner.panicked
}

export const selectTableData = (s: S) => ({
  map: currentMap(s.runner),
  view: s.view,
  clock: s.clock,
  maxIdle: s.maxIdle,
})

export const selectMapAndView = (s: S) => ({
  map: currentMap(s.runner),
  view: s.view,
})

export const selectClockControl = (s: S) => ({
  clock: s.clock,
  range: s.clockRange,
  playing: s.playing,
  speed: s.speed,
})

export const selectJumpClock = (s: S) => s.jumpClock

export const selectClockActions = (s: S) => ({
  setClock: s.setClock,
  stepClock: s.stepClock,
  setPlaying: s.setPlaying,
  setSpeed: s.setSpeed,
})

export const selectNewManager = (s: S) => s.newManager
export const selectTryReserve = (s: S) => s.tryReserve
export const selectExtendEntries = (s: S) => s.extendEntries
export const selectExtendGenerated = (s: S) => s.extendGenerated
export const selectSnapshot = (s: S) => s.snapshot
export const selectTake = (s: S) => s.take
export const selectRetain = (s: S) => s.retain
export const selectRollback = (s: S) => s.rollback
export const selectSetMaxIdle = (s: S) => s.setMaxIdle
export const selectSetTakeInput = (s: S) => s.setTakeInput
export const selectSelectSnapshot = (s: S) => s.selectSnapshot
export const selectTimeline = (s: S) => s.runner.timeline
