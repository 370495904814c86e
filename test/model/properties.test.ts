import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { sipKeys } from '../../src/model/rust/sipHash'
import { batchFromEntries } from '../../src/model/session'
import { SessionMap } from '../../src/model/sessionMap'
import { brokenInvariant } from '../support/invariants'

/** The logical contents, as a plain Map would hold them. */
type Plain = Map<bigint, { token: string | null; secs: bigint }>

type Op =
  | {
      kind: 'extend'
      entries: { id: bigint; token: string | null; secs: bigint }[]
    }
  | { kind: 'take'; id: bigint }
  | { kind: 'cleanup'; now: bigint; maxIdle: bigint }
  | { kind: 'reserve'; additional: bigint }
  | { kind: 'shrink' }
  | { kind: 'fill'; base: bigint; secs: bigint }
  | { kind: 'cloneRestore' }

// Ids from a small range so that batches overlap and probes collide; a few
// extreme ids so that both 32-bit halves matter.
const id = fc.oneof(
  { weight: 9, arbitrary: fc.bigInt({ min: 0n, max: 300n }) },
  { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 0xffff_ffff_ffff_ffffn }) },
)
const entry = fc.record({
  id,
  // Mostly short ASCII; sometimes any scalar values, around the 255 bytes
  // past which a slot's length byte gives way to the string itself.
  token: fc.option(
    fc.oneof(
      { weight: 9, arbitrary: fc.string({ maxLength: 4 }) },
      {
        weight: 1,
        arbitrary: fc.string({
          unit: 'grapheme',
          minLength: 60,
          maxLength: 90,
        }),
      },
    ),
    { nil: null },
  ),
  secs: fc.bigInt({ min: 0n, max: 100n }),
})
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('extend' as const),
      entries: fc.array(entry, { maxLength: 120 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('take' as const), id }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('cleanup' as const),
      now: fc.bigInt({ min: 0n, max: 120n }),
      maxIdle: fc.bigInt({ min: 0n, max: 100n }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('reserve' as const),
      additional: fc.bigInt({ min: 0n, max: 400n }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('shrink' as const) }) },
  // Fills the table to its last free slot, so cleanups afterwards leave
  // tombstones inside long runs of FULL bytes.
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('fill' as const),
      base: fc.bigInt({ min: 1000n, max: 1_000_000n }),
      secs: fc.bigInt({ min: 0n, max: 100n }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('cloneRestore' as const) }),
  },
)

function apply(map: SessionMap, plain: Plain, o: Op): SessionMap {
  switch (o.kind) {
    case 'extend':
      map.extend(
        batchFromEntries(
          o.entries.map((e) => ({
            id: e.id,
            session: { token: e.token, lastActive: { secs: e.secs, nanos: 0 } },
          })),
        ),
      )
      for (const e of o.entries)
        plain.set(e.id, { token: e.token, secs: e.secs })
      return map
    case 'take': {
      const got = map.takeToken(o.id)
      const want = plain.get(o.id)
      expect(got).toBe(want ? want.token : null)
      if (want) want.token = null
      return map
    }
    case 'cleanup':
      map.retainActive({ secs: o.now, nanos: 0 }, { secs: o.maxIdle, nanos: 0 })
      for (const [k, v] of plain) {
        if (v.secs > o.now || o.now - v.secs > o.maxIdle) plain.delete(k)
      }
      return map
    case 'reserve': {
      const before = map.capacity
      expect(map.tryReserve(o.additional)).toBeNull()
      expect(map.capacity).toBeGreaterThanOrEqual(
        Math.max(before, map.len + Number(o.additional)) - 0,
      )
      return map
    }
    case 'shrink':
      map.shrinkToFit()
      return map
    case 'fill':
      for (let k = o.base; map.growthLeft > 0; k += 7n) {
        if (plain.has(k)) continue
        map.insert(k, {
          token: null,
          lastActive: { secs: o.secs + (k % 5n), nanos: 0 },
        })
        plain.set(k, { token: null, secs: o.secs + (k % 5n) })
      }
      return map
    case 'cloneRestore': {
      const copy = map.clone()
      expect(copy.keyList()).toEqual(map.keyList())
      expect(copy.capacity).toBe(map.capacity)
      return copy
    }
  }
}

describe('the table under random operations', () => {
  it('keeps its invariants and the same contents as a plain Map', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        let map = SessionMap.withHasher(sipKeys(0n, 0n))
        const plain: Plain = new Map()

        for (const o of ops) {
          map = apply(map, plain, o)

          expect(brokenInvariant(map.table)).toBeNull()
          expect(map.len).toBe(plain.size)
          expect(new Set(map.keyList())).toEqual(new Set(plain.keys()))
        }
        for (const [k, v] of plain) {
          const s = map.get(k)
          expect(s?.token).toBe(v.token)
          expect(s?.lastActive.secs).toBe(v.secs)
        }
      }),
      { seed: 20261203, numRuns: 300 },
    )
  })

  it('never lets a clone see later changes to the original', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { minLength: 1, maxLength: 60 }),
        fc.array(op, { maxLength: 10 }),
        (es, ops) => {
          const map = SessionMap.withHasher(sipKeys(1n, 2n))
          map.extend(
            batchFromEntries(
              es.map((e) => ({
                id: e.id,
                session: {
                  token: e.token,
                  lastActive: { secs: e.secs, nanos: 0 },
                },
              })),
            ),
          )
          const snap = map.clone()
          const before = {
            keys: snap.keyList(),
            cap: snap.capacity,
            ctrl: snap.table.ctrl.slice(),
          }

          for (const o of ops) {
            if (o.kind === 'extend') apply(map, new Map(), o)
            if (o.kind === 'reserve') map.tryReserve(o.additional)
            if (o.kind === 'shrink') map.shrinkToFit()
          }
          for (const k of before.keys) map.takeToken(k)
          map.retainActive({ secs: 0n, nanos: 0 }, { secs: 0n, nanos: 0 })

          expect(snap.keyList()).toEqual(before.keys)
          expect(snap.capacity).toBe(before.cap)
          expect(snap.table.ctrl).toEqual(before.ctrl)
        },
      ),
      { seed: 7, numRuns: 100 },
    )
  })
})
