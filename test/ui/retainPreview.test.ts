import { describe, expect, it } from 'vitest'

import { generateBatch } from '../../src/model/batchGenerator'
import { sipKeys } from '../../src/model/rust/sipHash'
import { SessionMap } from '../../src/model/sessionMap'
import { previewRetain } from '../../src/ui/retainPreview'
import { lastActiveNanos } from '../../src/ui/sortOrder'

const S = 1_000_000_000n

describe('previewRetain', () => {
  const map = SessionMap.withHasher(sipKeys(3n, 4n))
  map.extend(
    generateBatch({
      count: 3000,
      ids: 'random',
      firstId: '1',
      tokenShare: 0.5,
      centerSecs: '1700000000',
      spreadSecs: '600',
      seed: 11,
    }),
  )
  const order = map.fullBuckets()
  const cases = [
    ['within the spread', 1_700_000_000n * S, 300n * S],
    ['to the nanosecond of a session', lastActiveNanos(map, order[5]), 0n],
    ['before every session', 1_600_000_000n * S, 60n * S],
    ['a max idle past the epoch', 1_700_000_100n * S, 1_800_000_000n * S],
  ] as const

  it.each(cases)('counts as bigint comparisons do: %s', (_, now, maxIdle) => {
    const times = Array.from(order, (b) => lastActiveNanos(map, b))

    const preview = previewRetain(map, order, now, maxIdle)

    expect(preview).toEqual({
      idle: times.filter((t) => t <= now && t < now - maxIdle).length,
      future: times.filter((t) => t > now).length,
    })
  })
})
