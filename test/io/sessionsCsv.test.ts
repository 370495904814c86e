import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  MAX_IMPORT_CHARS,
  MAX_IMPORT_ROWS,
  sessionsOf,
} from '../../src/io/sessionFiles'
import { exportSessionsCsv, importSessionsCsv } from '../../src/io/sessionsCsv'
import { sipKeys } from '../../src/model/rust/sipHash'
import { type EntryJson, batchFromJson } from '../../src/model/script'
import { SessionMap } from '../../src/model/sessionMap'
import { entryArb } from './support/arbitraries'

const HEADER = 'id,token_present,token,last_active_secs,last_active_nanos'

function mapOf(entries: readonly EntryJson[], k0 = 0n, k1 = 0n): SessionMap {
  const map = SessionMap.withHasher(sipKeys(k0, k1))
  map.extend(batchFromJson(entries))
  return map
}

function at(secs: string, nanos = 0) {
  return { secs, nanos }
}

describe('exportSessionsCsv', () => {
  it('writes the sessions in iteration order, None apart from Some("")', () => {
    const map = mapOf([
      { id: '1', token: 'plain', last_active: at('1700000000') },
      { id: '2', token: null, last_active: at('1700000001', 5) },
      { id: '3', token: '', last_active: at('0', 999_999_999) },
      {
        id: '18446744073709551615',
        token: 'say "hi",\nthen go',
        last_active: at('9'),
      },
    ])

    const text = exportSessionsCsv(map).join('')

    expect(map.keyList()).toEqual([1n, 3n, 2n ** 64n - 1n, 2n])
    expect(text.split('\r\n')).toEqual([
      'id,token_present,token,last_active_secs,last_active_nanos',
      '1,true,"plain",1700000000,0',
      '3,true,"",0,999999999',
      '18446744073709551615,true,"say ""hi"",\nthen go",9,0',
      '2,false,,1700000001,5',
      '',
    ])
  })

  it('round-trips any sessions exactly, in iteration order', () => {
    fc.assert(
      fc.property(
        fc.array(entryArb, { maxLength: 60 }),
        fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
        (entries, k0) => {
          const map = mapOf(entries, k0)

          const back = importSessionsCsv(exportSessionsCsv(map).join(''))

          expect(back).toEqual({ ok: true, entries: [...sessionsOf(map)] })
        },
      ),
      { numRuns: 200 },
    )
  })

  it('splits a large export into pieces of about a mebibyte', () => {
    const entries = Array.from({ length: 60_000 }, (_, i) => ({
      id: String(i),
      token: 'x'.repeat(20),
      last_active: at('1700000000'),
    }))

    const pieces = exportSessionsCsv(mapOf(entries))

    expect(pieces.length).toBeGreaterThan(1)
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(1.1 * 2 ** 20)
  })
})

describe('importSessionsCsv', () => {
  const accepted: { name: string; text: string; want: EntryJson[] }[] = [
    {
      name: 'the short header, where an empty token is None',
      text: 'id,token,last_active_secs,last_active_nanos\n7,abc,1,2\n8,,3,4\n',
      want: [
        { id: '7', token: 'abc', last_active: at('1', 2) },
        { id: '8', token: null, last_active: at('3', 4) },
      ],
    },
    {
      name: 'columns in another order and in capitals',
      text: 'Last_Active_Nanos,TOKEN,Id,token_present,last_active_secs\r\n5,,7,TRUE,1\r\n',
      want: [{ id: '7', token: '', last_active: at('1', 5) }],
    },
    {
      name: 'a byte order mark, CRLF and blank lines',
      text: `\ufeff${HEADER}\r\n\r\n1,false,,2,3\r\n\r\n`,
      want: [{ id: '1', token: null, last_active: at('2', 3) }],
    },
    {
      name: 'no line break at the end',
      text: `${HEADER}\n1,true,x,2,3`,
      want: [{ id: '1', token: 'x', last_active: at('2', 3) }],
    },
    {
      name: 'quoted fields with commas, quotes and line breaks kept exactly',
      text: `${HEADER}\n1,true,"a,b ""c""\r\nd\re",2,3\n2,true,"",4,5\n`,
      want: [
        { id: '1', token: 'a,b "c"\r\nd\re', last_active: at('2', 3) },
        { id: '2', token: '', last_active: at('4', 5) },
      ],
    },
    {
      name: 'numbers with spaces around them and leading zeros',
      text: `${HEADER}\n 0042 ,true, spaced ,  7, 000\n`,
      want: [{ id: '42', token: ' spaced ', last_active: at('7', 0) }],
    },
    { name: 'a header alone', text: `${HEADER}\r\n`, want: [] },
  ]

  it.each(accepted)('reads $name', ({ text, want }) => {
    expect(importSessionsCsv(text)).toEqual({ ok: true, entries: want })
  })

  const refused: { name: string; text: string; issues: string[] }[] = [
    {
      name: 'an empty file',
      text: '',
      issues: [`: the file is empty; expected the header ${HEADER}`],
    },
    {
      name: 'a file without a header',
      text: '1,true,x,2,3\n',
      issues: [`line 1: unknown column "1"; expected the header ${HEADER}`],
    },
    {
      name: 'a missing column',
      text: 'id,token,last_active_secs\n',
      issues: [
        `line 1: the column last_active_nanos is missing; expected the header ${HEADER}`,
      ],
    },
    {
      name: 'a column given twice',
      text: 'id,id,token,last_active_secs,last_active_nanos\n',
      issues: ['line 1: the column id appears twice'],
    },
    {
      name: 'a row with too few fields and one with too many',
      text: `${HEADER}\n1,true,x,2\n2,true,x,2,3,4\n`,
      issues: [
        'line 2: the row has 4 fields; the header has 5',
        'line 3: the row has 6 fields; the header has 5',
      ],
    },
    {
      name: 'a token_present that is not a boolean',
      text: `${HEADER}\n1,yes,x,2,3\n`,
      issues: [
        'line 2, token_present: token_present "yes" is neither true nor false',
      ],
    },
    {
      name: 'a token although token_present is false',
      text: `${HEADER}\n1,false,x,2,3\n`,
      issues: [
        'line 2, token: token_present is false but the token is "x"; leave the token ' +
          'empty for None',
      ],
    },
    {
      name: 'a quoted field that never ends, naming the line it starts on',
      text: `${HEADER}\n1,true,ok,2,3\n2,true,"open\n\n3,true,x,2,3\n`,
      issues: [
        'line 3: a quoted field starts on this line and never ends; its closing quote is missing',
      ],
    },
    {
      name: 'a quote inside an unquoted field',
      text: `${HEADER}\n1,true,a"b,2,3\n`,
      issues: [
        'line 2: field 3 has a quote but does not start with one; enclose the field in ' +
          'quotes and write the quote twice ("a""b")',
      ],
    },
    {
      name: 'text after a closing quote, on the line after a multi-line field',
      text: `${HEADER}\n1,true,"a\nb"c,2,3\n`,
      issues: [
        'line 3: field 3 has text after its closing quote; a quote inside a quoted field ' +
          'is written twice ("")',
      ],
    },
    {
      name: 'every field wrong at once',
      text: `${HEADER}\n-1,true,x,9223372036854775808,1000000000\n`,
      issues: [
        'line 2, id: user id "-1" is negative; expected a whole number from 0 to ' +
          '18446744073709551615',
        'line 2, last_active_secs: last_active_secs "9223372036854775808" is larger than ' +
          'i64::MAX (9223372036854775807)',
        'line 2, last_active_nanos: last_active_nanos "1000000000" is larger than one ' +
          'second less a nanosecond (999999999)',
      ],
    },
  ]

  it.each(refused)('refuses $name, naming the line', ({ text, issues }) => {
    const result = importSessionsCsv(text)

    expect(result.ok).toBe(false)
    expect(
      result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`),
    ).toEqual(issues)
  })

  it('gives the row and field of each problem for the UI to point at', () => {
    const result = importSessionsCsv(
      `${HEADER}\n1,true,x,2,3\n1,true,x,two,3\n`,
    )

    expect(!result.ok && result.issues[0]).toMatchObject({
      row: 3,
      field: 'last_active_secs',
    })
  })

  it('returns nothing when one row of many is wrong', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `${i},true,t,1,0`)
    rows[500] = '500,true,t,1,-0'

    const result = importSessionsCsv(`${HEADER}\n${rows.join('\n')}\n`)

    expect(result.ok).toBe(false)
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual([
      'line 502, last_active_nanos',
    ])
  })

  it('stops after a hundred problems', () => {
    const rows = Array.from({ length: 5000 }, () => 'x,true,t,1,0')

    const result = importSessionsCsv(`${HEADER}\n${rows.join('\n')}\n`)

    const issues = result.ok ? [] : result.issues
    expect(issues).toHaveLength(101)
    expect(issues[100].message).toBe(
      'more than 100 problems: stopped reading at line 102',
    )
  })

  it('refuses more sessions than one batch may hold', () => {
    const rows = '1,,0,0\n'.repeat(MAX_IMPORT_ROWS + 1)
    const text = `id,token,last_active_secs,last_active_nanos\n${rows}`

    const result = importSessionsCsv(text)

    expect(!result.ok && result.error).toBe(
      `the file holds more than ${MAX_IMPORT_ROWS} sessions; one import may hold at most ` +
        `${MAX_IMPORT_ROWS}`,
    )
  })

  it('refuses a file longer than the limit before reading it', () => {
    const result = importSessionsCsv('x'.repeat(MAX_IMPORT_CHARS + 1))

    expect(!result.ok && result.error).toMatch(
      /^the file is 67108865 characters long/,
    )
  })
})
