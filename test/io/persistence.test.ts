import { readFileSync, readdirSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createExperiment } from '../../src/io/experimentSchema'
import {
  MAX_DOCUMENT_CHARS,
  deserialize,
  serialize,
} from '../../src/io/persistence'
import type { Script } from '../../src/model/script'
import { experimentArb } from './support/arbitraries'
import { replay } from './support/replay'

const VECTORS = 'test/vectors'

describe('serialize and deserialize', () => {
  it('give back the same document and the same text, byte for byte', () => {
    fc.assert(
      fc.property(experimentArb, (doc) => {
        const text = serialize(doc)

        const loaded = deserialize(text)

        expect(loaded.ok && loaded.doc).toEqual(doc)
        expect(loaded.ok && serialize(loaded.doc)).toBe(text)
      }),
      { numRuns: 300 },
    )
  })

  it('replay to the same outcomes, capacities, snapshots and iteration order', () => {
    fc.assert(
      fc.property(experimentArb, (doc) => {
        const loaded = deserialize(serialize(doc))

        expect(loaded.ok).toBe(true)
        if (loaded.ok) expect(replay(loaded.doc)).toEqual(replay(doc))
      }),
      { numRuns: 150 },
    )
  })

  const files = readdirSync(VECTORS).filter((f) => f.endsWith('.json'))

  it.each(files)('keep %s exact through a save and a replay', (file) => {
    const vector = JSON.parse(
      readFileSync(`${VECTORS}/${file}`, 'utf8'),
    ) as Script
    const doc = createExperiment({ hasher: vector.hasher, ops: vector.ops })

    const loaded = deserialize(serialize(doc))

    expect(loaded.ok && loaded.doc).toEqual(doc)
    if (loaded.ok) expect(replay(loaded.doc)).toEqual(replay(doc))
  })

  it('keep None apart from Some(""), and every nanosecond', () => {
    const doc = createExperiment({
      hasher: ['0', '0'],
      ops: [
        { op: 'new', expected: '2' },
        {
          op: 'extend',
          entries: [
            {
              id: '18446744073709551615',
              token: null,
              last_active: { secs: '9223372036854775807', nanos: 999_999_999 },
            },
            {
              id: '9007199254740993',
              token: '',
              last_active: { secs: '0', nanos: 1 },
            },
          ],
        },
      ],
    })

    const loaded = deserialize(serialize(doc))

    expect(loaded.ok && loaded.doc.script.ops[1]).toEqual(doc.script.ops[1])
  })

  it('writes one op a line, fields in a fixed order', () => {
    const doc = createExperiment({
      hasher: ['0', '0'],
      ops: [
        { op: 'new', expected: '0' },
        { op: 'snapshot', label: 'before <b>' },
        { op: 'take', id: '7' },
      ],
    })

    expect(serialize(doc).split('\n')).toEqual([
      '{"format":"hashmap-playground","version":1,',
      '"clock":{"secs":"1700000000","nanos":0},',
      '"settings":{"maxIdle":{"secs":"1800","nanos":0},"maxIdleUnit":"min",' +
        '"memoryBytes":"17179869184"},',
      '"script":{"hasher":["0","0"],"ops":[',
      '{"op":"new","expected":"0"},',
      '{"op":"snapshot","label":"before <b>"},',
      '{"op":"take","id":"7"}',
      ']}}',
      '',
    ])
  })
})

describe('corrupt saved data', () => {
  const good = serialize(
    createExperiment({
      hasher: ['0', '0'],
      ops: [{ op: 'new', expected: '1' }],
    }),
  )
  const cases: { name: string; text: string; reason: string; error: RegExp }[] =
    [
      {
        name: 'an empty text',
        text: '',
        reason: 'not-json',
        error: /the text is empty/,
      },
      {
        name: 'a text cut in half',
        text: good.slice(0, good.length / 2),
        reason: 'not-json',
        error: /not valid JSON: .* at line \d+, column \d+/,
      },
      {
        name: 'a stray comma',
        text: good.replace('"version":1,', '"version":1,,'),
        reason: 'not-json',
        error: /at line 1, column 44/,
      },
      {
        name: 'another program’s JSON',
        text: '{"type":"excalidraw","version":2}',
        reason: 'not-experiment',
        error: /not a playground experiment: it has no format field/,
      },
      {
        name: 'a newer version',
        text: good.replace('"version":1', '"version":7'),
        reason: 'newer-version',
        error: /newer version of the playground \(document version 7\)/,
      },
      {
        name: 'a broken rule',
        text: good.replace('"expected":"1"', '"expected":"one"'),
        reason: 'invalid',
        error:
          /script\.ops\[0\]\.expected: expected_users "one" is not a decimal integer/,
      },
      {
        name: 'a key given twice with two values',
        text: good.replace('"version":1', '"version":1,"version":2'),
        reason: 'not-json',
        error: /Duplicate key 'version'/,
      },
    ]

  it.each(cases)(
    'reports $name as corrupt and keeps the text',
    ({ text, reason, error }) => {
      const loaded = deserialize(text)

      expect(loaded.ok).toBe(false)
      expect(!loaded.ok && loaded.reason).toBe(reason)
      expect(!loaded.ok && loaded.error).toMatch(error)
      expect(!loaded.ok && loaded.raw).toBe(text)
    },
  )

  it('refuses a text longer than the limit before parsing it', () => {
    const text = ' '.repeat(MAX_DOCUMENT_CHARS + 1)

    const loaded = deserialize(text)

    expect(!loaded.ok && loaded.reason).toBe('too-large')
    expect(!loaded.ok && loaded.raw.length).toBe(MAX_DOCUMENT_CHARS + 1)
  })
})
