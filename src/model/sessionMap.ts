/**
 * `HashMap<u64, Session>`: the methods the playground calls, on top of the
 * `RawTable` model. Method names and results follow
 * https://doc.rust-lang.org/std/collections/struct.HashMap.html
 */

import { capacityToBuckets, layoutForBuckets } from './hashbrown/capacity'
import { ctrlView, fullBytes, lowestSetBit } from './hashbrown/ctrl'
import {
  DEFAULT_LIMITS,
  type LayoutChange,
  RawTable,
  ReserveAbortError,
  TableTooLargeError,
  type TableLimits,
} from './hashbrown/rawTable'
import type { TryReserveError } from './hashbrown/tryReserveError'
import { type SipKeys, sipHash13U64 } from './rust/sipHash'
import type { Duration, SystemTime } from './rust/time'
import { NANOS_PER_SEC, toNanos } from './rust/time'
import type { Session, SessionBatch } from './session'
import { HI, LO, fromHalves, halvesOf, hi32, lo32 } from './u64'

/** What `extend` did, for the UI's explanation. */
export interface ExtendReport {
  /** The batch length (duplicates included). */
  readonly batch: number
  /** What `extend` passed to `reserve`. */
  readonly reserved: number
  /** Why: the map was empty (whole batch) or not ((n + 1) / 2). */
  readonly reserveRule: 'whole-batch' | 'half-batch'
  /** Inserts that replaced the value of an id already present. */
  readonly overwritten: number
  /** Every reallocation and in-place rehash, in order. */
  readonly changes: readonly LayoutChange[]
}

export interface RetainReport {
  readonly removedCount: number
  /** Removed ids in the map's iteration order before `retain`, up to a limit. */
  readonly removed: readonly bigint[]
}

export class SessionMap {
  /** The table itself; read it for layout views, never write to it. */
  readonly table: RawTable

  private constructor(table: RawTable) {
    this.table = table
  }

  /** `HashMap::with_hasher`: empty, unallocated. */
  static withHasher(keys: SipKeys, limits: TableLimits = DEFAULT_LIMITS) {
    return new SessionMap(new RawTable(keys, limits))
  }

  get len(): number {
    return this.table.items
  }
  get capacity(): number {
    return this.table.capacity
  }
  get buckets(): number {
    return this.table.buckets
  }
  get growthLeft(): number {
    return this.table.growthLeft
  }
  get keys(): SipKeys {
    return this.table.keys
  }

  /** `clone`: the same buckets, control bytes, tombstones and order. */
  clone(): SessionMap {
    return new SessionMap(this.table.clone())
  }

  /** `try_reserve`: `null` is `Ok(())`; on error the map is unchanged. */
  tryReserve(additional: bigint): TryReserveError | null {
    return this.table.tryReserve(additional)
  }

  shrinkToFit(): void {
    this.table.shrinkToFit()
  }

  /** `get`: a copy of the session stored for `id`. */
  get(id: bigint): Session | undefined {
    const i = this.table.find(lo32(id), hi32(id))
    return i < 0 ? undefined : this.sessionAt(i)
  }

  has(id: bigint): boolean {
    return this.table.find(lo32(id), hi32(id)) >= 0
  }

  /** `insert`; true when an existing value was replaced. */
  insert(id: bigint, s: Session): boolean {
    const secs = s.lastActive.secs
    return this.table.insert(
      lo32(id),
      hi32(id),
      s.token,
      lo32(secs),
      hi32(secs),
      s.lastActive.nanos,
    )
  }

  /**
   * `extend`: reserves the whole batch length into an empty map and
   * `(n + 1) / 2` otherwise (hashbrown's `Extend` impl: keys may repeat, so
   * reserving it all could double the table for nothing), then inserts in
   * order; a later duplicate replaces an earlier one.
   */
  extend(batch: SessionBatch): ExtendReport {
    const n = batch.ids.length
    const wasEmpty = this.len === 0
    const reserved = wasEmpty ? n : Math.floor((n + 1) / 2)
    const table = this.table
    // The worst case doubles the table once more than the final size needs;
    // only then keep a copy, so a refusal midway (a table too large for the
    // playground, or one Rust could not allocate) leaves the map as it was.
    const worst = capacityToBuckets(BigInt(this.len + n) * 2n) ?? 0n
    const worstSize = layoutForBuckets(worst)?.size ?? null
    const mayFail =
      worst > BigInt(table.limits.maxBuckets) ||
      worstSize === null ||
      worstSize > table.limits.memoryBytes
    const backup = mayFail ? table.clone() : null
    const changes: LayoutChange[] = []
    const previous = table.observer
    table.observer = (c) => {
      changes.push(c)
      previous?.(c)
    }
    let overwritten: number
    try {
      table.reserve(BigInt(reserved))
      overwritten = insertAll(table, batch)
    } catch (e) {
      const refused =
        e instanceof TableTooLargeError || e instanceof ReserveAbortError
      if (backup && refused) this.restoreFrom(backup)
      throw e
    } finally {
      table.observer = previous
    }
    const reserveRule = wasEmpty ? 'whole-batch' : 'half-batch'
    return { batch: n, reserved, reserveRule, overwritten, changes }
  }

  private restoreFrom(backup: RawTable): void {
    const t = this.table
    t.bucketMask = backup.bucketMask
    t.allocated = backup.allocated
    t.ctrl = backup.ctrl
    t.growthLeft = backup.growthLeft
    t.items = backup.items
    t.tokenBytes = backup.tokenBytes
    t.cols = backup.cols
  }

  /**
   * `get_mut(&id)` then `Option::take` on the token: the token is moved out
   * and `None` left behind. The layout never changes.
   */
  takeToken(id: bigint): string | null {
    const i = this.table.find(lo32(id), hi32(id))
    return i < 0 ? null : this.table.takeToken(i)
  }

  /**
   * `retain(|_, s| now.duration_since(s.last_active).map(|d| d <= max_idle)
   * .unwrap_or(false))`: keeps a session iff
   * `now - max_idle <= last_active <= now`. Visits buckets in iteration
   * order and erases as it goes, as hashbrown's `retain` does.
   */
  retainActive(
    now: SystemTime,
    maxIdle: Duration,
    listLimit = Number.POSITIVE_INFINITY,
  ): RetainReport {
    const [upHi, upLo, upNs] = splitNanos(toNanos(now))
    const lowerNanos = toNanos(now) - toNanos(maxIdle)
    // Without a lower bound (max_idle reaches back past the epoch), every
    // time at or before `now` is kept: 0 s is the earliest time there is.
    const [lowHi, lowLo, lowNs] =
      lowerNanos > 0n ? splitNanos(lowerNanos) : [0, 0, 0]
    const t = this.table
    const { keyLo, keyHi, secsHi, secsLo, nanos } = t.cols
    const view = ctrlView(t.ctrl)
    const removed: bigint[] = []
    let removedCount = 0
    // Four control bytes at a time; erasing only rewrites bytes already
    // visited (and their mirrors past the end), so the words ahead stay.
    for (let p = 0, end = t.bucketMask + 1; p < end; p += 4) {
      for (let f = fullBytes(view, p); f !== 0; f &= f - 1) {
        const i = p + (lowestSetBit(f) >>> 3)
        const hi = secsHi[i]
        const lo = secsLo[i]
        const ns = nanos[i]
        const notAfterNow =
          hi < upHi ||
          (hi === upHi && (lo < upLo || (lo === upLo && ns <= upNs)))
        const notBeforeLower =
          hi > lowHi ||
          (hi === lowHi && (lo > lowLo || (lo === lowLo && ns >= lowNs)))
        if (notAfterNow && notBeforeLower) continue
        if (removedCount < listLimit)
          removed.push(fromHalves(keyLo[i], keyHi[i]))
        removedCount++
        t.erase(i)
      }
    }
    return { removedCount, removed }
  }

  /** The session in a FULL bucket. */
  sessionAt(bucket: number): Session {
    const c = this.table.cols
    return {
      token: c.tokens[bucket],
      lastActive: {
        secs: fromHalves(c.secsLo[bucket], c.secsHi[bucket]),
        nanos: c.nanos[bucket],
      },
    }
  }

  keyAt(bucket: number): bigint {
    const c = this.table.cols
    return fromHalves(c.keyLo[bucket], c.keyHi[bucket])
  }

  /** FULL buckets in iteration order. */
  fullBuckets(): Uint32Array {
    return this.table.fullBuckets()
  }

  /** `keys()`, in iteration order. */
  keyList(): bigint[] {
    return Array.from(this.table.fullBuckets(), (b) => this.keyAt(b))
  }
}

/**
 * Inserts the batch in order; returns how many inserts replaced a value.
 * Keys are hashed a run at a time ahead of their inserts. The result is the
 * same as hashing each just before its insert (a hash does not depend on
 * the table), but the probes then follow each other closely, so the CPU
 * overlaps their cache misses instead of waiting for each in turn.
 */
function insertAll(table: RawTable, batch: SessionBatch): number {
  const n = batch.ids.length
  const ids = halvesOf(batch.ids)
  const secs = halvesOf(batch.secs)
  const { tokens, tokenBytes, nanos } = batch
  const hashes = new Uint32Array(2 * HASH_RUN)
  const hash = new Uint32Array(2)
  let overwritten = 0
  for (let start = 0; start < n; start += HASH_RUN) {
    const end = Math.min(n, start + HASH_RUN)
    for (let i = start, k = 0; i < end; i++, k += 2) {
      sipHash13U64(table.keys, ids[2 * i + LO], ids[2 * i + HI], hash)
      hashes[k] = hash[0]
      hashes[k + 1] = hash[1]
    }
    for (let i = start, k = 0; i < end; i++, k += 2) {
      const replaced = table.insertHashed(
        hashes[k],
        hashes[k + 1],
        ids[2 * i + LO],
        ids[2 * i + HI],
        tokens[i],
        tokenBytes[i],
        secs[2 * i + LO],
        secs[2 * i + HI],
        nanos[i],
      )
      if (replaced) overwritten++
    }
  }
  return overwritten
}

/** Keys hashed ahead of their inserts by `insertAll`. */
const HASH_RUN = 64

/** A time in nanoseconds as [secsHi, secsLo, nanos], the columns' form. */
type Split = readonly [number, number, number]

function splitNanos(total: bigint): Split {
  const n = BigInt(NANOS_PER_SEC)
  const secs = total / n
  return [hi32(secs), lo32(secs), Number(total % n)]
}
