import { usePlayground } from '../hooks/usePlayground'
import { selectView } from '../store/selectors'

const nf = new Intl.NumberFormat('en-US')

/** The map's size and allocation, always in view. */
export function Summary() {
  const view = usePlayground(selectView)
  const items = [
    ['len', view.len, 'sessions in the map'],
    [
      'capacity',
      view.capacity,
      'len + growth_left: inserts before the next resize',
    ],
    ['buckets', view.buckets, 'slots in the table (a power of two, or 0)'],
    [
      'growth_left',
      view.growthLeft,
      'inserts into empty slots before a resize',
    ],
    ['tombstones', view.tombstones, 'DELETED slots left by removals'],
  ] as const
  return (
    <dl className="summary">
      {items.map(([name, value, title]) => (
        <div key={name} className="summary-item" title={title}>
          <dt>
            <code>{name}</code>
          </dt>
          <dd>{nf.format(value)}</dd>
        </div>
      ))}
    </dl>
  )
}
