import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { USER_ID, readCount, readUnsigned } from '../../src/io/fields'
import { labelProblem } from '../../src/io/textLimits'
import { parseUnsigned, parseUserId } from '../../src/model/parse'
import { LosslessNumber } from 'lossless-json'

const digitish = fc.string({
  unit: fc.constantFrom('0', '1', '5', '9', ' ', '-', '.', 'e', 'x'),
  maxLength: 22,
})

describe('readUnsigned', () => {
  it('accepts and refuses exactly what the model’s parser does', () => {
    fc.assert(
      fc.property(
        fc.oneof(digitish, fc.bigInt({ min: 0n, max: 2n ** 65n }).map(String)),
        (text) => {
          const problems: string[] = []

          const read = readUnsigned(text, (m) => problems.push(m), USER_ID)

          const parsed = parseUserId(text)
          expect(read).toBe(parsed.ok ? parsed.value.toString() : undefined)
          expect(problems).toEqual(parsed.ok ? [] : [parsed.error])
        },
      ),
      { numRuns: 2000 },
    )
  })
})

describe('readCount', () => {
  const jsonNumber = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/
  const numberText = fc.oneof(
    fc.nat({ max: 2_000_000_000 }).map(String),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
    digitish.filter((t) => jsonNumber.test(t)),
  )

  it('accepts and refuses exactly what the model’s parser does', () => {
    fc.assert(
      fc.property(numberText, (text) => {
        const problems: string[] = []
        const max = 999_999_999

        const read = readCount(
          new LosslessNumber(text),
          (m) => problems.push(m),
          'n',
          max,
        )

        const parsed = parseUnsigned(text, 'n', BigInt(max), String(max))
        expect(read).toBe(parsed.ok ? Number(parsed.value) : undefined)
        expect(problems).toEqual(parsed.ok ? [] : [parsed.error])
      }),
      { numRuns: 1000 },
    )
  })
})

describe('labelProblem', () => {
  it.each([
    ['x'.repeat(200), null],
    ['👋'.repeat(200), null],
    ['👋'.repeat(201), /is 201 characters long; a label may be at most 200$/],
    ['a\ud800b', /has a lone surrogate/],
  ])('judges a label of %#', (label, problem) => {
    const got = labelProblem(label)

    if (problem === null) expect(got).toBeNull()
    else expect(got).toMatch(problem)
  })
})
