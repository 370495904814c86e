import { describe, expect, it } from 'vitest'

import { debugMap } from '../../src/model/debugFormat'
import { ScriptRunner } from '../../src/model/script'
import { currentMap } from '../../src/store/applyOp'
import { DEMO_CLOCK } from '../../src/store/demo'
import { createPlaygroundStore } from '../../src/store/playgroundStore'

const HOUR = 3_600_000_000_000n

function setup() {
  const store = createPlaygroundStore()
  const map = () => currentMap(store.getState().runner)
  return { store, state: store.getState, map }
}

describe('the playground store', () => {
  it('starts with the demo sessions at the demo clock', () => {
    const { state, map } = setup()

    expect(map().len).toBe(6)
    expect(state().clock).toBe(DEMO_CLOCK)
    expect(state().script.map((op) => op.op)).toEqual(['new', 'extend'])
    expect(state().log.map((e) => e.call)).toEqual([
      'let mut manager = SessionManager::new(8);',
      'manager.load_sessions(batch); // extend with 6 pasted sessions',
    ])
  })

  it('covers every last_active with a margin in the clock range', () => {
    const { state } = setup()

    const { min, max, step } = state().clockRange

    expect(step).toBe(15_000_000_000n)
    expect((DEMO_CLOCK - min) % step).toBe(0n)
    expect((max - DEMO_CLOCK) % step).toBe(0n)
    expect(min).toBeLessThan(DEMO_CLOCK - 2n * HOUR)
    expect(max).toBeGreaterThan(DEMO_CLOCK + HOUR / 4n)
  })

  it('records every action so the script replays to the same map', () => {
    const { store, state, map } = setup()

    store.getState().tryReserve(100n)
    store.getState().take(42n)
    store.getState().snapshot('before cleanup')
    store.getState().retain(HOUR)
    store.getState().extendGenerated({
      count: 50,
      ids: 'overlap',
      firstId: '500',
      tokenShare: 0.5,
      centerSecs: String(DEMO_CLOCK / 1_000_000_000n),
      spreadSecs: '3600',
      seed: 9,
    })
    store.getState().rollback(0)
    const replay = new ScriptRunner(state().hasher)
    for (const op of state().script) replay.apply(op)

    expect(replay.manager?.sessions.len).toBe(map().len)
    expect(debugMap(replay.manager!.sessions)).toBe(debugMap(map()))
  })

  it('never alters a snapshot, neither by rolling back nor afterwards', () => {
    const { store, state } = setup()
    store.getState().snapshot('start')
    const snap = state().runner.timeline[0]
    const before = debugMap(snap)

    store.getState().take(42n)
    store.getState().rollback(0)
    store.getState().take(42n)
    store.getState().retain(0n)
    store
      .getState()
      .extendEntries([
        { id: '1', token: 'x', last_active: { secs: '1', nanos: 0 } },
      ])

    expect(state().runner.timeline[0]).toBe(snap)
    expect(debugMap(snap)).toBe(before)
    expect(snap.capacity).toBe(state().snapshots[0].capacity)
  })

  it('keeps the map and the script as they were when try_reserve fails', () => {
    const { store, state, map } = setup()
    const before = debugMap(map())
    const ops = state().script.length

    store.getState().tryReserve(18446744073709551615n)

    expect(state().results.try_reserve).toMatchObject({
      kind: 'err',
      additional: '18446744073709551615',
      text: 'Err(TryReserveError { kind: CapacityOverflow })',
    })
    expect(debugMap(map())).toBe(before)
    expect(state().script.length).toBe(ops + 1)
  })

  it('reports a table too large for the playground without recording it', () => {
    const { store, state, map } = setup()
    const revision = state().revision
    const ops = state().script.length

    store.getState().tryReserve(1n << 24n)

    expect(state().results.try_reserve?.kind).toBe('limit')
    expect(state().revision).toBe(revision)
    expect(state().script.length).toBe(ops)
    expect(map().capacity).toBe(14)
  })

  it('stops after a panicking new and starts a fresh program on the next', () => {
    const { store, state, map } = setup()
    store.getState().snapshot('')

    store.getState().newManager(1n << 60n)
    const panicked = state().runner.panicked
    store.getState().newManager(4n)

    expect(panicked).toBe(
      'Failed to reserve capacity for sessions: TryReserveError { kind: CapacityOverflow }',
    )
    expect(state().runner.panicked).toBeNull()
    expect(state().script).toEqual([{ op: 'new', expected: '4' }])
    expect(state().snapshots).toEqual([])
    expect(map().len).toBe(0)
    expect(map().capacity).toBe(7)
  })

  it('clamps the clock to its range and moves it by whole steps', () => {
    const { store, state } = setup()
    const { min, max, step } = state().clockRange

    store.getState().setClock(max + 1_000_000n)
    const atMax = state().clock
    store.getState().stepClock(-2)
    const back = state().clock
    store.getState().setClock(0n)

    expect(atMax).toBe(max)
    expect(back).toBe(max - 2n * step)
    expect(state().clock).toBe(min)
  })
})
