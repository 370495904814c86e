import { describe, expect, it } from 'vitest'

import {
  parseDuration,
  parseSystemTime,
  parseUserId,
  parseUsize,
} from '../../src/model/parse'
import { sipKeys } from '../../src/model/rust/sipHash'
import { SessionManager } from '../../src/model/sessionManager'

describe('parseUserId', () => {
  it.each([
    ['0', 0n],
    ['42', 42n],
    ['+7', 7n],
    ['007', 7n],
    ['18446744073709551615', 18446744073709551615n],
  ])('reads %j as %s', (text, value) => {
    expect(parseUserId(text)).toEqual({ ok: true, value })
  })

  it.each([
    [
      '',
      'user id is empty; expected a whole number from 0 to 18446744073709551615',
    ],
    ['   ', 'user id is empty'],
    ['-1', 'is negative'],
    ['- 5', 'is negative'],
    ['18446744073709551616', 'is larger than u64::MAX (18446744073709551615)'],
    ['99999999999999999999999999', 'is larger than u64::MAX'],
    ['1.5', 'has a fractional part'],
    ['1.', 'has a fractional part'],
    ['1e3', 'uses an exponent'],
    ['1E+3', 'uses an exponent'],
    ['0x2a', 'is hexadecimal'],
    ['  7  ', 'user id "  7  " has blank space around it'],
    ['\u00a05', 'has blank space around it'],
    ['5\n', 'has blank space around it'],
    ['++5', 'is not a decimal integer'],
    ['1 000', 'is not a decimal integer'],
    ['1_000', 'is not a decimal integer'],
    ['NaN', 'is not a decimal integer'],
    ['Infinity', 'is not a decimal integer'],
    ['<script>alert(1)</script>', 'is not a decimal integer'],
    ['٤٢', 'is not a decimal integer'],
    ['４２', 'is not a decimal integer'],
    ['9'.repeat(100_000), 'is larger than u64::MAX'],
  ])('refuses %j: %s', (text, message) => {
    const r = parseUserId(text)

    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error).toContain(message)
      expect(r.error.length).toBeLessThan(200)
    }
  })
})

describe('parseUsize', () => {
  it('names the argument and usize::MAX', () => {
    expect(parseUsize('18446744073709551616', 'additional')).toEqual({
      ok: false,
      error:
        'additional "18446744073709551616" is larger than usize::MAX (18446744073709551615)',
    })
  })
})

describe('parseDuration', () => {
  it.each([
    ['90', 's', 90n, 0],
    ['1.5', 's', 1n, 500_000_000],
    ['0.000000001', 's', 0n, 1],
    ['2', 'h', 7200n, 0],
    ['1.5', 'ms', 0n, 1_500_000],
    ['18446744073709551615.999999999', 's', 18446744073709551615n, 999_999_999],
  ] as const)('reads %j %s', (text, unit, secs, nanos) => {
    expect(parseDuration(text, 'max idle', unit)).toEqual({
      ok: true,
      value: { secs, nanos },
    })
  })

  it.each([
    ['-1', 's', 'is negative'],
    ['NaN', 's', 'is not a number'],
    ['Infinity', 's', 'is not a number'],
    ['', 's', 'is empty'],
    ['1e9', 's', 'is not a decimal number'],
    ['0.0000000001', 's', 'finer than one nanosecond'],
    ['0.5', 'ns', 'finer than one nanosecond'],
    ['18446744073709551616', 's', 'longer than Duration::MAX'],
    ['999999999999999999999', 'd', 'longer than Duration::MAX'],
  ] as const)('refuses %j %s: %s', (text, unit, message) => {
    const r = parseDuration(text, 'max idle', unit)

    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toContain(message)
  })
})

describe('parseSystemTime', () => {
  it('accepts i64::MAX seconds and refuses one more', () => {
    expect(parseSystemTime('9223372036854775807.999999999', 'now').ok).toBe(
      true,
    )

    const r = parseSystemTime('9223372036854775808', 'now')

    expect(r).toEqual({
      ok: false,
      error:
        'now "9223372036854775808" s after the epoch is later than SystemTime allows ' +
        '(9223372036854775807.999999999 s)',
    })
  })
})

describe('huge reservations', () => {
  const keys = sipKeys(0n, 0n)

  it.each([
    ['18446744073709551615', 'TryReserveError { kind: CapacityOverflow }'],
    ['2305843009213693952', 'TryReserveError { kind: CapacityOverflow }'],
    [
      '1125899906842624',
      'TryReserveError { kind: AllocError { layout: Layout { size: 110338190870577168, ' +
        'align: 16 (1 << 4) }, non_exhaustive: () } }',
    ],
  ])('new(%s) panics with Rust’s message', (expected, error) => {
    const out = SessionManager.new(BigInt(expected), keys)

    expect(out).toMatchObject({
      ok: false,
      panic: `Failed to reserve capacity for sessions: ${error}`,
    })
  })

  it('leaves the map untouched when try_reserve fails', () => {
    const out = SessionManager.new(10n, keys)
    if (!out.ok) throw new Error(out.panic)
    const m = out.manager
    const before = { cap: m.sessions.capacity, buckets: m.sessions.buckets }

    const err = m.tryReserve(18446744073709551615n)

    expect(err).toEqual({ kind: 'CapacityOverflow' })
    expect({ cap: m.sessions.capacity, buckets: m.sessions.buckets }).toEqual(
      before,
    )
  })

  it('refuses a table the playground cannot hold without touching the map', () => {
    const out = SessionManager.new(10n, keys)
    if (!out.ok) throw new Error(out.panic)

    expect(() => out.manager.tryReserve(100_000_000n)).toThrow(
      'the table would need 134217728 buckets; this playground holds at most 4194304 buckets',
    )
    expect(out.manager.sessions.capacity).toBe(14)
  })
})
