/**
 * Bytes as link-safe text and a checksum over them, for share links.
 * Written out here because they are small and exact, and Node 20 has no
 * `Uint8Array.prototype.toBase64`.
 */

const ALPHABET =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** Character code to its 6-bit value; -1 for a character not in base64url. */
const VALUES = (() => {
  const table = new Int8Array(128).fill(-1)
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i
  return table
})()

/**
 * base64url without padding (RFC 4648 §5): letters, digits, `-` and `_`,
 * none of which a URL, a mail client or a chat app needs to escape.
 */
export function toBase64Url(bytes: Uint8Array): string {
  let out = ''
  let i = 0
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2]
    out +=
      ALPHABET[n >>> 18] +
      ALPHABET[(n >>> 12) & 63] +
      ALPHABET[(n >>> 6) & 63] +
      ALPHABET[n & 63]
  }
  const rest = bytes.length - i
  if (rest === 1) {
    const n = bytes[i] << 16
    out += ALPHABET[n >>> 18] + ALPHABET[(n >>> 12) & 63]
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8)
    out +=
      ALPHABET[n >>> 18] + ALPHABET[(n >>> 12) & 63] + ALPHABET[(n >>> 6) & 63]
  }
  return out
}

export type Decoded =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly error: string }

/**
 * Decodes base64url text without padding or whitespace (the caller cleans
 * those up). Refuses any other character, naming it and where it is, and a
 * length no encoder makes (one character past a whole group).
 */
export function fromBase64Url(text: string): Decoded {
  if (text.length % 4 === 1) {
    return {
      ok: false,
      error:
        `${text.length} characters cannot be base64 (a character is ` +
        'missing or extra)',
    }
  }
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4))
  let acc = 0
  let bits = 0
  let j = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const v = c < 128 ? VALUES[c] : -1
    if (v < 0) {
      return {
        ok: false,
        error:
          `the character ${JSON.stringify(text[i])} at position ${i + 1} ` +
          'cannot be part of the link',
      }
    }
    acc = ((acc << 6) | v) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes[j++] = (acc >>> bits) & 0xff
    }
  }
  return { ok: true, bytes }
}

/** The CRC-32 table of ISO-HDLC (zlib, PNG, gzip), reflected 0xedb88320. */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

/** CRC-32 as zlib's `crc32` computes it; `crc32("123456789")` = 0xcbf43926. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (let i = 0; i < bytes.length; i++) {
    c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8)
  }
  return (c ^ 0xffffffff) >>> 0
}
