import { describe, expect, it } from 'vitest'

import {
  rustAsciiLiteral,
  rustInt,
  rustOptionStr,
  rustStringLiteral,
} from '../../src/model/export/rustLiteral'

describe('rustStringLiteral', () => {
  it.each([
    ['', '""'],
    ['tok-1', '"tok-1"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['a\\b', '"a\\\\b"'],
    ["it's", '"it\'s"'],
    ['\n\r\t\0', '"\\n\\r\\t\\0"'],
    ['R7\x007X', '"R7\\07X"'],
    ['\x01\x1b\x7f', '"\\u{1}\\u{1b}\\u{7f}"'],
    ['\u0085\u00a0\u00ad', '"\\u{85}\\u{a0}\\u{ad}"'],
    ['\u200d\u2028\ufeff\ue000', '"\\u{200d}\\u{2028}\\u{feff}\\u{e000}"'],
    ['e\u0301', '"e\\u{301}"'],
    ['é漢字😀👍🏽🇩🇪', '"é漢字😀👍🏽🇩🇪"'],
    ['👨\u200d👩', '"👨\\u{200d}👩"'],
    ['שלום مرحبا', '"שלום مرحبا"'],
    ['\u{10ffff}', '"\\u{10ffff}"'],
  ])('writes %j as %s', (text, literal) => {
    expect(rustStringLiteral(text)).toBe(literal)
  })

  it('escapes every bidirectional control, which rustc refuses raw', () => {
    const controls = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e]
      .concat([0x2066, 0x2067, 0x2068, 0x2069])
      .map((cp) => String.fromCodePoint(cp))

    const literal = rustStringLiteral(controls.join(''))

    expect(literal).toBe(
      '"\\u{202a}\\u{202b}\\u{202c}\\u{202d}\\u{202e}' +
        '\\u{2066}\\u{2067}\\u{2068}\\u{2069}"',
    )
  })

  it('never leaves a raw control character or carriage return', () => {
    let all = ''
    for (let cp = 0; cp < 0xa0; cp++) all += String.fromCodePoint(cp)

    const literal = rustStringLiteral(all)

    const raw = [...literal].filter((ch) => {
      const cp = ch.codePointAt(0)!
      return cp < 0x20 || (cp >= 0x7f && cp < 0xa0)
    })
    expect(raw).toEqual([])
  })

  it('refuses a lone surrogate, naming where it is', () => {
    expect(() => rustStringLiteral('ab\ud800')).toThrow(
      'lone surrogate U+d800 at index 2',
    )
  })
})

describe('other literals', () => {
  it('writes Option<&str> as Some(..) or None', () => {
    expect(rustOptionStr(null)).toBe('None')
    expect(rustOptionStr('"')).toBe('Some("\\"")')
  })

  it('groups the digits of long integers', () => {
    expect(rustInt(0)).toBe('0')
    expect(rustInt(99_999)).toBe('99999')
    expect(rustInt(1_000_000)).toBe('1_000_000')
    expect(rustInt((1n << 64n) - 1n)).toBe('18_446_744_073_709_551_615')
  })

  it('accepts only printable ASCII as a label', () => {
    expect(rustAsciiLiteral('take 5')).toBe('"take 5"')
    expect(() => rustAsciiLiteral('take\n5')).toThrow('not printable ASCII')
  })
})
