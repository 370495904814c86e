import { createContext } from 'react'

import type { Keeper } from '../../store/persistKeeper'

/** The page's keeper of saved work; null where nothing is kept (tests). */
export const KeeperContext = createContext<Keeper | null>(null)
