/**
 * Keeps the learner's experiment across reloads and browser restarts, and
 * opens experiments from share links.
 *
 * The experiment is saved as `serialize(doc)` text in `localStorage`, a
 * short while after each change. On startup it is read back and replayed
 * with `loadExperiment`, which rebuilds the map (and every snapshot) with
 * the same capacity, tombstones and iteration order, since the model is
 * deterministic. The saved text is versioned: `deserialize` migrates older
 * documents before validating them.
 *
 * Rules about the saved copy, which is all the learner has:
 * - A share link in the address wins at startup, but the saved copy is not
 *   replaced until the learner changes something.
 * - Saved text that cannot be read is never overwritten silently: before
 *   new work is saved it is moved to {@link UNREADABLE_KEY}, and the page
 *   offers it for download until the learner dismisses it.
 * - A full storage quota is reported, and saving is tried again later.
 *
 * Nothing here lives at module level: each page makes its own keeper.
 */

import { LESSON_IDS, SCENARIO_IDS } from '../content/presetIds'
import type { PlaygroundStoreApi } from './playgroundStore'
import type { PlaygroundState } from './types'

/** Where the experiment is saved. */
export const SAVED_KEY = 'hashmap-playground:experiment'
/** Where saved text that could not be read is kept until dismissed. */
export const UNREADABLE_KEY = 'hashmap-playground:unreadable'

export type SaveState =
  /** Nothing to save yet. */
  | 'idle'
  /** A change waits for the debounce. */
  | 'pending'
  | 'saved'
  /** The browser's storage is full; saving is tried again later. */
  | 'quota'
  /** The browser refuses storage (private mode, a sandboxed frame). */
  | 'unavailable'
  /** The experiment holds something a saved one cannot (`unsavable`). */
  | 'unsavable'

export interface KeeperStatus {
  readonly save: SaveState
  /**
   * The experiment shown came from a share link and has not been changed;
   * the saved copy is still the learner's earlier work.
   */
  readonly fromLink: boolean
  /** A link could not be opened (truncated, damaged...): why. */
  readonly linkError: string | null
  /** Saved text that could not be read, kept whole for download. */
  readonly unreadable: string | null
  /** Why that text could not be read. */
  readonly unreadableError: string | null
  /** A note on an experiment that loaded but may differ (memory size). */
  readonly warning: string | null
  /** Why the experiment cannot be saved, while `save` is 'unsavable'. */
  readonly unsavable: string | null
}

export interface KeeperOptions {
  /** @default window.localStorage, or null where the browser refuses it */
  readonly storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null
  /**
   * Milliseconds between the last change and the save.
   * @default 400
   */
  readonly delay?: number
  /**
   * Milliseconds before saving again after the storage was full.
   * @default 30000
   */
  readonly retryDelay?: number
}

type Codec = typeof import('./persistCodec')
type Listener = () => void

const loadCodec = (): Promise<Codec> => import('./persistCodec')

function defaultStorage(): KeeperOptions['storage'] {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

function isQuotaError(e: unknown): boolean {
  return (
    e instanceof DOMException &&
    (e.name === 'QuotaExceededError' ||
      e.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      e.code === 22)
  )
}

/** The parts of the state a save holds; a change to any is a change. */
function savedParts(s: PlaygroundState) {
  return [s.script, s.hasher, s.clock, s.maxIdle] as const
}

export type Keeper = ReturnType<typeof createKeeper>

export function createKeeper(
  store: PlaygroundStoreApi,
  options: KeeperOptions = {},
) {
  const storage =
    options.storage === undefined ? defaultStorage() : options.storage
  const delay = options.delay ?? 400
  const retryDelay = options.retryDelay ?? 30_000
  let status: KeeperStatus = {
    save: storage ? 'idle' : 'unavailable',
    fromLink: false,
    linkError: null,
    unreadable: null,
    unreadableError: null,
    warning: null,
    unsavable: null,
  }
  const listeners = new Set<Listener>()
  let timer: ReturnType<typeof setTimeout> | null = null
  /** Set while the keeper itself loads an experiment into the store. */
  let loading = false
  /** The unreadable text is already kept under its own key. */
  let unreadableMoved = false
  /** Nothing is saved before the saved copy (or the link) has been read. */
  let started = false

  function update(patch: Partial<KeeperStatus>) {
    status = { ...status, ...patch }
    for (const l of listeners) l()
  }

  function read(key: string): string | null {
    try {
      return storage?.getItem(key) ?? null
    } catch {
      return null
    }
  }

  /** Writes the experiment now; false when the storage refused it. */
  async function saveNow(): Promise<boolean> {
    if (timer !== null) clearTimeout(timer)
    timer = null
    if (!storage) return false
    if (!started) {
      timer = setTimeout(() => void saveNow(), delay)
      return false
    }
    const codec = await loadCodec()
    const unsavable = codec.unsavableReason(store.getState())
    if (unsavable !== null) {
      // The last good copy stays; saving resumes after the next `new`.
      update({ save: 'unsavable', unsavable })
      return false
    }
    const text = codec.serializeState(store.getState())
    try {
      if (status.unreadable !== null && !unreadableMoved) {
        storage.setItem(UNREADABLE_KEY, status.unreadable)
        unreadableMoved = true
      }
      storage.setItem(SAVED_KEY, text)
      update({ save: 'saved', unsavable: null })
      return true
    } catch (e) {
      if (isQuotaError(e)) {
        update({ save: 'quota' })
        timer = setTimeout(() => void saveNow(), retryDelay)
      } else {
        update({ save: 'unavailable' })
      }
      return false
    }
  }

  function schedule() {
    // Fetched now, so that a save at page hide need not wait for it.
    void loadCodec()
    if (timer !== null) clearTimeout(timer)
    if (status.save !== 'quota' && status.save !== 'unsavable') {
      update({ save: 'pending' })
    }
    timer = setTimeout(() => void saveNow(), delay)
  }

  /** The learner changed something: the link's experiment is now theirs. */
  function changed() {
    if (status.fromLink || status.linkError !== null) {
      // A reload restores the saved work, not the link again.
      if (/[#&]x=|x%3d/i.test(window.location.hash)) {
        const { pathname, search } = window.location
        window.history.replaceState(null, '', pathname + search)
      }
      update({ fromLink: false })
    }
    schedule()
  }

  /**
   * A page opened on a scenario or lesson (`?scenario=`, `?lesson=`) shows
   * that, not the saved work, and loads it itself just after the first
   * paint. Like a share link, it replaces the saved copy only once the
   * learner changes something: changes before their first key or pointer
   * press are the page's own. An id the page does not know is ignored, as
   * if it were absent, so it never hides the saved work.
   */
  const preset = opensPreset(window.location.search)
  let acted = !preset
  const onAct = () => {
    acted = true
  }
  if (preset) {
    window.addEventListener('pointerdown', onAct, { capture: true, once: true })
    window.addEventListener('keydown', onAct, { capture: true, once: true })
  }

  const unsubscribe = store.subscribe((next, prev) => {
    if (loading || !acted) return
    const a = savedParts(next)
    const b = savedParts(prev)
    if (a.some((v, i) => v !== b[i])) changed()
  })

  /** Replays an experiment into the store; the error, or null. */
  function load(
    parts: import('./persistFormat').ExperimentParts,
  ): string | null {
    loading = true
    try {
      const result = store.getState().loadExperiment(parts)
      return result.ok ? null : result.error
    } finally {
      loading = false
    }
  }

  /**
   * Opens the share link in `hash`, if it holds one. On failure the page
   * and the saved copy stay as they are and the status says why.
   */
  async function openLink(hash: string): Promise<void> {
    if (!/x/i.test(hash)) return
    const codec = await loadCodec()
    const read = codec.readShareLink(hash, store.getState())
    if (!read.ok) {
      if (!read.ignore) {
        update({ linkError: `This link could not be opened: ${read.error}` })
      }
      return
    }
    // Work changed just before the link arrived is saved first.
    if (timer !== null && status.save === 'pending') await saveNow()
    const error = load(read.parts)
    if (error !== null) {
      update({ linkError: `This link could not be opened: ${error}` })
      return
    }
    update({ fromLink: true, linkError: null, warning: read.warning })
  }

  /**
   * Reads the saved experiment. Text that cannot be read (or replayed) is
   * kept in the status, for download, and null returned.
   */
  async function readSaved() {
    const kept = read(UNREADABLE_KEY)
    if (kept !== null) {
      unreadableMoved = true
      update({
        unreadable: kept,
        unreadableError: 'it was kept aside when newer work was saved',
      })
    }
    const text = read(SAVED_KEY)
    if (text === null) return null
    const codec = await loadCodec()
    const parsed = codec.readSavedText(text, store.getState())
    if (parsed.ok) return { ...parsed, text }
    unreadableMoved = false
    update({ unreadable: text, unreadableError: parsed.error })
    return null
  }

  /** Restores the saved experiment, if there is one. */
  async function restore(): Promise<void> {
    const saved = await readSaved()
    if (saved === null) return
    const error = load(saved.parts)
    if (error !== null) {
      unreadableMoved = false
      update({ unreadable: saved.text, unreadableError: error })
      return
    }
    update({ warning: saved.warning, fromLink: false })
  }

  return {
    getStatus: (): KeeperStatus => status,
    subscribe(listener: Listener): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    /**
     * At startup: the link in the address, else the saved experiment.
     * Loads the I/O code only when there is something to read.
     */
    start: (): Promise<void> => restoreOrLink(window.location.hash),
    openLink,
    restore,
    /** Saves a change that still waits for its debounce. */
    flush: async (): Promise<void> => {
      if (timer !== null && status.save === 'pending') await saveNow()
    },
    saveNow,
    /** Forgets the unreadable text, in memory and in storage. */
    dismissUnreadable(): void {
      try {
        storage?.removeItem(UNREADABLE_KEY)
      } catch {
        // Storage refused: the text stays kept, and is offered next time.
      }
      unreadableMoved = false
      update({ unreadable: null, unreadableError: null })
    },
    dismissLinkError: (): void => update({ linkError: null }),
    dismissWarning: (): void => update({ warning: null }),
    /** Stops listening to the store and cancels a pending save. */
    dispose(): void {
      unsubscribe()
      window.removeEventListener('pointerdown', onAct, { capture: true })
      window.removeEventListener('keydown', onAct, { capture: true })
      if (timer !== null) clearTimeout(timer)
      timer = null
    },
  }

  async function restoreOrLink(hash: string): Promise<void> {
    if (hash.length > 1) await openLink(hash)
    else if (preset) update({ fromLink: true })
    // With a link shown, the saved copy is still checked, so that an
    // unreadable one is kept aside before anything is saved over it.
    if (status.fromLink) await readSaved()
    else await restore()
    started = true
  }
}

/** Whether `search` names a scenario or lesson the page will load. */
export function opensPreset(search: string): boolean {
  const params = new URLSearchParams(search)
  const scenario = params.get('scenario')
  const lesson = params.get('lesson')
  return (
    (scenario !== null && SCENARIO_IDS.includes(scenario)) ||
    (lesson !== null && LESSON_IDS.includes(lesson))
  )
}
