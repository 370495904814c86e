interface Props {
  /** The first removed ids (at most 100), in iteration order. */
  readonly ids: readonly bigint[]
  readonly total: number
}

/** The ids `retain` removed: the first 100, then how many more. */
export function RemovedIds({ ids, total }: Props) {
  if (total === 0) return <p>Nothing was removed.</p>
  const more = total - ids.length
  return (
    <p className="id-list">
      <span>Removed ids: </span>
      <code>{ids.join(', ')}</code>
      {more > 0 ? <span> and {more} more</span> : null}
    </p>
  )
}
