/**
 * Control bytes (hashbrown's `Tag`) and the SSE2 group operations the table
 * needs (`Group::match_tag`, `match_empty`, `match_empty_or_deleted`).
 *
 * - EMPTY   0b1111_1111  never used, or freed where no probe can run past it
 * - DELETED 0b1000_0000  a tombstone: freed, but a probe may still run past it
 * - FULL    0b0hhh_hhhh  the top 7 bits of the element's hash (`h2`)
 *
 * The control array has `buckets + GROUP_WIDTH` bytes. The trailing group
 * mirrors the first `GROUP_WIDTH` bytes so that a group load starting at any
 * bucket reads 16 bytes without wrapping; tables smaller than a group keep
 * their padding bytes EMPTY (see `setCtrl`).
 *
 * A group is read as four little-endian 32-bit words through a `DataView`
 * (loads need not be aligned, as with SSE2's `_mm_loadu_si128`) and tested
 * four bytes at a time. Each match is a 16-bit mask, bit `b` for byte `b`
 * of the group, like hashbrown's `BitMask` from `_mm_movemask_epi8`; so the
 * lowest set bit is the first matching byte in probe order.
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

/** A view for the group loads below, over the same memory as `ctrl`. */
export function ctrlView(ctrl: Uint8Array): DataView {
  return new DataView(ctrl.buffer, ctrl.byteOffset, ctrl.byteLength)
}

const LOW7 = 0x7f7f7f7f
const HIGH = 0x80808080

/**
 * The top bits of a word with one flag per byte (bits 7, 15, 23, 31) packed
 * into bits 0..3. The multiplier's four shifted copies land the flags on
 * bits 21..24 and nowhere else collide, so no carry disturbs them.
 */
function pack(flags: number): number {
  return (Math.imul(flags >>> 7, 0x0020_4081) >>> 21) & 0xf
}

/**
 * Per byte of `w`, bit 7 set where the byte is zero. Exact: adding 0x7f to
 * the low seven bits carries into bit 7 for every non-zero byte, and never
 * out of the byte, so unlike the shorter `(w - 0x01..) & ~w` trick no
 * borrow from a neighbouring byte can flag a byte that is not zero.
 */
function zeroBytes(w: number): number {
  return ~(((w & LOW7) + LOW7) | w) & HIGH
}

/** `Group::match_tag`: bytes equal to `tag` (a FULL byte, < 0x80). */
export function matchTag(view: DataView, pos: number, tag: number): number {
  const t = Math.imul(tag, 0x0101_0101)
  const z0 = zeroBytes(view.getInt32(pos, true) ^ t)
  const z1 = zeroBytes(view.getInt32(pos + 4, true) ^ t)
  const z2 = zeroBytes(view.getInt32(pos + 8, true) ^ t)
  const z3 = zeroBytes(view.getInt32(pos + 12, true) ^ t)
  // Most groups hold no match; skip packing those.
  if ((z0 | z1 | z2 | z3) === 0) return 0
  return pack(z0) | (pack(z1) << 4) | (pack(z2) << 8) | (pack(z3) << 12)
}

/** Of the control bytes, only EMPTY (0xff) has both bit 7 and bit 6 set. */
function emptyBytes(w: number): number {
  return w & (w << 1) & HIGH
}

/** `match_empty().any_bit_set()`, without building the mask. */
export function anyEmpty(view: DataView, pos: number): boolean {
  return (
    (emptyBytes(view.getInt32(pos, true)) |
      emptyBytes(view.getInt32(pos + 4, true)) |
      emptyBytes(view.getInt32(pos + 8, true)) |
      emptyBytes(view.getInt32(pos + 12, true))) !==
    0
  )
}

/**
 * The FULL bytes among the four at `pos` (a multiple of 4), bit 7 of each
 * byte of the result set where that byte is FULL; for walking the buckets
 * in iteration order: byte `lowestSetBit(mask) >>> 3` comes first.
 */
export function fullBytes(view: DataView, pos: number): number {
  return ~view.getInt32(pos, true) & HIGH
}

/**
 * The FULL buckets among the first `buckets` control bytes, in bucket
 * order, given that there are `count` of them. A table's byte count is a
 * multiple of 4, except the singleton's 1, which EMPTY padding follows.
 */
export function fullBucketList(
  view: DataView,
  buckets: number,
  count: number,
): Uint32Array {
  const out = new Uint32Array(count)
  let n = 0
  for (let p = 0; p < buckets; p += 4) {
    for (let f = fullBytes(view, p); f !== 0; f &= f - 1) {
      out[n++] = p + (lowestSetBit(f) >>> 3)
    }
  }
  return out
}

/** `BitMask::lowest_set_bit` of a non-zero mask (`trailing_zeros`). */
export function lowestSetBit(mask: number): number {
  return 31 - Math.clz32(mask & -mask)
}

/**
 * `BitMask::leading_zeros` of `match_empty` on the group at `pos`: how many
 * bytes, counting down from the group's last byte, are not EMPTY.
 */
export function nonEmptyRunBefore(view: DataView, pos: number): number {
  for (let at = GROUP_WIDTH - 4; at >= 0; at -= 4) {
    const empty = emptyBytes(view.getInt32(pos + at, true))
    // Byte 3 of the word is its top byte, flagged in bit 31.
    if (empty !== 0) return GROUP_WIDTH - 4 - at + (Math.clz32(empty) >>> 3)
  }
  return GROUP_WIDTH
}

/**
 * `BitMask::trailing_zeros` of `match_empty` on the group at `pos`: how many
 * bytes, counting up from the group's first byte, are not EMPTY.
 */
export function nonEmptyRunAfter(view: DataView, pos: number): number {
  for (let at = 0; at < GROUP_WIDTH; at += 4) {
    const empty = emptyBytes(view.getInt32(pos + at, true))
    if (empty !== 0) return at + (lowestSetBit(empty) >>> 3)
  }
  return GROUP_WIDTH
}

/**
 * `match_empty_or_deleted().lowest_set_bit()`: index in 0..GROUP_WIDTH of
 * the first EMPTY or DELETED byte (top bit set), or -1.
 */
export function firstSpecial(view: DataView, pos: number): number {
  for (let at = 0; at < GROUP_WIDTH; at += 4) {
    const special = view.getInt32(pos + at, true) & HIGH
    if (special !== 0) return at + (lowestSetBit(special) >>> 3)
  }
  return -1
}

/**
 * `fix_insert_slot`: in tables smaller than a group, a match in the EMPTY
 * padding wraps onto a FULL bucket; take the first free one instead.
 */
export function fixInsertSlot(view: DataView, index: number): number {
  if (isFull(view.getUint8(index))) return firstSpecial(view, 0)
  return index
}

/**
 * `find_insert_slot` for the hash whose low half is `h1`: the first EMPTY
 * or DELETED bucket on the probe sequence (triangular: the stride grows by
 * one group each step, which visits every group of a power-of-two table).
 */
export function findInsertSlot(view: DataView, mask: number, h1: number) {
  let pos = h1 & mask
  let stride = 0
  for (;;) {
    const b = firstSpecial(view, pos)
    if (b >= 0) return fixInsertSlot(view, (pos + b) & mask)
    stride += GROUP_WIDTH
    pos = (pos + stride) & mask
  }
}

/** Which group of the probe sequence starting at `probe` holds bucket `k`. */
export function probeGroup(k: number, probe: number, mask: number): number {
  return Math.floor(((k - probe) & mask) / GROUP_WIDTH)
}
