/**
 * The table invariants that hashbrown states in `raw.rs`, checked on the
 * model's whole layout. Returns a description of the first broken one.
 */

import {
  bucketMaskToCapacity,
  GROUP_WIDTH,
} from '../../src/model/hashbrown/capacity'
import { DELETED, EMPTY, h2 } from '../../src/model/hashbrown/ctrl'
import { LONG_TOKEN } from '../../src/model/hashbrown/columns'
import type { RawTable } from '../../src/model/hashbrown/rawTable'
import { hashU64 } from '../../src/model/rust/sipHash'
import { fromHalves } from '../../src/model/u64'

const utf8 = new TextEncoder()

export function brokenInvariant(t: RawTable): string | null {
  const buckets = t.bucketMask + 1
  if (!t.allocated) {
    if (t.bucketMask !== 0 || t.items !== 0 || t.growthLeft !== 0) {
      return 'the unallocated table must have bucket_mask 0, no items, no growth'
    }
    if (t.tokenBytes !== 0) return 'the unallocated table holds token bytes'
    return t.ctrl.every((c) => c === EMPTY)
      ? null
      : 'singleton ctrl must be EMPTY'
  }
  if ((buckets & t.bucketMask) !== 0 || buckets < 4)
    return `bad bucket count ${buckets}`
  if (t.ctrl.length !== buckets + GROUP_WIDTH)
    return 'ctrl length is not buckets + 16'
  let full = 0
  let deleted = 0
  let tokenBytes = 0
  const seen = new Set<bigint>()
  for (let i = 0; i < buckets; i++) {
    const c = t.ctrl[i]
    const mirror =
      buckets < GROUP_WIDTH
        ? GROUP_WIDTH + i
        : i < GROUP_WIDTH
          ? buckets + i
          : -1
    if (mirror >= 0 && t.ctrl[mirror] !== c)
      return `mirror of bucket ${i} differs`
    if (c === DELETED) deleted++
    if (c >= 0x80) {
      if (t.cols.tokenLen[i] !== 0 || t.cols.tokens[i] !== null)
        return `free bucket ${i} still holds a token`
      continue
    }
    full++
    const token = t.cols.tokens[i]
    const bytes = token === null ? 0 : utf8.encode(token).length
    if (t.cols.tokenLen[i] !== Math.min(LONG_TOKEN, bytes))
      return `bucket ${i} records ${t.cols.tokenLen[i]} token bytes for ${bytes}`
    tokenBytes += bytes
    const key = fromHalves(t.cols.keyLo[i], t.cols.keyHi[i])
    if (seen.has(key)) return `key ${key} is stored twice`
    seen.add(key)
    const hash = hashU64(t.keys, key)
    if (h2(Number(hash >> 32n)) !== c) return `bucket ${i} has the wrong h2`
    if (t.find(t.cols.keyLo[i], t.cols.keyHi[i]) !== i)
      return `key ${key} is not found`
  }
  if (buckets < GROUP_WIDTH) {
    for (let i = buckets; i < GROUP_WIDTH; i++) {
      if (t.ctrl[i] !== EMPTY) return `padding byte ${i} is not EMPTY`
    }
  }
  if (full !== t.items) return `items ${t.items} but ${full} FULL bytes`
  if (tokenBytes !== t.tokenBytes)
    return `tokenBytes ${t.tokenBytes} but the tokens hold ${tokenBytes}`
  const cap = bucketMaskToCapacity(t.bucketMask)
  if (t.items + t.growthLeft + deleted !== cap) {
    return `items ${t.items} + growth_left ${t.growthLeft} + deleted ${deleted} != ${cap}`
  }
  return null
}
