// @vitest-environment jsdom
import { act, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { SCENARIOS } from '../../../src/content/scenarios'
import type { ScriptOp } from '../../../src/model/script'
import type { ExperimentInput } from '../../../src/store/experiment'
import { createPlaygroundStore } from '../../../src/store/playgroundStore'
import { currentMap } from '../../../src/store/applyOp'
import { renderPlayground, stubLayout, summaryValue } from '../renderPlayground'

stubLayout()

const NOW = 1_700_000_000n * 1_000_000_000n
const HOUR = 3_600n * 1_000_000_000n

function input(ops: readonly ScriptOp[]): ExperimentInput {
  return { hasher: ['0', '0'], ops, clock: NOW, maxIdle: HOUR }
}

const entry = (id: string, token: string | null) => ({
  id,
  token,
  last_active: { secs: '1699999000', nanos: 0 },
})

describe('loadExperiment', () => {
  it('replays the script and rebuilds the view, snapshots, log and results', () => {
    const { store } = renderPlayground()

    let result
    act(() => {
      result = store.getState().loadExperiment({
        ...input([
          { op: 'new', expected: '4' },
          { op: 'extend', entries: [entry('1', 'a'), entry('2', null)] },
          { op: 'snapshot', label: 'two' },
          { op: 'take', id: '1' },
        ]),
        label: 'small',
      })
    })

    const s = store.getState()
    expect(result).toEqual({ ok: true })
    expect(s.script).toHaveLength(4)
    expect(s.view.len).toBe(2)
    expect(s.snapshots.map((m) => [m.index, m.label, m.len])).toEqual([
      [0, 'two', 2],
    ])
    expect(s.log.map((e) => e.call)).toEqual([
      'let mut manager = SessionManager::new(4);',
      'manager.load_sessions(batch); // extend with 2 pasted sessions',
      'let snapshot_0 = manager.snapshot();',
      'manager.consume_token(1)',
    ])
    expect(s.results.take?.result).toBe('Some("a")')
    expect(s.clock).toBe(NOW)
    expect(s.maxIdle).toBe(HOUR)
    expect(summaryValue('len')).toBe('2')
    expect(screen.getByRole('status')).toHaveTextContent(
      'Loaded “small”: 4 operations.',
    )
  })

  it('loads every scenario preset', () => {
    const store = createPlaygroundStore()

    const loaded = SCENARIOS.filter((s) => s.id !== 'million').map(
      (s) =>
        store.getState().loadExperiment({
          hasher: s.script.hasher,
          ops: s.script.ops,
          clock: BigInt(s.clock.secs) * 1_000_000_000n,
          maxIdle: BigInt(s.maxIdle.secs) * 1_000_000_000n,
        }).ok,
    )

    expect(loaded.every(Boolean)).toBe(true)
  })

  it.each([
    ['no operations', [], /no operations/],
    [
      'a first op that is not new',
      [{ op: 'take', id: '1' }],
      /first operation must be new/,
    ],
    [
      'a restore of a snapshot never taken',
      [
        { op: 'new', expected: '0' },
        { op: 'restore', index: 3 },
      ],
      /operation 2 \(restore\) cannot run: there is no snapshot 3/,
    ],
    [
      'an id that is not a number',
      [
        { op: 'new', expected: '0' },
        { op: 'take', id: 'abc' },
      ],
      /operation 2 \(take\) cannot run/,
    ],
    [
      'an unknown op',
      [{ op: 'new', expected: '0' }, { op: 'drop' }],
      /operation 2 \(operation\) is not a known operation/,
    ],
    [
      'ops after a panic',
      [
        { op: 'new', expected: '0' },
        { op: 'new', expected: '18446744073709551615' },
        { op: 'take', id: '1' },
      ],
      /operation 3 \(take\) follows a new that panicked/,
    ],
    [
      'a script whose only new panics',
      [{ op: 'new', expected: '1000000000000' }],
      /^new panics \(Failed to reserve capacity for sessions: TryReserveError \{ kind: AllocError/,
    ],
    [
      'a reservation beyond the playground limit',
      [
        { op: 'new', expected: '0' },
        { op: 'try_reserve', additional: '1000' },
      ],
      /operation 2 \(try_reserve\) was refused: the table would need 2048 buckets/,
    ],
  ])('refuses %s and leaves the state as it was', (_, ops, error) => {
    const store = createPlaygroundStore({
      limits: { memoryBytes: 1n << 30n, maxBuckets: 64 },
    })
    const before = store.getState()

    const result = store
      .getState()
      .loadExperiment(input(ops as unknown as ScriptOp[]))

    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.error).toMatch(error)
    expect(store.getState()).toBe(before)
    expect(currentMap(store.getState().runner).len).toBe(6)
  })

  it('refuses hostile settings', () => {
    const store = createPlaygroundStore()
    const ops: ScriptOp[] = [{ op: 'new', expected: '0' }]

    const results = [
      { ...input(ops), hasher: ['1e3', '0'] as const },
      { ...input(ops), hasher: ['18446744073709551616', '0'] as const },
      { ...input(ops), clock: -1n },
      { ...input(ops), maxIdle: -5n },
    ].map((i) => store.getState().loadExperiment(i))

    expect(results.map((r) => (r.ok ? 'ok' : r.error))).toEqual([
      'hasher key k0 must be a decimal number, got "1e3"',
      'hasher key k0 18446744073709551616 is larger than u64::MAX (18446744073709551615)',
      expect.stringMatching(/^the clock \(-1 ns\) is outside/),
      expect.stringMatching(/^max idle \(-5 ns\) is outside/),
    ])
  })
})
