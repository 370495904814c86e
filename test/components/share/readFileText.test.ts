import { describe, expect, it } from 'vitest'

import { firstInvalidUtf8 } from '../../../src/components/share/readFileText'

const bytes = (...b: number[]) => new Uint8Array(b)

describe('firstInvalidUtf8', () => {
  it.each([
    ['valid text', new TextEncoder().encode('café 👋 €'), -1],
    ['a Latin-1 é between ASCII', bytes(0x63, 0x61, 0x66, 0xe9, 0x2c), 3],
    ['a stray continuation after é', bytes(0xc3, 0xa9, 0x80), 2],
    ['a stray byte after €', bytes(0xe2, 0x82, 0xac, 0xff), 3],
    ['a 3-byte sequence cut short', bytes(0x41, 0xe2, 0x82, 0x41), 1],
    ['a sequence cut off by the end', bytes(0x41, 0xf0, 0x9f, 0x91), 1],
    ['an overlong encoding', bytes(0xc0, 0xaf), 0],
    ['an encoded surrogate', bytes(0xed, 0xa0, 0x80), 0],
    ['a code point above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
  ])('finds where %s goes wrong', (_, input, at) => {
    expect(firstInvalidUtf8(input)).toBe(at)
  })

  it('agrees with a strict TextDecoder on whether bytes are UTF-8', () => {
    const strict = new TextDecoder('utf-8', { fatal: true })
    for (let seed = 1; seed < 3000; seed++) {
      const input = new Uint8Array(6)
      let x = seed
      for (let k = 0; k < input.length; k++) {
        x = (x * 1103515245 + 12345) & 0x7fffffff
        input[k] = x % 7 === 0 ? 0x41 : 0x80 + (x % 0x75)
      }
      let valid = true
      try {
        strict.decode(input)
      } catch {
        valid = false
      }

      expect(firstInvalidUtf8(input) === -1).toBe(valid)
    }
  })
})
