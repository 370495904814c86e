import { describe, expect, it } from 'vitest'

import { generateBatch } from '../../src/model/batchGenerator'
import { batchFromJson } from '../../src/model/script'
import { SessionMap } from '../../src/model/sessionMap'
import { sipKeys } from '../../src/model/rust/sipHash'
import { brokenInvariant } from '../support/invariants'

const AT = { secs: 1_700_000_000n, nanos: 0 }
const AT_JSON = { secs: '1700000000', nanos: 0 }

function session(token: string | null) {
  return { token, lastActive: AT }
}

describe('the bytes a map’s tokens hold', () => {
  it('follows inserts, overwrites, takes and removals, long tokens too', () => {
    const map = SessionMap.withHasher(sipKeys(0n, 0n))
    const long = 'é'.repeat(200) // 400 bytes: past what a byte can count

    map.insert(1n, session('otp'))
    map.insert(2n, session(long))
    map.insert(3n, session(''))
    expect(map.table.tokenBytes).toBe(3 + 400)

    map.insert(1n, session('👋'))
    expect(map.table.tokenBytes).toBe(4 + 400)

    expect(map.takeToken(2n)).toBe(long)
    expect(map.table.tokenBytes).toBe(4)

    map.insert(2n, session(long))
    map.retainActive({ secs: 1_700_000_000n, nanos: 0 }, { secs: 0n, nanos: 0 })
    expect(map.len).toBe(3)
    map.retainActive({ secs: 1_600_000_000n, nanos: 0 }, { secs: 0n, nanos: 0 })
    expect(map.len).toBe(0)
    expect(map.table.tokenBytes).toBe(0)
    expect(brokenInvariant(map.table)).toBeNull()
  })

  it('is copied by clone and kept through a resize', () => {
    const map = SessionMap.withHasher(sipKeys(0n, 0n))
    for (let i = 0n; i < 100n; i++) map.insert(i, session(`t-${i}`))

    const copy = map.clone()

    expect(copy.table.tokenBytes).toBe(map.table.tokenBytes)
    expect(brokenInvariant(map.table)).toBeNull()
    expect(brokenInvariant(copy.table)).toBeNull()
  })

  it('takes the lengths a generated or parsed batch carries', () => {
    const map = SessionMap.withHasher(sipKeys(0n, 0n))
    const spec = {
      count: 500,
      ids: 'random',
      firstId: '0',
      tokenShare: 0.7,
      centerSecs: '1700000000',
      spreadSecs: '3600',
      seed: 3,
    } as const

    map.extend(generateBatch(spec))
    map.extend(batchFromJson([{ id: '1', token: 'é👋', last_active: AT_JSON }]))

    expect(brokenInvariant(map.table)).toBeNull()
  })
})
