/**
 * The store's experiment as a document (`src/io/experimentSchema.ts`) and
 * back. Saving, sharing and exporting all go through here, so a saved
 * experiment, a link and a file hold the same thing: the SipHash keys, the
 * script (whose `snapshot` ops rebuild every snapshot), the clock, the max
 * idle and the simulated memory.
 *
 * This module pulls in the I/O layer (zod, lossless-json), so the page
 * loads it on demand, never at startup.
 */

import {
  DEFAULT_SETTINGS,
  type ExperimentDoc,
  createExperiment,
} from '../io/experimentSchema'
import { DEFAULT_LIMITS } from '../model/hashbrown/rawTable'
import { TIME_UNITS, type TimeUnit } from '../model/parse'
import { fromNanos, toNanos } from '../model/rust/time'
import { type ScriptOp, timeFromJson, timeToJson } from '../model/script'
import type { PlaygroundState } from './types'

/** What `loadExperiment` replays: the experiment without its settings. */
export interface ExperimentParts {
  readonly hasher: readonly [string, string]
  readonly ops: readonly ScriptOp[]
  /** The simulated clock, nanoseconds since the epoch. */
  readonly clock: bigint
  /** The max idle the cleanup control offers, nanoseconds. */
  readonly maxIdle: bigint
}

/** The largest unit in which `nanos` is whole, as the cleanup form picks. */
function unitFor(nanos: bigint): TimeUnit {
  const units = Object.keys(TIME_UNITS) as TimeUnit[]
  for (const unit of units.reverse()) {
    if (nanos % TIME_UNITS[unit] === 0n) return unit
  }
  return 'ns'
}

/** What a document is made of; a change to any of these is a change. */
export type SavedState = Pick<
  PlaygroundState,
  'runner' | 'hasher' | 'script' | 'clock' | 'maxIdle'
>

/** The experiment the store holds now, as a document. */
export function docFromState(s: SavedState): ExperimentDoc {
  const memory = (s.runner.limits ?? DEFAULT_LIMITS).memoryBytes
  return createExperiment(
    { hasher: s.hasher, ops: s.script },
    timeToJson(fromNanos(s.clock)),
    {
      ...DEFAULT_SETTINGS,
      maxIdle: timeToJson(fromNanos(s.maxIdle)),
      maxIdleUnit: unitFor(s.maxIdle),
      memoryBytes: memory.toString(),
    },
  )
}

/** A validated document as the input of the store's `loadExperiment`. */
export function partsFromDoc(doc: ExperimentDoc): ExperimentParts {
  return {
    hasher: doc.script.hasher,
    ops: doc.script.ops,
    clock: toNanos(timeFromJson(doc.clock)),
    maxIdle: toNanos(timeFromJson(doc.settings.maxIdle)),
  }
}

/**
 * Why this page cannot reproduce `doc` exactly, or null. The page's
 * allocator has a fixed size; an experiment made with another one could
 * give other results for the same reservations.
 */
export function settingsProblem(
  doc: ExperimentDoc,
  s: PlaygroundState,
): string | null {
  const here = (s.runner.limits ?? DEFAULT_LIMITS).memoryBytes
  const there = BigInt(doc.settings.memoryBytes)
  if (here === there) return null
  return (
    `the experiment was made with ${there} bytes of simulated memory; ` +
    `this page has ${here}, so reservations could give other results`
  )
}
