import type { ExtendResult } from '../store/types'
import {
  layoutChangeText,
  overwrittenText,
  reserveText,
} from '../ui/layoutText'
import { LimitNotice } from './LimitNotice'

interface Props {
  readonly result: ExtendResult
}

export function ExtendResultView({ result }: Props) {
  if (result.kind === 'limit') return <LimitNotice message={result.message} />
  const { report, before, after } = result
  return (
    <div className="result">
      <p>
        Inserted a batch of <strong>{report.batch}</strong>:{' '}
        {reserveText(report)}.
      </p>
      <p>{overwrittenText(report.overwritten)}.</p>
      <p>
        capacity {before.capacity} → <strong>{after.capacity}</strong>; buckets{' '}
        {before.buckets} → {after.buckets}
      </p>
      {report.changes.length === 0 ? (
        <p>No reallocation.</p>
      ) : (
        <ol className="change-list" aria-label="reallocations">
          {report.changes.map((c, i) => (
            <li key={i}>{layoutChangeText(c)}</li>
          ))}
        </ol>
      )}
    </div>
  )
}
