import { type FormEvent, useState } from 'react'

import { parseUsize } from '../model/parse'
import { usePlayground } from '../hooks/usePlayground'
import { newCall, wrapCall } from '../store/rustCalls'
import { argText } from '../ui/argText'
import { selectNewManager, selectNewResult } from '../store/selectors'
import { Field } from './Field'
import { LimitNotice } from './LimitNotice'
import { OperationCard } from './OperationCard'
import { RustCall } from './RustCall'

/** `SessionManager::new(expected_users)`: start over with an empty map. */
export function NewForm() {
  const newManager = usePlayground(selectNewManager)
  const result = usePlayground(selectNewResult)
  const [text, setText] = useState('8')
  const [error, setError] = useState<string | null>(null)

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    const parsed = parseUsize(text, 'expected users')
    if (!parsed.ok) {
      setError(parsed.error)
      return
    }
    newManager(parsed.value)
  }

  return (
    <OperationCard
      method="new"
      summary={
        <>
          Start over: an empty map, then{' '}
          <code>try_reserve(expected_users).expect(…)</code>, which panics on an
          error.
        </>
      }
      call={
        <RustCall
          code={wrapCall(
            newCall(
              argText(parseUsize(text, 'expected users'), 'expected_users'),
            ),
          )}
        />
      }
    >
      <form className="op-form" onSubmit={onSubmit} noValidate>
        <Field
          label="expected users"
          value={text}
          error={error}
          onChange={(v) => {
            setText(v)
            setError(null)
          }}
        />
        <button type="submit">new</button>
      </form>
      {result?.kind === 'ok' ? (
        <div className="result">
          <p>
            A new, empty map with capacity <strong>{result.capacity}</strong> (
            {result.buckets} buckets).
          </p>
          <p className="why">{result.why}</p>
        </div>
      ) : null}
      {result?.kind === 'panic' ? (
        <div className="result result-panic">
          <p>Rust panics with:</p>
          <pre>
            <code>{result.message}</code>
          </pre>
          <p className="why">{result.why}</p>
        </div>
      ) : null}
      {result?.kind === 'limit' ? (
        <LimitNotice message={result.message} />
      ) : null}
    </OperationCard>
  )
}
