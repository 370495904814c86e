import { Suspense, lazy } from 'react'

import { selectPanel } from './teachSelectors'
import { useTeach } from './useTeach'

const ScenarioPicker = lazy(() =>
  import('./ScenarioPicker').then((m) => ({ default: m.ScenarioPicker })),
)
const LessonsPanel = lazy(() =>
  import('./LessonsPanel').then((m) => ({ default: m.LessonsPanel })),
)
const HistoryBar = lazy(() =>
  import('./HistoryBar').then((m) => ({ default: m.HistoryBar })),
)

const loading = <p className="muted">Loading…</p>

/**
 * The open teaching panel, if any, and the history scrubber, above the
 * clock. All are loaded on demand: none is needed for the first paint.
 */
export function TeachDeck() {
  const panel = useTeach(selectPanel)
  return (
    <>
      {panel !== null ? (
        <Suspense fallback={loading}>
          {panel === 'scenarios' ? <ScenarioPicker /> : <LessonsPanel />}
        </Suspense>
      ) : null}
      <Suspense fallback={null}>
        <HistoryBar />
      </Suspense>
    </>
  )
}
