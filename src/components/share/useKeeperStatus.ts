import { useContext, useSyncExternalStore } from 'react'

import type { KeeperStatus } from '../../store/persistKeeper'
import { KeeperContext } from './keeperContext'

const noSubscribe = () => () => {}
const noStatus = () => null

/** The keeper's status, re-rendering on each change; null without one. */
export function useKeeperStatus(): KeeperStatus | null {
  const keeper = useContext(KeeperContext)
  return useSyncExternalStore(
    keeper ? keeper.subscribe : noSubscribe,
    keeper ? keeper.getStatus : noStatus,
  )
}
