import { createContext } from 'react'

import type { PlaygroundStoreApi } from './playgroundStore'

/** The page's store; each page (and each test) provides its own. */
export const PlaygroundContext = createContext<PlaygroundStoreApi | null>(null)
