import type { ReactNode } from 'react'

import { PlaygroundContext } from '../store/context'
import type { PlaygroundStoreApi } from '../store/playgroundStore'

interface Props {
  readonly store: PlaygroundStoreApi
  readonly children: ReactNode
}

export function PlaygroundProvider({ store, children }: Props) {
  return <PlaygroundContext value={store}>{children}</PlaygroundContext>
}
