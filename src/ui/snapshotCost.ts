/**
 * What `self.sessions.clone()` copies, estimated from Rust's layout of a
 * `HashMap<u64, Session>` on x86_64 (see `model/hashbrown/capacity.ts`):
 * one allocation of 48 bytes per bucket for the `(u64, Session)` slots,
 * one control byte per bucket plus a trailing group of 16, and a heap
 * buffer per `Some(token)` holding its UTF-8 bytes (`String::clone`
 * allocates exactly `len` bytes; an empty string allocates nothing).
 */

import { ELEMENT_SIZE, GROUP_WIDTH } from '../model/hashbrown/capacity'
import type { SessionMap } from '../model/sessionMap'

export interface CloneCost {
  readonly entries: number
  readonly buckets: number
  /** 48 × buckets + buckets + 16; 0 for the unallocated empty map. */
  readonly tableBytes: bigint
  /** Sum of the UTF-8 lengths of every `Some` token. */
  readonly tokenBytes: number
  readonly totalBytes: bigint
}

export function cloneCost(map: SessionMap): CloneCost {
  const buckets = BigInt(map.buckets)
  const tableBytes =
    buckets === 0n ? 0n : ELEMENT_SIZE * buckets + buckets + BigInt(GROUP_WIDTH)
  const tokenBytes = map.table.tokenBytes
  return {
    entries: map.len,
    buckets: map.buckets,
    tableBytes,
    tokenBytes,
    totalBytes: tableBytes + BigInt(tokenBytes),
  }
}
