/**
 * The experiment document: what the playground saves, shares in a link and
 * reads back. It holds the script (replaying it rebuilds the map, every
 * snapshot included) and the few settings the script does not record.
 *
 * Reading one is validation from scratch: the document may come from a
 * stranger's link or a hand-edited file. The shape is checked with zod; the
 * leaves (ids, sizes, times, tokens) by the readers in `fields.ts`, which
 * use the model's own parsers; then the rules that make a script runnable.
 * `zod/mini` rather than `zod`: the same checks in a quarter of the bytes
 * (about 21 KB minified instead of 74 KB), since only its core is used.
 */

import * as z from 'zod/mini'
import {
  bucketMaskToCapacity,
  capacityToBuckets,
  layoutForBuckets,
} from '../model/hashbrown/capacity'
import { DEFAULT_LIMITS } from '../model/hashbrown/rawTable'
import { assertNever } from '../model/hashbrown/tryReserveError'
import {
  CAPACITY_OVERFLOW,
  type TryReserveError,
  debugTryReserveError,
} from '../model/hashbrown/tryReserveError'
import { MAX_BATCH } from '../model/batchGenerator'
import { TIME_UNITS, type TimeUnit } from '../model/parse'
import type { Script, ScriptOp, TimeJson } from '../model/script'
import { EXPECT_MESSAGE } from '../model/sessionManager'
import { readEntries } from './entries'
import {
  USER_ID,
  readCount,
  readFraction,
  readLabel,
  readTime,
  readUnsigned,
  u64Field,
  usizeField,
} from './fields'
import {
  type Issue,
  MAX_ISSUES,
  type PathKey,
  type Report,
  type Validated,
  describeValue,
  formatPath,
  invalid,
  isStoppedNote,
  stoppedNote,
} from './issues'
import { zodMessage } from './zodMessages'

export const EXPERIMENT_FORMAT = 'hashmap-playground'
export const EXPERIMENT_VERSION = 1

/** The most operations a script may hold. */
export const MAX_OPS = 100_000

/** Settings the script does not record but the experiment needs. */
export interface ExperimentSettings {
  /**
   * The `max_idle` the cleanup control offers next, a `Duration`
   * (`secs` up to u64::MAX). Each cleanup op records its own; this is
   * only the control's value.
   */
  readonly maxIdle: TimeJson
  /** The unit the control shows `maxIdle` in; display only. */
  readonly maxIdleUnit: TimeUnit
  /**
   * `TableLimits.memoryBytes` (decimal, 0..=usize::MAX): what the simulated
   * allocator can hand out. It decides whether a reservation is an
   * `AllocError`, so a replay needs it to give the same results.
   */
  readonly memoryBytes: string
}

/**
 * Version 1 of the document. All u64/usize values and seconds are decimal
 * strings, since JSON numbers lose digits above 2^53; nanoseconds, indexes
 * and counts are JSON numbers. Snapshots are not stored as data: the
 * `snapshot` ops make them again on replay, and carry their labels, so a
 * label can never disagree with the snapshot it names.
 */
export interface ExperimentDoc {
  readonly format: typeof EXPERIMENT_FORMAT
  readonly version: typeof EXPERIMENT_VERSION
  /**
   * The SipHash keys and the operations, as in `src/model/script.ts`.
   * Invariants, checked on reading: empty or starting with `new`; every
   * `restore` names a snapshot taken before it; nothing follows a `new`
   * that panics (the program is over), given `settings.memoryBytes`.
   */
  readonly script: Script
  /** The simulated "now" the clock shows, a `SystemTime` (<= i64::MAX s). */
  readonly clock: TimeJson
  readonly settings: ExperimentSettings
}

export const DEFAULT_SETTINGS: ExperimentSettings = Object.freeze({
  maxIdle: Object.freeze({ secs: '1800', nanos: 0 }),
  maxIdleUnit: 'min',
  memoryBytes: DEFAULT_LIMITS.memoryBytes.toString(),
})

/** 2023-11-14 22:13:20 UTC: a round, recent time. */
export const DEFAULT_CLOCK: TimeJson = Object.freeze({
  secs: '1700000000',
  nanos: 0,
})

/** A document for `script`, with the default clock and settings unless given. */
export function createExperiment(
  script: Script,
  clock: TimeJson = DEFAULT_CLOCK,
  settings: ExperimentSettings = DEFAULT_SETTINGS,
): ExperimentDoc {
  return {
    format: EXPERIMENT_FORMAT,
    version: EXPERIMENT_VERSION,
    script,
    clock,
    settings,
  }
}

/**
 * A zod schema around one of the readers of `fields.ts`. The readers' own
 * sentences become the issues; the value returned on failure is never
 * seen, since zod fails the parse once an issue is pushed.
 */
function field<T>(read: (value: unknown, report: Report) => T | undefined) {
  return z.pipe(
    z.unknown(),
    z.transform((value: unknown, payload): T => {
      let failed = false
      const out = read(value, (message, path = []) => {
        failed = true
        payload.issues.push({
          code: 'custom',
          message,
          path: [...path],
          input: value,
        })
      })
      return failed || out === undefined ? (undefined as T) : out
    }),
  )
}

const unsigned = (f: Parameters<typeof readUnsigned>[2]) =>
  field((v, r) => readUnsigned(v, r, f))

const time = (what: string, kind: 'SystemTime' | 'Duration') =>
  field((v, r) => readTime(v, r, what, kind))

const specSchema = z.strictObject({
  count: field((v, r) => readCount(v, r, 'count', MAX_BATCH)),
  ids: z.enum(['sequential', 'random', 'overlap']),
  firstId: unsigned(USER_ID),
  tokenShare: field((v, r) => readFraction(v, r, 'tokenShare')),
  centerSecs: unsigned({
    what: 'centerSecs',
    max: 0x7fff_ffff_ffff_ffffn,
    maxName: 'i64::MAX',
  }),
  spreadSecs: unsigned({
    what: 'spreadSecs',
    max: 0x7fff_ffff_ffff_ffffn,
    maxName: 'i64::MAX',
  }),
  seed: field((v, r) => readCount(v, r, 'seed', 0xffff_ffff)),
})

const opSchema = z.discriminatedUnion('op', [
  z.strictObject({
    op: z.literal('new'),
    expected: unsigned(usizeField('expected_users')),
  }),
  z.strictObject({
    op: z.literal('try_reserve'),
    additional: unsigned(usizeField('additional')),
  }),
  z.strictObject({
    op: z.literal('extend'),
    entries: field((v, r) => readEntries(v, r)),
  }),
  z.strictObject({ op: z.literal('extend_generated'), spec: specSchema }),
  z.strictObject({
    op: z.literal('snapshot'),
    label: z.optional(field(readLabel)),
    at: z.optional(time('at', 'SystemTime')),
  }),
  z.strictObject({
    op: z.literal('restore'),
    index: field((v, r) => readCount(v, r, 'snapshot index', MAX_OPS)),
  }),
  z.strictObject({
    op: z.literal('cleanup'),
    now: time('now', 'SystemTime'),
    max_idle: time('max_idle', 'Duration'),
  }),
  z.strictObject({ op: z.literal('take'), id: unsigned(USER_ID) }),
  z.strictObject({ op: z.literal('shrink_to_fit') }),
])

/**
 * The ops, one schema parse per op so that a list of junk stops after
 * {@link MAX_ISSUES} problems instead of collecting millions.
 */
function readOps(value: unknown, report: Report): ScriptOp[] | undefined {
  if (!Array.isArray(value)) {
    report(`expected the operations as a list, got ${describeValue(value)}`)
    return undefined
  }
  const n = value.length
  if (n > MAX_OPS) {
    report(`the script has ${n} operations; it may have at most ${MAX_OPS}`)
    return undefined
  }
  const ops: ScriptOp[] = []
  let problems = 0
  for (let i = 0; i < n; i++) {
    const parsed = opSchema.safeParse(value[i], { error: zodMessage })
    if (parsed.success) {
      ops.push(parsed.data)
      continue
    }
    for (const issue of parsed.error.issues) {
      const path = [i, ...keys(issue.path)]
      problems++
      if (problems <= MAX_ISSUES) {
        report(issue.message, path)
      } else if (isStoppedNote(issue.message)) {
        // The op's own list stopped early and says where.
        report(issue.message, path)
        return undefined
      }
    }
    if (problems > MAX_ISSUES) {
      report(stoppedNote(`operation ${i + 1} of ${n}`))
      return undefined
    }
  }
  if (problems > 0) return undefined
  const work = replayWork(ops)
  if (work > MAX_REPLAY_WORK) {
    report(
      `replaying these operations would cost about ${work}, counted in ` +
        'sessions inserted (the million-session scenario costs 1250000); ' +
        `the playground replays at most ${MAX_REPLAY_WORK}`,
    )
    return undefined
  }
  return ops
}

/**
 * How much work a replay may do, in sessions inserted (the unit the other
 * costs are scaled to). Each op is within its own limits, but a short link
 * could still ask for thousands of million-session batches, or a hundred
 * thousand cheap ops over a huge table, and freeze the tab for hours, on
 * every visit once saved; this bounds a whole replay to a few seconds.
 */
export const MAX_REPLAY_WORK = 12_000_000

const MAX_LEN = bucketMaskToCapacity(DEFAULT_LIMITS.maxBuckets - 1)

/**
 * Costs relative to inserting one session, measured at a million sessions
 * in Chromium (an extend inserts about 2.5 million a second): reading the
 * table back after any op (the page lists its full buckets) is about a
 * sixteenth of an insert per slot; a clone, a rollback or a retain about a
 * quarter; allocating a table about an eighth per slot.
 */
const READ_BACK = 1 / 16
const PASS = 1 / 4
const ALLOCATE = 1 / 8

/**
 * An upper bound on the work `ops` make a replay do. `len` bounds the
 * sessions the map may hold and `slots` the capacity it may have
 * allocated, which every op pays to read back; an extend inserts its batch
 * (and an overlapping batch first lists the map's ids); a clone, rollback
 * or retain passes over every session; a reserve may allocate.
 */
export function replayWork(ops: readonly ScriptOp[]): number {
  let work = 0
  let len = 0
  let slots = 0
  let snapshotSlots = 0
  for (const op of ops) {
    switch (op.op) {
      // A table larger than the playground's is refused (or is an error
      // in Rust) before anything is allocated.
      case 'new': {
        const expected = Number(op.expected)
        len = 0
        slots = expected <= MAX_LEN ? expected : 0
        work += slots * ALLOCATE
        break
      }
      case 'try_reserve': {
        const wanted = len + Number(op.additional)
        if (wanted <= MAX_LEN && wanted > slots) {
          work += wanted * ALLOCATE
          slots = wanted
        }
        break
      }
      case 'extend':
        len = Math.min(MAX_LEN, len + op.entries.length)
        work += op.entries.length
        break
      case 'extend_generated':
        if (op.spec.ids === 'overlap') work += len
        len = Math.min(MAX_LEN, len + op.spec.count)
        work += op.spec.count
        break
      case 'snapshot':
        snapshotSlots = Math.max(snapshotSlots, slots)
        work += slots * PASS
        break
      case 'restore':
        len = snapshotSlots
        slots = snapshotSlots
        work += slots * PASS
        break
      case 'cleanup':
      case 'shrink_to_fit':
        work += slots * PASS
        break
      case 'take':
        break
      default:
        return assertNever(op)
    }
    slots = Math.max(slots, len)
    work += slots * READ_BACK
  }
  return Math.ceil(work)
}

const documentSchema = z.strictObject({
  format: z.literal(EXPERIMENT_FORMAT),
  version: field((v, r): typeof EXPERIMENT_VERSION | undefined => {
    const n = readCount(v, r, 'version', Number.MAX_SAFE_INTEGER)
    if (n === EXPERIMENT_VERSION) return n
    if (n !== undefined) {
      r(`expected version ${EXPERIMENT_VERSION}, got ${n}; use migrate first`)
    }
    return undefined
  }),
  script: z.strictObject({
    hasher: z.tuple([
      unsigned(u64Field('SipHash key k0')),
      unsigned(u64Field('SipHash key k1')),
    ]),
    ops: field(readOps),
  }),
  clock: time('clock', 'SystemTime'),
  settings: z.strictObject({
    maxIdle: time('maxIdle', 'Duration'),
    maxIdleUnit: z.enum(Object.keys(TIME_UNITS) as [TimeUnit, ...TimeUnit[]]),
    memoryBytes: unsigned(usizeField('memoryBytes')),
  }),
})

/**
 * Checks a version 1 document (run `migrate` first for older ones) and
 * returns it with every number in canonical form, or its problems.
 * Accepts what `parseJson` returns (numbers as `LosslessNumber`) as well as
 * plain values with JS numbers.
 */
export function validateExperiment(value: unknown): Validated<ExperimentDoc> {
  const parsed = documentSchema.safeParse(value, { error: zodMessage })
  if (!parsed.success) {
    return invalid(
      parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issue.message,
      })),
    )
  }
  const doc: ExperimentDoc = parsed.data
  const rules = scriptProblems(doc.script, BigInt(doc.settings.memoryBytes))
  return rules.length > 0 ? invalid(rules) : { ok: true, value: doc }
}

/**
 * The rules a script must keep to replay: `ScriptRunner` assumes them.
 * Returns one issue per broken rule, with its path in the document.
 */
export function scriptProblems(script: Script, memoryBytes: bigint): Issue[] {
  const issues: Issue[] = []
  const at = (i: number, ...rest: PathKey[]) =>
    formatPath(['script', 'ops', i, ...rest])
  const ops = script.ops
  if (ops.length > 0 && ops[0].op !== 'new') {
    issues.push({
      path: at(0, 'op'),
      message:
        `the first operation is ${JSON.stringify(ops[0].op)}; a script ` +
        'starts with new (SessionManager::new), or is empty',
    })
  }
  let snapshots = 0
  for (let i = 0; i < ops.length && issues.length < MAX_ISSUES; i++) {
    const op = ops[i]
    if (op.op === 'snapshot') snapshots++
    if (op.op === 'restore' && op.index >= snapshots) {
      const taken =
        snapshots === 0
          ? 'no snapshot was taken before it'
          : `only snapshots 0 to ${snapshots - 1} were taken before it`
      issues.push({
        path: at(i, 'index'),
        message: `restore names snapshot ${op.index}, but ${taken}`,
      })
    }
    if (op.op !== 'new') continue
    const panic = newPanic(BigInt(op.expected), memoryBytes)
    if (panic !== null && i + 1 < ops.length) {
      issues.push({
        path: at(i + 1),
        message:
          `${ops.length - i - 1} operation(s) follow new(${op.expected}) at ` +
          `${at(i)}, which panics ("${panic}"); nothing runs after a panic`,
      })
      break
    }
  }
  return issues
}

/**
 * The panic message of `SessionManager::new(expected)` with an allocator
 * of `memoryBytes`, or null when it returns. On an empty map `try_reserve`
 * asks for a table of `expected` items at once (hashbrown's
 * `reserve_rehash` with no items and no buckets), so this is
 * `capacity_to_buckets`, then the layout, then the allocator.
 */
export function newPanic(expected: bigint, memoryBytes: bigint): string | null {
  if (expected === 0n) return null
  const buckets = capacityToBuckets(expected)
  const layout = buckets === null ? null : layoutForBuckets(buckets)
  let error: TryReserveError | null = null
  if (layout === null) error = CAPACITY_OVERFLOW
  else if (layout.size > memoryBytes) error = { kind: 'AllocError', layout }
  return error && `${EXPECT_MESSAGE}: ${debugTryReserveError(error)}`
}

function keys(path: readonly PropertyKey[]): PathKey[] {
  return path.map((k) => (typeof k === 'symbol' ? String(k) : k))
}
