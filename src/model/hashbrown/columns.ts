/**
 * The element storage of a table of `(u64, Session)`: one typed array per
 * field, indexed by bucket. A bucket's slot is meaningful only while its
 * control byte is FULL. No object is created per bucket, so a million
 * sessions cost a few flat arrays rather than a million heap objects.
 */

import { utf8Length } from '../rust/utf8'

/** `tokenLen` of a token of 255 bytes or more. */
export const LONG_TOKEN = 255

export class Columns {
  /** The user id's low and high 32 bits. */
  readonly keyLo: Uint32Array
  readonly keyHi: Uint32Array
  /** `last_active` as seconds (split in halves, <= i64::MAX) and nanoseconds. */
  readonly secsLo: Uint32Array
  readonly secsHi: Uint32Array
  readonly nanos: Uint32Array
  /** `token`: `null` is `None`; `''` is `Some("")`. */
  readonly tokens: (string | null)[]
  /**
   * The token's `str::len` (0 for `None`), or {@link LONG_TOKEN} for one of
   * 255 bytes or more, whose length is read from the string when needed.
   * Kept so that freeing a slot knows its token's bytes without reading the
   * string, which at a million scattered strings is a cache miss apiece.
   */
  readonly tokenLen: Uint8Array

  constructor(buckets: number, from?: Columns) {
    if (from) {
      this.keyLo = from.keyLo.slice()
      this.keyHi = from.keyHi.slice()
      this.secsLo = from.secsLo.slice()
      this.secsHi = from.secsHi.slice()
      this.nanos = from.nanos.slice()
      this.tokens = from.tokens.slice()
      this.tokenLen = from.tokenLen.slice()
      return
    }
    this.keyLo = new Uint32Array(buckets)
    this.keyHi = new Uint32Array(buckets)
    this.secsLo = new Uint32Array(buckets)
    this.secsHi = new Uint32Array(buckets)
    this.nanos = new Uint32Array(buckets)
    this.tokens = new Array<string | null>(buckets).fill(null)
    this.tokenLen = new Uint8Array(buckets)
  }

  /** `str::len` of the token in slot `i`; 0 for `None`. */
  tokenBytesAt(i: number): number {
    const n = this.tokenLen[i]
    const token = this.tokens[i]
    return n < LONG_TOKEN || token === null ? n : utf8Length(token)
  }

  /** Copies slot `from` of `src` into slot `to` of this storage. */
  copyFrom(src: Columns, from: number, to: number): void {
    this.keyLo[to] = src.keyLo[from]
    this.keyHi[to] = src.keyHi[from]
    this.secsLo[to] = src.secsLo[from]
    this.secsHi[to] = src.secsHi[from]
    this.nanos[to] = src.nanos[from]
    this.tokens[to] = src.tokens[from]
    this.tokenLen[to] = src.tokenLen[from]
  }

  /** Writes a whole element into slot `i`; `bytes` is the token's length. */
  set(
    i: number,
    lo: number,
    hi: number,
    token: string | null,
    bytes: number,
    secsLo: number,
    secsHi: number,
    nanos: number,
  ): void {
    this.keyLo[i] = lo
    this.keyHi[i] = hi
    this.setValue(i, token, bytes, secsLo, secsHi, nanos)
  }

  /**
   * Writes the value half of slot `i`: the session, not the key. `bytes`
   * is the token's `str::len` (0 for `None`), which the caller has.
   */
  setValue(
    i: number,
    token: string | null,
    bytes: number,
    secsLo: number,
    secsHi: number,
    nanos: number,
  ): void {
    this.tokens[i] = token
    this.tokenLen[i] = bytes < LONG_TOKEN ? bytes : LONG_TOKEN
    this.secsLo[i] = secsLo
    this.secsHi[i] = secsHi
    this.nanos[i] = nanos
  }

  swap(i: number, j: number): void {
    swapIn(this.keyLo, i, j)
    swapIn(this.keyHi, i, j)
    swapIn(this.secsLo, i, j)
    swapIn(this.secsHi, i, j)
    swapIn(this.nanos, i, j)
    const t = this.tokens[i]
    this.tokens[i] = this.tokens[j]
    this.tokens[j] = t
    const n = this.tokenLen[i]
    this.tokenLen[i] = this.tokenLen[j]
    this.tokenLen[j] = n
  }

  /** Drops the token reference so a freed slot keeps no string alive. */
  clear(i: number): void {
    this.tokens[i] = null
    this.tokenLen[i] = 0
  }

  /** Bytes these arrays occupy per bucket, token strings not included. */
  static bytesPerBucket(pointerSize: number): number {
    return 5 * 4 + 1 + pointerSize
  }
}

function swapIn(a: Uint32Array, i: number, j: number): void {
  const t = a[i]
  a[i] = a[j]
  a[j] = t
}
