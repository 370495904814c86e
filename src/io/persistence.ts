/**
 * The saved form of an experiment: the document of `experimentSchema.ts`
 * as JSON text. Snapshots are saved as the `snapshot` ops that made them;
 * replaying the script rebuilds them, with the same capacity, the same
 * tombstones and the same iteration order, because the model is
 * deterministic.
 *
 * `serialize` writes one spelling for each document (fields in a fixed
 * order, numbers canonical, one op a line so files diff well), so
 * `serialize(deserialize(serialize(doc)))` is the same text, byte for byte.
 */

import type { ScriptOp } from '../model/script'
import { assertNever } from '../model/hashbrown/tryReserveError'
import {
  EXPERIMENT_VERSION,
  type ExperimentDoc,
  validateExperiment,
} from './experimentSchema'
import { type Issue, summarize } from './issues'
import { parseJson } from './json'
import { entryText, timeText } from './jsonText'
import { type MigrateFailure, migrate } from './migrate'

/**
 * The longest saved text read back, in characters. A script may carry
 * imported batches of two million sessions, about 80 characters each in
 * JSON, so a document can be far larger than a file to import; 256 Mi
 * stays clear of the longest string V8 can build (2^29 characters).
 */
export const MAX_DOCUMENT_CHARS = 256 * 1024 * 1024

/** Why a saved or shared experiment could not be read. */
export type ReadFailure = MigrateFailure | 'too-large' | 'not-json' | 'invalid'

export type ExperimentRead =
  | {
      readonly ok: true
      readonly doc: ExperimentDoc
      /** The version it was saved in, when older than this one's. */
      readonly migratedFrom: number | null
    }
  | {
      readonly ok: false
      readonly reason: ReadFailure
      /** All that is wrong, as one text to show. */
      readonly error: string
      /** Each problem and where, when the document could be parsed. */
      readonly issues: readonly Issue[]
    }

/** Saved text that could not be read, kept whole so it can be downloaded. */
export type Loaded =
  | Extract<ExperimentRead, { ok: true }>
  | (Extract<ExperimentRead, { ok: false }> & { readonly raw: string })

/** The document as JSON text, in its one canonical spelling. */
export function serialize(doc: ExperimentDoc): string {
  const { script, settings } = doc
  const head = [
    `{"format":${JSON.stringify(doc.format)},"version":${doc.version},`,
    `"clock":${timeText(doc.clock)},`,
    `"settings":{"maxIdle":${timeText(settings.maxIdle)},` +
      `"maxIdleUnit":${JSON.stringify(settings.maxIdleUnit)},` +
      `"memoryBytes":${JSON.stringify(settings.memoryBytes)}},`,
    `"script":{"hasher":${JSON.stringify(script.hasher)},"ops":[`,
  ]
  const ops = script.ops.map(opJson)
  if (ops.length === 0) return `${head.join('\n')}]}}\n`
  return `${head.join('\n')}\n${ops.join(',\n')}\n]}}\n`
}

/**
 * Reads saved text back. Anything wrong (not JSON, not an experiment, a
 * newer version, a broken rule) gives `ok: false` with the text kept in
 * `raw`, so the UI can offer it for download rather than lose it.
 */
export function deserialize(text: string): Loaded {
  const read = readExperimentText(text)
  return read.ok ? read : { ...read, raw: text }
}

/** JSON text to a document: parse, migrate, validate. */
export function readExperimentText(text: string): ExperimentRead {
  if (text.length > MAX_DOCUMENT_CHARS) {
    return failure(
      'too-large',
      `the experiment is ${text.length} characters long; the playground ` +
        `reads at most ${MAX_DOCUMENT_CHARS}`,
    )
  }
  const parsed = parseJson(text)
  if (!parsed.ok) return failure('not-json', parsed.error)
  return readExperiment(parsed.value)
}

/** A parsed JSON value to a document: migrate, then validate. */
export function readExperiment(value: unknown): ExperimentRead {
  const migrated = migrate(value)
  if (!migrated.ok) return failure(migrated.reason, migrated.error)
  const valid = validateExperiment(migrated.value)
  if (!valid.ok) {
    return {
      ok: false,
      reason: 'invalid',
      error: `the experiment has problems:\n${summarize(valid.issues)}`,
      issues: valid.issues,
    }
  }
  const from = migrated.from
  return {
    ok: true,
    doc: valid.value,
    migratedFrom: from < EXPERIMENT_VERSION ? from : null,
  }
}

function failure(reason: ReadFailure, error: string): ExperimentRead {
  return { ok: false, reason, error, issues: [] }
}

/** One op as JSON, fields in the order the script type declares them. */
function opJson(op: ScriptOp): string {
  const name = `{"op":${JSON.stringify(op.op)}`
  switch (op.op) {
    case 'new':
      return `${name},"expected":${JSON.stringify(op.expected)}}`
    case 'try_reserve':
      return `${name},"additional":${JSON.stringify(op.additional)}}`
    case 'extend':
      return `${name},"entries":[${op.entries.map(entryText).join(',')}]}`
    case 'extend_generated': {
      const s = op.spec
      return (
        `${name},"spec":{"count":${s.count},"ids":${JSON.stringify(s.ids)},` +
        `"firstId":${JSON.stringify(s.firstId)},"tokenShare":${s.tokenShare},` +
        `"centerSecs":${JSON.stringify(s.centerSecs)},` +
        `"spreadSecs":${JSON.stringify(s.spreadSecs)},"seed":${s.seed}}}`
      )
    }
    case 'snapshot': {
      const label =
        op.label === undefined ? '' : `,"label":${JSON.stringify(op.label)}`
      const at = op.at === undefined ? '' : `,"at":${timeText(op.at)}`
      return `${name}${label}${at}}`
    }
    case 'restore':
      return `${name},"index":${op.index}}`
    case 'cleanup':
      return `${name},"now":${timeText(op.now)},"max_idle":${timeText(op.max_idle)}}`
    case 'take':
      return `${name},"id":${JSON.stringify(op.id)}}`
    case 'shrink_to_fit':
      return `${name}}`
    default:
      return assertNever(op)
  }
}
