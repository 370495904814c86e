import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_CLOCK,
  DEFAULT_SETTINGS,
  MAX_OPS,
  createExperiment,
  newPanic,
  MAX_REPLAY_WORK,
  replayWork,
  validateExperiment,
} from '../../src/io/experimentSchema'
import { SCENARIOS } from '../../src/content/scenarios'
import { MAX_ISSUES } from '../../src/io/issues'
import { parseJson } from '../../src/io/json'
import { migrate } from '../../src/io/migrate'
import { readExperiment, readExperimentText } from '../../src/io/persistence'
import { sipKeys } from '../../src/model/rust/sipHash'
import type { ScriptOp } from '../../src/model/script'
import { SessionManager } from '../../src/model/sessionManager'

const VECTORS = 'test/vectors'

function doc(ops: unknown[], settings: object = DEFAULT_SETTINGS) {
  return {
    format: 'hashmap-playground',
    version: 1,
    script: { hasher: ['0', '0'], ops },
    clock: DEFAULT_CLOCK,
    settings,
  }
}

function messages(value: unknown): string[] {
  const result = validateExperiment(value)
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`)
}

const MILLION_BATCH = {
  op: 'extend_generated',
  spec: {
    count: 2_000_000,
    ids: 'sequential',
    firstId: '0',
    tokenShare: 0.5,
    centerSecs: '1700000000',
    spreadSecs: '3600',
    seed: 1,
  },
}

describe('the replay budget', () => {
  it('refuses a short document that asks for hours of work', () => {
    const ops = [
      { op: 'new', expected: '0' },
      ...Array.from({ length: 10 }, () => MILLION_BATCH),
    ]

    const problems = messages(doc(ops))

    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          '^script\\.ops: replaying these operations would cost about ' +
            '\\d+, counted in sessions inserted',
        ),
      ),
    ])
    expect(problems[0]).toMatch(/the playground replays at most 12000000$/)
  })

  it('charges reading back a huge table after every cheap op', () => {
    const ops = [
      { op: 'new', expected: '3000000' },
      ...Array.from({ length: 100_000 }, () => ({ op: 'take', id: '1' })),
    ]

    expect(messages(doc(ops))).toHaveLength(1)
  })

  it('counts an extend of n sessions as n and a million-session load as 1250000', () => {
    const ops: ScriptOp[] = [
      { op: 'new', expected: '1000000' },
      {
        op: 'extend_generated',
        spec: { ...MILLION_BATCH.spec, count: 1_000_000 },
      },
    ] as ScriptOp[]

    expect(replayWork(ops)).toBe(1_250_000)
  })

  it.each([...SCENARIOS.map((s) => [s.id, s.script.ops] as const)])(
    'lets the %s scenario through',
    (_, ops) => {
      expect(replayWork(ops)).toBeLessThan(MAX_REPLAY_WORK / 4)
    },
  )
})

describe('validateExperiment', () => {
  it('accepts a document built by createExperiment', () => {
    const built = createExperiment({
      hasher: ['1', '2'],
      ops: [
        { op: 'new', expected: '3' },
        { op: 'snapshot', label: 'start' },
      ],
    })

    const result = validateExperiment(built)

    expect(result).toEqual({ ok: true, value: built })
  })

  it('writes every number in canonical form', () => {
    const input = doc([
      { op: 'new', expected: '007' },
      { op: 'take', id: '+42' },
      {
        op: 'extend',
        entries: [
          {
            id: '0018446744073709551615',
            token: '',
            last_active: { secs: '01', nanos: 7 },
          },
        ],
      },
    ])

    const result = validateExperiment(input)

    expect(result.ok && result.value.script.ops).toEqual([
      { op: 'new', expected: '7' },
      { op: 'take', id: '42' },
      {
        op: 'extend',
        entries: [
          {
            id: '18446744073709551615',
            token: '',
            last_active: { secs: '1', nanos: 7 },
          },
        ],
      },
    ])
  })

  it('names the path, the value and the limit of a bad id deep in a script', () => {
    const entries = Array.from({ length: 13 }, (_, i) => ({
      id: i === 12 ? '18446744073709551616' : String(i),
      token: null,
      last_active: { secs: '0', nanos: 0 },
    }))
    const ops = [
      { op: 'new', expected: '0' },
      { op: 'shrink_to_fit' },
      { op: 'snapshot' },
      { op: 'extend', entries },
    ]

    expect(messages(doc(ops))).toEqual([
      'script.ops[3].entries[12].id: user id "18446744073709551616" is larger than ' +
        'u64::MAX (18446744073709551615)',
    ])
  })

  it('names a JSON number where a decimal string belongs, digit for digit', () => {
    const parsed = parseJson(
      '{"format":"hashmap-playground","version":1,"script":{"hasher":["0","0"],' +
        '"ops":[{"op":"new","expected":"0"},{"op":"take","id":18446744073709551617}]},' +
        '"clock":{"secs":"0","nanos":0},' +
        '"settings":{"maxIdle":{"secs":"0","nanos":0},"maxIdleUnit":"s","memoryBytes":"0"}}',
    )

    const result = parsed.ok ? validateExperiment(parsed.value) : null

    expect(result?.ok === false && result.issues).toEqual([
      {
        path: 'script.ops[1].id',
        message:
          'user id is the JSON number 18446744073709551617; write it in quotes, as the ' +
          'string "18446744073709551617": JSON numbers above 2^53 lose digits when ' +
          'JavaScript reads them, so the playground keeps every such value as a string',
      },
    ])
  })

  it('refuses unknown fields and unknown ops, naming them', () => {
    const input = {
      ...doc([{ op: 'new', expected: '0', extra: 1 }, { op: 'delete_all' }]),
      title: 'x',
    }

    expect(messages(input)).toEqual([
      'script.ops[0]: unknown field "extra"',
      'script.ops[1].op: expected one of "new", "try_reserve", "extend", ' +
        '"extend_generated", "snapshot", "restore", "cleanup", "take", ' +
        '"shrink_to_fit", got "delete_all"',
      ': unknown field "title"',
    ])
  })

  it('stops after a hundred problems in a list of two thousand bad sessions', () => {
    const entries = Array.from({ length: 2000 }, () => ({ id: 'x' }))

    const result = validateExperiment(
      doc([
        { op: 'new', expected: '0' },
        { op: 'extend', entries },
      ]),
    )

    expect(result.ok).toBe(false)
    const issues = result.ok ? [] : result.issues
    expect(issues.length).toBeLessThanOrEqual(MAX_ISSUES + 1)
    expect(issues.at(-1)?.message).toMatch(
      /^more than 100 problems: stopped reading at session/,
    )
  })

  it('refuses a script longer than the limit without reading its ops', () => {
    const ops = new Array<unknown>(MAX_OPS + 1).fill(0)

    expect(messages(doc(ops))).toEqual([
      `script.ops: the script has ${MAX_OPS + 1} operations; it may have at most ${MAX_OPS}`,
    ])
  })
})

describe('script rules', () => {
  const rules: {
    name: string
    ops: ScriptOp[]
    memory?: string
    want: string[]
  }[] = [
    { name: 'an empty script', ops: [], want: [] },
    {
      name: 'a script that starts without new',
      ops: [{ op: 'take', id: '1' }],
      want: [
        'script.ops[0].op: the first operation is "take"; a script starts with new ' +
          '(SessionManager::new), or is empty',
      ],
    },
    {
      name: 'a restore before any snapshot',
      ops: [
        { op: 'new', expected: '0' },
        { op: 'restore', index: 0 },
      ],
      want: [
        'script.ops[1].index: restore names snapshot 0, but no snapshot was taken before it',
      ],
    },
    {
      name: 'a restore of a later snapshot',
      ops: [
        { op: 'new', expected: '0' },
        { op: 'snapshot' },
        { op: 'restore', index: 1 },
        { op: 'snapshot' },
      ],
      want: [
        'script.ops[2].index: restore names snapshot 1, but only snapshots 0 to 0 were ' +
          'taken before it',
      ],
    },
    {
      name: 'a restore of each earlier snapshot, across a second new',
      ops: [
        { op: 'new', expected: '0' },
        { op: 'snapshot' },
        { op: 'new', expected: '5' },
        { op: 'snapshot' },
        { op: 'restore', index: 0 },
        { op: 'restore', index: 1 },
      ],
      want: [],
    },
    {
      name: 'ops after a new that overflows',
      ops: [
        { op: 'new', expected: '18446744073709551615' },
        { op: 'take', id: '1' },
        { op: 'shrink_to_fit' },
      ],
      want: [
        'script.ops[1]: 2 operation(s) follow new(18446744073709551615) at script.ops[0], ' +
          'which panics ("Failed to reserve capacity for sessions: TryReserveError { kind: ' +
          'CapacityOverflow }"); nothing runs after a panic',
      ],
    },
    {
      name: 'ops after a new that the simulated allocator refuses',
      ops: [
        { op: 'new', expected: '0' },
        { op: 'new', expected: '100' },
        { op: 'snapshot' },
      ],
      memory: '1000',
      want: [
        'script.ops[2]: 1 operation(s) follow new(100) at script.ops[1], which panics ' +
          '("Failed to reserve capacity for sessions: TryReserveError { kind: AllocError ' +
          '{ layout: Layout { size: 6288, align: 16 (1 << 4) }, non_exhaustive: () } }"); ' +
          'nothing runs after a panic',
      ],
    },
    {
      name: 'a script that ends with a panicking new',
      ops: [
        { op: 'new', expected: '0' },
        { op: 'new', expected: '18446744073709551615' },
      ],
      want: [],
    },
  ]

  it.each(rules)('checks $name', ({ ops, memory, want }) => {
    const settings = {
      ...DEFAULT_SETTINGS,
      memoryBytes: memory ?? DEFAULT_SETTINGS.memoryBytes,
    }

    expect(messages(doc(ops, settings))).toEqual(want)
  })

  const panics = [
    ['0', '0'],
    ['1', '0'],
    ['3', '239'],
    ['3', '240'],
    ['14', '1000'],
    ['100', '6288'],
    ['100', '6287'],
    ['1000000', '17179869184'],
    ['1125899906842624', '17179869184'],
    ['2305843009213693951', '18446744073709551615'],
    ['2305843009213693952', '18446744073709551615'],
    ['18446744073709551615', '18446744073709551615'],
  ]

  it.each(panics)(
    'predicts new(%s) with %s bytes as SessionManager::new does',
    (n, mem) => {
      const memoryBytes = BigInt(mem)
      const limits = { memoryBytes, maxBuckets: 1 << 22 }

      const real = SessionManager.new(BigInt(n), sipKeys(0n, 0n), limits)

      expect(newPanic(BigInt(n), memoryBytes)).toBe(real.ok ? null : real.panic)
    },
  )
})

describe('migrate', () => {
  it('upgrades a version 0 script, taking the clock from its last cleanup', () => {
    const v0 = {
      version: 0,
      hasher: ['1', '2'],
      ops: [
        { op: 'new', expected: '4' },
        {
          op: 'cleanup',
          now: { secs: '10', nanos: 1 },
          max_idle: { secs: '5', nanos: 0 },
        },
        {
          op: 'cleanup',
          now: { secs: '20', nanos: 2 },
          max_idle: { secs: '5', nanos: 0 },
        },
      ],
    }

    const read = readExperiment(v0)

    expect(read).toEqual({
      ok: true,
      migratedFrom: 0,
      doc: createExperiment(
        { hasher: ['1', '2'], ops: v0.ops as ScriptOp[] },
        {
          secs: '20',
          nanos: 2,
        },
      ),
    })
  })

  it('gives a version 0 script without a cleanup the default clock and settings', () => {
    const migrated = migrate({ hasher: ['0', '0'], ops: [] })

    expect(migrated).toEqual({
      ok: true,
      from: 0,
      value: {
        format: 'hashmap-playground',
        version: 1,
        script: { hasher: ['0', '0'], ops: [] },
        clock: DEFAULT_CLOCK,
        settings: DEFAULT_SETTINGS,
      },
    })
  })

  it('leaves a version 1 document as it is', () => {
    const v1 = doc([])

    expect(migrate(v1)).toEqual({ ok: true, from: 1, value: v1 })
  })

  const refused: {
    name: string
    value: unknown
    reason: string
    error: RegExp
  }[] = [
    {
      name: 'a list',
      value: [],
      reason: 'not-experiment',
      error: /expected a JSON object, got an empty list/,
    },
    {
      name: 'another format',
      value: { format: 'excalidraw', version: 2 },
      reason: 'not-experiment',
      error: /its format is "excalidraw"/,
    },
    {
      name: 'a version as text',
      value: { ...doc([]), version: '1' },
      reason: 'not-experiment',
      error: /expected version as a whole number, got "1"/,
    },
    {
      name: 'a newer version',
      value: { ...doc([]), version: 2 },
      reason: 'newer-version',
      error:
        /saved by a newer version of the playground \(document version 2\)/,
    },
    {
      name: 'an object with neither format nor script',
      value: { a: 1 },
      reason: 'not-experiment',
      error: /no format field, and no hasher and ops/,
    },
    {
      name: 'a bare script marked version 3',
      value: { version: 3, hasher: [], ops: [] },
      reason: 'not-experiment',
      error: /only version 0 documents look like that/,
    },
  ]

  it.each(refused)('refuses $name', ({ value, reason, error }) => {
    const migrated = migrate(value)

    expect(migrated.ok).toBe(false)
    expect(!migrated.ok && migrated.reason).toBe(reason)
    expect(!migrated.ok && migrated.error).toMatch(error)
  })
})

describe('recorded vectors', () => {
  const files = readdirSync(VECTORS).filter((f) => f.endsWith('.json'))

  it.each(files)('opens %s as a version 0 document', (file) => {
    const text = readFileSync(`${VECTORS}/${file}`, 'utf8')

    const read = readExperimentText(text)

    expect(read.ok ? read.migratedFrom : read.error).toBe(0)
  })
})
