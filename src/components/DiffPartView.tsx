import type { DiffPart } from '../ui/mapDiff'

interface Props {
  readonly title: string
  readonly part: DiffPart
}

/** One kind of difference: how many, and the first ids. */
export function DiffPartView({ title, part }: Props) {
  const more = part.count - part.ids.length
  return (
    <div className="diff-part">
      <dt>
        {title}: <strong>{part.count}</strong>
      </dt>
      <dd>
        {part.count === 0 ? '—' : <code>{part.ids.join(', ')}</code>}
        {more > 0 ? ` and ${more} more` : ''}
      </dd>
    </div>
  )
}
