import { useContext } from 'react'
import { useStore } from 'zustand'

import { PlaygroundContext } from '../store/context'
import type { PlaygroundStore } from '../store/types'

/** Reads the page's playground store through `selector`. */
export function usePlayground<T>(selector: (s: PlaygroundStore) => T): T {
  const store = useContext(PlaygroundContext)
  if (store === null) {
    throw new Error('usePlayground needs a <PlaygroundProvider> around it')
  }
  return useStore(store, selector)
}
