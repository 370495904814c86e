import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'

import { usePlayground } from '../hooks/usePlayground'
import { snapshotName } from '../store/rustCalls'
import { selectMapAndView, selectTimeline } from '../store/selectors'
import { diffMaps } from '../ui/mapDiff'
import { DiffPartView } from './DiffPartView'

interface Props {
  readonly index: number
}

const LIMIT = 20

/** The current map against one snapshot, by user id. */
export function SnapshotDiff({ index }: Props) {
  const timeline = usePlayground(selectTimeline)
  const { map, view } = usePlayground(useShallow(selectMapAndView))
  const snapshot = timeline[index]
  // `view.order` is a new array after every change to the map.
  const diff = useMemo(
    () => diffMaps(snapshot, map, view.order, LIMIT),
    [snapshot, map, view.order],
  )
  return (
    <section className="diff" aria-labelledby="diff-heading">
      <h3 id="diff-heading">
        Current map compared with <code>{snapshotName(index)}</code>
      </h3>
      <dl>
        <DiffPartView title="added" part={diff.added} />
        <DiffPartView title="removed" part={diff.removed} />
        <DiffPartView title="token taken" part={diff.tokenTaken} />
        <DiffPartView title="changed" part={diff.changed} />
      </dl>
      <p className="muted">
        {diff.unchanged} {diff.unchanged === 1 ? 'session is' : 'sessions are'}{' '}
        the same in both.
      </p>
    </section>
  )
}
