/**
 * Ready-made experiments a teacher can load in one click. Each is a script
 * plus the clock and max idle it is meant to be explored with.
 */

import type { BatchSpec } from '../model/batchGenerator'
import type { Script, ScriptOp, TimeJson } from '../model/script'
import { DEFAULT_HASHER, DEMO_NOW, entry, t } from './demoScript'

export interface Scenario {
  readonly id: string
  readonly title: string
  /** What the scenario shows, in one or two sentences. */
  readonly summary: string
  readonly script: Script
  /** The simulated `now` to start from. */
  readonly clock: TimeJson
  readonly maxIdle: TimeJson
}

export { DEMO_NOW, DEMO_SCRIPT } from './demoScript'

function generated(spec: Partial<BatchSpec> & { count: number }): ScriptOp {
  return {
    op: 'extend_generated',
    spec: {
      ids: 'sequential',
      firstId: '1',
      tokenShare: 0.5,
      centerSecs: String(DEMO_NOW - 1800),
      spreadSecs: '3600',
      seed: 1,
      ...spec,
    },
  }
}

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'otp-login',
    title: 'One-time password login',
    summary:
      'Users log in with a one-time token: the first take returns Some, the second None, ' +
      'and an unknown user None as well.',
    script: {
      hasher: DEFAULT_HASHER,
      ops: [
        { op: 'new', expected: '8' },
        {
          op: 'extend',
          entries: [
            entry(101, 'otp-4821', DEMO_NOW - 60),
            entry(102, 'otp-9034', DEMO_NOW - 240),
            entry(103, null, DEMO_NOW - 30),
            entry(104, 'otp-1177', DEMO_NOW - 900),
          ],
        },
        { op: 'take', id: '101' },
        { op: 'take', id: '101' },
        { op: 'take', id: '999' },
      ],
    },
    clock: t(DEMO_NOW),
    maxIdle: t(600),
  },
  {
    id: 'nightly-cleanup',
    title: 'Nightly cleanup',
    summary:
      'Fifty sessions spread over the last hours; a snapshot, then retain drops every session ' +
      'idle for more than an hour (and any dated in the future).',
    script: {
      hasher: DEFAULT_HASHER,
      ops: [
        { op: 'new', expected: '64' },
        generated({
          count: 50,
          seed: 11,
          spreadSecs: '10800',
          centerSecs: String(DEMO_NOW - 7200),
        }),
        { op: 'snapshot', label: 'before cleanup' },
        { op: 'cleanup', now: t(DEMO_NOW), max_idle: t(3600) },
      ],
    },
    clock: t(DEMO_NOW),
    maxIdle: t(3600),
  },
  {
    id: 'bulk-import',
    title: 'Bulk import with overlapping ids',
    summary:
      'A second import re-sends ids already present: extend reserves only half the batch ' +
      'into the non-empty map, and duplicates overwrite.',
    script: {
      hasher: DEFAULT_HASHER,
      ops: [
        { op: 'new', expected: '0' },
        generated({ count: 20, seed: 21 }),
        generated({ count: 30, seed: 22, ids: 'overlap', firstId: '1000' }),
      ],
    },
    clock: t(DEMO_NOW),
    maxIdle: t(3600),
  },
  {
    id: 'bad-migration',
    title: 'A bad migration rolled back',
    summary:
      'A snapshot before a migration that overwrites tokens and dates sessions in the future; ' +
      'a cleanup then wipes them, and restore brings the snapshot back.',
    script: {
      hasher: DEFAULT_HASHER,
      ops: [
        { op: 'new', expected: '16' },
        generated({
          count: 12,
          seed: 31,
          spreadSecs: '600',
          centerSecs: String(DEMO_NOW - 600),
        }),
        { op: 'snapshot', label: 'before migration' },
        {
          op: 'extend',
          entries: [1, 2, 3, 4, 5, 6].map((id) =>
            entry(id, 'MIGRATED', DEMO_NOW + 86_400),
          ),
        },
        { op: 'cleanup', now: t(DEMO_NOW), max_idle: t(3600) },
        { op: 'restore', index: 0 },
      ],
    },
    clock: t(DEMO_NOW),
    maxIdle: t(3600),
  },
  {
    id: 'capacity-planning',
    title: 'Capacity planning with try_reserve',
    summary:
      'Reserve for 1000 users (1792 slots in 2048 buckets), then ask for absurd amounts: ' +
      'an AllocError and a CapacityOverflow, with the map untouched.',
    script: {
      hasher: DEFAULT_HASHER,
      ops: [
        { op: 'new', expected: '0' },
        { op: 'try_reserve', additional: '1000' },
        { op: 'try_reserve', additional: String(2n ** 50n) },
        { op: 'try_reserve', additional: '18446744073709551615' },
        generated({ count: 1000, seed: 41 }),
      ],
    },
    clock: t(DEMO_NOW),
    maxIdle: t(3600),
  },
  {
    id: 'tombstones',
    title: 'Tombstones lower the capacity',
    summary:
      'A full table of 1792 sessions is thinned by retain: freed slots inside long runs become ' +
      'tombstones, so capacity() drops; a try_reserve then rehashes in place.',
    script: {
      hasher: DEFAULT_HASHER,
      ops: [
        { op: 'new', expected: '1000' },
        generated({
          count: 1792,
          seed: 51,
          spreadSecs: '3600',
          centerSecs: String(DEMO_NOW - 3600),
        }),
        { op: 'cleanup', now: t(DEMO_NOW), max_idle: t(1800) },
        { op: 'try_reserve', additional: '400' },
      ],
    },
    clock: t(DEMO_NOW),
    maxIdle: t(1800),
  },
  {
    id: 'million',
    title: 'A million sessions',
    summary:
      'new(1_000_000) allocates 2^21 buckets at once; one extend loads a million random ids ' +
      'without a single reallocation.',
    script: {
      hasher: DEFAULT_HASHER,
      ops: [
        { op: 'new', expected: '1000000' },
        generated({
          count: 1_000_000,
          seed: 61,
          ids: 'random',
          tokenShare: 0.3,
        }),
      ],
    },
    clock: t(DEMO_NOW),
    maxIdle: t(3600),
  },
]
