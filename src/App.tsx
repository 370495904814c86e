import { useState } from 'react'

import { PlaygroundPage } from './components/PlaygroundPage'
import { PlaygroundProvider } from './components/PlaygroundProvider'
import {
  type PlaygroundStoreApi,
  createPlaygroundStore,
} from './store/playgroundStore'

interface Props {
  /** A store to use instead of a fresh one with the demo (tests pass one). */
  readonly store?: PlaygroundStoreApi
}

export function App({ store }: Props) {
  const [own] = useState(() => store ?? createPlaygroundStore())
  return (
    <PlaygroundProvider store={own}>
      <PlaygroundPage />
    </PlaygroundProvider>
  )
}
