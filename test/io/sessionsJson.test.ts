import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sessionsOf } from '../../src/io/sessionFiles'
import {
  exportSessionsJson,
  importSessionsJson,
} from '../../src/io/sessionsJson'
import { sipKeys } from '../../src/model/rust/sipHash'
import { type EntryJson, batchFromJson } from '../../src/model/script'
import { SessionMap } from '../../src/model/sessionMap'
import { entryArb } from './support/arbitraries'

function mapOf(entries: readonly EntryJson[], k0 = 0n): SessionMap {
  const map = SessionMap.withHasher(sipKeys(k0, 0n))
  map.extend(batchFromJson(entries))
  return map
}

function messages(text: string): string[] {
  const result = importSessionsJson(text)
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`)
}

describe('exportSessionsJson', () => {
  it('writes one session a line, ids as strings, None as null', () => {
    const map = mapOf([
      {
        id: '18446744073709551615',
        token: null,
        last_active: { secs: '1', nanos: 2 },
      },
    ])

    expect(exportSessionsJson(map).join('')).toBe(
      '[\n{"id":"18446744073709551615","token":null,"last_active":{"secs":"1","nanos":2}}\n]\n',
    )
  })

  it('writes an empty map as an empty list', () => {
    const text = exportSessionsJson(mapOf([])).join('')

    expect(text).toBe('[\n]\n')
    expect(importSessionsJson(text)).toEqual({ ok: true, entries: [] })
  })

  it('round-trips any sessions exactly, in iteration order', () => {
    fc.assert(
      fc.property(
        fc.array(entryArb, { maxLength: 60 }),
        fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
        (entries, k0) => {
          const map = mapOf(entries, k0)

          const back = importSessionsJson(exportSessionsJson(map).join(''))

          expect(back).toEqual({ ok: true, entries: [...sessionsOf(map)] })
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('importSessionsJson', () => {
  it('reads ids and seconds written as JSON numbers from their digits', () => {
    const text =
      '[{"id":18446744073709551615,"token":"a",' +
      '"last_active":{"secs":9223372036854775807,"nanos":0}},' +
      '{"id":9007199254740993,"token":null,"last_active":{"secs":"1","nanos":999999999}}]'

    expect(importSessionsJson(text)).toEqual({
      ok: true,
      entries: [
        {
          id: '18446744073709551615',
          token: 'a',
          last_active: { secs: '9223372036854775807', nanos: 0 },
        },
        {
          id: '9007199254740993',
          token: null,
          last_active: { secs: '1', nanos: 999_999_999 },
        },
      ],
    })
  })

  it('names the session, the field and the number that cannot be an id', () => {
    const text =
      '[{"id":1,"token":null,"last_active":{"secs":"0","nanos":0}},' +
      '{"id":1e21,"token":null,"last_active":{"secs":"0","nanos":0}},' +
      '{"id":18446744073709551616,"token":null,"last_active":{"secs":-1,"nanos":0}}]'

    expect(messages(text)).toEqual([
      'session 2, id: user id "1e21" uses an exponent; expected a whole number from 0 to ' +
        '18446744073709551615',
      'session 3, id: user id "18446744073709551616" is larger than u64::MAX ' +
        '(18446744073709551615)',
      'session 3, last_active.secs: last_active seconds "-1" is negative; expected a whole ' +
        'number from 0 to 9223372036854775807',
    ])
  })

  it('gives the row and field of each problem for the UI to point at', () => {
    const result = importSessionsJson(
      '[{"id":"1","token":null,"last_active":{"secs":"0","nanos":-5}}]',
    )

    expect(!result.ok && result.issues[0]).toMatchObject({
      row: 1,
      field: 'last_active.nanos',
    })
  })

  const refused: { name: string; text: string; issues: string[] }[] = [
    {
      name: 'an object instead of a list',
      text: '{"sessions":[]}',
      issues: [
        ': expected a list of sessions such as [{ "id": "1", "token": null, "last_active": ' +
          '{ "secs": "0", "nanos": 0 } }], got an object',
      ],
    },
    {
      name: 'a trailing comma, naming the line and column',
      text: '[\n{"id":"1","token":null,"last_active":{"secs":"0","nanos":0}},\n]',
      issues: [
        ": not valid JSON: Array item expected but got ']' at line 3, column 1",
      ],
    },
    {
      name: 'NaN, which JSON does not have',
      text: '[{"id":"1","token":null,"last_active":{"secs":"0","nanos":NaN}}]',
      issues: [
        ": not valid JSON: Object value expected after ':' at line 1, column 59",
      ],
    },
    {
      name: 'a field given twice with two values',
      text: '[{"id":"1","id":"2","token":null,"last_active":{"secs":"0","nanos":0}}]',
      issues: [
        ": not valid JSON: Duplicate key 'id' encountered at line 1, column 13",
      ],
    },
    {
      name: 'a session with an extra field and a missing one',
      text: '[{"id":"1","token":null,"when":5}]',
      issues: [
        'session 1, when: unknown field "when"; a session has only id, token and last_active',
        'session 1, last_active: expected last_active as an object such as { "secs": ' +
          '"1700000000", "nanos": 0 }, got nothing (the field is missing)',
      ],
    },
    {
      name: 'a list nested ten thousand deep',
      text: `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
      issues: [': the JSON is nested too deeply to read'],
    },
  ]

  it.each(refused)('refuses $name', ({ text, issues }) => {
    expect(messages(text)).toEqual(issues)
  })
})
