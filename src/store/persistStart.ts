/**
 * Startup of saving and sharing, just after the first paint: the keeper
 * for the page's store, which opens the link in the address, else the
 * saved experiment, and saves changes from then on.
 */

import { type Keeper, createKeeper } from './persistKeeper'
import type { PlaygroundStoreApi } from './playgroundStore'

/**
 * Starts keeping `store`'s experiment. The I/O code is fetched only when
 * there is a link or saved work to read; the page shows the demo until
 * then, which is a few milliseconds from the browser's cache.
 */
export async function startKeeping(store: PlaygroundStoreApi): Promise<Keeper> {
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
  return keeper
}
