import { useContext, useEffect, useState, useSyncExternalStore } from 'react'

import type { Keeper, KeeperStatus } from '../../store/persistKeeper'
import { KeeperContext } from './keeperContext'

const noSubscribe = () => () => {}
const noStatus = () => null

/**
 * The page's keeper once it has started; null before (and without one).
 * The controls work meanwhile: only the notices wait for it.
 */
export function useKeeper(): Keeper | null {
  const started = useContext(KeeperContext)
  const [keeper, setKeeper] = useState<Keeper | null>(null)
  useEffect(() => {
    let live = true
    void started?.then((k) => {
      if (live) setKeeper(k)
    })
    return () => {
      live = false
    }
  }, [started])
  return keeper
}

/** The keeper's status, re-rendering on each change; null without one. */
export function useKeeperStatus(): KeeperStatus | null {
  const keeper = useKeeper()
  return useSyncExternalStore(
    keeper ? keeper.subscribe : noSubscribe,
    keeper ? keeper.getStatus : noStatus,
  )
}
