/**
 * Which lessons the learner has completed, kept in `localStorage` with
 * zustand's `persist` so a learner can come back to it. A small store of
 * its own: progress outlives every experiment and is not part of one.
 *
 * The saved value is read defensively: another version of the page, a
 * hand edit or a full disk may have left anything under the key. What
 * cannot be read is dropped, the learner starts fresh and is told so.
 * @see https://zustand.docs.pmnd.rs/middlewares/persist
 */

import { createStore, type StoreApi } from 'zustand/vanilla'
import {
  type PersistStorage,
  type StorageValue,
  persist,
} from 'zustand/middleware'

/** The `localStorage` key; the version is part of it and of the value. */
export const PROGRESS_KEY = 'hashmap-playground:lesson-progress:v1'
export const PROGRESS_VERSION = 1

/** At most this many ids are kept, so a hostile value stays small. */
const MAX_IDS = 200
const ID = /^[a-z0-9-]{1,64}$/

interface Saved {
  readonly completed: readonly string[]
}

export interface LessonProgressState {
  /** Ids of the lessons predicted right, in the order completed. */
  readonly completed: readonly string[]
  /** Set when saved progress could not be read and was dropped. */
  readonly notice: string | null
}

export interface LessonProgressActions {
  complete(id: string): void
  /** Forgets every completed lesson. */
  reset(): void
  dismissNotice(): void
}

export type LessonProgressStore = LessonProgressState & LessonProgressActions
export type LessonProgressApi = StoreApi<LessonProgressStore>

const CORRUPT =
  'Your saved lesson progress could not be read, so it starts fresh.'
const NEWER =
  'Your saved lesson progress is from another version of the page, ' +
  'so it starts fresh.'

function isSaved(value: unknown): value is Saved {
  if (typeof value !== 'object' || value === null) return false
  const completed = (value as { completed?: unknown }).completed
  return (
    Array.isArray(completed) &&
    completed.length <= MAX_IDS &&
    completed.every((id) => typeof id === 'string' && ID.test(id))
  )
}

type Value = StorageValue<Saved & { notice?: string }>

/** What was saved, or a fresh start carrying the notice why. */
function read(raw: string): Value {
  const fresh = (notice: string): Value => ({
    state: { completed: [], notice },
    version: PROGRESS_VERSION,
  })
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return fresh(CORRUPT)
  }
  if (typeof parsed !== 'object' || parsed === null) return fresh(CORRUPT)
  const { state, version } = parsed as { state?: unknown; version?: unknown }
  if (version !== PROGRESS_VERSION) return fresh(NEWER)
  if (!isSaved(state)) return fresh(CORRUPT)
  return { state: { completed: [...state.completed] }, version }
}

/**
 * `localStorage` (or `backing`) behind try/catch: storage can be blocked
 * (a sandboxed iframe) or full, and progress is worth less than the page.
 */
function progressStorage(backing: () => Storage | null): PersistStorage<Saved> {
  const storage = () => {
    try {
      return backing()
    } catch {
      return null
    }
  }
  return {
    getItem: (name) => {
      try {
        const raw = storage()?.getItem(name) ?? null
        return raw === null ? null : read(raw)
      } catch {
        return null
      }
    },
    setItem: (name, value) => {
      try {
        storage()?.setItem(name, JSON.stringify(value))
      } catch {
        // Not saved: the progress of this visit still shows.
      }
    },
    removeItem: (name) => {
      try {
        storage()?.removeItem(name)
      } catch {
        // Nothing to forget if storage cannot be reached.
      }
    },
  }
}

export function createLessonProgressStore(
  backing: () => Storage | null = () => window.localStorage,
): LessonProgressApi {
  return createStore<LessonProgressStore>()(
    persist(
      (set, get) => ({
        completed: [],
        notice: null,
        complete: (id) => {
          if (!get().completed.includes(id)) {
            set({ completed: [...get().completed, id].slice(-MAX_IDS) })
          }
        },
        reset: () => set({ completed: [] }),
        dismissNotice: () => set({ notice: null }),
      }),
      {
        name: PROGRESS_KEY,
        version: PROGRESS_VERSION,
        storage: progressStorage(backing),
        partialize: (s): Saved => ({ completed: s.completed }),
        // A dropped value is overwritten at once, so the notice shows once.
        onRehydrateStorage: () => (state) => {
          if (state?.notice) state.reset()
        },
      },
    ),
  )
}
