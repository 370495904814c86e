/**
 * Read-only views of a table's layout for teaching: counts of each kind of
 * control byte, a coarse density overview for large tables, and the probe
 * sequence that a lookup of one key walks.
 */

import { GROUP_WIDTH, bucketMaskToCapacity } from './hashbrown/capacity'
import { DELETED, EMPTY, h2 } from './hashbrown/ctrl'
import type { RawTable } from './hashbrown/rawTable'
import { hashU64 } from './rust/sipHash'
import { hi32, lo32 } from './u64'

export interface TableStats {
  readonly len: number
  readonly capacity: number
  readonly buckets: number
  readonly growthLeft: number
  /** DELETED control bytes: freed slots that do not give growth back. */
  readonly tombstones: number
}

/**
 * The table's figures. Tombstones come from the `growth_left` invariant
 * (items + growth_left + DELETED bytes = bucket_mask_to_capacity) rather
 * than a count of control bytes, which at a million buckets would cost
 * more than the operation being explained.
 */
export function tableStats(t: RawTable): TableStats {
  const full = t.allocated ? bucketMaskToCapacity(t.bucketMask) : 0
  return {
    len: t.items,
    capacity: t.capacity,
    buckets: t.buckets,
    growthLeft: t.growthLeft,
    tombstones: full - t.items - t.growthLeft,
  }
}

export interface DensityCell {
  /** First bucket of the cell. */
  readonly start: number
  readonly size: number
  readonly full: number
  readonly deleted: number
}

/** Occupancy and tombstones in `cells` equal slices of the buckets. */
export function densityOverview(t: RawTable, cells: number): DensityCell[] {
  const buckets = t.buckets
  if (buckets === 0) return []
  const size = Math.max(1, Math.ceil(buckets / cells))
  const out: DensityCell[] = []
  for (let start = 0; start < buckets; start += size) {
    let full = 0
    let deleted = 0
    const end = Math.min(buckets, start + size)
    for (let i = start; i < end; i++) {
      const c = t.ctrl[i]
      if (c < 0x80) full++
      else if (c === DELETED) deleted++
    }
    out.push({ start, size: end - start, full, deleted })
  }
  return out
}

export interface ProbeStep {
  /** Start of the 16-byte group loaded at this step (unaligned). */
  readonly pos: number
  /** Buckets in this group whose control byte equals the key's h2. */
  readonly tagMatches: readonly number[]
  /** True when the group holds an EMPTY byte: a lookup stops here. */
  readonly hasEmpty: boolean
}

export interface KeyProbe {
  readonly hash: bigint
  /** `h1 & bucket_mask`: where the probe sequence starts. */
  readonly start: number
  /** `h2`: the 7 bits stored in the control byte, 0x00..=0x7f. */
  readonly h2: number
  readonly steps: readonly ProbeStep[]
  /** The bucket holding the key, or -1 when it is absent. */
  readonly bucket: number
}

/** The groups `find` visits for `id`, in order (triangular probing). */
export function probeKey(t: RawTable, id: bigint): KeyProbe {
  const hash = hashU64(t.keys, id)
  const tag = h2(Number(hash >> 32n))
  const mask = t.bucketMask
  const bucket = t.allocated ? t.find(lo32(id), hi32(id)) : -1
  const steps: ProbeStep[] = []
  let pos = Number(hash & 0xffff_ffffn) & mask
  let stride = 0
  // A lookup ends at the first group with an EMPTY byte; bounded by the
  // number of groups in case of a (never expected) full table.
  for (let guard = 0; guard <= mask / GROUP_WIDTH + 1; guard++) {
    const tagMatches: number[] = []
    let hasEmpty = false
    for (let b = 0; b < GROUP_WIDTH; b++) {
      const c = t.ctrl[pos + b]
      if (c === tag) tagMatches.push((pos + b) & mask)
      if (c === EMPTY) hasEmpty = true
    }
    steps.push({ pos, tagMatches, hasEmpty })
    if (tagMatches.includes(bucket) || hasEmpty) break
    stride += GROUP_WIDTH
    pos = (pos + stride) & mask
  }
  return {
    hash,
    start: Number(hash & 0xffff_ffffn) & mask,
    h2: tag,
    steps,
    bucket,
  }
}
