/**
 * The benchmarked operations, once on the model (`SessionManager`) and once
 * on the baseline, a plain `Map<bigint, Session>` doing the same logical
 * work. Each operation returns a small figure (a count or a checksum) that
 * must agree between the two, so neither side can skip work unnoticed.
 *
 * A run calls `prepare(op)` (untimed) and then `run(op)` (timed) for every
 * op in `OPS` order: both extends build a map from a fresh, untimed `new`,
 * and the later operations use the map the second extend built. The two
 * sides run in separate processes (see `side.ts`).
 */

import { SessionManager } from '../src/model/sessionManager'
import type { SessionMap } from '../src/model/sessionMap'
import type { MapInputs, MapSession, ModelInputs } from './inputs'

export const OPS = [
  'extend new(0)',
  'extend new(n)',
  'take',
  'clone',
  'restore',
  'iterate',
  'iterate objects',
  'retain',
] as const
export type Op = (typeof OPS)[number]

/** What a run returns for cross-checking: a count, or a checksum string. */
export type Check = number | string

export interface Subject {
  /** Untimed set-up before `run(op)`. */
  prepare(op: Op): void
  /** Runs `op`; returns the cross-check figure. */
  run(op: Op): Check
}

function unreachable(op: never): never {
  throw new Error(`unknown operation ${String(op)}`)
}

/** What an iteration pass saw, in a form both sides can produce. */
function checksum(tokens: number, chars: number, ns: number, idLo: number) {
  return `${tokens} tokens, ${chars} chars, latest ns ${ns}, max id lo ${idLo}`
}

export function modelSubject(inp: ModelInputs): Subject {
  let manager: SessionManager | null = null
  let snapshot: SessionMap | null = null
  const fresh = (expected: bigint) => {
    manager = null
    const outcome = SessionManager.new(expected, inp.keys)
    if (!outcome.ok) throw new Error(outcome.panic)
    return outcome.manager
  }
  return {
    prepare(op) {
      if (op === 'extend new(0)') manager = fresh(0n)
      if (op === 'extend new(n)') manager = fresh(BigInt(inp.n))
    },
    run(op) {
      const m = manager!
      switch (op) {
        case 'extend new(0)':
        case 'extend new(n)':
          m.loadSessions(inp.batch)
          return m.sessions.len
        case 'take': {
          let taken = 0
          for (const id of inp.takeIds) {
            if (m.consumeToken(id) !== null) taken++
          }
          return taken
        }
        case 'clone':
          snapshot = m.snapshot()
          return snapshot.len
        case 'restore':
          m.restore(snapshot!)
          return m.sessions.len
        case 'iterate':
          return iterateColumns(m.sessions)
        case 'iterate objects':
          return iterateObjects(m.sessions)
        case 'retain':
          // Rust's `retain` lists nothing; ask the report for no ids either.
          m.cleanupInactive(inp.now, inp.maxIdle, 0)
          return m.sessions.len
        default:
          return unreachable(op)
      }
    },
  }
}

/**
 * Reads every field in place from the columns, as a table view does: the
 * id, whether a token is there, and the last-active time. Token characters
 * are not read: in Rust a `String`'s length sits in the element, while here
 * it would mean visiting each string, scattered in bucket order.
 */
function iterateColumns(map: SessionMap): string {
  const buckets = map.fullBuckets()
  const c = map.table.cols
  let tokens = 0
  let latestHi = 0
  let latestLo = 0
  let latestNs = -1
  let maxHi = 0
  let maxLo = 0
  for (let k = 0; k < buckets.length; k++) {
    const b = buckets[k]
    if (c.tokens[b] !== null) tokens++
    const hi = c.secsHi[b]
    const lo = c.secsLo[b]
    const ns = c.nanos[b]
    if (
      hi > latestHi ||
      (hi === latestHi && (lo > latestLo || (lo === latestLo && ns > latestNs)))
    ) {
      latestHi = hi
      latestLo = lo
      latestNs = ns
    }
    const idHi = c.keyHi[b]
    const idLo = c.keyLo[b]
    if (idHi > maxHi || (idHi === maxHi && idLo > maxLo)) {
      maxHi = idHi
      maxLo = idLo
    }
  }
  return checksum(tokens, 0, latestNs, maxLo)
}

/**
 * The same pass through the public `keyAt` and `sessionAt`, which make a
 * `bigint` and a `Session` per entry, also reading each token's length.
 */
function iterateObjects(map: SessionMap): string {
  const buckets = map.fullBuckets()
  let tokens = 0
  let chars = 0
  let latestSecs = -1n
  let latestNs = -1
  let maxId = 0n
  for (let k = 0; k < buckets.length; k++) {
    const id = map.keyAt(buckets[k])
    const s = map.sessionAt(buckets[k])
    if (s.token !== null) {
      tokens++
      chars += s.token.length
    }
    const { secs, nanos } = s.lastActive
    if (secs > latestSecs || (secs === latestSecs && nanos > latestNs)) {
      latestSecs = secs
      latestNs = nanos
    }
    if (id > maxId) maxId = id
  }
  return checksum(tokens, chars, latestNs, Number(maxId & 0xffff_ffffn))
}

export function mapSubject(inp: MapInputs): Subject {
  let map = new Map<bigint, MapSession>()
  let snapshot: Map<bigint, MapSession> | null = null
  return {
    prepare(op) {
      if (op === 'extend new(0)' || op === 'extend new(n)') map = new Map()
    },
    run(op) {
      switch (op) {
        case 'extend new(0)':
        case 'extend new(n)': {
          // A Map cannot reserve: both extends do the same work.
          const { ids, sessions } = inp
          for (let i = 0; i < ids.length; i++) map.set(ids[i], sessions[i])
          return map.size
        }
        case 'take': {
          let taken = 0
          for (const id of inp.takeIds) {
            const s = map.get(id)
            if (s === undefined) continue
            const token = s.token
            s.token = null
            if (token !== null) taken++
          }
          return taken
        }
        case 'clone':
          snapshot = deepCopy(map)
          return snapshot.size
        case 'restore':
          map = deepCopy(snapshot!)
          return map.size
        case 'iterate':
          return iterateMap(map, false)
        case 'iterate objects':
          return iterateMap(map, true)
        case 'retain':
          retainMap(map, inp)
          return map.size
        default:
          return unreachable(op)
      }
    },
  }
}

/** `Clone` of the map: new entries holding copied `Session` objects. */
function deepCopy(src: Map<bigint, MapSession>): Map<bigint, MapSession> {
  const out = new Map<bigint, MapSession>()
  for (const [id, s] of src) {
    const { secs, nanos } = s.lastActive
    out.set(id, { token: s.token, lastActive: { secs, nanos } })
  }
  return out
}

/** `withChars`: also read each token's length, as `iterate objects` does. */
function iterateMap(map: Map<bigint, MapSession>, withChars: boolean) {
  let tokens = 0
  let chars = 0
  let latestSecs = -1n
  let latestNs = -1
  let maxId = 0n
  for (const [id, s] of map) {
    if (s.token !== null) {
      tokens++
      if (withChars) chars += s.token.length
    }
    const { secs, nanos } = s.lastActive
    if (secs > latestSecs || (secs === latestSecs && nanos > latestNs)) {
      latestSecs = secs
      latestNs = nanos
    }
    if (id > maxId) maxId = id
  }
  return checksum(tokens, chars, latestNs, Number(maxId & 0xffff_ffffn))
}

/** Keeps a session iff now - maxIdle <= last_active <= now, as the model. */
function retainMap(map: Map<bigint, MapSession>, inp: MapInputs): void {
  const upperSecs = inp.now.secs
  const upperNs = inp.now.nanos
  // The bench's clock has whole seconds and now > maxIdle, so the lower
  // bound needs no borrow between seconds and nanoseconds.
  const lowerSecs = inp.now.secs - inp.maxIdle.secs
  const lowerNs = inp.now.nanos - inp.maxIdle.nanos
  for (const [id, s] of map) {
    const { secs, nanos } = s.lastActive
    const keep =
      (secs < upperSecs || (secs === upperSecs && nanos <= upperNs)) &&
      (secs > lowerSecs || (secs === lowerSecs && nanos >= lowerNs))
    if (!keep) map.delete(id)
  }
}
