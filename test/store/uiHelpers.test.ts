import { describe, expect, it } from 'vitest'

import { clockAt, clockPosition, clockRange } from '../../src/store/clockRange'
import {
  formatDuration,
  formatUtc,
  rustDuration,
} from '../../src/ui/formatTime'
import { parsePastedBatch } from '../../src/ui/pasteBatch'
import { retainVerdict, verdictReason } from '../../src/ui/retainVerdict'

const S = 1_000_000_000n

describe('formatUtc', () => {
  it.each([
    [0n, '1970-01-01 00:00:00 UTC'],
    [1_700_000_000n * S, '2023-11-14 22:13:20 UTC'],
    [951_782_400n * S, '2000-02-29 00:00:00 UTC'],
    [1_700_000_000n * S + 500_000_000n, '2023-11-14 22:13:20.500 UTC'],
    [1_700_000_000n * S + 1n, '2023-11-14 22:13:20.000000001 UTC'],
    [253_402_300_800n * S, '10000-01-01 00:00:00 UTC'],
    [9_223_372_036_854_775_807n * S, '292277026596-12-04 15:30:07 UTC'],
  ])('formats %s ns as %s', (nanos, text) => {
    expect(formatUtc(nanos)).toBe(text)
  })
})

describe('formatDuration', () => {
  it.each([
    [0n, '0s'],
    [1n, '0.000000001s'],
    [1_500_000_000n, '1.5s'],
    [90n * S, '1min 30s'],
    [3_600n * S, '1h'],
    [90_061n * S, '1d 1h 1min 1s'],
  ])('formats %s ns as %s', (nanos, text) => {
    expect(formatDuration(nanos)).toBe(text)
  })

  it('writes Rust literals for whole and fractional seconds', () => {
    expect(rustDuration(3_600n * S)).toBe('Duration::from_secs(3600)')
    expect(rustDuration(S + 5n)).toBe('Duration::new(1, 5)')
  })
})

describe('retainVerdict', () => {
  it.each([
    [100n, 100n, 0n, 'idle 0s ≤ max 0s'],
    [0n, 3_600n * S, 3_600n * S, 'idle 1h ≤ max 1h'],
    [0n, 3_600n * S + 1n, 3_600n * S, 'idle 1h 0.000000001s > max 1h'],
    [
      101n,
      100n,
      10n ** 30n,
      'last active is after now: duration_since fails, unwrap_or(false)',
    ],
  ])(
    'decides last_active %s at now %s, max %s: %s',
    (last, now, max, reason) => {
      expect(verdictReason(retainVerdict(last, now, max), max)).toBe(reason)
    },
  )
})

describe('parsePastedBatch', () => {
  it('reads tokens between the first and last comma, - as None, empty as Some("")', () => {
    expect(parsePastedBatch('1,a,b,2\r\n\n2,-,3.25\n3,,0')).toEqual({
      ok: true,
      entries: [
        { id: '1', token: 'a,b', last_active: { secs: '2', nanos: 0 } },
        {
          id: '2',
          token: null,
          last_active: { secs: '3', nanos: 250_000_000 },
        },
        { id: '3', token: '', last_active: { secs: '0', nanos: 0 } },
      ],
    })
  })

  it('lists the first five bad lines and counts the rest', () => {
    const text = Array.from({ length: 8 }, (_, i) => `x${i},t,1`).join('\n')

    const result = parsePastedBatch(text)

    expect(result).toMatchObject({ ok: false, errorCount: 8 })
    expect(result.ok ? [] : result.errors).toHaveLength(5)
  })

  it('refuses a token over 64 KiB, which a saved experiment could not hold', () => {
    const result = parsePastedBatch(`921,${'A'.repeat(65_537)},1700000000`)

    expect(result.ok ? [] : result.errors).toEqual([
      expect.stringMatching(
        /^line 1: token "A+…" is 65537 bytes long in UTF-8; a token may be at most 65536 bytes$/,
      ),
    ])
  })

  it('refuses a lone surrogate, which no Rust String can hold', () => {
    expect(parsePastedBatch('1,\uD800,1')).toMatchObject({
      ok: false,
      errors: [
        expect.stringMatching(
          /^line 1: token .* holds a lone UTF-16 surrogate at position 0/,
        ),
      ],
    })
  })
})

describe('clockRange', () => {
  it('anchors its grid at the clock so one step is exact', () => {
    const clock = 1_700_000_007n * S
    const range = clockRange(
      { first: 1_699_990_000n * S, last: 1_700_000_100n * S },
      clock,
    )

    expect(range.step).toBe(15n * S)
    expect(range.min).toBeLessThan(1_699_990_000n * S - 3_599n * S)
    expect(range.max).toBeGreaterThan(1_700_000_100n * S + 3_599n * S)
    expect(clockAt(range, clockPosition(range, clock) + 1)).toBe(
      clock + range.step,
    )
  })

  it('never starts before the epoch', () => {
    const range = clockRange(null, 10n * S)

    expect(range.min).toBe(0n)
    expect(range.max).toBeGreaterThan(3_600n * S)
  })
})
