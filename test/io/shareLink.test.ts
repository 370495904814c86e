import fc from 'fast-check'
import { deflateSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { crc32, toBase64Url } from '../../src/io/bytes'
import { createExperiment } from '../../src/io/experimentSchema'
import { serialize } from '../../src/io/persistence'
import {
  MAX_FRAGMENT_READ,
  MAX_LINK_CHARS,
  MAX_LINK_JSON_BYTES,
  decodeShareFragment,
  encodeShareFragment,
} from '../../src/io/shareLink'
import type { EntryJson } from '../../src/model/script'
import { experimentArb } from './support/arbitraries'

const doc = createExperiment({
  hasher: ['81985529216486895', '18364758544493064720'],
  ops: [
    { op: 'new', expected: '3' },
    {
      op: 'extend',
      entries: [
        {
          id: '18446744073709551615',
          token: '<img src=x onerror=alert(1)>',
          last_active: { secs: '1', nanos: 9 },
        },
        {
          id: '9007199254740993',
          token: '',
          last_active: { secs: '2', nanos: 0 },
        },
        {
          id: '7',
          token: null,
          last_active: { secs: '3', nanos: 999_999_999 },
        },
      ],
    },
    { op: 'snapshot', label: 'three in' },
    { op: 'take', id: '7' },
    { op: 'restore', index: 0 },
  ],
})

function fragmentOf(d = doc): string {
  const encoded = encodeShareFragment(d)
  if (!encoded.ok) throw new Error(encoded.error)
  return encoded.fragment
}

/** A link of the playground's layout around any bytes, to test the reader. */
function link(
  json: Uint8Array,
  patch: { format?: number; jsonLength?: number } = {},
) {
  const packed = deflateSync(json)
  const bytes = new Uint8Array(13 + packed.length)
  const view = new DataView(bytes.buffer)
  view.setUint8(0, patch.format ?? 1)
  view.setUint32(1, packed.length)
  view.setUint32(5, patch.jsonLength ?? json.length)
  view.setUint32(9, crc32(json))
  bytes.set(packed, 13)
  return `#x=${toBase64Url(bytes)}`
}

describe('encodeShareFragment and decodeShareFragment', () => {
  it('round-trip any experiment exactly', () => {
    fc.assert(
      fc.property(experimentArb, (d) => {
        const encoded = encodeShareFragment(d, { maxLength: Infinity })

        const decoded = encoded.ok
          ? decodeShareFragment(encoded.fragment)
          : null

        expect(decoded?.ok && decoded.doc).toEqual(d)
      }),
      { numRuns: 200 },
    )
  })

  it('makes a fragment of link-safe characters only', () => {
    expect(fragmentOf()).toMatch(/^#x=[A-Za-z0-9_-]+$/)
  })

  it('reports an experiment too big for a link, with its length and the limit', () => {
    const entries: EntryJson[] = Array.from({ length: 3000 }, (_, i) => ({
      id: String((BigInt(i) * 0x9e3779b97f4a7c15n) % 0xffff_ffff_ffff_ffffn),
      token: `otp-${(i * 2654435761) % 100000}`,
      last_active: {
        secs: String(1_700_000_000 + i * 7),
        nanos: (i * 7919) % 1000,
      },
    }))
    const big = createExperiment({
      hasher: ['0', '0'],
      ops: [
        { op: 'new', expected: '0' },
        { op: 'extend', entries },
      ],
    })

    const encoded = encodeShareFragment(big)

    expect(encoded.ok).toBe(false)
    expect(!encoded.ok && encoded.limit).toBe(MAX_LINK_CHARS)
    expect(!encoded.ok && encoded.length).toBeGreaterThan(MAX_LINK_CHARS)
    expect(!encoded.ok && encoded.error).toMatch(
      /save the experiment as a file instead/,
    )
  })

  it('counts the page address against the limit', () => {
    const fragment = fragmentOf()

    const encoded = encodeShareFragment(doc, {
      baseLength: MAX_LINK_CHARS - fragment.length + 1,
    })

    expect(!encoded.ok && encoded.length).toBe(MAX_LINK_CHARS + 1)
  })
})

describe('links mangled on the way', () => {
  const fragment = fragmentOf()
  const payload = fragment.slice(3)
  const standard = payload.replace(/-/g, '+').replace(/_/g, '/')
  const mangled: { name: string; text: string }[] = [
    {
      name: 'the whole address',
      text: `https://example.org/playground/?utm_source=mail${fragment}`,
    },
    { name: 'the fragment without #', text: fragment.slice(1) },
    {
      name: 'line breaks every 76 characters',
      text: fragment.replace(/(.{76})/g, '$1\r\n'),
    },
    {
      name: 'spaces and tabs inside',
      text: fragment.replace(/(.{20})/g, '$1 \t'),
    },
    {
      name: 'every character %-escaped',
      text: [...fragment]
        .map((c) => `%${c.charCodeAt(0).toString(16)}`)
        .join(''),
    },
    {
      name: 'escaped twice over',
      text: encodeURIComponent(encodeURIComponent(fragment)),
    },
    {
      name: 'quoted-printable soft line breaks',
      text: fragment.replace(/(.{70})/g, '$1=\r\n'),
    },
    {
      name: 'angle brackets and a full stop',
      text: `<https://example.org/${fragment}>.`,
    },
    { name: 'in quotes at the end of a sentence', text: `see "${fragment}"!` },
    { name: 'standard base64 with padding', text: `#x=${standard}==` },
    {
      name: 'standard base64 whose + became spaces',
      text: `#x=${standard.replace(/\+/g, ' ')}`,
    },
    {
      name: 'a tracking parameter after it',
      text: `${fragment}&fbclid=IwAR3xyz`,
    },
  ]

  it('has a + in its standard base64 form, so that case tests something', () => {
    expect(standard).toContain('+')
  })

  it.each(mangled)('reads a link with $name', ({ text }) => {
    const decoded = decodeShareFragment(text)

    expect(decoded.ok && decoded.doc).toEqual(doc)
  })
})

describe('damaged links', () => {
  const fragment = fragmentOf()
  const held = fragment.length - 3

  it.each([1, 10, 20, 100, held - 40, held - 2, held - 1])(
    'reports a link cut to %i characters as cut off',
    (n) => {
      const decoded = decodeShareFragment(fragment.slice(0, 3 + n))

      expect(!decoded.ok && decoded.reason).toBe('truncated')
      expect(!decoded.ok && decoded.error).toMatch(/^the link is cut off/)
    },
  )

  it('never reads a link with one character changed as a different experiment', () => {
    const alphabet =
      'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: fragment.length - 1 }),
        fc.constantFrom(...alphabet),
        (at, c) => {
          const changed = fragment.slice(0, at) + c + fragment.slice(at + 1)

          const decoded = decodeShareFragment(changed)

          // The last character may carry unused bits; then nothing changed.
          if (decoded.ok) expect(decoded.doc).toEqual(doc)
          else
            expect(decoded.error).toMatch(
              /^the link|^this is not|^the experiment/,
            )
        },
      ),
      { numRuns: 500 },
    )
  })

  it('names the checksum when the compressed data still inflates', () => {
    const json = new TextEncoder().encode(serialize(doc))
    const text = link(json)
    const bytes = [...json]
    bytes[40] ^= 1
    const other = link(new Uint8Array(bytes))

    const decoded = decodeShareFragment(
      text.slice(0, 7) + other.slice(7, 15) + text.slice(15),
    )

    expect(decoded.ok).toBe(false)
    expect(!decoded.ok && decoded.reason).toBe('corrupted')
  })

  it('stops inflating a DEFLATE bomb at the length it declares', () => {
    const bomb = link(new Uint8Array(50_000_000), { jsonLength: 1000 })

    const decoded = decodeShareFragment(bomb)

    expect(bomb.length).toBeLessThan(100_000)
    expect(!decoded.ok && decoded.error).toBe(
      'the link is damaged: it expands to more than the 1000 bytes it declares',
    )
  })

  it('refuses a link that declares more than the expansion limit', () => {
    const decoded = decodeShareFragment(
      link(new Uint8Array(10), { jsonLength: MAX_LINK_JSON_BYTES + 1 }),
    )

    expect(!decoded.ok && decoded.reason).toBe('too-large')
  })

  it('refuses a text longer than any browser address before reading it', () => {
    const decoded = decodeShareFragment(`#x=${'A'.repeat(MAX_FRAGMENT_READ)}`)

    expect(!decoded.ok && decoded.reason).toBe('too-large')
  })

  it('tells a link from a newer playground', () => {
    const decoded = decodeShareFragment(link(new Uint8Array(10), { format: 2 }))

    expect(!decoded.ok && decoded.reason).toBe('newer-version')
  })

  it('names each problem of a well-packed document that breaks the rules', () => {
    const json = new TextEncoder().encode(
      serialize(doc)
        .replace('"index":0', '"index":5')
        .replace('"expected":"3"', '"expected":"-3"'),
    )

    const decoded = decodeShareFragment(link(json))

    expect(!decoded.ok && decoded.issues).toEqual([
      {
        path: 'script.ops[0].expected',
        message:
          'expected_users "-3" is negative; expected a whole number from 0 to 18446744073709551615',
      },
    ])
  })

  it.each(['', 'hello', '#', '#y=abc', 'https://example.org/'])(
    'says %j is not a share link',
    (text) => {
      const decoded = decodeShareFragment(text)

      expect(!decoded.ok && decoded.reason).toBe('not-share-link')
    },
  )
})
