/**
 * Startup: the page's store, with the experiment from the link in the
 * address, else the saved one, else the demo; and the keeper that saves
 * changes from then on.
 */

import { type Keeper, createKeeper } from './persistKeeper'
import {
  type PlaygroundStoreApi,
  createPlaygroundStore,
} from './playgroundStore'

export interface Started {
  readonly store: PlaygroundStoreApi
  readonly keeper: Keeper
}

/**
 * Makes the store and restores work into it before the first render, so
 * the learner never sees the demo flash by or acts on it by mistake. The
 * I/O code is fetched only when there is a link or saved work to read.
 */
export async function startPlayground(): Promise<Started> {
  const store = createPlaygroundStore()
  const keeper = createKeeper(store)
  await keeper.start()
  window.addEventListener('hashchange', () => {
    void keeper.openLink(window.location.hash)
  })
  // A change made just before the tab closes is saved without waiting.
  window.addEventListener('pagehide', () => void keeper.flush())
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void keeper.flush()
  })
  return { store, keeper }
}
