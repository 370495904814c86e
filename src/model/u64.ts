/**
 * Unsigned 64-bit integers as JavaScript values.
 *
 * Rust's `u64` user ids can exceed 2^53, so every id is a `bigint` at the
 * API boundary. Inside the table an id is split into two 32-bit halves so
 * that the hot paths (hashing, probing, comparing) allocate nothing.
 */

export const U64_MAX = 0xffff_ffff_ffff_ffffn
export const USIZE_MAX = U64_MAX // x86_64: usize is 64 bits wide
export const ISIZE_MAX = 0x7fff_ffff_ffff_ffffn

/** Lossless `bigint` ↔ 32-bit halves conversion through one shared buffer. */
const scratch = new BigUint64Array(1)
const scratchHalves = new Uint32Array(scratch.buffer)
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/** The low 32 bits of `v` (which must be in 0..=u64::MAX). */
export function lo32(v: bigint): number {
  scratch[0] = v
  return scratchHalves[LITTLE_ENDIAN ? 0 : 1]
}

/** The high 32 bits of `v` (which must be in 0..=u64::MAX). */
export function hi32(v: bigint): number {
  scratch[0] = v
  return scratchHalves[LITTLE_ENDIAN ? 1 : 0]
}

/** Joins two 32-bit halves back into a `bigint`. */
export function fromHalves(lo: number, hi: number): bigint {
  scratchHalves[LITTLE_ENDIAN ? 0 : 1] = lo
  scratchHalves[LITTLE_ENDIAN ? 1 : 0] = hi
  return scratch[0]
}

/** `next_power_of_two` for a positive bigint. */
export function nextPowerOfTwo(v: bigint): bigint {
  let p = 1n
  while (p < v) p <<= 1n
  return p
}

/** Offsets of the low and high half of element `i` in `halvesOf`: 2i+LO, 2i+HI. */
export const LO = LITTLE_ENDIAN ? 0 : 1
export const HI = LITTLE_ENDIAN ? 1 : 0

/** A 32-bit view over a `BigUint64Array`, to read halves without a bigint. */
export function halvesOf(a: BigUint64Array): Uint32Array {
  return new Uint32Array(a.buffer, a.byteOffset, a.length * 2)
}
