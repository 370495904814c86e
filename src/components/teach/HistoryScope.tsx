import type { ReactNode } from 'react'

import { PlaygroundProvider } from '../PlaygroundProvider'
import { selectHistory } from './teachSelectors'
import { useLiveStore } from './useLiveStore'
import { useTeach } from './useTeach'

interface Props {
  readonly children: ReactNode
}

/**
 * Shows `children` over the history step being viewed (a read-only store
 * of its own) instead of the live store, marked as such; the same
 * components, so a past step looks exactly like the live state did.
 */
export function HistoryScope({ children }: Props) {
  const live = useLiveStore()
  const history = useTeach(selectHistory)
  return (
    <div className={history ? 'history-scope viewing' : 'history-scope'}>
      {history ? (
        <p className="history-flag">
          Step {history.step} of {history.total} (read-only)
        </p>
      ) : null}
      <PlaygroundProvider store={history?.store ?? live}>
        {children}
      </PlaygroundProvider>
    </div>
  )
}
