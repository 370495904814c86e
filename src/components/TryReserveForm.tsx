import { type FormEvent, useState } from 'react'

import { parseUsize } from '../model/parse'
import { usePlayground } from '../hooks/usePlayground'
import { tryReserveCall, wrapCall } from '../store/rustCalls'
import { argText } from '../ui/argText'
import { selectTryReserve, selectTryReserveResult } from '../store/selectors'
import { Field } from './Field'
import { OperationCard } from './OperationCard'
import { RustCall } from './RustCall'
import { TryReserveResultView } from './TryReserveResultView'

/** `manager.sessions.try_reserve(additional)`. */
export function TryReserveForm() {
  const tryReserve = usePlayground(selectTryReserve)
  const result = usePlayground(selectTryReserveResult)
  const [text, setText] = useState('1000')
  const [error, setError] = useState<string | null>(null)

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    const parsed = parseUsize(text, 'additional')
    if (!parsed.ok) {
      setError(parsed.error)
      return
    }
    tryReserve(parsed.value)
  }

  return (
    <OperationCard
      method="try_reserve"
      summary="Make room for at least this many more sessions, or return why not."
      call={
        <RustCall
          code={wrapCall(
            tryReserveCall(
              argText(parseUsize(text, 'additional'), 'additional'),
            ),
          )}
        />
      }
    >
      <form className="op-form" onSubmit={onSubmit} noValidate>
        <Field
          label="additional"
          value={text}
          error={error}
          onChange={(v) => {
            setText(v)
            setError(null)
          }}
        />
        <button type="submit">try_reserve</button>
      </form>
      {result ? <TryReserveResultView result={result} /> : null}
    </OperationCard>
  )
}
