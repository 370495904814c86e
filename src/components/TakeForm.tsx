import { type FormEvent, useState } from 'react'

import { parseUserId } from '../model/parse'
import { usePlayground } from '../hooks/usePlayground'
import { takeCall, wrapCall } from '../store/rustCalls'
import { argText } from '../ui/argText'
import {
  selectSetTakeInput,
  selectTake,
  selectTakeInput,
  selectTakeResult,
} from '../store/selectors'
import { Field } from './Field'
import { OperationCard } from './OperationCard'
import { RustCall } from './RustCall'

const TAKE_BODY = '// sessions.get_mut(&user_id)\n// then session.token.take()'

/** `manager.consume_token(user_id)`: `Option::take` on the token. */
export function TakeForm() {
  const take = usePlayground(selectTake)
  const text = usePlayground(selectTakeInput)
  const setText = usePlayground(selectSetTakeInput)
  const result = usePlayground(selectTakeResult)
  const [error, setError] = useState<string | null>(null)

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    const parsed = parseUserId(text)
    if (!parsed.ok) {
      setError(parsed.error)
      return
    }
    take(parsed.value)
  }

  return (
    <OperationCard
      method="take"
      summary="Move a one-time token out of a session, leaving None behind. Tip: click a row."
      call={
        <RustCall
          code={`${wrapCall(takeCall(argText(parseUserId(text), 'user_id')))}\n${TAKE_BODY}`}
        />
      }
    >
      <form className="op-form" onSubmit={onSubmit} noValidate>
        <Field
          label="user id"
          value={text}
          error={error}
          onChange={(v) => {
            setText(v)
            setError(null)
          }}
        />
        <button type="submit">take</button>
      </form>
      {result ? (
        <div className="result">
          <p>
            <code>{takeCall(result.id)}</code> returned{' '}
            <code className="rust-value">{result.result}</code>
          </p>
          <p className="why">{result.why}</p>
        </div>
      ) : null}
    </OperationCard>
  )
}
