import { useContext } from 'react'

import { PlaygroundContext } from '../../store/context'
import type { PlaygroundStoreApi } from '../../store/playgroundStore'

/** The page's playground store itself, for actions in handlers. */
export function useLiveStore(): PlaygroundStoreApi {
  const store = useContext(PlaygroundContext)
  if (store === null) {
    throw new Error(
      'the teaching tools need a <PlaygroundProvider> around them',
    )
  }
  return store
}
