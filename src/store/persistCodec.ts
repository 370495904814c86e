/**
 * The heavy half of keeping work: reading and writing experiment text and
 * share links with the I/O layer. `persistKeeper.ts` loads this module on
 * demand (a saved experiment or a link at startup, the first change, the
 * share control), so the first paint never waits for it.
 */

import { serialize, deserialize } from '../io/persistence'
import { decodeShareFragment, encodeShareFragment } from '../io/shareLink'
import type { ShareEncoded } from '../io/shareLink'
import { tokenProblem } from '../io/fields'
import { labelProblem } from '../io/textLimits'
import { summarize } from '../io/issues'
import { MAX_OPS, MAX_REPLAY_WORK, replayWork } from '../io/experimentSchema'
import {
  type ExperimentParts,
  type SavedState,
  docFromState,
  partsFromDoc,
  settingsProblem,
} from './persistFormat'
import type { PlaygroundState } from './types'

export type ReadParts =
  | {
      readonly ok: true
      readonly parts: ExperimentParts
      /** Why the replay may differ from what its author saw, or null. */
      readonly warning: string | null
    }
  | {
      readonly ok: false
      /** Not a share link at all (another fragment): nothing to report. */
      readonly ignore: boolean
      readonly error: string
    }

/**
 * Why the experiment could not be read back from a save, a file or a
 * link, or null. The page's forms take a few things the document format
 * refuses (a token over 64 KiB, a label over 200 characters); saving such
 * an experiment would leave an unreadable copy, so it is not saved.
 */
export function unsavableReason(s: SavedState): string | null {
  if (s.script.length > MAX_OPS) {
    return `it has ${s.script.length} operations; a saved experiment holds at most ${MAX_OPS}`
  }
  const work = replayWork(s.script)
  if (work > MAX_REPLAY_WORK) {
    return (
      `replaying it would cost about ${work}, counted in sessions ` +
      `inserted; a saved experiment may cost at most ${MAX_REPLAY_WORK}`
    )
  }
  for (const op of s.script) {
    if (op.op === 'snapshot' && op.label !== undefined) {
      const problem = labelProblem(op.label)
      if (problem !== null) return problem
    }
    if (op.op !== 'extend') continue
    for (const e of op.entries) {
      const why = e.token === null ? null : tokenProblem(e.token)
      if (why !== null) return `user ${e.id}'s ${why}`
    }
  }
  return null
}

/** The store's experiment as saved text, in its canonical spelling. */
export function serializeState(s: SavedState): string {
  return serialize(docFromState(s))
}

/** Saved text (from storage or a file) as what `loadExperiment` takes. */
export function readSavedText(text: string, s: PlaygroundState): ReadParts {
  const loaded = deserialize(text)
  if (!loaded.ok) return { ok: false, ignore: false, error: loaded.error }
  return {
    ok: true,
    parts: partsFromDoc(loaded.doc),
    warning: settingsProblem(loaded.doc, s),
  }
}

/** A share link (`location.hash`, an address, pasted text), read back. */
export function readShareLink(text: string, s: PlaygroundState): ReadParts {
  const decoded = decodeShareFragment(text)
  if (!decoded.ok) {
    const detail =
      decoded.issues.length > 0 ? `\n${summarize(decoded.issues)}` : ''
    return {
      ok: false,
      ignore: decoded.reason === 'not-share-link',
      error: `${decoded.error}${detail}`,
    }
  }
  return {
    ok: true,
    parts: partsFromDoc(decoded.doc),
    warning: settingsProblem(decoded.doc, s),
  }
}

/** The link fragment for the store's experiment, or why there is none. */
export function shareState(s: SavedState, baseLength: number): ShareEncoded {
  return encodeShareFragment(docFromState(s), { baseLength })
}
