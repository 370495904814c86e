/**
 * Older experiment documents, brought up to the current version one step
 * at a time before they are validated. A step is a pure function from the
 * shape of version n to the shape of version n + 1; it moves and fills in
 * fields and checks nothing, since the result is validated as a whole.
 *
 * | version | shape                                                     |
 * | ------- | --------------------------------------------------------- |
 * | 0       | `{ hasher, ops }`, with `version: 0` or none: a bare      |
 * |         | script, as a recorded vector holds one (its name,         |
 * |         | description, rustc and trace are dropped)                 |
 * | 1       | `{ format, version: 1, script, clock, settings }`         |
 */

import { quote } from '../model/parse'
import {
  DEFAULT_CLOCK,
  DEFAULT_SETTINGS,
  EXPERIMENT_FORMAT,
  EXPERIMENT_VERSION,
} from './experimentSchema'
import { isRecord } from './fields'
import { describeValue } from './issues'
import { isJsonNumber, jsonNumberText } from './json'

type Doc = Readonly<Record<string, unknown>>

/** Why a value is not an experiment this version can read. */
export type MigrateFailure = 'not-experiment' | 'newer-version'

export type Migrated =
  | {
      readonly ok: true
      /** The document in the current version's shape, not yet validated. */
      readonly value: unknown
      /** The version it was written in. */
      readonly from: number
    }
  | {
      readonly ok: false
      readonly reason: MigrateFailure
      readonly error: string
    }

/** `STEPS[n]` turns a version n document into a version n + 1 one. */
const STEPS: Readonly<Record<number, (doc: Doc) => Doc>> = {
  0: (doc) => {
    // The clock was not saved: the last cleanup's `now` is the latest time
    // the experiment is known to have reached.
    let clock: unknown = DEFAULT_CLOCK
    if (Array.isArray(doc.ops)) {
      for (const op of doc.ops) {
        if (isRecord(op) && op.op === 'cleanup' && op.now !== undefined) {
          clock = op.now
        }
      }
    }
    return {
      format: EXPERIMENT_FORMAT,
      version: 1,
      script: { hasher: doc.hasher, ops: doc.ops },
      clock,
      settings: DEFAULT_SETTINGS,
    }
  },
}

/**
 * Brings `value` (parsed JSON) to version {@link EXPERIMENT_VERSION}.
 * Refuses a value that is not an experiment and one from a newer version of
 * the playground, which this one cannot know how to read.
 */
export function migrate(value: unknown): Migrated {
  if (!isRecord(value)) {
    return notExperiment(`expected a JSON object, got ${describeValue(value)}`)
  }
  let version: number
  if ('format' in value) {
    if (value.format !== EXPERIMENT_FORMAT) {
      return notExperiment(
        `its format is ${describeValue(value.format)}, expected ` +
          quote(EXPERIMENT_FORMAT),
      )
    }
    const v = readVersion(value.version)
    if (typeof v === 'string') return notExperiment(v)
    version = v
  } else if ('hasher' in value && 'ops' in value) {
    const v = value.version === undefined ? 0 : readVersion(value.version)
    if (v !== 0) {
      return notExperiment(
        'it has hasher and ops but no format field; only version 0 ' +
          `documents look like that, and its version is ${describeValue(value.version)}`,
      )
    }
    version = 0
  } else {
    return notExperiment('it has no format field, and no hasher and ops')
  }
  if (version > EXPERIMENT_VERSION) {
    return {
      ok: false,
      reason: 'newer-version',
      error:
        `this experiment was saved by a newer version of the playground ` +
        `(document version ${version}); this one reads up to version ` +
        `${EXPERIMENT_VERSION}`,
    }
  }
  let doc: Doc = value
  for (let v = version; v < EXPERIMENT_VERSION; v++) doc = STEPS[v](doc)
  return { ok: true, value: doc, from: version }
}

/** A whole, non-negative version number, or why not. */
function readVersion(value: unknown): number | string {
  const text = isJsonNumber(value) ? jsonNumberText(value) : null
  if (text === null || !/^\d{1,15}$/.test(text)) {
    return `expected version as a whole number, got ${describeValue(value)}`
  }
  return Number(text)
}

function notExperiment(why: string): Migrated {
  return {
    ok: false,
    reason: 'not-experiment',
    error: `this is not a playground experiment: ${why}`,
  }
}
