import { useId, type ReactNode } from 'react'

interface Props {
  readonly label: string
  readonly value: string
  readonly onChange: (value: string) => void
  /** Shown under the input; marks it invalid and describes it. */
  readonly error?: string | null
  /** A short hint, also linked with aria-describedby. */
  readonly hint?: ReactNode
  readonly placeholder?: string
  readonly inputMode?: 'numeric' | 'decimal' | 'text'
  readonly wide?: boolean
  /** Extra control after the input, such as a units select. */
  readonly after?: ReactNode
}

/** A labelled text input with an inline error that screen readers hear. */
export function Field({
  label,
  value,
  onChange,
  error = null,
  hint,
  placeholder,
  inputMode = 'numeric',
  wide = false,
  after,
}: Props) {
  const id = useId()
  const errorId = `${id}-error`
  const hintId = `${id}-hint`
  const describedBy =
    [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') ||
    undefined
  return (
    <div className={wide ? 'field field-wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <div className="field-control">
        <input
          id={id}
          type="text"
          value={value}
          inputMode={inputMode}
          placeholder={placeholder}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
        {after}
      </div>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
