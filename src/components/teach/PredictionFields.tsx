import { useId } from 'react'

import type { Prediction } from '../../content/lessons'
import type { Draft } from './LessonView'

interface Props {
  readonly predict: Prediction
  /** The ids the setup loaded, for a removed-ids prediction. */
  readonly ids: readonly string[]
  readonly draft: Draft
  readonly error: string | null
  readonly onChange: (draft: Draft) => void
}

/** The input a lesson's question asks for: a number, ids or a choice. */
export function PredictionFields({
  predict,
  ids,
  draft,
  error,
  onChange,
}: Props) {
  const id = useId()
  const errorId = `${id}-error`
  const errorText = error ? (
    <p id={errorId} className="field-error">
      {error}
    </p>
  ) : null
  switch (predict.kind) {
    case 'capacity':
      return (
        <div className="prediction">
          <label htmlFor={id}>
            Your prediction: <code>capacity()</code>
          </label>
          <input
            id={id}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={draft.capacity}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => onChange({ ...draft, capacity: e.target.value })}
          />
          {errorText}
        </div>
      )
    case 'removed-ids':
      return (
        <div
          className="prediction"
          role="group"
          aria-label="ids retain removes"
        >
          <p className="muted">
            Tick every user id you expect retain to remove.
          </p>
          <ul className="id-choices">
            {ids.map((uid) => (
              <li key={uid}>
                <label>
                  <input
                    type="checkbox"
                    checked={draft.ids.includes(uid)}
                    onChange={(e) =>
                      onChange({
                        ...draft,
                        ids: e.target.checked
                          ? [...draft.ids, uid]
                          : draft.ids.filter((x) => x !== uid),
                      })
                    }
                  />{' '}
                  user <code>{uid}</code>
                </label>
              </li>
            ))}
          </ul>
        </div>
      )
    case 'result':
      return (
        <div
          className="prediction"
          role="radiogroup"
          aria-label="what it returns"
        >
          {predict.choices.map((choice) => (
            <label key={choice} className="choice">
              <input
                type="radio"
                name={id}
                value={choice}
                checked={draft.choice === choice}
                onChange={() => onChange({ ...draft, choice })}
              />{' '}
              <code>{choice}</code>
            </label>
          ))}
          {errorText}
        </div>
      )
  }
}
