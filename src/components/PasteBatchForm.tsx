import { type FormEvent, useId, useState } from 'react'

import { usePlayground } from '../hooks/usePlayground'
import { selectExtendEntries } from '../store/selectors'
import { parsePastedBatch } from '../ui/pasteBatch'

/** Around the demo's clock (1700000000 is 2023-11-14 22:13:20 UTC). */
const EXAMPLE = `100,otp-aaaa,1699999400
101,-,1699996400.5
42,otp-new,1700000000`

/** Sessions pasted as `id,token,last_active` lines (an `extend` op). */
export function PasteBatchForm() {
  const extendEntries = usePlayground(selectExtendEntries)
  const [text, setText] = useState(EXAMPLE)
  const [errors, setErrors] = useState<readonly string[]>([])
  const [hidden, setHidden] = useState(0)
  const id = useId()

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    const parsed = parsePastedBatch(text)
    if (!parsed.ok) {
      setErrors(parsed.errors)
      setHidden(parsed.errorCount - parsed.errors.length)
      return
    }
    setErrors([])
    extendEntries(parsed.entries)
  }

  const invalid = errors.length > 0
  return (
    <form className="op-form sub-form" onSubmit={onSubmit} noValidate>
      <h4>Paste sessions</h4>
      <label htmlFor={id}>sessions (id,token,last_active per line)</label>
      <textarea
        id={id}
        rows={4}
        value={text}
        spellCheck={false}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={`${id}-rule${invalid ? ` ${id}-error` : ''}`}
        onChange={(e) => {
          setText(e.target.value)
          setErrors([])
        }}
      />
      <p id={`${id}-rule`} className="field-hint">
        token <code>-</code> is <code>None</code>; an empty token is{' '}
        <code>Some("")</code>; the token is everything between the first and the
        last comma, exactly as written. last_active is seconds since the Unix
        epoch (fraction allowed). Blank lines are skipped; nothing is added
        unless every line is valid.
      </p>
      {invalid ? (
        <div id={`${id}-error`} className="field-error">
          <ul>
            {errors.map((err) => (
              <li key={err}>{err}</li>
            ))}
          </ul>
          {hidden > 0 ? <p>and {hidden} more bad lines</p> : null}
        </div>
      ) : null}
      <button type="submit">extend with pasted sessions</button>
    </form>
  )
}
