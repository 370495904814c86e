/**
 * A model of hashbrown 0.16.1's `RawTable<(u64, Session)>` (the table under
 * Rust 1.95's `std::collections::HashMap`) on x86_64, where control bytes
 * are scanned in SSE2 groups of 16. Every decision that shows in Rust's
 * observable behaviour (bucket count, capacity, which slot an element
 * lands in, EMPTY versus DELETED on erase, in-place rehash versus resize)
 * follows `src/raw.rs` step by step, so iteration order and `capacity()`
 * agree with the real map. Source:
 * https://github.com/rust-lang/hashbrown/blob/v0.16.1/src/raw.rs
 */

import { USIZE_MAX } from '../u64'
import { type SipKeys, sipHash13U64 } from '../rust/sipHash'
import {
  GROUP_WIDTH,
  bucketMaskToCapacity,
  capacityToBuckets,
  layoutForBuckets,
} from './capacity'
import {
  DELETED,
  EMPTY,
  anyEmpty,
  ctrlView,
  emptyCtrl,
  findInsertSlot,
  firstSpecial,
  fixInsertSlot,
  fullBucketList,
  h2,
  isFull,
  lowestSetBit,
  matchTag,
  nonEmptyRunAfter,
  nonEmptyRunBefore,
  probeGroup,
  specialIsEmpty,
} from './ctrl'
import { utf8Length } from '../rust/utf8'
import { Columns } from './columns'
import { CAPACITY_OVERFLOW, type TryReserveError } from './tryReserveError'

/** Settings of the simulated machine, shared by a table and its clones. */
export interface TableLimits {
  /**
   * Bytes the simulated allocator can hand out; a bigger table layout is an
   * `AllocError`, as when Rust's allocator returns null.
   * @default 16 GiB
   */
  readonly memoryBytes: bigint
  /**
   * The most buckets this JavaScript model will allocate. Rust could go
   * further; a request beyond this is refused with `TableTooLargeError`
   * before anything changes, never reported as a Rust result.
   * @default 2^22
   */
  readonly maxBuckets: number
}

export const DEFAULT_LIMITS: TableLimits = Object.freeze({
  memoryBytes: 16n << 30n,
  maxBuckets: 1 << 22,
})

/** A reservation that Rust would grant but this model cannot hold. */
export class TableTooLargeError extends Error {
  readonly buckets: bigint
  readonly maxBuckets: number

  constructor(buckets: bigint, maxBuckets: number) {
    super(
      `the table would need ${buckets} buckets; ` +
        `this playground holds at most ${maxBuckets} buckets`,
    )
    this.name = 'TableTooLargeError'
    this.buckets = buckets
    this.maxBuckets = maxBuckets
  }
}

/**
 * An infallible `reserve` (the one `extend` and `insert` make) that failed.
 * Rust does not return from it: hashbrown panics with `Hash table capacity
 * overflow`, or calls `handle_alloc_error`, whose default hook prints
 * `memory allocation of N bytes failed` and aborts the process
 * (https://doc.rust-lang.org/std/alloc/fn.handle_alloc_error.html).
 * The model raises it before anything has changed in the table.
 */
export class ReserveAbortError extends Error {
  /** The error `try_reserve` would have returned for the same request. */
  readonly error: TryReserveError
  /** What Rust prints to stderr as it stops. */
  readonly rustMessage: string

  constructor(error: TryReserveError) {
    const rustMessage =
      error.kind === 'AllocError'
        ? `memory allocation of ${error.layout.size} bytes failed`
        : 'Hash table capacity overflow'
    super(`Rust would stop here: ${rustMessage}`)
    this.name = 'ReserveAbortError'
    this.error = error
    this.rustMessage = rustMessage
  }
}

/** How an operation changed the allocation, for the UI's explanations. */
export interface LayoutChange {
  readonly kind: 'resize' | 'rehash-in-place' | 'free'
  readonly fromBuckets: number
  readonly toBuckets: number
  readonly items: number
}

export class RawTable {
  /**
   * `bucket_mask`: number of buckets minus one. Buckets are a power of two.
   * 0 together with `allocated === false` is hashbrown's empty singleton
   * (`RawTableInner::NEW`): one static group of EMPTY bytes, no allocation.
   */
  bucketMask = 0
  /** False only for the empty singleton; true once memory is allocated. */
  allocated = false
  /**
   * `growth_left`: inserts into EMPTY slots still possible before a resize.
   * Invariant: items + growthLeft + (number of DELETED bytes)
   *   === bucket_mask_to_capacity(bucketMask).
   */
  growthLeft = 0
  /** `items`: number of FULL buckets. */
  items = 0
  /**
   * Sum of `str::len` over the `Some` tokens in FULL buckets: the heap
   * bytes the tokens' `String`s hold, which a `clone` copies besides the
   * table (`String::clone` allocates exactly `len`). Not hashbrown's: kept
   * as tokens come and go so that a cost shown per op never walks a
   * million strings.
   */
  tokenBytes = 0
  /** The elements, slot by slot (meaningful where `ctrl` is FULL). */
  cols: Columns = new Columns(1)
  /** `hash_builder`: SipHash-1-3 keys, as `RandomState` holds them. */
  readonly keys: SipKeys
  readonly limits: TableLimits
  /** Told about every resize, in-place rehash and free, as it happens. */
  observer: ((change: LayoutChange) => void) | null = null
  /** Scratch for one 64-bit hash as [lo, hi]; keeps hashing allocation-free. */
  private readonly hash = new Uint32Array(2)
  private bytes: Uint8Array = emptyCtrl(1)
  /** The same memory as `ctrl`, for the group loads in `ctrl.ts`. */
  private view: DataView = ctrlView(this.bytes)

  constructor(keys: SipKeys, limits: TableLimits = DEFAULT_LIMITS) {
    this.keys = keys
    this.limits = limits
  }

  /**
   * `ctrl`: `buckets + GROUP_WIDTH` control bytes (see `ctrl.ts`).
   * Invariant: byte `buckets + i` equals byte `i` for i < GROUP_WIDTH when
   * buckets >= GROUP_WIDTH; for smaller tables bytes buckets..GROUP_WIDTH
   * are EMPTY and byte `GROUP_WIDTH + i` mirrors byte `i`.
   */
  get ctrl(): Uint8Array {
    return this.bytes
  }
  set ctrl(bytes: Uint8Array) {
    this.bytes = bytes
    this.view = ctrlView(bytes)
  }

  /** `buckets()`, except that the unallocated singleton reports 0. */
  get buckets(): number {
    return this.allocated ? this.bucketMask + 1 : 0
  }

  /** `HashMap::capacity`: items + growth_left. */
  get capacity(): number {
    return this.items + this.growthLeft
  }

  /** A deep copy of the whole layout: buckets, control bytes, tombstones. */
  clone(): RawTable {
    const t = new RawTable(this.keys, this.limits)
    t.bucketMask = this.bucketMask
    t.allocated = this.allocated
    t.ctrl = this.ctrl.slice()
    t.growthLeft = this.growthLeft
    t.items = this.items
    t.tokenBytes = this.tokenBytes
    t.cols = new Columns(0, this.cols)
    return t
  }

  /** Hashes the key halves into `this.hash`. */
  private hashKey(lo: number, hi: number): void {
    sipHash13U64(this.keys, lo, hi, this.hash)
  }

  /**
   * `find`: the bucket holding the key, or -1. It stops at the same group
   * as `find_or_find_insert_slot` (the first one with an EMPTY byte, which
   * always offers a slot), so it shares that probe.
   */
  find(lo: number, hi: number): number {
    this.hashKey(lo, hi)
    const i = this.findOrInsertSlot(lo, hi, this.hash[0], h2(this.hash[1]))
    return i >= 0 ? i : -1
  }

  /**
   * `find_or_find_insert_slot_inner` for the key with hash (`h1`, `tag`):
   * the bucket holding the key (>= 0), or `-(slot + 1)` for the slot an
   * insert would use.
   */
  private findOrInsertSlot(lo: number, hi: number, h1: number, tag: number) {
    const mask = this.bucketMask
    const view = this.view
    const { keyLo, keyHi } = this.cols
    let pos = h1 & mask
    // The key is most often in the probe's first bucket. Testing that one
    // first gives the same answer (keys are unique among FULL buckets) and
    // lets the CPU load the key columns while the group load is in flight.
    // When free, that bucket is also the slot the first group yields.
    const first = this.bytes[pos]
    if (first === tag && keyLo[pos] === lo && keyHi[pos] === hi) return pos
    let slot = first >= 0x80 ? pos : -1
    let stride = 0
    for (;;) {
      // A tag match can only be FULL; one holding another key is skipped.
      for (let m = matchTag(view, pos, tag); m !== 0; m &= m - 1) {
        const i = (pos + lowestSetBit(m)) & mask
        if (keyLo[i] === lo && keyHi[i] === hi) return i
      }
      if (slot < 0) {
        const b = firstSpecial(view, pos)
        if (b >= 0) slot = (pos + b) & mask
      }
      // Stop only at a group with an EMPTY byte: the key could still sit in
      // a later group past a run of FULL and DELETED bytes.
      if (slot >= 0 && anyEmpty(view, pos)) {
        return -(fixInsertSlot(view, slot) + 1)
      }
      stride += GROUP_WIDTH
      pos = (pos + stride) & mask
    }
  }

  /** `set_ctrl`: writes a control byte and its mirror in the trailing group. */
  private setCtrl(index: number, value: number): void {
    this.bytes[index] = value
    this.bytes[((index - GROUP_WIDTH) & this.bucketMask) + GROUP_WIDTH] = value
  }

  /**
   * `HashMap::insert`: replaces the value in place when the key is present
   * (the slot and the order stay), otherwise fills the probe's first free
   * slot. Like hashbrown it reserves room for one more item first, even for
   * a key that is already present. Returns true when a value was replaced.
   */
  insert(
    lo: number,
    hi: number,
    token: string | null,
    secsLo: number,
    secsHi: number,
    nanos: number,
  ): boolean {
    this.hashKey(lo, hi)
    const h = this.hash
    const bytes = token === null ? 0 : utf8Length(token)
    return this.insertHashed(
      h[0],
      h[1],
      lo,
      hi,
      token,
      bytes,
      secsLo,
      secsHi,
      nanos,
    )
  }

  /**
   * `insert` for a key whose 64-bit hash is (hashLo, hashHi) and whose
   * token is `tokenBytes` long in UTF-8 (0 for `None`). Both come from the
   * caller so that a batch computes them in a loop of their own, out of
   * the probe's hot path.
   */
  insertHashed(
    hashLo: number,
    hashHi: number,
    lo: number,
    hi: number,
    token: string | null,
    tokenBytes: number,
    secsLo: number,
    secsHi: number,
    nanos: number,
  ): boolean {
    if (this.growthLeft < 1) this.reserve(1n)
    const tag = h2(hashHi)
    let i = hashLo & this.bucketMask
    // The common case, kept small: the probe's first bucket is EMPTY, so
    // the probe stops in this group, and no byte of it has the key's tag,
    // so the key is new and goes to that first bucket.
    if (this.bytes[i] === EMPTY && matchTag(this.view, i, tag) === 0) {
      this.growthLeft--
    } else {
      i = this.findOrInsertSlot(lo, hi, hashLo, tag)
      if (i >= 0) {
        this.tokenBytes += tokenBytes - this.cols.tokenBytesAt(i)
        this.cols.setValue(i, token, tokenBytes, secsLo, secsHi, nanos)
        return true
      }
      i = -i - 1
      if (specialIsEmpty(this.bytes[i])) this.growthLeft--
    }
    this.setCtrl(i, tag)
    this.items++
    this.cols.set(i, lo, hi, token, tokenBytes, secsLo, secsHi, nanos)
    this.tokenBytes += tokenBytes
    return false
  }

  /**
   * `erase`: frees a FULL bucket. It becomes EMPTY (and gives back growth)
   * unless some probe could have run past it: when the non-EMPTY bytes
   * around it span a whole group, a lookup may have skipped this group
   * without stopping, so the slot must stay a DELETED tombstone.
   */
  erase(index: number): void {
    const mask = this.bucketMask
    const before = nonEmptyRunBefore(this.view, (index - GROUP_WIDTH) & mask)
    const after = nonEmptyRunAfter(this.view, index)
    let value = DELETED
    if (before + after < GROUP_WIDTH) {
      value = EMPTY
      this.growthLeft++
    }
    this.setCtrl(index, value)
    this.items--
    this.tokenBytes -= this.cols.tokenBytesAt(index)
    this.cols.clear(index)
  }

  /** `Option::take` on the token of FULL bucket `index`: moves it out. */
  takeToken(index: number): string | null {
    const token = this.cols.tokens[index]
    this.tokenBytes -= this.cols.tokenBytesAt(index)
    this.cols.clear(index)
    return token
  }

  /**
   * `reserve` (infallible): as `tryReserve`, but where that returns an
   * error Rust panics or aborts, raised here as `ReserveAbortError` with
   * nothing changed.
   */
  reserve(additional: bigint): void {
    const err = this.tryReserve(additional)
    if (err) throw new ReserveAbortError(err)
  }

  /**
   * `try_reserve`: makes room for `additional` more items. `null` is
   * `Ok(())`. On error, and on `TableTooLargeError`, nothing has changed.
   */
  tryReserve(additional: bigint): TryReserveError | null {
    if (additional <= BigInt(this.growthLeft)) return null
    return this.reserveRehash(additional)
  }

  /**
   * `reserve_rehash_inner`: rehash in place when at least half the full
   * capacity would stay free (the shortfall is tombstones), otherwise grow
   * to at least one more than the current full capacity, so that a
   * delete-heavy workload does not rehash again and again.
   */
  private reserveRehash(additional: bigint): TryReserveError | null {
    const newItems = BigInt(this.items) + additional
    if (newItems > USIZE_MAX) return CAPACITY_OVERFLOW
    const fullCapacity = BigInt(bucketMaskToCapacity(this.bucketMask))
    if (newItems <= fullCapacity / 2n) {
      this.rehashInPlace()
      return null
    }
    const target = newItems > fullCapacity + 1n ? newItems : fullCapacity + 1n
    return this.resize(target)
  }

  /**
   * `resize_inner`: allocates a table for `capacity` items and moves every
   * element, in bucket order, to the first free slot of its probe sequence
   * in the new table. Iteration order changes as a result.
   */
  private resize(capacity: bigint): TryReserveError | null {
    const bucketsBig = capacityToBuckets(capacity)
    if (bucketsBig === null) return CAPACITY_OVERFLOW
    const layout = layoutForBuckets(bucketsBig)
    if (layout === null) return CAPACITY_OVERFLOW
    if (layout.size > this.limits.memoryBytes) {
      return { kind: 'AllocError', layout }
    }
    if (bucketsBig > BigInt(this.limits.maxBuckets)) {
      throw new TableTooLargeError(bucketsBig, this.limits.maxBuckets)
    }
    const fromBuckets = this.buckets
    const buckets = Number(bucketsBig)
    const oldView = this.view
    const oldCols = this.cols
    const oldBuckets = this.bucketMask + 1
    this.bucketMask = buckets - 1
    this.ctrl = emptyCtrl(buckets)
    this.cols = new Columns(buckets)
    const h = this.hash
    for (const i of fullBucketList(oldView, oldBuckets, this.items)) {
      sipHash13U64(this.keys, oldCols.keyLo[i], oldCols.keyHi[i], h)
      const j = findInsertSlot(this.view, this.bucketMask, h[0])
      this.setCtrl(j, h2(h[1]))
      this.cols.copyFrom(oldCols, i, j)
    }
    this.allocated = true
    this.growthLeft = bucketMaskToCapacity(this.bucketMask) - this.items
    this.observer?.({
      kind: 'resize',
      fromBuckets,
      toBuckets: buckets,
      items: this.items,
    })
    return null
  }

  /**
   * `rehash_in_place`: turns every FULL byte into DELETED and every DELETED
   * into EMPTY, then re-inserts each element (now marked DELETED) at the
   * first free slot of its probe sequence, leaving it where it is when that
   * slot is in the same probe group, and swapping with another
   * not-yet-rehashed element when the target holds one.
   */
  private rehashInPlace(): void {
    const buckets = this.bucketMask + 1
    const ctrl = this.ctrl
    const groupBytes = Math.max(buckets, GROUP_WIDTH)
    for (let i = 0; i < groupBytes; i++) {
      ctrl[i] = isFull(ctrl[i]) ? DELETED : EMPTY
    }
    if (buckets < GROUP_WIDTH) {
      ctrl.copyWithin(GROUP_WIDTH, 0, buckets)
    } else {
      ctrl.copyWithin(buckets, 0, GROUP_WIDTH)
    }
    const mask = this.bucketMask
    for (let i = 0; i < buckets; i++) {
      if (ctrl[i] !== DELETED) continue
      for (;;) {
        this.hashKey(this.cols.keyLo[i], this.cols.keyHi[i])
        const h1 = this.hash[0]
        const tag = h2(this.hash[1])
        const j = findInsertSlot(this.view, mask, h1)
        const probe = h1 & mask
        if (probeGroup(i, probe, mask) === probeGroup(j, probe, mask)) {
          this.setCtrl(i, tag)
          break
        }
        const prev = ctrl[j]
        this.setCtrl(j, tag)
        if (prev === EMPTY) {
          this.setCtrl(i, EMPTY)
          this.cols.copyFrom(this.cols, i, j)
          this.cols.clear(i)
          break
        }
        this.cols.swap(i, j)
      }
    }
    this.growthLeft = bucketMaskToCapacity(mask) - this.items
    this.observer?.({
      kind: 'rehash-in-place',
      fromBuckets: buckets,
      toBuckets: buckets,
      items: this.items,
    })
  }

  /**
   * `shrink_to(0)`, which `shrink_to_fit` calls: an empty table is freed;
   * otherwise the elements move to the smallest table that holds them, if
   * that has fewer buckets, and nothing happens if not (tombstones stay).
   */
  shrinkToFit(): void {
    if (this.items === 0) {
      const fromBuckets = this.buckets
      this.bucketMask = 0
      this.allocated = false
      this.ctrl = emptyCtrl(1)
      this.cols = new Columns(1)
      this.growthLeft = 0
      if (fromBuckets > 0) {
        this.observer?.({ kind: 'free', fromBuckets, toBuckets: 0, items: 0 })
      }
      return
    }
    const minBuckets = capacityToBuckets(BigInt(this.items))
    if (minBuckets !== null && minBuckets < BigInt(this.bucketMask + 1)) {
      this.resize(BigInt(this.items))
    }
  }

  /** Full bucket indices in iteration order (bucket order). */
  fullBuckets(): Uint32Array {
    return fullBucketList(this.view, this.bucketMask + 1, this.items)
  }
}
