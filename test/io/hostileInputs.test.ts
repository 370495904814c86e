/**
 * Hostile input, case by case: each either gives a clear error that names
 * the place, the value and what was expected, or is accepted exactly as the
 * inert text it is.
 */

import { deflateSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { crc32, toBase64Url } from '../../src/io/bytes'
import { createExperiment } from '../../src/io/experimentSchema'
import { issueText } from '../../src/io/issues'
import { deserialize } from '../../src/io/persistence'
import {
  decodeShareFragment,
  encodeShareFragment,
} from '../../src/io/shareLink'
import { importSessionsCsv } from '../../src/io/sessionsCsv'
import { importSessionsJson } from '../../src/io/sessionsJson'

type Outcome = { ok: true; value: unknown } | { ok: false; text: string }

const SETTINGS =
  '"settings":{"maxIdle":{"secs":"0","nanos":0},"maxIdleUnit":"s","memoryBytes":"17179869184"}'

function document(ops: string): Outcome {
  const text =
    '{"format":"hashmap-playground","version":1,"clock":{"secs":"0","nanos":0},' +
    `${SETTINGS},"script":{"hasher":["0","0"],"ops":[{"op":"new","expected":"0"},${ops}]}}`
  const loaded = deserialize(text)
  if (!loaded.ok) return { ok: false, text: loaded.error }
  return { ok: true, value: loaded.doc.script.ops.slice(1) }
}

interface EntryParts {
  id?: string
  token?: string
  secs?: string
  nanos?: string
}

/** A document with one session whose fields are the raw JSON given. */
function entry(parts: EntryParts): Outcome {
  const e = { id: '"1"', token: '"t"', secs: '"5"', nanos: '0', ...parts }
  const json =
    `{"id":${e.id},"token":${e.token},` +
    `"last_active":{"secs":${e.secs},"nanos":${e.nanos}}}`
  const out = document(`{"op":"extend","entries":[${json}]}`)
  if (!out.ok) return out
  const [op] = out.value as [{ entries: unknown[] }]
  return { ok: true, value: op.entries[0] }
}

function token(raw: string): Outcome {
  const out = entry({ token: raw })
  return out.ok
    ? { ok: true, value: (out.value as { token: unknown }).token }
    : out
}

function op(json: string): Outcome {
  const out = document(json)
  return out.ok ? { ok: true, value: (out.value as unknown[])[0] } : out
}

function cleanup(maxIdle: string): string {
  return `{"op":"cleanup","now":{"secs":"0","nanos":0},"max_idle":${maxIdle}}`
}

function csv(
  rows: string,
  header = 'id,token_present,token,last_active_secs,last_active_nanos',
): Outcome {
  const result = importSessionsCsv(`${header}\r\n${rows}`)
  return result.ok
    ? { ok: true, value: result.entries }
    : { ok: false, text: result.error }
}

function sessionsJson(text: string): Outcome {
  const result = importSessionsJson(text)
  return result.ok
    ? { ok: true, value: result.entries }
    : { ok: false, text: result.error }
}

function link(text: string): Outcome {
  const decoded = decodeShareFragment(text)
  if (!decoded.ok)
    return { ok: false, text: `${decoded.reason}: ${decoded.error}` }
  return { ok: true, value: decoded.doc }
}

const shared = createExperiment({
  hasher: ['0', '0'],
  ops: [
    { op: 'new', expected: '1' },
    { op: 'take', id: '18446744073709551615' },
  ],
})
const encoded = encodeShareFragment(shared)
const fragment = encoded.ok ? encoded.fragment : ''

function bomb(): string {
  const packed = deflateSync(new Uint8Array(20_000_000))
  const bytes = new Uint8Array(13 + packed.length)
  const view = new DataView(bytes.buffer)
  view.setUint8(0, 1)
  view.setUint32(1, packed.length)
  view.setUint32(5, 16 * 1024 * 1024)
  view.setUint32(9, crc32(new Uint8Array(0)))
  bytes.set(packed, 13)
  return `#x=${toBase64Url(bytes)}`
}

const AT = 'script.ops[1].entries[0]'
const ID = `${AT}.id: `
const MEGABYTE = 'x'.repeat(1 << 20)
const e = (value: unknown) => ({ accepts: value })

interface Case {
  name: string
  run: () => Outcome
  accepts?: unknown
  refuses?: RegExp
}

const cases: Case[] = [
  // Ids.
  {
    name: 'a negative id',
    run: () => entry({ id: '"-1"' }),
    refuses: /user id "-1" is negative/,
  },
  {
    name: 'an id above u64::MAX',
    run: () => entry({ id: '"18446744073709551616"' }),
    refuses:
      /"18446744073709551616" is larger than u64::MAX \(18446744073709551615\)/,
  },
  {
    name: 'a decimal id',
    run: () => entry({ id: '"1.5"' }),
    refuses: /"1.5" has a fractional part/,
  },
  {
    name: 'an id with an exponent',
    run: () => entry({ id: '"1e5"' }),
    refuses: /"1e5" uses an exponent/,
  },
  {
    name: 'a hex id',
    run: () => entry({ id: '"0x10"' }),
    refuses: /"0x10" is hexadecimal; write it in decimal/,
  },
  {
    name: 'an id with a space inside',
    run: () => entry({ id: '"1 2"' }),
    refuses: /"1 2" is not a decimal integer/,
  },
  {
    name: 'an id with a + sign, which Rust reads',
    run: () => entry({ id: '"+5"' }),
    ...e({ id: '5', token: 't', last_active: { secs: '5', nanos: 0 } }),
  },
  {
    name: 'an id with digit separators',
    run: () => entry({ id: '"1_000"' }),
    refuses: /"1_000" is not a decimal/,
  },
  {
    name: 'an id in Arabic-Indic digits',
    run: () => entry({ id: '"١٢"' }),
    refuses: /"١٢" is not a decimal integer/,
  },
  {
    name: 'an empty id',
    run: () => entry({ id: '""' }),
    refuses: new RegExp(`${escape(ID)}user id is empty`),
  },
  {
    name: 'an id padded with spaces',
    run: () => entry({ id: '" 12 "' }),
    refuses: /user id " 12 " has blank space around it/,
  },
  {
    name: 'an id as a JSON number above 2^53',
    run: () => entry({ id: '9007199254740993' }),
    refuses:
      /user id is the JSON number 9007199254740993; write it in quotes, as the string "9007/,
  },
  {
    name: 'an id as the JSON number -0',
    run: () => entry({ id: '-0' }),
    refuses:
      /expected user id as a decimal string such as "42", got the number -0/,
  },
  {
    name: 'a null id',
    run: () => entry({ id: 'null' }),
    refuses: /expected user id as a decimal string such as "42", got null/,
  },
  {
    name: 'an id in a list',
    run: () => entry({ id: '["1"]' }),
    refuses: /got a list of 1 item$/m,
  },
  {
    name: 'an id of a thousand digits, cut in the message',
    run: () => entry({ id: `"${'9'.repeat(1000)}"` }),
    refuses: /user id "9{40}…" is larger than u64::MAX/,
  },
  // Times and durations.
  {
    name: 'negative seconds',
    run: () => entry({ secs: '"-5"' }),
    refuses: /last_active seconds "-5" is negative/,
  },
  {
    name: 'NaN seconds',
    run: () => entry({ secs: '"NaN"' }),
    refuses: /seconds "NaN" is not a decimal integer/,
  },
  {
    name: 'Infinity seconds',
    run: () => entry({ secs: '"Infinity"' }),
    refuses: /"Infinity" is not a decimal/,
  },
  {
    name: 'a time past SystemTime’s limit',
    run: () => entry({ secs: '"9223372036854775808"' }),
    refuses:
      /"9223372036854775808" is larger than i64::MAX \(9223372036854775807\)/,
  },
  {
    name: 'absurdly many seconds',
    run: () => entry({ secs: `"${'9'.repeat(100)}"` }),
    refuses: /larger than i64::MAX/,
  },
  {
    name: 'seconds as a JSON number',
    run: () => entry({ secs: '1700000000' }),
    refuses: /seconds is the JSON number 1700000000/,
  },
  {
    name: 'negative nanoseconds',
    run: () => entry({ nanos: '-1' }),
    refuses: /nanoseconds "-1" is negative/,
  },
  {
    name: 'a whole second of nanoseconds',
    run: () => entry({ nanos: '1000000000' }),
    refuses:
      /"1000000000" is larger than one second less a nanosecond \(999999999\)/,
  },
  {
    name: 'fractional nanoseconds',
    run: () => entry({ nanos: '1.5' }),
    refuses: /nanoseconds "1.5" has a fractional part/,
  },
  {
    name: 'nanoseconds as text',
    run: () => entry({ nanos: '"5"' }),
    refuses: /as a JSON number from 0 to 999999999, got "5"/,
  },
  {
    name: 'nanoseconds past any float',
    run: () => entry({ nanos: '1e400' }),
    refuses: /nanoseconds "1e400" uses an exponent/,
  },
  {
    name: 'a max_idle of Duration::MAX seconds',
    run: () => op(cleanup('{"secs":"18446744073709551615","nanos":999999999}')),
    ...e({
      op: 'cleanup',
      now: { secs: '0', nanos: 0 },
      max_idle: { secs: '18446744073709551615', nanos: 999_999_999 },
    }),
  },
  {
    name: 'a max_idle past Duration::MAX',
    run: () => op(cleanup('{"secs":"18446744073709551616","nanos":0}')),
    refuses:
      /ops\[1\]\.max_idle\.secs: max_idle seconds "18446744073709551616" is larger than u64::MAX/,
  },
  {
    name: 'a time without nanoseconds',
    run: () =>
      op(
        '{"op":"cleanup","now":{"secs":"0"},"max_idle":{"secs":"0","nanos":0}}',
      ),
    refuses:
      /now\.nanos: expected now nanoseconds as a JSON number from 0 to 999999999, got nothing/,
  },
  // Reservations.
  {
    name: 'a negative reservation',
    run: () => op('{"op":"try_reserve","additional":"-1"}'),
    refuses: /additional "-1" is negative/,
  },
  {
    name: 'a reservation above usize::MAX',
    run: () => op('{"op":"try_reserve","additional":"18446744073709551616"}'),
    refuses: /additional "18446744073709551616" is larger than usize::MAX/,
  },
  {
    name: 'a reservation of words',
    run: () => op('{"op":"try_reserve","additional":"lots"}'),
    refuses: /"lots" is not a decimal/,
  },
  {
    name: 'a reservation as a JSON float',
    run: () => op('{"op":"try_reserve","additional":1.5}'),
    refuses:
      /expected additional as a decimal string such as "42", got the number 1.5/,
  },
  {
    name: 'a null reservation',
    run: () => op('{"op":"try_reserve","additional":null}'),
    refuses: /got null/,
  },
  {
    name: 'a reservation as a query object',
    run: () => op('{"op":"try_reserve","additional":{"$gt":0}}'),
    refuses: /got an object/,
  },
  {
    name: 'a reservation of usize::MAX, which Rust itself refuses at run time',
    run: () => op('{"op":"try_reserve","additional":"18446744073709551615"}'),
    ...e({ op: 'try_reserve', additional: '18446744073709551615' }),
  },
  {
    name: 'a hex expected_users',
    run: () => op('{"op":"new","expected":"0xff"}'),
    refuses: /expected_users "0xff" is hexadecimal/,
  },
  // Tokens are data: accepted exactly, never interpreted.
  {
    name: 'a script tag token',
    run: () => token('"<script>alert(1)</script>"'),
    ...e('<script>alert(1)</script>'),
  },
  {
    name: 'an HTML attribute token',
    run: () => token('"<img src=x onerror=alert(1)>"'),
    ...e('<img src=x onerror=alert(1)>'),
  },
  {
    name: 'quotes and backslashes',
    run: () => token(JSON.stringify('a"b\\c\'d')),
    ...e('a"b\\c\'d'),
  },
  {
    name: 'control characters and NUL',
    run: () => token(JSON.stringify('\0\x01\x1b\x7f\t\n\r')),
    ...e('\0\x01\x1b\x7f\t\n\r'),
  },
  {
    name: 'emoji with joiners',
    run: () => token(JSON.stringify('🦀👩‍👩‍👧')),
    ...e('🦀👩‍👩‍👧'),
  },
  {
    name: 'right-to-left text and an override',
    run: () => token(JSON.stringify('مرحبا \u202eolleh')),
    ...e('مرحبا \u202eolleh'),
  },
  {
    name: 'a prototype-polluting key as text',
    run: () => token('"__proto__"'),
    ...e('__proto__'),
  },
  { name: 'the empty token, Some("")', run: () => token('""'), ...e('') },
  { name: 'no token, None', run: () => token('null'), ...e(null) },
  {
    name: 'a lone high surrogate',
    run: () => token('"\\ud800"'),
    refuses:
      /token "\\ud800" has a lone surrogate \(\\u\{d800\}\) at index 0; a Rust String is UTF-8/,
  },
  {
    name: 'a lone low surrogate inside text',
    run: () => token('"ab\\udc00cd"'),
    refuses: /lone surrogate \(\\u\{dc00\}\) at index 2/,
  },
  {
    name: 'a megabyte of text',
    run: () => token(`"${MEGABYTE}"`),
    refuses:
      /token "x{40}…" is 1048576 bytes long in UTF-8; a token may be at most 65536 bytes/,
  },
  {
    name: 'a token one euro sign too long',
    run: () => token(`"${'€'.repeat(21_846)}"`),
    refuses: /is 65538 bytes long/,
  },
  {
    name: 'a token of exactly 64 KiB',
    run: () => token(`"${'a'.repeat(65_536)}"`),
    ...e('a'.repeat(65_536)),
  },
  {
    name: 'a number for a token',
    run: () => token('5'),
    refuses: /expected token as a string, or null for None, got the number 5/,
  },
  {
    name: 'a label of 201 characters',
    run: () => op(`{"op":"snapshot","label":"${'é'.repeat(201)}"}`),
    refuses: /201 characters long; a label may be at most 200/,
  },
  {
    name: 'a label with a lone surrogate',
    run: () => op('{"op":"snapshot","label":"\\udfff"}'),
    refuses: /label "\\udfff" has a lone surrogate/,
  },
  // Links.
  {
    name: 'a truncated link',
    run: () => link(fragment.slice(0, -12)),
    refuses: /^truncated: the link is cut off/,
  },
  {
    name: 'a link with a flipped character',
    run: () =>
      link(
        fragment.slice(0, 40) +
          (fragment[40] === 'A' ? 'B' : 'A') +
          fragment.slice(41),
      ),
    refuses: /^corrupted: the link is damaged/,
  },
  {
    name: 'a link wrapped and escaped by a mail client',
    run: () =>
      link(encodeURIComponent(fragment).replace(/(.{30})/g, '$1\r\n ')),
    ...e(shared),
  },
  {
    name: 'a zip bomb link',
    run: () => link(bomb()),
    refuses:
      /^too-large: the link says it expands to 16777216 bytes|^corrupted/,
  },
  {
    name: 'a link with stray % signs',
    run: () => link('%zz%'),
    refuses: /^not-share-link/,
  },
  {
    name: 'a link with a character outside base64',
    run: () => link('#x=AAAA*AAA'),
    refuses: /the character "\*" at position 5 cannot be part of the link/,
  },
  // CSV.
  {
    name: 'a CSV row with a missing column',
    run: () => csv('1,true,t,5\r\n'),
    refuses: /^line 2: the row has 4 fields; the header has 5$/,
  },
  {
    name: 'a CSV file with a byte order mark',
    run: () =>
      csv(
        '1,false,,5,0',
        '\ufeffid,token_present,token,last_active_secs,last_active_nanos',
      ),
    ...e([{ id: '1', token: null, last_active: { secs: '5', nanos: 0 } }]),
  },
  {
    name: 'CSV quoted fields with commas and CRLF inside',
    run: () => csv('1,true,"a,b\r\nc",5,0\r\n'),
    ...e([
      { id: '1', token: 'a,b\r\nc', last_active: { secs: '5', nanos: 0 } },
    ]),
  },
  {
    name: 'a CSV formula, kept as text',
    run: () => csv('1,true,"=HYPERLINK(""x"")",5,0\r\n'),
    ...e([
      {
        id: '1',
        token: '=HYPERLINK("x")',
        last_active: { secs: '5', nanos: 0 },
      },
    ]),
  },
  {
    name: 'a CSV token with a lone surrogate',
    run: () => csv('1,true,\ud83d,5,0\r\n'),
    refuses: /^line 2, token: token "\\ud83d" has a lone surrogate/,
  },
  {
    name: 'a CSV id as a JSON-style float',
    run: () => csv('1.8446744073709552e19,true,t,5,0\r\n'),
    refuses: /line 2, id: user id "1.8446744073709552e19" uses an exponent/,
  },
  // Sessions JSON.
  {
    name: 'a JSON id above 2^53 written as a number',
    run: () =>
      sessionsJson(
        '[{"id":18446744073709551615,"token":null,"last_active":{"secs":"0","nanos":0}}]',
      ),
    ...e([
      {
        id: '18446744073709551615',
        token: null,
        last_active: { secs: '0', nanos: 0 },
      },
    ]),
  },
  {
    name: 'a JSON id written as 1.0',
    run: () =>
      sessionsJson(
        '[{"id":1.0,"token":null,"last_active":{"secs":"0","nanos":0}}]',
      ),
    refuses: /^session 1, id: user id "1.0" has a fractional part/,
  },
]

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

describe('hostile input', () => {
  it('has at least fifty cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50)
  })

  it.each(cases)('handles $name', ({ run, accepts, refuses }) => {
    const outcome = run()

    if (refuses) {
      expect(outcome.ok ? 'accepted' : outcome.text).toMatch(refuses)
      // A message names the value, but never repeats a megabyte of it.
      expect(outcome.ok || outcome.text.length < 2000).toBe(true)
    } else {
      expect(outcome).toEqual({ ok: true, value: accepts })
    }
  })
})

it('formats an issue as its path and message', () => {
  expect(
    issueText({ path: 'script.ops[3].entries[12].id', message: 'x' }),
  ).toBe('script.ops[3].entries[12].id: x')
})
