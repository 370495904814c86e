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
  let tokenBytes = 0
  const tokens = map.table.cols.tokens
  const full = map.fullBuckets()
  for (let i = 0; i < full.length; i++) {
    const t = tokens[full[i]]
    if (t === null) continue
    // An ASCII string (most tokens) is one byte a unit: the regular
    // expression checks that natively, far faster than a loop here.
    tokenBytes += ASCII.test(t) ? t.length : utf8Length(t)
  }
  return {
    entries: map.len,
    buckets: map.buckets,
    tableBytes,
    tokenBytes,
    totalBytes: tableBytes + BigInt(tokenBytes),
  }
}

const ASCII = /^[\0-\x7f]*$/

/** UTF-8 length of a well-formed JS string, without encoding it. */
export function utf8Length(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4
      i++
    } else n += 3
  }
  return n
}
