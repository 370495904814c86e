/**
 * hashbrown's sizing rules for a table of `(u64, Session)` elements on
 * x86_64 (SSE2 groups of 16 control bytes), as in hashbrown 0.16.1's
 * `src/raw.rs`. All arithmetic is in `bigint` because Rust computes in
 * `usize` with checked operations: a request that overflows there is a
 * `CapacityOverflow` here, never a rounding error.
 *
 * | requested capacity | buckets                          | capacity  |
 * |--------------------|----------------------------------|-----------|
 * | 0                  | (no allocation)                  | 0         |
 * | 1..=3              | 4                                | 3         |
 * | 4..=7              | 8                                | 7         |
 * | 8..=14             | 16                               | 14        |
 * | n >= 15            | next_power_of_two(n * 8 / 7)     | b / 8 * 7 |
 */

import { ISIZE_MAX, USIZE_MAX, nextPowerOfTwo } from '../u64'
import type { Layout } from './tryReserveError'

/** `Group::WIDTH` for the SSE2 implementation. */
export const GROUP_WIDTH = 16

/** `size_of::<(u64, Session)>()`: u64 (8) + Option<String> (24) + SystemTime (16). */
export const ELEMENT_SIZE = 48n

/** `TableLayout::ctrl_align`: max(align_of element (8), Group::WIDTH). */
export const CTRL_ALIGN = 16n

/**
 * `capacity_to_buckets`: the bucket count for `cap` (> 0) items, or `null`
 * where Rust's `checked_mul` overflows.
 */
export function capacityToBuckets(cap: bigint): bigint | null {
  if (cap < 15n) {
    // Elements of 48 bytes give `min_cap` 3; tables of 2 buckets are skipped.
    if (cap < 4n) return 4n
    if (cap < 8n) return 8n
    return 16n
  }
  if (cap * 8n > USIZE_MAX) return null
  return nextPowerOfTwo((cap * 8n) / 7n)
}

/** `bucket_mask_to_capacity`: at most 7/8 full, one free slot when small. */
export function bucketMaskToCapacity(bucketMask: number): number {
  if (bucketMask < 8) return bucketMask
  return ((bucketMask + 1) / 8) * 7
}

/**
 * `TableLayout::calculate_layout_for`: the allocation for `buckets` buckets
 * (elements, then control bytes at a 16-byte aligned offset, plus one
 * trailing group), or `null` where Rust reports overflow, including the
 * `isize::MAX` limit on allocations.
 */
export function layoutForBuckets(buckets: bigint): Layout | null {
  const data = ELEMENT_SIZE * buckets
  if (data + CTRL_ALIGN - 1n > USIZE_MAX) return null
  const ctrlOffset = (data + CTRL_ALIGN - 1n) & ~(CTRL_ALIGN - 1n)
  const size = ctrlOffset + buckets + BigInt(GROUP_WIDTH)
  if (size > USIZE_MAX) return null
  if (size > ISIZE_MAX - (CTRL_ALIGN - 1n)) return null
  return { size, align: Number(CTRL_ALIGN) }
}
