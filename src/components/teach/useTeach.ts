import { useContext } from 'react'
import { useStore } from 'zustand'

import type { TeachStore, TeachStoreApi } from '../../store/teach'
import { TeachContext } from './teachContext'

/** The page's teaching-layer store itself, for actions in handlers. */
export function useTeachApi(): TeachStoreApi {
  const store = useContext(TeachContext)
  if (store === null) throw new Error('useTeach needs a <TeachShell> around it')
  return store
}

/** Reads the teaching-layer store through `selector`. */
export function useTeach<T>(selector: (s: TeachStore) => T): T {
  return useStore(useTeachApi(), selector)
}
