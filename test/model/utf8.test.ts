import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { utf8Length } from '../../src/model/rust/utf8'

describe('utf8Length', () => {
  it.each([
    ['', 0],
    ['otp', 3],
    ['é', 2],
    ['€', 3],
    ['👋', 4],
    ['\ud800', 3],
    ['\udc00x', 4],
  ])('counts %j as %i bytes', (s, n) => {
    expect(utf8Length(s)).toBe(n)
  })

  it('counts bytes as TextEncoder writes them', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length)
      }),
      { seed: 7, numRuns: 2000 },
    )
  })
})
