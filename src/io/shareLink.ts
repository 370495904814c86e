/**
 * An experiment in a link: `#x=` and the compressed document in base64url.
 * The fragment never reaches a server, so a shared experiment stays between
 * the people who pass the link around.
 *
 * The bytes after `#x=`:
 *
 * | offset | size | what                                              |
 * | ------ | ---- | ------------------------------------------------- |
 * | 0      | 1    | link format, 1                                     |
 * | 1      | 4    | length of the compressed data (big-endian)         |
 * | 5      | 4    | length of the JSON text in UTF-8 bytes             |
 * | 9      | 4    | CRC-32 of the JSON text                            |
 * | 13     | ...  | the JSON text (`serialize`), raw DEFLATE (RFC 1951) |
 *
 * The first length tells a link that was cut off (the usual damage: a
 * mail client wrapping a long line, a selection that missed the end) from
 * one that was changed, which the checksum catches. The second bounds the
 * work before any decompression starts.
 */

import { Inflate, deflateSync } from 'fflate'
import type { ExperimentDoc } from './experimentSchema'
import { crc32, fromBase64Url, toBase64Url } from './bytes'
import type { Issue } from './issues'
import {
  type ExperimentRead,
  type ReadFailure,
  readExperimentText,
  serialize,
} from './persistence'

/**
 * The longest link `encodeShareFragment` makes, page address included.
 * RFC 9110 §4.1 asks every sender and recipient to support URIs of at
 * least 8000 octets; browsers take far longer ones, but mail clients, chat
 * apps and link shorteners are where links break, and they follow it.
 * https://www.rfc-editor.org/rfc/rfc9110#section-4.1
 */
export const MAX_LINK_CHARS = 8000

/**
 * The most JSON a link may expand to. A link near the limit holds about
 * 6 KB of compressed data, which DEFLATE (at most 1032:1) can expand to
 * 6 MB; anything claiming more is hostile or damaged.
 */
export const MAX_LINK_JSON_BYTES = 16 * 1024 * 1024

/** The longest text `decodeShareFragment` looks at, about a browser's URL limit. */
export const MAX_FRAGMENT_READ = 2 * 1024 * 1024

const PREFIX = '#x='
const LINK_FORMAT = 1
const HEADER_BYTES = 13

export interface ShareOptions {
  /**
   * Characters of the page address the fragment is appended to
   * (`location.href` without its hash): they count against the limit.
   * @default 0
   */
  readonly baseLength?: number
  /** @default MAX_LINK_CHARS */
  readonly maxLength?: number
}

export type ShareEncoded =
  | { readonly ok: true; readonly fragment: string }
  | {
      readonly ok: false
      /** The link's length had it been made, page address included. */
      readonly length: number
      readonly limit: number
      readonly error: string
    }

/**
 * The fragment (`#x=...`) that carries `doc`, or, when the link would be
 * longer than the limit, a result that says so, for the UI to offer a file
 * instead.
 */
export function encodeShareFragment(
  doc: ExperimentDoc,
  options: ShareOptions = {},
): ShareEncoded {
  const base = options.baseLength ?? 0
  const limit = options.maxLength ?? MAX_LINK_CHARS
  const json = new TextEncoder().encode(serialize(doc))
  if (json.length > MAX_LINK_JSON_BYTES) {
    // Not worth compressing: no link could be read back.
    const length = base + PREFIX.length + Math.ceil((json.length * 4) / 3)
    return tooLong(length, limit)
  }
  const packed = deflateSync(json, { level: 9 })
  const bytes = new Uint8Array(HEADER_BYTES + packed.length)
  const view = new DataView(bytes.buffer)
  view.setUint8(0, LINK_FORMAT)
  view.setUint32(1, packed.length)
  view.setUint32(5, json.length)
  view.setUint32(9, crc32(json))
  bytes.set(packed, HEADER_BYTES)
  const fragment = PREFIX + toBase64Url(bytes)
  const length = base + fragment.length
  return length > limit ? tooLong(length, limit) : { ok: true, fragment }
}

function tooLong(length: number, limit: number): ShareEncoded {
  return {
    ok: false,
    length,
    limit,
    error:
      `the link would be ${length} characters long, more than the ` +
      `${limit} that every browser, mail client and chat app passes whole; ` +
      'save the experiment as a file instead',
  }
}

/** Why a link could not be read, besides the reasons a saved file can't. */
export type ShareFailure =
  'not-share-link' | 'truncated' | 'corrupted' | ReadFailure

export type ShareDecoded =
  | Extract<ExperimentRead, { ok: true }>
  | {
      readonly ok: false
      readonly reason: ShareFailure
      readonly error: string
      /** Each problem and where, when the link held a document with problems. */
      readonly issues: readonly Issue[]
    }

/**
 * Reads the experiment in a link: `location.hash`, the whole address, or
 * text a person pasted. Tolerates what mail clients and chat apps do to
 * links: line breaks and spaces inside, `%`-escapes, quoted-printable soft
 * breaks, angle brackets or punctuation around it, standard base64 (`+`
 * and `/`) and a `+` turned into a space.
 */
export function decodeShareFragment(input: string): ShareDecoded {
  if (input.length > MAX_FRAGMENT_READ) {
    return fail(
      'too-large',
      `the link is ${input.length} characters long; the playground reads ` +
        `links of at most ${MAX_FRAGMENT_READ}`,
    )
  }
  const payload = findPayload(input)
  if (payload === null) {
    return fail(
      'not-share-link',
      'this is not a playground share link: it has no "#x=" part',
    )
  }
  // A space may be whitespace a mail client put in, or a `+` of standard
  // base64 that a form decoder turned into a space; the checksum decides.
  const joined = clean(payload.replace(/\s+/g, ''))
  const first = decodePayload(joined)
  if (first.ok || !/ /.test(payload)) return first
  const plus = clean(payload.replace(/ /g, '+').replace(/\s+/g, ''))
  const second = decodePayload(plus)
  return second.ok ? second : first
}

/** The text after `x=`, unescaped and unwrapped; null when there is none. */
function findPayload(input: string): string | null {
  let s = input.replace(/=\r?\n/g, '')
  // Links escaped once or twice over (`%2523` is `#` escaped twice).
  for (let round = 0; round < 3 && /%[0-9a-f]{2}/i.test(s); round++) {
    s = s.replace(/%([0-9a-f]{2})/gi, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    )
  }
  const m = /(?:^|[#&?\s<("'])x\s*=/.exec(s.trimStart())
  if (!m) return null
  s = s.trimStart().slice(m.index + m[0].length)
  const amp = s.indexOf('&')
  if (amp !== -1) s = s.slice(0, amp)
  // Punctuation a sentence or a mail client put around the link; none of
  // it is in the base64url alphabet.
  return s.replace(/[\s.,;:!?)\]}>"']+$/, '')
}

/** Standard base64 to base64url, padding dropped. */
function clean(text: string): string {
  return text.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function decodePayload(base64: string): ShareDecoded {
  // A link cut one character into a group: that character holds no whole
  // byte, and the length check below names the truncation.
  const whole = base64.length % 4 === 1 ? base64.slice(0, -1) : base64
  const decoded = fromBase64Url(whole)
  if (!decoded.ok)
    return fail('corrupted', `the link is damaged: ${decoded.error}`)
  const bytes = decoded.bytes
  if (bytes.length < HEADER_BYTES) {
    return fail(
      'truncated',
      'the link is cut off: it is too short to hold an experiment; ' +
        'copy the whole link',
    )
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length)
  const format = view.getUint8(0)
  if (format !== LINK_FORMAT) {
    return format > LINK_FORMAT
      ? fail(
          'newer-version',
          `the link was made by a newer version of the playground (link ` +
            `format ${format}); this one reads format ${LINK_FORMAT}`,
        )
      : fail('not-share-link', 'this is not a playground share link')
  }
  const packedLength = view.getUint32(1)
  const jsonLength = view.getUint32(5)
  const checksum = view.getUint32(9)
  const held = bytes.length - HEADER_BYTES
  if (held < packedLength) {
    const whole =
      PREFIX.length + Math.ceil(((HEADER_BYTES + packedLength) * 4) / 3)
    return fail(
      'truncated',
      `the link is cut off: it holds ${held} of its ${packedLength} bytes ` +
        `of data; copy the whole link (about ${whole} characters after the ` +
        'page address)',
    )
  }
  if (held > packedLength) {
    return fail(
      'corrupted',
      `the link is damaged: it has ${held - packedLength} more bytes ` +
        'than it says it holds',
    )
  }
  if (jsonLength > MAX_LINK_JSON_BYTES) {
    return fail(
      'too-large',
      `the link says it expands to ${jsonLength} bytes; the playground ` +
        `expands links to at most ${MAX_LINK_JSON_BYTES}`,
    )
  }
  const json = inflateBounded(bytes.subarray(HEADER_BYTES), jsonLength)
  if (typeof json === 'string') return fail('corrupted', json)
  if (crc32(json) !== checksum) {
    return fail(
      'corrupted',
      'the link is damaged: its checksum does not match, so some of it ' +
        'was changed on the way',
    )
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(json)
  } catch {
    return fail('corrupted', 'the link is damaged: its text is not UTF-8')
  }
  return readExperimentText(text)
}

/**
 * Inflates `packed`, which must expand to exactly `length` bytes, without
 * ever producing much more: input goes in 4 KiB at a time (at most about
 * 4 MB out per step) and stops as soon as the output passes `length`. A
 * DEFLATE bomb costs a few milliseconds, not the tab. Returns the bytes or
 * the reason they are wrong.
 */
function inflateBounded(
  packed: Uint8Array,
  length: number,
): Uint8Array | string {
  const out = new Uint8Array(length)
  let written = 0
  let overflow = false
  let ended = false
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length > length) overflow = true
    else out.set(chunk, written)
    written += chunk.length
    if (final) ended = true
  })
  const STEP = 4096
  try {
    for (let at = 0; at < packed.length && !overflow && !ended; at += STEP) {
      inflater.push(packed.subarray(at, at + STEP), at + STEP >= packed.length)
    }
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    return `the link is damaged: its compressed data is invalid (${why})`
  }
  if (overflow) {
    return `the link is damaged: it expands to more than the ${length} bytes it declares`
  }
  if (!ended || written !== length) {
    return (
      `the link is damaged: it expands to ${written} bytes, ` +
      `not the ${length} it declares`
    )
  }
  return out
}

function fail(reason: ShareFailure, error: string): ShareDecoded {
  return { ok: false, reason, error, issues: [] }
}
