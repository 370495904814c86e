/**
 * Hand-picked scripts for the export differential test: each one aims at a
 * behaviour where a model of HashMap is easy to get wrong. `expect` lists
 * text the predicted output must hold, so a scenario that stopped showing
 * its behaviour (after an edit here) fails instead of passing quietly.
 */

import type {
  EntryJson,
  Script,
  ScriptOp,
  TimeJson,
} from '../../../src/model/script'

export interface Scenario {
  readonly name: string
  readonly script: Script
  /** Substrings of the predicted stdout (or of the panic message). */
  readonly expect?: readonly string[]
}

const ZERO_KEYS = ['0', '0'] as const

export function t(secs: number | string, nanos = 0): TimeJson {
  return { secs: String(secs), nanos }
}

export function entry(
  id: number | bigint | string,
  token: string | null,
  secs: number | string,
  nanos = 0,
): EntryJson {
  return { id: String(id), token, last_active: t(secs, nanos) }
}

const neu = (expected: number | bigint | string): ScriptOp => ({
  op: 'new',
  expected: String(expected),
})
const reserve = (additional: number | bigint | string): ScriptOp => ({
  op: 'try_reserve',
  additional: String(additional),
})
const extend = (entries: EntryJson[]): ScriptOp => ({ op: 'extend', entries })
const take = (id: number | bigint | string): ScriptOp => ({
  op: 'take',
  id: String(id),
})
const cleanup = (now: TimeJson, maxIdle: TimeJson): ScriptOp => ({
  op: 'cleanup',
  now,
  max_idle: maxIdle,
})
const snapshot: ScriptOp = { op: 'snapshot' }
const restore = (index: number): ScriptOp => ({ op: 'restore', index })
const shrink: ScriptOp = { op: 'shrink_to_fit' }

const U64_MAX = (1n << 64n) - 1n
const I64_MAX = (1n << 63n) - 1n

/** Ids lo..hi-1, token `k{id}` on every other one, last active at `id` s. */
function run(lo: number, hi: number, prefix = 'k'): EntryJson[] {
  const out: EntryJson[] = []
  for (let id = lo; id < hi; id++) {
    out.push(entry(id, id % 2 ? `${prefix}${id}` : null, id))
  }
  return out
}

/** Tokens that `{:?}` escapes or that are easy to mangle on the way. */
export const AWKWARD_TOKENS: readonly string[] = [
  '',
  '"',
  '\\',
  "it's",
  'say "hi"\\n',
  '\n\r\t\0',
  'R7\x007X',
  '\x01\x1b\x7f',
  '\u0085\u00a0\u00ad',
  '\u200b\u200d\u2028\u2029\u3000\ufeff',
  '\u202eabc\u202c \u2066x\u2069',
  '\ue000\u{10ffff}\ufdd0\ufffe',
  '\u0301e\u0301\u00e9',
  '\u05e9\u05b8\u05c1\u05dc\u05d5\u05dd',
  'مرحبا بالعالم',
  'हिन्दी',
  '漢字かなカナ',
  '😀👍🏽🇩🇪',
  '👨\u200d👩\u200d👧',
  '❤\ufe0f',
  '🏴\u{e0067}\u{e0062}\u{e0065}\u{e006e}\u{e0067}\u{e007f}',
  '\u{1d11e} : # % -',
  '\u0378\u{e0001}',
  '-',
]

function tokenScenario(): Scenario {
  const entries = AWKWARD_TOKENS.map((tok, k) => entry(100 + k, tok, 1000 + k))
  const ops: ScriptOp[] = [neu(0), extend(entries)]
  for (let k = 0; k < AWKWARD_TOKENS.length; k++) ops.push(take(100 + k))
  return {
    name: 'tokens with quotes, backslashes, controls, emoji, marks and RTL',
    script: { hasher: ZERO_KEYS, ops },
    expect: ['-> Some("\\u{202e}abc\\u{202c} \\u{2066}x\\u{2069}")'],
  }
}

/**
 * The README's tombstone case: a full table of 1792 items thinned by seven
 * cleanups keeps capacity 866 for 538 items; try_reserve(329) rehashes in
 * place, then extend(600) does it again through its reserve(300).
 */
function tombstoneScenario(): Scenario {
  const thin = [1612, 1433, 1254, 1075, 895, 716, 537].map((idle) =>
    cleanup(t(1791), t(idle)),
  )
  const ops: ScriptOp[] = [
    neu(0),
    extend(run(0, 1792)),
    snapshot,
    ...thin,
    reserve(328),
    reserve(329),
    restore(0),
    ...thin,
  ]
  for (let w = 0; w < 6; w++) {
    const lo = 1792 + 60 * w
    ops.push(extend(run(lo, lo + 60, `w${w}_`)))
    ops.push(cleanup(t(lo + 59), t(537)))
  }
  ops.push(extend(run(2152, 2752)), reserve(900), shrink)
  return {
    name: 'tombstones from cleanups of a full 1792 table, in-place rehash',
    script: { hasher: ZERO_KEYS, ops },
    expect: [
      'op 9: cleanup now=1791s max_idle=537s',
      'len=538 capacity=866',
      'op 11: try_reserve 329 -> Ok(()) len=538 capacity=1792',
      'len=1138 capacity=1792',
      '-> Ok(()) len=1138 capacity=3584',
    ],
  }
}

export const HAND_PICKED: readonly Scenario[] = [
  {
    name: 'new(usize::MAX) panics with CapacityOverflow',
    script: { hasher: ZERO_KEYS, ops: [neu(U64_MAX), take(1)] },
    expect: ['TryReserveError { kind: CapacityOverflow }'],
  },
  {
    name: 'new(2^50) panics with an AllocError layout',
    script: { hasher: ZERO_KEYS, ops: [neu(1n << 50n)] },
    expect: ['size: 110338190870577168, align: 16 (1 << 4)'],
  },
  {
    name: 'new(2^60) after other operations ends the program midway',
    script: {
      hasher: ZERO_KEYS,
      ops: [neu(10), extend(run(0, 12)), snapshot, neu(1n << 60n), restore(0)],
    },
    expect: ['op 2: snapshot -> timeline[0] clone_capacity=14'],
  },
  {
    name: 'try_reserve: AllocError up to 7 * 2^54, then CapacityOverflow',
    script: {
      hasher: ZERO_KEYS,
      ops: [
        neu(0),
        reserve(0),
        reserve(1n << 45n),
        reserve(1n << 50n),
        reserve(1n << 52n),
        reserve(1n << 55n),
        reserve(1n << 56n),
        reserve(7n << 54n),
        reserve((7n << 54n) + 1n),
        reserve(1n << 60n),
        reserve(I64_MAX),
        reserve(U64_MAX),
        extend(run(0, 30)),
        reserve(1n << 45n),
        reserve(U64_MAX - 29n),
        reserve(U64_MAX - 30n),
        reserve(26),
        reserve(27),
      ],
    },
    expect: [
      'size: 7061644215716937744',
      'op 8: try_reserve 126100789566373889 -> Err(TryReserveError { kind: CapacityOverflow })',
    ],
  },
  {
    name: 'capacity ladder of new and growth through try_reserve',
    script: {
      hasher: ZERO_KEYS,
      ops: [
        ...[0, 1, 3, 4, 7, 8, 14, 15, 28, 29, 56, 57, 112, 113, 1000, 1792].map(
          neu,
        ),
        neu(1793),
        extend(run(0, 5)),
        reserve(3579),
        reserve(3580),
      ],
    },
    expect: ['op 14: new 1000 -> () len=0 capacity=1792'],
  },
  tokenScenario(),
  {
    name: 'cleanup: future-dated sessions, the exact boundary and 1 ns past',
    script: {
      hasher: ZERO_KEYS,
      ops: [
        neu(0),
        extend([
          entry(1, 'future', 2001),
          entry(2, 'boundary', 1500),
          entry(3, 'one-ns-late', 1499, 999_999_999),
          entry(4, 'now', 2000),
          entry(5, 'future-by-1ns', 2000, 1),
          entry(6, null, 0),
          entry(7, 'max', I64_MAX.toString(), 999_999_999),
          entry(8, 'mid', 1750, 500_000_000),
        ]),
        snapshot,
        cleanup(t(2000), t(500)),
        restore(0),
        cleanup(t(2000), t(0)),
        restore(0),
        cleanup(t(2000), t(U64_MAX.toString(), 999_999_999)),
        restore(0),
        cleanup(t(I64_MAX.toString(), 999_999_999), t(0)),
        restore(0),
        cleanup(t(0), t(0)),
      ],
    },
    expect: ['op 3: cleanup now=2000s max_idle=500s -> [', 'len=3'],
  },
  {
    name: 'take twice, a missing id, and an empty token',
    script: {
      hasher: ZERO_KEYS,
      ops: [
        neu(3),
        extend([entry(1, 'abc', 10), entry(2, '', 10), entry(3, null, 10)]),
        take(1),
        take(1),
        take(2),
        take(2),
        take(3),
        take(4),
        take(U64_MAX),
      ],
    },
    expect: [
      'op 2: take 1 -> Some("abc")',
      'op 3: take 1 -> None',
      '-> Some("")',
    ],
  },
  {
    name: 'snapshot and rollback, restored twice and interleaved',
    script: {
      hasher: ZERO_KEYS,
      ops: [
        neu(0),
        snapshot,
        extend(run(0, 20)),
        snapshot,
        take(1),
        extend(run(20, 40)),
        cleanup(t(30), t(15)),
        snapshot,
        restore(1),
        take(1),
        restore(1),
        restore(0),
        restore(2),
        extend(run(40, 45)),
        restore(1),
      ],
    },
    expect: ['op 1: snapshot -> timeline[0] clone_capacity=0'],
  },
  tombstoneScenario(),
  {
    name: 'shrink_to_fit frees, rebuilds smaller or keeps the table',
    script: {
      hasher: ZERO_KEYS,
      ops: [
        neu(2000),
        shrink,
        extend(run(0, 20)),
        shrink,
        reserve(2000),
        cleanup(t(100), t(90)),
        shrink,
        cleanup(t(100), t(0)),
        shrink,
        neu(0),
        extend(run(0, 1792)),
        cleanup(t(1791), t(1075)),
        shrink,
      ],
    },
    expect: ['op 3: shrink_to_fit -> () len=20 capacity=28'],
  },
  {
    name: 'extend: duplicates, last one wins, overwrites that still resize',
    script: {
      hasher: ZERO_KEYS,
      ops: [
        neu(0),
        extend(Array.from({ length: 20 }, (_, k) => entry(7, `dup${k}`, k))),
        neu(0),
        extend(run(0, 10)),
        extend(run(0, 8, 'again')),
        extend(run(0, 10, 'third')),
        extend(run(0, 2000)),
      ],
    },
    expect: ['op 1: extend 20 -> () len=1 capacity=28', 'Some("dup19")'],
  },
  {
    name: 'keyed hasher with edge ids',
    script: {
      hasher: [U64_MAX.toString(), '12345678901234567890'],
      ops: [
        neu(7),
        extend(
          [
            0n,
            1n,
            2n,
            1n << 31n,
            1n << 32n,
            1n << 53n,
            (1n << 53n) + 1n,
            I64_MAX,
          ]
            .concat([1n << 63n, U64_MAX - 1n, U64_MAX])
            .map((id) => entry(id, `id${id}`, 5)),
        ),
        take(1n << 53n),
        take(U64_MAX),
      ],
    },
  },
  {
    name: 'generated batches of thousands, key lists as checksums',
    script: {
      hasher: ['314159', '271828'],
      ops: [
        neu(100),
        {
          op: 'extend_generated',
          spec: {
            count: 3000,
            ids: 'random',
            firstId: '0',
            tokenShare: 0.3,
            centerSecs: '1700000000',
            spreadSecs: '3600',
            seed: 11,
          },
        },
        {
          op: 'extend_generated',
          spec: {
            count: 2500,
            ids: 'overlap',
            firstId: '18446744073709550000',
            tokenShare: 0.9,
            centerSecs: '1700001000',
            spreadSecs: '600',
            seed: 12,
          },
        },
        snapshot,
        cleanup(t(1700000500, 250_000_000), t(1800)),
        reserve(4000),
        shrink,
        restore(0),
        shrink,
      ],
    },
    expect: [' ids, checksum 0x'],
  },
]
