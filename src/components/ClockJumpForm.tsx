import { type FormEvent, useState } from 'react'

import { parseSystemTime } from '../model/parse'
import { toNanos } from '../model/rust/time'
import { usePlayground } from '../hooks/usePlayground'
import { selectJumpClock } from '../store/selectors'
import { Field } from './Field'

/** Sets the simulated now to an exact time, e.g. a session's boundary. */
export function ClockJumpForm() {
  const jumpClock = usePlayground(selectJumpClock)
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    const parsed = parseSystemTime(text, 'now', 's')
    if (!parsed.ok) {
      setError(parsed.error)
      return
    }
    jumpClock(toNanos(parsed.value))
  }

  return (
    <details className="clock-jump-details">
      <summary>Set an exact time</summary>
      <form className="op-form clock-jump" onSubmit={onSubmit} noValidate>
        <Field
          label="set now (seconds since the epoch)"
          value={text}
          error={error}
          inputMode="decimal"
          placeholder="e.g. 1700000000.5"
          onChange={(v) => {
            setText(v)
            setError(null)
          }}
        />
        <button type="submit">Set clock</button>
      </form>
    </details>
  )
}
