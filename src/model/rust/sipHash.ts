/**
 * SipHash-1-3, the algorithm behind Rust's `RandomState` and
 * `DefaultHasher` (https://doc.rust-lang.org/std/hash/struct.DefaultHasher.html).
 * Keys (0, 0) give exactly `DefaultHasher::new()`.
 *
 * Only one message shape is needed: `Hash for u64` calls `write_u64`, which
 * feeds the 8 little-endian bytes of the value. So the message is one word
 * followed by the final block `8 << 56`. Every 64-bit state word is held as
 * two 32-bit halves in local variables, so a hash allocates nothing.
 */

/** The 128-bit key of a SipHash instance, as the four initial state words. */
export interface SipKeys {
  readonly k0: bigint
  readonly k1: bigint
  /** v0..v3 after keying, as [lo, hi] pairs: v0lo, v0hi, v1lo, ... v3hi. */
  readonly init: Uint32Array
}

const MASK32 = 0xffff_ffffn

export function sipKeys(k0: bigint, k1: bigint): SipKeys {
  // "somepseudorandomlygeneratedbytes" from the SipHash paper.
  const v = [
    k0 ^ 0x736f_6d65_7073_6575n,
    k1 ^ 0x646f_7261_6e64_6f6dn,
    k0 ^ 0x6c79_6765_6e65_7261n,
    k1 ^ 0x7465_6462_7974_6573n,
  ]
  const init = new Uint32Array(8)
  v.forEach((w, i) => {
    init[2 * i] = Number(w & MASK32)
    init[2 * i + 1] = Number((w >> 32n) & MASK32)
  })
  return Object.freeze({ k0, k1, init })
}

/**
 * Hashes the u64 (`lo`, `hi`) and writes the 64-bit result into
 * `out[0]` (low half) and `out[1]` (high half).
 */
export function sipHash13U64(
  keys: SipKeys,
  lo: number,
  hi: number,
  out: Uint32Array,
): void {
  const k = keys.init
  let v0l = k[0],
    v0h = k[1],
    v1l = k[2],
    v1h = k[3]
  let v2l = k[4],
    v2h = k[5],
    v3l = k[6],
    v3h = k[7]
  let t: number
  let s: number

  // Every value stays an unsigned 32-bit number (`>>> 0`): the carry test
  // `sum < addend` is wrong for the negative results of a bare `^`.
  // One SipRound on the halves. Written out once and run five times
  // (1 compression round for the message word, 1 for the final block,
  // 3 finalisation rounds) through the loop below.
  let mlo = lo,
    mhi = hi
  for (let round = 0; round < 5; round++) {
    if (round === 0) {
      v3l = (v3l ^ mlo) >>> 0
      v3h = (v3h ^ mhi) >>> 0
    } else if (round === 1) {
      // Message absorbed; now the final block: length 8 in the top byte.
      v0l = (v0l ^ mlo) >>> 0
      v0h = (v0h ^ mhi) >>> 0
      mlo = 0
      mhi = 0x0800_0000
      v3l = (v3l ^ mlo) >>> 0
      v3h = (v3h ^ mhi) >>> 0
    } else if (round === 2) {
      v0l = (v0l ^ mlo) >>> 0
      v0h = (v0h ^ mhi) >>> 0
      v2l = (v2l ^ 0xff) >>> 0
    }
    // v0 += v1
    t = (v0l + v1l) >>> 0
    v0h = (v0h + v1h + (t < v0l ? 1 : 0)) >>> 0
    v0l = t
    // v1 = rotl(v1, 13) ^ v0
    t = ((v1l << 13) | (v1h >>> 19)) >>> 0
    s = ((v1h << 13) | (v1l >>> 19)) >>> 0
    v1l = (t ^ v0l) >>> 0
    v1h = (s ^ v0h) >>> 0
    // v0 = rotl(v0, 32)
    t = v0l
    v0l = v0h
    v0h = t
    // v2 += v3
    t = (v2l + v3l) >>> 0
    v2h = (v2h + v3h + (t < v2l ? 1 : 0)) >>> 0
    v2l = t
    // v3 = rotl(v3, 16) ^ v2
    t = ((v3l << 16) | (v3h >>> 16)) >>> 0
    s = ((v3h << 16) | (v3l >>> 16)) >>> 0
    v3l = (t ^ v2l) >>> 0
    v3h = (s ^ v2h) >>> 0
    // v0 += v3
    t = (v0l + v3l) >>> 0
    v0h = (v0h + v3h + (t < v0l ? 1 : 0)) >>> 0
    v0l = t
    // v3 = rotl(v3, 21) ^ v0
    t = ((v3l << 21) | (v3h >>> 11)) >>> 0
    s = ((v3h << 21) | (v3l >>> 11)) >>> 0
    v3l = (t ^ v0l) >>> 0
    v3h = (s ^ v0h) >>> 0
    // v2 += v1
    t = (v2l + v1l) >>> 0
    v2h = (v2h + v1h + (t < v2l ? 1 : 0)) >>> 0
    v2l = t
    // v1 = rotl(v1, 17) ^ v2
    t = ((v1l << 17) | (v1h >>> 15)) >>> 0
    s = ((v1h << 17) | (v1l >>> 15)) >>> 0
    v1l = (t ^ v2l) >>> 0
    v1h = (s ^ v2h) >>> 0
    // v2 = rotl(v2, 32)
    t = v2l
    v2l = v2h
    v2h = t
  }
  out[0] = (v0l ^ v1l ^ v2l ^ v3l) >>> 0
  out[1] = (v0h ^ v1h ^ v2h ^ v3h) >>> 0
}

/** Convenience form for tests and display: the full 64-bit hash. */
export function hashU64(keys: SipKeys, key: bigint): bigint {
  const out = new Uint32Array(2)
  sipHash13U64(keys, Number(key & MASK32), Number((key >> 32n) & MASK32), out)
  return (BigInt(out[1]) << 32n) | BigInt(out[0])
}
