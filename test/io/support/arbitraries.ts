/**
 * fast-check generators for what the io layer reads and writes: tokens with
 * every kind of text, sessions with edge ids and times, and valid scripts
 * (starting with new, restores naming earlier snapshots, nothing after a
 * panic) that replay without exceeding the model's table limit.
 */

import fc from 'fast-check'
import type { BatchSpec } from '../../../src/model/batchGenerator'
import { TIME_UNITS, type TimeUnit } from '../../../src/model/parse'
import type {
  EntryJson,
  Script,
  ScriptOp,
  TimeJson,
} from '../../../src/model/script'
import {
  type ExperimentDoc,
  createExperiment,
} from '../../../src/io/experimentSchema'

const U64_MAX = 0xffff_ffff_ffff_ffffn
const I64_MAX = 0x7fff_ffff_ffff_ffffn

/** Ids that matter to a u64 model, then any u64, then a small pool. */
export const idArb: fc.Arbitrary<bigint> = fc.oneof(
  fc.constantFrom(
    0n,
    1n,
    2n ** 32n - 1n,
    2n ** 32n,
    2n ** 53n - 1n,
    2n ** 53n,
    2n ** 53n + 1n,
    I64_MAX,
    I64_MAX + 1n,
    U64_MAX - 1n,
    U64_MAX,
  ),
  fc.bigInt({ min: 0n, max: U64_MAX }),
  fc.bigInt({ min: 0n, max: 40n }),
)

/** Every kind of token: None, Some(""), markup, controls, emoji, RTL. */
export const tokenArb: fc.Arbitrary<string | null> = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"quoted", with commas',
    'back\\slash',
    'line\nbreak\r\nand\rreturn',
    '\u0000\u0007\u001b\u007f',
    '🦀🔑👩‍👩‍👧',
    'שלום עולם \u202e',
    '=HYPERLINK("x")',
    ' padded ',
  ),
  fc.string({ unit: 'binary', maxLength: 24 }),
)

export const systemTimeArb: fc.Arbitrary<TimeJson> = fc.record({
  secs: fc
    .oneof(
      fc.bigInt({ min: 0n, max: I64_MAX }),
      fc.bigInt({ min: 1_600_000_000n, max: 1_800_000_000n }),
    )
    .map(String),
  nanos: fc.integer({ min: 0, max: 999_999_999 }),
})

export const durationArb: fc.Arbitrary<TimeJson> = fc.record({
  secs: fc.bigInt({ min: 0n, max: U64_MAX }).map(String),
  nanos: fc.integer({ min: 0, max: 999_999_999 }),
})

export const entryArb: fc.Arbitrary<EntryJson> = fc.record({
  id: idArb.map(String),
  token: tokenArb,
  last_active: systemTimeArb,
})

const specArb: fc.Arbitrary<BatchSpec> = fc.record({
  count: fc.integer({ min: 0, max: 40 }),
  ids: fc.constantFrom('sequential', 'random', 'overlap'),
  firstId: idArb.map(String),
  tokenShare: fc.oneof(
    fc.constantFrom(0, 0.5, 1),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ),
  centerSecs: fc.bigInt({ min: 0n, max: I64_MAX }).map(String),
  spreadSecs: fc.bigInt({ min: 0n, max: 1_000_000n }).map(String),
  seed: fc.integer({ min: 0, max: 0xffff_ffff }),
})

/** An op before its restore index is known: `restore` carries a raw number. */
const draftArb: fc.Arbitrary<ScriptOp> = fc.oneof(
  fc.record({
    op: fc.constant('try_reserve' as const),
    // Small, or so large that Rust reports CapacityOverflow whatever the
    // memory: never a table the model cannot hold.
    additional: fc
      .oneof(
        fc.bigInt({ min: 0n, max: 300n }),
        fc.bigInt({ min: 2n ** 57n, max: U64_MAX }),
      )
      .map(String),
  }),
  fc.record({
    op: fc.constant('extend' as const),
    entries: fc.array(entryArb, { maxLength: 12 }),
  }),
  fc.record({ op: fc.constant('extend_generated' as const), spec: specArb }),
  fc.oneof(
    fc.constant({ op: 'snapshot' as const }),
    fc.record({
      op: fc.constant('snapshot' as const),
      label: fc.string({ unit: 'binary', maxLength: 20 }),
    }),
  ),
  fc.record({
    op: fc.constant('restore' as const),
    index: fc.nat({ max: 1000 }),
  }),
  fc.record({
    op: fc.constant('cleanup' as const),
    now: systemTimeArb,
    max_idle: durationArb,
  }),
  fc.record({ op: fc.constant('take' as const), id: idArb.map(String) }),
  fc.constant({ op: 'shrink_to_fit' as const }),
  fc.record({
    op: fc.constant('new' as const),
    expected: fc.bigInt({ min: 0n, max: 100n }).map(String),
  }),
)

/** Makes restores name an earlier snapshot (or become a snapshot). */
function fixRestores(ops: readonly ScriptOp[]): ScriptOp[] {
  let snapshots = 0
  return ops.map((op) => {
    if (op.op === 'snapshot') snapshots++
    if (op.op !== 'restore') return op
    if (snapshots === 0) {
      snapshots++
      return { op: 'snapshot' }
    }
    return { op: 'restore', index: op.index % snapshots }
  })
}

export const scriptArb: fc.Arbitrary<Script> = fc
  .record({
    hasher: fc.tuple(idArb.map(String), idArb.map(String)),
    expected: fc.bigInt({ min: 0n, max: 60n }).map(String),
    ops: fc.array(draftArb, { maxLength: 14 }),
    // Sometimes the script ends with a new that panics.
    panic: fc.option(fc.constantFrom(String(2n ** 61n), String(U64_MAX)), {
      freq: 5,
    }),
    empty: fc.boolean(),
  })
  .map(({ hasher, expected, ops, panic, empty }) => {
    if (empty) return { hasher, ops: [] }
    const all: ScriptOp[] = [{ op: 'new', expected }, ...fixRestores(ops)]
    if (panic !== null) all.push({ op: 'new', expected: panic })
    return { hasher, ops: all }
  })

const unitArb = fc.constantFrom(...(Object.keys(TIME_UNITS) as TimeUnit[]))

export const experimentArb: fc.Arbitrary<ExperimentDoc> = fc
  .record({
    script: scriptArb,
    clock: systemTimeArb,
    maxIdle: durationArb,
    maxIdleUnit: unitArb,
    // At least 1 MiB, so that small reservations never fail.
    memoryBytes: fc.bigInt({ min: 1n << 20n, max: U64_MAX }).map(String),
  })
  .map(({ script, clock, maxIdle, maxIdleUnit, memoryBytes }) =>
    createExperiment(script, clock, { maxIdle, maxIdleUnit, memoryBytes }),
  )
