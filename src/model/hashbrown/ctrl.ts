/**
 * Control bytes (hashbrown's `Tag`) and the few SSE2 group operations the
 * table needs, done a byte at a time over a `Uint8Array`.
 *
 * - EMPTY   0b1111_1111  never used, or freed where no probe can run past it
 * - DELETED 0b1000_0000  a tombstone: freed, but a probe may still run past it
 * - FULL    0b0hhh_hhhh  the top 7 bits of the element's hash (`h2`)
 *
 * The control array has `buckets + GROUP_WIDTH` bytes. The trailing group
 * mirrors the first `GROUP_WIDTH` bytes so that a group load starting at any
 * bucket reads 16 bytes without wrapping; tables smaller than a group keep
 * their padding bytes EMPTY (see `setCtrl`).
 */

import { GROUP_WIDTH } from './capacity'

export const EMPTY = 0xff
export const DELETED = 0x80

/** FULL bytes have the top bit clear. */
export function isFull(ctrl: number): boolean {
  return ctrl < 0x80
}

/** `Tag::special_is_empty`: for a non-FULL byte, true when EMPTY. */
export function specialIsEmpty(ctrl: number): boolean {
  return (ctrl & 0x01) !== 0
}

/** `h2`: the top 7 bits of the 64-bit hash, given its high 32 bits. */
export function h2(hashHi: number): number {
  return hashHi >>> 25
}

/** An all-EMPTY control array for a table of `buckets` buckets. */
export function emptyCtrl(buckets: number): Uint8Array {
  return new Uint8Array(buckets + GROUP_WIDTH).fill(EMPTY)
}

/**
 * `BitMask::leading_zeros` of `match_empty` on the group at `pos`: how many
 * bytes, counting down from the group's last byte, are not EMPTY.
 */
export function nonEmptyRunBefore(ctrl: Uint8Array, pos: number): number {
  let n = 0
  for (let b = GROUP_WIDTH - 1; b >= 0 && ctrl[pos + b] !== EMPTY; b--) n++
  return n
}

/**
 * `BitMask::trailing_zeros` of `match_empty` on the group at `pos`: how many
 * bytes, counting up from the group's first byte, are not EMPTY.
 */
export function nonEmptyRunAfter(ctrl: Uint8Array, pos: number): number {
  let n = 0
  for (let b = 0; b < GROUP_WIDTH && ctrl[pos + b] !== EMPTY; b++) n++
  return n
}

/** Index in 0..GROUP_WIDTH of the first EMPTY or DELETED byte, or -1. */
export function firstSpecial(ctrl: Uint8Array, pos: number): number {
  for (let b = 0; b < GROUP_WIDTH; b++) {
    if (ctrl[pos + b] >= 0x80) return b
  }
  return -1
}
