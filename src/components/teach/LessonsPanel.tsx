import { useEffect, useId, useRef, useState } from 'react'
import { useStore } from 'zustand'

import { LESSONS } from '../../content/lessons'
import {
  type LessonProgressStore,
  createLessonProgressStore,
} from '../../store/lessonProgress'
import { lessonInput } from '../../ui/teach/experimentInputs'
import { loadLesson } from '../../store/teachLoad'
import { LessonView } from './LessonView'
import { selectLessonId } from './teachSelectors'
import { useLiveStore } from './useLiveStore'
import { useTeach, useTeachApi } from './useTeach'
import './lessons.css'

const selectCompleted = (s: LessonProgressStore) => s.completed
const selectNotice = (s: LessonProgressStore) => s.notice

/**
 * One lesson per entry of `LESSONS`: pick one, predict, run, compare.
 * Lessons predicted right are remembered in this browser.
 */
export function LessonsPanel() {
  const [progress] = useState(() => createLessonProgressStore())
  const completed = useStore(progress, selectCompleted)
  const notice = useStore(progress, selectNotice)
  const lessonId = useTeach(selectLessonId)
  const teach = useTeachApi()
  const live = useLiveStore()
  const headingId = useId()
  // Opening a lesson again starts it again, with a fresh prediction.
  const [attempt, setAttempt] = useState(0)
  const lesson = LESSONS.find((l) => l.id === lessonId) ?? null
  const index = lesson ? LESSONS.indexOf(lesson) : -1
  const next = index >= 0 ? (LESSONS[index + 1] ?? null) : null

  const open = (id: string) => {
    const l = LESSONS.find((x) => x.id === id)
    if (!l) return
    teach.getState().openLesson(id)
    loadLesson(teach, live, lessonInput(l))
    setAttempt((n) => n + 1)
  }

  // A lesson named by the page's link is set up once, on first show.
  const started = useRef(false)
  useEffect(() => {
    if (started.current) return
    started.current = true
    if (lesson) loadLesson(teach, live, lessonInput(lesson))
  }, [lesson, teach, live])

  return (
    <section className="teach-panel lessons" aria-labelledby={headingId}>
      <h2 id={headingId}>Lessons</h2>
      {notice ? (
        <p className="teach-warning">
          {notice}{' '}
          <button
            type="button"
            onClick={() => progress.getState().dismissNotice()}
          >
            OK
          </button>
        </p>
      ) : null}
      <p className="muted">
        {completed.length} of {LESSONS.length} lessons completed in this
        browser.{' '}
        {completed.length > 0 ? (
          <button
            type="button"
            className="link-button"
            onClick={() => progress.getState().reset()}
          >
            Forget progress
          </button>
        ) : null}
      </p>
      <ol className="lesson-list" aria-label="lessons">
        {LESSONS.map((l) => {
          const done = completed.includes(l.id)
          return (
            <li key={l.id}>
              <button
                type="button"
                aria-current={l.id === lessonId ? 'step' : undefined}
                onClick={() => open(l.id)}
              >
                {l.title}
                {done ? <span className="done"> ✓ completed</span> : null}
              </button>
            </li>
          )
        })}
      </ol>
      {lesson ? (
        <LessonView
          key={`${lesson.id}:${attempt}`}
          lesson={lesson}
          onRight={() => progress.getState().complete(lesson.id)}
          onRestart={() => open(lesson.id)}
          onSetup={() => loadLesson(teach, live, lessonInput(lesson))}
          onNext={next ? () => open(next.id) : null}
        />
      ) : (
        <p>Pick a lesson to load its setup.</p>
      )}
    </section>
  )
}
