import { createContext } from 'react'

import type { Keeper } from '../../store/persistKeeper'

/**
 * The page's keeper of saved work, which starts just after the first
 * paint; null where nothing is kept (component tests of other parts).
 */
export const KeeperContext = createContext<Promise<Keeper> | null>(null)
