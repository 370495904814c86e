/**
 * What the memory view shows for each bucket: its control byte in words,
 * and which part of a key's probe sequence it belongs to.
 */

import { GROUP_WIDTH } from '../../model/hashbrown/capacity'
import { DELETED, EMPTY } from '../../model/hashbrown/ctrl'
import type { KeyProbe } from '../../model/inspect'

export type CtrlKind = 'full' | 'empty' | 'deleted'

/** Buckets shown at once; larger tables are seen through a window. */
export const WINDOW_BUCKETS = 64

export function ctrlKind(byte: number): CtrlKind {
  if (byte === EMPTY) return 'empty'
  if (byte === DELETED) return 'deleted'
  if (byte < 0x80) return 'full'
  throw new Error(
    `control byte 0x${byte.toString(16)} is none of EMPTY, DELETED or FULL`,
  )
}

/** `EMPTY`, `DELETED` or the h2 a FULL byte holds, e.g. `0x3a`. */
export function ctrlLabel(byte: number): string {
  const kind = ctrlKind(byte)
  if (kind === 'full') return `0x${byte.toString(16).padStart(2, '0')}`
  return kind === 'empty' ? 'EMPTY' : 'DELETED'
}

/** The first bucket of the window that shows `bucket`, group-aligned. */
export function windowStartFor(bucket: number, buckets: number): number {
  if (buckets <= WINDOW_BUCKETS) return 0
  const aligned = bucket - (bucket % GROUP_WIDTH)
  return Math.max(0, Math.min(aligned, buckets - WINDOW_BUCKETS))
}

export type ProbeRole = 'found' | 'match' | 'start' | 'visited' | null

/** Which sets of buckets a probe touched, for quick lookups per cell. */
export interface ProbeMarks {
  readonly visited: ReadonlySet<number>
  readonly matches: ReadonlySet<number>
  readonly start: number
  readonly found: number
}

export function probeMarks(p: KeyProbe, bucketMask: number): ProbeMarks {
  const visited = new Set<number>()
  const matches = new Set<number>()
  for (const s of p.steps) {
    // Tables smaller than a group load EMPTY padding past the last bucket;
    // only real buckets are marked.
    for (let b = 0; b < GROUP_WIDTH; b++) {
      if (bucketMask + 1 < GROUP_WIDTH && s.pos + b > bucketMask) break
      visited.add((s.pos + b) & bucketMask)
    }
    for (const m of s.tagMatches) matches.add(m)
  }
  return { visited, matches, start: p.start, found: p.bucket }
}

export function probeRole(marks: ProbeMarks | null, bucket: number): ProbeRole {
  if (marks === null) return null
  if (bucket === marks.found) return 'found'
  if (marks.matches.has(bucket)) return 'match'
  if (bucket === marks.start) return 'start'
  return marks.visited.has(bucket) ? 'visited' : null
}
