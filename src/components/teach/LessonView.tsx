import { type FormEvent, useId, useState } from 'react'

import { type Lesson, lessonAnswer } from '../../content/lessons'
import { runLessonAction } from '../../store/lessons'
import {
  type PredictionValue,
  type Verdict,
  checkPrediction,
  readCapacity,
} from '../../ui/teach/lessonCheck'
import { PredictionFields } from './PredictionFields'
import { selectViewing } from './teachSelectors'
import { useLiveStore } from './useLiveStore'
import { useTeach } from './useTeach'

interface Props {
  readonly lesson: Lesson
  readonly onRight: () => void
  readonly onRestart: () => void
  /** Loads the lesson's setup again, keeping the learner's prediction. */
  readonly onSetup: () => void
  readonly onNext: (() => void) | null
}

export interface Draft {
  readonly capacity: string
  readonly ids: readonly string[]
  readonly choice: string | null
}

/** The ids a lesson's setup loads: the choices for a removed-ids guess. */
function setupIds(lesson: Lesson): string[] {
  const ids = lesson.setup.ops.flatMap((op) =>
    op.op === 'extend' ? op.entries.map((e) => e.id) : [],
  )
  return [...new Set(ids)].slice(0, 50)
}

function prediction(
  lesson: Lesson,
  draft: Draft,
): PredictionValue | { readonly error: string } {
  switch (lesson.predict.kind) {
    case 'capacity': {
      const value = readCapacity(draft.capacity)
      return value === null
        ? { error: 'Enter capacity() as a whole number, e.g. 28.' }
        : { kind: 'capacity', value }
    }
    case 'removed-ids':
      return { kind: 'removed-ids', ids: draft.ids }
    case 'result':
      return draft.choice === null
        ? { error: 'Choose what the call returns.' }
        : { kind: 'result', choice: draft.choice }
  }
}

/** One lesson: intro, question, the learner's prediction, run, verdict. */
export function LessonView({
  lesson,
  onRight,
  onRestart,
  onSetup,
  onNext,
}: Props) {
  const live = useLiveStore()
  const viewing = useTeach(selectViewing)
  const [draft, setDraft] = useState<Draft>({
    capacity: '',
    ids: [],
    choice: null,
  })
  const [error, setError] = useState<string | null>(null)
  const [verdict, setVerdict] = useState<Verdict | null>(null)
  const [reset, setReset] = useState(false)
  const questionId = useId()

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    const p = prediction(lesson, draft)
    if ('error' in p) {
      setError(p.error)
      return
    }
    setError(null)
    // The answer is for the setup: if the learner has run other operations
    // since, the setup is loaded again so the map and the answer agree.
    const changed =
      JSON.stringify(live.getState().script) !==
      JSON.stringify(lesson.setup.ops)
    if (changed) onSetup()
    setReset(changed)
    runLessonAction(live.getState(), lesson.action)
    const v = checkPrediction(lesson, p, lessonAnswer(lesson))
    setVerdict(v)
    if (v.correct) onRight()
  }

  return (
    <article className="lesson" aria-labelledby={questionId}>
      <h3>{lesson.title}</h3>
      <p>{lesson.intro}</p>
      <form onSubmit={onSubmit} noValidate>
        <fieldset disabled={viewing || verdict !== null}>
          <legend id={questionId} className="lesson-question">
            {lesson.question}
          </legend>
          <PredictionFields
            predict={lesson.predict}
            ids={setupIds(lesson)}
            draft={draft}
            error={error}
            onChange={setDraft}
          />
          <button type="submit" className="primary">
            Run
          </button>
          {viewing && verdict === null ? (
            <span className="muted"> Go back to live to run it.</span>
          ) : null}
        </fieldset>
      </form>
      <div aria-live="polite">
        {verdict ? (
          <div className={verdict.correct ? 'verdict right' : 'verdict wrong'}>
            <p>
              <strong>{verdict.correct ? 'Right!' : 'Not quite.'}</strong> You
              predicted <code>{verdict.predicted}</code>; the model gives{' '}
              <code>{verdict.actual}</code>.
            </p>
            <p>{lesson.takeaway}</p>
            {reset ? (
              <p className="muted">
                The map had changed since the lesson began, so its setup was
                loaded again before running.
              </p>
            ) : null}
            <p className="lesson-next">
              <button type="button" onClick={onRestart}>
                Try again
              </button>
              {onNext ? (
                <button type="button" onClick={onNext}>
                  Next lesson
                </button>
              ) : null}
            </p>
          </div>
        ) : null}
      </div>
    </article>
  )
}
