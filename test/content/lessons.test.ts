import { describe, expect, it } from 'vitest'

import { LESSONS, lessonAnswer } from '../../src/content/lessons'

describe('lessons', () => {
  it('covers each of the five methods and the three surprises', () => {
    expect(new Set(LESSONS.map((l) => l.method))).toEqual(
      new Set(['try_reserve', 'extend', 'clone', 'take', 'retain']),
    )
    expect(LESSONS.map((l) => l.id)).toEqual(
      expect.arrayContaining(['future', 'tombstones', 'extend-half']),
    )
  })

  it.each([
    ['try-reserve', 56],
    ['extend', 28],
    ['extend-half', 28],
    ['clone', 112],
  ])('computes the capacity answer of %s as %i', (id, capacity) => {
    const lesson = LESSONS.find((l) => l.id === id)!

    expect(lessonAnswer(lesson).capacity).toBe(capacity)
  })

  it('removes exactly the sessions idle for more than max idle', () => {
    expect(
      lessonAnswer(LESSONS.find((l) => l.id === 'retain')!).removedIds,
    ).toEqual(expect.arrayContaining(['5', '6']))
    expect(
      lessonAnswer(LESSONS.find((l) => l.id === 'retain')!).removedIds,
    ).toHaveLength(2)
  })

  it('removes the future-dated sessions', () => {
    const removed = lessonAnswer(
      LESSONS.find((l) => l.id === 'future')!,
    ).removedIds

    expect([...removed].sort()).toEqual(['1', '2'])
  })

  it('shows capacity dropping below 1792 after thinning a full table', () => {
    const answer = lessonAnswer(LESSONS.find((l) => l.id === 'tombstones')!)

    expect(answer.capacity).toBeLessThan(1792)
  })

  it('offers the right answer among the choices of the take lesson', () => {
    const lesson = LESSONS.find((l) => l.id === 'take')!

    expect(lessonAnswer(lesson).result).toBe('None')
    expect(
      lesson.predict.kind === 'result' && lesson.predict.choices,
    ).toContain('None')
  })
})
