import { assertNever } from '../model/hashbrown/tryReserveError'
import type { TryReserveResult } from '../store/types'
import { layoutChangeText } from '../ui/layoutText'
import { LimitNotice } from './LimitNotice'

interface Props {
  readonly result: TryReserveResult
}

export function TryReserveResultView({ result }: Props) {
  switch (result.kind) {
    case 'limit':
      return <LimitNotice message={result.message} />
    case 'err':
      return (
        <div className="result result-err">
          <p>
            <code>{`try_reserve(${result.additional})`}</code> returned
          </p>
          <pre>
            <code>{result.text}</code>
          </pre>
          <p className="why">{result.why}</p>
        </div>
      )
    case 'ok': {
      const { before, after, changes } = result
      return (
        <div className="result">
          <p>
            <code>{`try_reserve(${result.additional})`}</code> returned{' '}
            <code className="rust-value">Ok(())</code>
          </p>
          <p>
            capacity {before.capacity} → <strong>{after.capacity}</strong>;
            buckets {before.buckets} → {after.buckets}
          </p>
          <p>
            {changes.length === 0
              ? 'Not reallocated: growth_left already covered it.'
              : `Reallocated: ${changes.map(layoutChangeText).join('; ')}.`}
          </p>
          <p className="why">{result.why}</p>
        </div>
      )
    }
    default:
      return assertNever(result)
  }
}
