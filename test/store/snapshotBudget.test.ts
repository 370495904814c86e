import { describe, expect, it } from 'vitest'

import { SessionManager } from '../../src/model/sessionManager'
import { sipKeys } from '../../src/model/rust/sipHash'
import { snapshotBytes, snapshotRefusal } from '../../src/store/snapshotBudget'
import { createPlaygroundStore } from '../../src/store/playgroundStore'

function mapWith(expected: bigint) {
  const out = SessionManager.new(expected, sipKeys(0n, 0n))
  if (!out.ok) throw new Error(out.panic)
  return out.manager.sessions
}

describe('snapshotBytes', () => {
  it('counts five 4-byte columns, a token slot, its length and a control byte a bucket', () => {
    const map = mapWith(1_000_000n)

    const bytes = snapshotBytes(map)

    expect(map.buckets).toBe(2 ** 21)
    expect(bytes).toBe(2 ** 21 * (5 * 4 + 4 + 1 + 1) + 16)
  })
})

describe('snapshotRefusal', () => {
  it('lets five snapshots of a million-session table through', () => {
    const map = mapWith(1_000_000n)
    const four = [map, map, map, map]

    expect(snapshotRefusal(map, four)).toBeNull()
  })

  it('refuses the sixth, naming its size, what is held and the budget', () => {
    const map = mapWith(1_000_000n)
    const five = [map, map, map, map, map]

    const message = snapshotRefusal(map, five)

    expect(message).toBe(
      "this snapshot would take about 55 MB of the page's memory; the 5 " +
        'snapshots taken hold about 273 MB, and together they may hold at ' +
        'most 300 MB. Roll back or start a new program to free them',
    )
  })
})

describe('clone over the budget', () => {
  it('is refused: no snapshot, a limit result and a log line', () => {
    const store = createPlaygroundStore({
      ops: [{ op: 'new', expected: '1000000' }],
    })
    for (let i = 0; i < 5; i++) store.getState().snapshot('')

    store.getState().snapshot('one too many')

    const s = store.getState()
    expect(s.snapshots).toHaveLength(5)
    expect(s.results.clone?.kind).toBe('limit')
    expect(s.log.at(-1)?.tone).toBe('limit')
    expect(s.script.filter((op) => op.op === 'snapshot')).toHaveLength(5)
  })
})
