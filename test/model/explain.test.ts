import { describe, expect, it } from 'vitest'

import { explain } from '../../src/model/explain'
import { tableStats } from '../../src/model/inspect'
import { type ScriptOp, ScriptRunner } from '../../src/model/script'

/** Runs `setup`, then explains the last op of `ops`. */
function explainLast(ops: ScriptOp[]): string {
  const runner = new ScriptRunner(['0', '0'])
  let sentence = ''
  for (const op of ops) {
    const before = runner.manager
      ? tableStats(runner.manager.sessions.table)
      : null
    const outcome = runner.apply(op)
    const after = runner.manager
      ? tableStats(runner.manager.sessions.table)
      : null
    sentence = explain(op, outcome, before, after)
  }
  return sentence
}

const entries = (from: number, n: number, secs = 10) =>
  Array.from({ length: n }, (_, i) => ({
    id: String(from + i),
    token: null,
    last_active: { secs: String(secs), nanos: 0 },
  }))

describe('explain', () => {
  it('says when try_reserve reallocates', () => {
    const s = explainLast([
      { op: 'new', expected: '14' },
      { op: 'extend', entries: entries(0, 14) },
      { op: 'try_reserve', additional: '1' },
    ])

    expect(s).toBe(
      'needed 15 → 32 buckets (capacity 28), so the table was reallocated and every entry moved.',
    )
  })

  it.each([
    [
      '18446744073709551615',
      'does not fit in a usize, so Rust reports CapacityOverflow',
    ],
    [
      '1152921504606846976',
      'passes isize::MAX, so Rust reports CapacityOverflow',
    ],
    [
      '1099511627776',
      'need 2199023255552 buckets, a table of 107752139522064 bytes, ' +
        'more than the allocator can give, so Rust reports an AllocError',
    ],
  ])('names the error try_reserve(%s) gives', (additional, sentence) => {
    const s = explainLast([
      { op: 'new', expected: '0' },
      { op: 'try_reserve', additional },
    ])

    expect(s).toContain(sentence)
  })

  it('says extend reserved half into a non-empty map', () => {
    const s = explainLast([
      { op: 'new', expected: '0' },
      { op: 'extend', entries: entries(0, 1) },
      { op: 'extend', entries: entries(100, 5) },
    ])

    expect(s).toContain(
      'the map was not empty, so extend reserved only (n+1)/2 = 3',
    )
  })

  it('says retain left tombstones that lower the capacity', () => {
    const s = explainLast([
      { op: 'new', expected: '1000' },
      {
        op: 'extend',
        entries: [...entries(0, 896, 0), ...entries(5000, 896, 100)],
      },
      {
        op: 'cleanup',
        now: { secs: '100', nanos: 0 },
        max_idle: { secs: '10', nanos: 0 },
      },
    ])

    expect(s).toMatch(
      /^retain removed 896 sessions and left \d+ tombstones, so capacity is now/,
    )
  })

  it('tells a taken token from a missing session', () => {
    const ops: ScriptOp[] = [
      { op: 'new', expected: '3' },
      {
        op: 'extend',
        entries: [
          { id: '1', token: 'a', last_active: { secs: '0', nanos: 0 } },
        ],
      },
      { op: 'take', id: '1' },
    ]

    expect(explainLast(ops)).toContain('Option::take moved its token out')
    expect(explainLast([...ops, { op: 'take', id: '1' }])).toContain(
      'has no token left',
    )
    expect(explainLast([...ops, { op: 'take', id: '2' }])).toContain(
      'there is no session 2',
    )
  })
})
