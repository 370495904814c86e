import { createContext } from 'react'

import type { TeachStoreApi } from '../../store/teach'

/** The page's teaching-layer store, provided by `TeachShell`. */
export const TeachContext = createContext<TeachStoreApi | null>(null)
