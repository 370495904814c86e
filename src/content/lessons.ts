/**
 * Guided lessons: each sets up a state, asks the learner to predict what
 * one operation will do, runs it and compares. The right answer is never
 * written down here: it is computed by running the model, so a lesson can
 * not drift from what Rust does.
 */

import { debugMap } from '../model/debugFormat'
import type { EntryJson, Script, ScriptOp, TimeJson } from '../model/script'
import { ScriptRunner } from '../model/script'
import { DEMO_NOW } from './scenarios'

/** What the learner predicts before the operation runs. */
export type Prediction =
  | { readonly kind: 'capacity' }
  | { readonly kind: 'removed-ids' }
  | { readonly kind: 'result'; readonly choices: readonly string[] }

export interface Lesson {
  readonly id: string
  readonly title: string
  /** The HashMap method the lesson is about. */
  readonly method: 'try_reserve' | 'extend' | 'clone' | 'take' | 'retain'
  readonly intro: string
  readonly setup: Script
  readonly clock: TimeJson
  readonly maxIdle: TimeJson
  readonly question: string
  readonly predict: Prediction
  /** The operation the learner runs after predicting. */
  readonly action: ScriptOp
  /** Said after the comparison, right or wrong. */
  readonly takeaway: string
}

const t = (secs: number): TimeJson => ({ secs: String(secs), nanos: 0 })
const H = ['0', '0'] as const

function entries(
  from: number,
  n: number,
  ageSecs: (i: number) => number,
): EntryJson[] {
  return Array.from({ length: n }, (_, i) => ({
    id: String(from + i),
    token:
      i % 2 === 0 ? `otp-${(from + i).toString(16).padStart(4, '0')}` : null,
    last_active: t(DEMO_NOW - ageSecs(i)),
  }))
}

export const LESSONS: readonly Lesson[] = [
  {
    id: 'try-reserve',
    title: 'try_reserve rounds up to a power of two',
    method: 'try_reserve',
    intro:
      'A table holds at most 7/8 of its buckets, and the bucket count is a power of two. ' +
      'try_reserve(additional) makes room for len + additional items.',
    setup: {
      hasher: H,
      ops: [
        { op: 'new', expected: '0' },
        { op: 'extend', entries: entries(1, 10, () => 60) },
      ],
    },
    clock: t(DEMO_NOW),
    maxIdle: t(3600),
    question:
      'The map holds 10 sessions. What will capacity() be after try_reserve(20)?',
    predict: { kind: 'capacity' },
    action: { op: 'try_reserve', additional: '20' },
    takeaway:
      '30 items × 8 / 7 = 34, rounded up to 64 buckets, of which 7/8 (56) may be used.',
  },
  {
    id: 'extend',
    title: 'extend can reallocate twice',
    method: 'extend',
    intro:
      'extend reserves before inserting, then every insert checks for room again. ' +
      'A batch can therefore grow the table more than once.',
    setup: {
      hasher: H,
      ops: [
        { op: 'new', expected: '0' },
        { op: 'extend', entries: entries(1, 1, () => 60) },
      ],
    },
    clock: t(DEMO_NOW),
    maxIdle: t(3600),
    question:
      'The map holds 1 session (capacity 3). What is capacity() after extending 14 new ids?',
    predict: { kind: 'capacity' },
    action: { op: 'extend', entries: entries(100, 14, () => 60) },
    takeaway:
      'extend reserved (14+1)/2 = 7 (16 buckets, capacity 14); the 15th item no longer fit, ' +
      'so an insert grew the table again to 32 buckets (capacity 28).',
  },
  {
    id: 'extend-half',
    title: 'Why extend reserves only half',
    method: 'extend',
    intro:
      'Into a non-empty map extend reserves (n+1)/2, because the batch may repeat keys that ' +
      'are already there. It counts duplicates anyway, so re-sending existing ids ' +
      'can grow the map.',
    setup: {
      hasher: H,
      ops: [
        { op: 'new', expected: '10' },
        { op: 'extend', entries: entries(1, 10, () => 60) },
      ],
    },
    clock: t(DEMO_NOW),
    maxIdle: t(3600),
    question:
      'The map holds ids 1..=10 (capacity 14). We extend with the same 10 ids again. ' +
      'len stays 10 — what will capacity() be?',
    predict: { kind: 'capacity' },
    action: { op: 'extend', entries: entries(1, 10, () => 30) },
    takeaway:
      'extend reserved (10+1)/2 = 5 > growth_left 4, so the table grew to 32 buckets although ' +
      'every id was already present.',
  },
  {
    id: 'clone',
    title: 'clone copies the layout, not just the entries',
    method: 'clone',
    intro:
      'A snapshot made with clone keeps the same bucket count, control bytes and order as the ' +
      'original, even if the map is nearly empty.',
    setup: {
      hasher: H,
      ops: [
        { op: 'new', expected: '100' },
        { op: 'extend', entries: entries(1, 10, () => 60) },
      ],
    },
    clock: t(DEMO_NOW),
    maxIdle: t(3600),
    question:
      'The map has 10 sessions after new(100). What capacity will the snapshot have?',
    predict: { kind: 'capacity' },
    action: { op: 'snapshot', label: 'lesson' },
    takeaway:
      'The clone has all 128 buckets: capacity 112, exactly like the original.',
  },
  {
    id: 'take',
    title: 'take() leaves None behind',
    method: 'take',
    intro:
      'HashMap has no take(); consume_token calls get_mut and then Option::take on the token, ' +
      'which moves the String out and leaves None. The session stays in the map.',
    setup: {
      hasher: H,
      ops: [
        { op: 'new', expected: '4' },
        {
          op: 'extend',
          entries: [
            { id: '42', token: 'otp-7f3a', last_active: t(DEMO_NOW - 60) },
          ],
        },
        { op: 'take', id: '42' },
      ],
    },
    clock: t(DEMO_NOW),
    maxIdle: t(3600),
    question:
      'consume_token(42) already returned Some("otp-7f3a"). What does a second call return?',
    predict: {
      kind: 'result',
      choices: ['Some("otp-7f3a")', 'None', 'Some("")', 'a panic'],
    },
    action: { op: 'take', id: '42' },
    takeaway:
      'The token was moved out by the first take; the second finds None and returns it.',
  },
  {
    id: 'retain',
    title: 'retain keeps what the closure accepts',
    method: 'retain',
    intro:
      'cleanup_inactive keeps a session when now - last_active <= max_idle. A session idle for ' +
      'exactly max_idle stays.',
    setup: {
      hasher: H,
      ops: [
        { op: 'new', expected: '8' },
        { op: 'extend', entries: entries(1, 6, (i) => i * 1200) },
      ],
    },
    clock: t(DEMO_NOW),
    maxIdle: t(3600),
    question: 'With max idle 1 h, which user ids will retain remove?',
    predict: { kind: 'removed-ids' },
    action: { op: 'cleanup', now: t(DEMO_NOW), max_idle: t(3600) },
    takeaway:
      'Idle 0, 20, 40 and exactly 60 minutes stay; 80 and 100 minutes go.',
  },
  {
    id: 'future',
    title: 'Sessions from the future are removed',
    method: 'retain',
    intro:
      'now.duration_since(last_active) fails when last_active is later than now; ' +
      '.unwrap_or(false) turns that failure into "remove".',
    setup: {
      hasher: H,
      ops: [
        { op: 'new', expected: '8' },
        { op: 'extend', entries: entries(1, 5, (i) => (i - 2) * 600) },
      ],
    },
    clock: t(DEMO_NOW),
    maxIdle: t(86_400),
    question: 'max idle is a whole day. Which user ids will retain remove?',
    predict: { kind: 'removed-ids' },
    action: { op: 'cleanup', now: t(DEMO_NOW), max_idle: t(86_400) },
    takeaway:
      'Ids 1 and 2 were last active 20 and 10 minutes after now: duration_since returned Err, ' +
      'so the closure returned false.',
  },
  {
    id: 'tombstones',
    title: 'Capacity drops after removals',
    method: 'retain',
    intro:
      'A removed slot becomes EMPTY only if no probe can have run past it; inside a long run ' +
      'of full slots it becomes a tombstone (DELETED), which does not give growth back.',
    setup: {
      hasher: H,
      ops: [
        { op: 'new', expected: '1000' },
        { op: 'extend', entries: entries(1, 1792, (i) => (i % 2) * 7200) },
      ],
    },
    clock: t(DEMO_NOW),
    maxIdle: t(3600),
    question:
      'The table is full: 1792 sessions, capacity 1792. Half of them are idle for 2 h. ' +
      'What will capacity() be after retain with max idle 1 h?',
    predict: { kind: 'capacity' },
    action: { op: 'cleanup', now: t(DEMO_NOW), max_idle: t(3600) },
    takeaway:
      'capacity() is len + growth_left; tombstones count in neither, so it falls below 1792.',
  },
]

export interface LessonAnswer {
  readonly capacity: number
  readonly removedIds: readonly string[]
  readonly result: string
  readonly debugBefore: string
}

/** Runs the lesson's setup and action on a fresh model and reads the answer. */
export function lessonAnswer(lesson: Lesson): LessonAnswer {
  const runner = new ScriptRunner(lesson.setup.hasher)
  for (const op of lesson.setup.ops) runner.apply(op)
  const debugBefore = runner.manager
    ? debugMap(runner.manager.sessions, { maxEntries: 20 })
    : ''
  const outcome = runner.apply(lesson.action)
  const m = runner.manager!
  switch (outcome.op) {
    case 'snapshot':
      return {
        capacity: runner.timeline[outcome.index].capacity,
        removedIds: [],
        result: String(outcome.index),
        debugBefore,
      }
    case 'cleanup':
      return {
        capacity: m.sessions.capacity,
        removedIds: outcome.report.removed.map(String),
        result: '()',
        debugBefore,
      }
    case 'take':
      return {
        capacity: m.sessions.capacity,
        removedIds: [],
        result: outcome.result,
        debugBefore,
      }
    case 'try_reserve':
      return {
        capacity: m.sessions.capacity,
        removedIds: [],
        result: outcome.result,
        debugBefore,
      }
    default:
      return {
        capacity: m.sessions.capacity,
        removedIds: [],
        result: '()',
        debugBefore,
      }
  }
}
