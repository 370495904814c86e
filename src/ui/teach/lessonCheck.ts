/**
 * Comparing a learner's prediction with the answer the model computes
 * (`lessonAnswer`), and saying the actual figure in words.
 */

import type { Lesson, LessonAnswer } from '../../content/lessons'
import { assertNever } from '../../model/hashbrown/tryReserveError'

export type PredictionValue =
  | { readonly kind: 'capacity'; readonly value: number }
  | { readonly kind: 'removed-ids'; readonly ids: readonly string[] }
  | { readonly kind: 'result'; readonly choice: string }

export interface Verdict {
  readonly correct: boolean
  /** What the learner predicted, as the check read it. */
  readonly predicted: string
  /** The right answer, as the page shows it. */
  readonly actual: string
}

function idList(ids: readonly string[]): string {
  if (ids.length === 0) return 'none'
  return [...ids].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1)).join(', ')
}

/** The whole-number prediction in `text`, or null if it is not one. */
export function readCapacity(text: string): number | null {
  const t = text.trim().replaceAll('_', '').replaceAll(',', '')
  if (!/^\d{1,15}$/.test(t)) return null
  return Number(t)
}

export function checkPrediction(
  lesson: Lesson,
  prediction: PredictionValue,
  answer: LessonAnswer,
): Verdict {
  if (prediction.kind !== lesson.predict.kind) {
    throw new Error(
      `lesson ${lesson.id} asks for ${lesson.predict.kind}, got ${prediction.kind}`,
    )
  }
  switch (prediction.kind) {
    case 'capacity':
      return {
        correct: prediction.value === answer.capacity,
        predicted: `capacity ${prediction.value}`,
        actual: `capacity ${answer.capacity}`,
      }
    case 'removed-ids': {
      const want = new Set(answer.removedIds)
      const got = new Set(prediction.ids)
      const same =
        want.size === got.size && [...want].every((id) => got.has(id))
      return {
        correct: same,
        predicted: `removed ${idList(prediction.ids)}`,
        actual: `removed ${idList(answer.removedIds)}`,
      }
    }
    case 'result':
      return {
        correct: prediction.choice === answer.result,
        predicted: prediction.choice,
        actual: answer.result,
      }
    default:
      return assertNever(prediction)
  }
}
