import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { crc32, fromBase64Url, toBase64Url } from '../../src/io/bytes'

describe('base64url', () => {
  it('matches Node’s encoder and decodes back to the same bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64Url(bytes)

        const back = fromBase64Url(text)

        expect(text).toBe(Buffer.from(bytes).toString('base64url'))
        expect(back).toEqual({ ok: true, bytes })
      }),
    )
  })

  it('names a character outside the alphabet and where it is', () => {
    expect(fromBase64Url('AB+D')).toEqual({
      ok: false,
      error: 'the character "+" at position 3 cannot be part of the link',
    })
  })

  it('refuses a length no encoder makes', () => {
    expect(fromBase64Url('ABCDE').ok).toBe(false)
  })
})

describe('crc32', () => {
  it('gives the standard check value for "123456789"', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
  })

  it('gives 0 for no bytes', () => {
    expect(crc32(new Uint8Array(0))).toBe(0)
  })
})
