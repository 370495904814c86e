import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, vi } from 'vitest'

import { App } from '../../../src/App'
import { KeeperContext } from '../../../src/components/share/keeperContext'
import { debugMap } from '../../../src/model/debugFormat'
import { currentMap } from '../../../src/store/applyOp'
import { type Keeper, createKeeper } from '../../../src/store/persistKeeper'
import {
  type PlaygroundStoreApi,
  type StoreOptions,
  createPlaygroundStore,
} from '../../../src/store/playgroundStore'

/** `localStorage` in memory, with a quota that can be made to run out. */
export class MemoryStorage {
  readonly items = new Map<string, string>()
  /** Characters the values may hold in all; more throws QuotaExceededError. */
  quota = Number.POSITIVE_INFINITY
  writes = 0

  getItem(key: string): string | null {
    return this.items.get(key) ?? null
  }

  setItem(key: string, value: string): void {
    let used = value.length
    for (const [k, v] of this.items) if (k !== key) used += v.length
    if (used > this.quota) {
      throw new DOMException(
        'the quota has been exceeded',
        'QuotaExceededError',
      )
    }
    this.writes++
    this.items.set(key, value)
  }

  removeItem(key: string): void {
    this.items.delete(key)
  }
}

const kept: Array<{ keeper: Keeper; stop: () => void }> = []

afterEach(() => {
  for (const k of kept.splice(0)) {
    k.keeper.dispose()
    k.stop()
  }
  window.history.replaceState(null, '', '/')
})

interface Options {
  readonly storage?: MemoryStorage | null
  /** The address's fragment at startup, `#x=...`. */
  readonly hash?: string
  /** The address's query at startup, `?scenario=...`. */
  readonly search?: string
  readonly store?: StoreOptions
}

/**
 * The page as `main.tsx` starts it: a store, a keeper started just after
 * the first render, the link in the address followed on `hashchange`.
 * Saves without a debounce; a full storage is tried again after 50 ms.
 */
export async function renderKept(options: Options = {}) {
  const { search = '', hash = '' } = options
  window.history.replaceState(null, '', `/${search}${hash}`)
  const storage =
    options.storage === undefined ? new MemoryStorage() : options.storage
  const store = createPlaygroundStore(options.store)
  const keeper = createKeeper(store, { storage, delay: 0, retryDelay: 50 })
  const onHash = () => void keeper.openLink(window.location.hash)
  window.addEventListener('hashchange', onHash)
  kept.push({
    keeper,
    stop: () => window.removeEventListener('hashchange', onHash),
  })
  const started = keeper.start().then(() => keeper)
  const user = userEvent.setup()
  render(
    <KeeperContext value={started}>
      <App store={store} />
    </KeeperContext>,
  )
  await act(async () => {
    await started
  })
  await screen.findByRole('button', { name: 'Share link' }, { timeout: 5000 })
  return {
    store,
    keeper,
    /** The page's storage (a fresh, unused one when it had none). */
    storage: storage ?? new MemoryStorage(),
    user,
    state: () => store.getState(),
    map: () => currentMap(store.getState().runner),
  }
}

/**
 * Everything a learner could compare between two pages: the map as Rust's
 * `{:?}` prints it (iteration order), its layout, every snapshot, the
 * clock, the script and the log.
 */
export function fingerprint(store: PlaygroundStoreApi) {
  const s = store.getState()
  const map = currentMap(s.runner)
  return {
    debug: debugMap(map),
    keys: map.keyList().map(String),
    len: map.len,
    capacity: map.capacity,
    buckets: map.buckets,
    growthLeft: map.growthLeft,
    view: { ...s.view, order: Array.from(s.view.order) },
    snapshots: s.runner.timeline.map((m) => [debugMap(m), m.capacity]),
    snapshotLabels: s.snapshots.map((m) => m.label),
    snapshotClocks: s.snapshots.map((m) => m.clock),
    clock: s.clock,
    maxIdle: s.maxIdle,
    hasher: s.hasher,
    script: s.script,
    log: s.log.map((e) => [e.call, e.result]),
  }
}

/** Catches the Blobs the page offers for download. */
export function catchDownloads() {
  const blobs: Blob[] = []
  const names: string[] = []
  const create = vi.fn((blob: Blob) => {
    blobs.push(blob)
    return `blob:test/${blobs.length}`
  })
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: create,
  })
  Object.defineProperty(URL, 'revokeObjectURL', {
    configurable: true,
    value: vi.fn(),
  })
  const click = vi
    .spyOn(HTMLAnchorElement.prototype, 'click')
    .mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download)
    })
  return {
    blobs,
    names,
    text: (i = blobs.length - 1) => blobs[i].text(),
    restore: () => click.mockRestore(),
  }
}

/** A few ops that touch every kind of value a save must keep exactly. */
export function buildExperiment(store: PlaygroundStoreApi): void {
  const a = store.getState()
  a.extendEntries([
    {
      id: '18446744073709551615',
      token: null,
      last_active: { secs: '1699990000', nanos: 1 },
    },
    {
      id: '9007199254740993',
      token: '',
      last_active: { secs: '1699999999', nanos: 999_999_999 },
    },
    {
      id: '0',
      token: 'é "quoted" \\ <b>',
      last_active: { secs: '1700000000', nanos: 0 },
    },
  ])
  a.snapshot('before take')
  a.take(9007199254740993n)
  a.tryReserve(40n)
  a.jumpClock(1_700_000_123_456_789_012n)
  a.retain(60_000_000_001n)
  a.snapshot('')
  a.rollback(0)
  a.setMaxIdle(7_200_000_000_000n)
}
