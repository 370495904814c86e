import { use, useContext, useSyncExternalStore } from 'react'

import type { Keeper, KeeperStatus } from '../../store/persistKeeper'
import { KeeperContext } from './keeperContext'

const noSubscribe = () => () => {}
const noStatus = () => null

/** The page's keeper, once started (suspends until then); null without. */
export function useKeeper(): Keeper | null {
  const started = useContext(KeeperContext)
  return started === null ? null : use(started)
}

/** The keeper's status, re-rendering on each change; null without one. */
export function useKeeperStatus(): KeeperStatus | null {
  const keeper = useKeeper()
  return useSyncExternalStore(
    keeper ? keeper.subscribe : noSubscribe,
    keeper ? keeper.getStatus : noStatus,
  )
}
