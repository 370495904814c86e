/**
 * Seeded random scripts for the export differential test. The same seed
 * always gives the same script. Reservations stay either small or so large
 * that no machine can grant them (tables of 2^46 buckets and more), so the
 * real program's result never depends on the memory of the machine.
 */

import type { EntryJson, Script, ScriptOp } from '../../../src/model/script'
import { AWKWARD_TOKENS, entry, t } from './scenarios'

/** splitmix32: a small 32-bit PRNG with a well-spread output. */
export function prng(seed: number) {
  let s = seed >>> 0
  const next = () => {
    s = (s + 0x9e3779b9) >>> 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) >>> 0
  }
  const below = (n: number) => Math.floor((next() / 0x1_0000_0000) * n)
  return {
    next,
    below,
    chance: (p: number) => next() / 0x1_0000_0000 < p,
    pick: <T>(items: readonly T[]): T => items[below(items.length)],
    u64: () => (BigInt(next()) << 32n) | BigInt(next()),
  }
}

export interface RandomProfile {
  /** About how many sessions the map may reach. */
  readonly maxSessions: number
  readonly ops: number
  /** Probability that an explicit token is an awkward one. */
  readonly awkward: number
}

/** Reservations whose failure does not depend on the machine. */
const HUGE_RESERVES = [
  1n << 45n,
  1n << 50n,
  1n << 52n,
  1n << 55n,
  7n << 54n,
  (7n << 54n) + 1n,
  1n << 60n,
  (1n << 63n) - 1n,
  (1n << 64n) - 1n,
]

const OPS = [
  'extend',
  'extend',
  'extend_generated',
  'extend_generated',
  'cleanup',
  'cleanup',
  'take',
  'take',
  'take',
  'snapshot',
  'restore',
  'try_reserve',
  'try_reserve',
  'shrink_to_fit',
  'new',
] as const

export function randomScript(seed: number, p: RandomProfile): Script {
  const r = prng(seed)
  const hasher: [string, string] = r.chance(0.5)
    ? ['0', '0']
    : [r.u64().toString(), r.u64().toString()]
  let clock = 1_700_000_000 + r.below(1_000_000)
  let size = 0
  let snapshots = 0
  const ids: bigint[] = []
  const times: number[] = []
  const newId = (): bigint => {
    const k = r.below(10)
    if (k < 6) return BigInt(r.below(p.maxSessions * 4))
    if (k < 8 && ids.length > 0) return r.pick(ids)
    return r.u64()
  }
  const token = (): string | null => {
    if (r.chance(p.awkward)) return r.pick(AWKWARD_TOKENS)
    return r.chance(0.6) ? `t${r.below(100_000)}` : null
  }
  const generated = (count: number): ScriptOp => {
    const pattern = r.pick(['sequential', 'random', 'overlap'] as const)
    const firstId = r.chance(0.2)
      ? ((1n << 64n) - 1n - BigInt(r.below(count))).toString()
      : String(r.below(p.maxSessions * 4))
    if (pattern !== 'random') {
      ids.push((BigInt(firstId) + BigInt(r.below(count))) % (1n << 64n))
    }
    size += count
    return {
      op: 'extend_generated',
      spec: {
        count,
        ids: pattern,
        firstId,
        tokenShare: r.pick([0, 0.25, 0.5, 1]),
        centerSecs: String(clock - 1000),
        spreadSecs: String(r.below(3000)),
        seed: r.next(),
      },
    }
  }
  const ops: ScriptOp[] = [
    { op: 'new', expected: String(r.below(200)) },
    // Start with data: about half to all of the profile's size.
    generated(Math.ceil(p.maxSessions / 2) + r.below(p.maxSessions / 2)),
  ]
  while (ops.length < p.ops) {
    const kind = size > p.maxSessions ? 'cleanup' : r.pick(OPS)
    // A big profile rarely starts over, so its map can grow.
    if (kind === 'new' && p.maxSessions > 1000 && r.chance(0.8)) continue
    clock += r.below(600)
    switch (kind) {
      case 'extend': {
        const n = r.below(Math.min(40, p.maxSessions)) + 1
        const entries: EntryJson[] = []
        for (let k = 0; k < n; k++) {
          const id = newId()
          const secs = clock - r.below(2000) + (r.chance(0.1) ? 3000 : 0)
          const nanos = r.chance(0.5) ? 0 : r.below(1_000_000_000)
          entries.push(entry(id, token(), secs, nanos))
          ids.push(id)
          times.push(secs)
        }
        ops.push({ op: 'extend', entries })
        size += n
        break
      }
      case 'extend_generated':
        ops.push(generated(r.below(Math.ceil(p.maxSessions / 2)) + 1))
        break
      case 'cleanup': {
        // Sometimes exactly at a session's age, so the boundary is hit.
        const exact = times.length > 0 && r.chance(0.3)
        const idle = exact ? clock - r.pick(times) : r.below(4000)
        const maxIdle = idle >= 0 ? t(idle) : t(0)
        ops.push({ op: 'cleanup', now: t(clock), max_idle: maxIdle })
        size = Math.floor(size / 2)
        break
      }
      case 'take':
        ops.push({
          op: 'take',
          id: (ids.length > 0 && r.chance(0.8)
            ? r.pick(ids)
            : newId()
          ).toString(),
        })
        break
      case 'snapshot':
        ops.push({ op: 'snapshot' })
        snapshots++
        break
      case 'restore':
        if (snapshots > 0)
          ops.push({ op: 'restore', index: r.below(snapshots) })
        break
      case 'try_reserve': {
        const big = r.chance(0.25)
        const additional = big ? r.pick(HUGE_RESERVES) : BigInt(r.below(3000))
        ops.push({ op: 'try_reserve', additional: additional.toString() })
        break
      }
      case 'shrink_to_fit':
        ops.push({ op: 'shrink_to_fit' })
        break
      case 'new':
        ops.push({ op: 'new', expected: String(r.below(2000)) })
        size = 0
        break
    }
  }
  if (r.chance(0.3)) {
    ops.push({ op: 'new', expected: r.pick(HUGE_RESERVES).toString() })
    ops.push({ op: 'take', id: '1' })
  }
  return { hasher, ops }
}
