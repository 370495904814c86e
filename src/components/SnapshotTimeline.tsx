import { usePlayground } from '../hooks/usePlayground'
import {
  selectPanic,
  selectRollback,
  selectSelectSnapshot,
  selectSelectedSnapshot,
  selectSnapshots,
} from '../store/selectors'
import { snapshotName } from '../store/rustCalls'
import { formatUtc } from '../ui/formatTime'
import { SnapshotDiff } from './SnapshotDiff'

/** Every `clone` taken, oldest first; select one to diff, or roll back. */
export function SnapshotTimeline() {
  const snapshots = usePlayground(selectSnapshots)
  const selected = usePlayground(selectSelectedSnapshot)
  const select = usePlayground(selectSelectSnapshot)
  const rollback = usePlayground(selectRollback)
  const panicked = usePlayground(selectPanic) !== null

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Snapshot timeline</h2>
      {snapshots.length === 0 ? (
        <p className="muted">No snapshots yet: run clone to take one.</p>
      ) : null}
      <ol aria-label="snapshots" className="snapshot-list">
        {snapshots.map((s) => {
          const name = snapshotName(s.index) + (s.label ? ` “${s.label}”` : '')
          return (
            <li
              key={s.index}
              className={
                selected === s.index ? 'snapshot selected' : 'snapshot'
              }
            >
              <button
                type="button"
                className="snapshot-select"
                aria-pressed={selected === s.index}
                onClick={() => select(selected === s.index ? null : s.index)}
              >
                <span className="snapshot-name">
                  {snapshotName(s.index)}
                  {s.label ? (
                    <>
                      {' “'}
                      {/* Isolated: a right-to-left label cannot reorder
                          the text around it. */}
                      <bdi>{s.label}</bdi>”
                    </>
                  ) : null}
                </span>
                <span className="snapshot-meta">
                  {formatUtc(s.clock)} · len {s.len} · capacity {s.capacity}
                </span>
              </button>
              <button
                type="button"
                aria-label={`Roll back to ${name}`}
                disabled={panicked}
                onClick={() => rollback(s.index)}
              >
                Roll back
              </button>
            </li>
          )
        })}
      </ol>
      {selected !== null ? <SnapshotDiff index={selected} /> : null}
    </section>
  )
}
