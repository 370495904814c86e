import { describe, expect, it } from 'vitest'

import { generateBatch } from '../../src/model/batchGenerator'
import { SessionMap } from '../../src/model/sessionMap'
import { sipKeys } from '../../src/model/rust/sipHash'
import { sortPositions, sortStrings } from '../../src/ui/radixSort'
import { sortById, sortByLastActive, sortByToken } from '../../src/ui/sortOrder'

type Compare = (a: number, b: number) => number

/** The reference: a comparison sort, ties by position in `order`. */
function reference(order: Uint32Array, compare: Compare): number[] {
  return Array.from(order.keys())
    .sort((p, q) => compare(order[p], order[q]) || p - q)
    .map((p) => order[p])
}

function mapOf(ids: 'random' | 'sequential', count: number, spread: string) {
  const map = SessionMap.withHasher(sipKeys(1n, 2n))
  const spec = {
    count,
    ids,
    firstId: '18446744073709551000',
    tokenShare: 0.4,
    centerSecs: '1700000000',
    spreadSecs: spread,
    seed: 7,
  } as const
  map.extend(generateBatch(spec))
  return map
}

describe('sortPositions', () => {
  it('orders by the most significant column first, ties by position', () => {
    const hi = Uint32Array.from([1, 0, 1, 0, 0xffff_ffff])
    const lo = Uint32Array.from([5, 7, 5, 0x8000_0000, 0])

    const out = sortPositions([hi, lo])

    expect(Array.from(out)).toEqual([1, 3, 0, 2, 4])
  })

  it('returns no positions for no rows', () => {
    expect(sortPositions([new Uint32Array(0)])).toHaveLength(0)
  })
})

describe('sortStrings', () => {
  it('orders as < does: prefixes, NUL units, long shared prefixes, astral', () => {
    const texts = [
      'b',
      'a\0',
      'a',
      '',
      'a\0\0b',
      'same-prefix-0123456789-x',
      'same-prefix-0123456789-a',
      '\u{1f600}',
      '\uffff',
      'a',
      'Z',
    ]

    const out = Array.from(sortStrings(texts))

    const expected = Array.from(texts.keys()).sort((i, j) =>
      texts[i] < texts[j] ? -1 : texts[i] > texts[j] ? 1 : i - j,
    )
    expect(out).toEqual(expected)
  })
})

describe('the table orders', () => {
  const cases = [
    ['random ids, times a few seconds apart', 'random', '3'],
    ['ids past 2^63 wrapping to 0, times days apart', 'sequential', '900000'],
  ] as const

  it.each(cases)('match a comparison sort: %s', (_, ids, spread) => {
    const map = mapOf(ids, 5000, spread)
    const order = map.fullBuckets()
    const c = map.table.cols

    const byId = sortById(map, order)
    const byTime = sortByLastActive(map, order)
    const byToken = sortByToken(map, order)

    expect(Array.from(byId)).toEqual(
      reference(
        order,
        (a, b) => c.keyHi[a] - c.keyHi[b] || c.keyLo[a] - c.keyLo[b],
      ),
    )
    expect(Array.from(byTime)).toEqual(
      reference(
        order,
        (a, b) =>
          c.secsHi[a] - c.secsHi[b] ||
          c.secsLo[a] - c.secsLo[b] ||
          c.nanos[a] - c.nanos[b],
      ),
    )
    expect(Array.from(byToken)).toEqual(
      reference(order, (a, b) => {
        const x = c.tokens[a]
        const y = c.tokens[b]
        if (x === y) return 0
        if (x === null) return -1
        if (y === null) return 1
        return x < y ? -1 : 1
      }),
    )
  })
})
