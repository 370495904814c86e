import { describe, expect, it } from 'vitest'

import { predictOutput, predictRun } from '../../src/model/export/predictOutput'
import { exportRustProgram } from '../../src/model/export/rustProgram'
import type { Script, ScriptOp } from '../../src/model/script'
import { entry, t } from './support/scenarios'

const small: Script = {
  hasher: ['0', '0'],
  ops: [
    { op: 'new', expected: '3' },
    { op: 'extend', entries: [entry(5, 'a"b', 10, 500_000_000)] },
    { op: 'snapshot' },
    { op: 'take', id: '5' },
    { op: 'cleanup', now: t(11), max_idle: t(0, 400_000_000) },
  ],
}

function generated(count: number): ScriptOp {
  return {
    op: 'extend_generated',
    spec: {
      count,
      ids: 'sequential',
      firstId: '0',
      tokenShare: 0.5,
      centerSecs: '100',
      spreadSecs: '10',
      seed: 1,
    },
  }
}

describe('exportRustProgram', () => {
  it('writes a std-only program with the seed session manager', () => {
    const source = exportRustProgram(small)

    expect(source).toMatch(/^\/\/! HashMap experiment\n/)
    const uses = source.match(/^use .*$/gm)
    expect(uses).toEqual([
      'use std::collections::HashMap;',
      'use std::hash::{BuildHasher, Hasher};',
      'use std::time::{Duration, SystemTime};',
    ])
    for (const item of [
      'struct SipHasher13 {',
      'impl BuildHasher for SipBuildHasher {',
      '#[derive(Debug, Clone)]\nstruct Session {',
      'fn new(expected_users: usize, hasher: SipBuildHasher) -> Self {',
      '.expect("Failed to reserve capacity for sessions");',
      'fn load_sessions(&mut self, data: Vec<(u64, Session)>) {',
      'fn snapshot(&self) -> Sessions {',
      'fn cleanup_inactive(&mut self, now: SystemTime, max_idle: Duration) {',
      'fn consume_token(&mut self, user_id: u64) -> Option<String> {',
      '// HashMap has no take(): this is Option::take on the value from get_mut',
      'fn main() {',
    ]) {
      expect(source).toContain(item)
    }
  })

  it('writes the keys and notes that (0, 0) is DefaultHasher::new()', () => {
    const keyed = exportRustProgram({
      ...small,
      hasher: ['1', '18446744073709551615'],
    })
    const plain = exportRustProgram(small)

    expect(keyed).toContain(
      'SipBuildHasher {\n    k0: 1,\n    k1: 18_446_744_073_709_551_615,\n};',
    )
    expect(keyed).not.toContain('Keys (0, 0)')
    expect(plain).toContain(
      'Keys (0, 0): the same hashes as DefaultHasher::new()',
    )
  })

  it('writes each operation in order with a report after it', () => {
    const source = exportRustProgram(small)

    const main = source.slice(source.indexOf('fn main() {'))
    expect(main).toContain('let mut timeline: Vec<Sessions> = Vec::new();')
    expect(main).toContain('let mut mgr = SessionManager::new(3, HASHER);')
    expect(main).toContain(
      'mgr.load_sessions(batch(&[(5, Some("a\\"b"), 10, 500000000)]));',
    )
    expect(main).toContain('let token = mgr.consume_token(5);')
    expect(main).toContain('let now = at(11, 0);')
    expect(main).toContain('let max_idle = Duration::new(0, 400_000_000);')
    const reports = main.match(/report\((\d+),/g)
    expect(reports).toEqual([
      'report(0,',
      'report(1,',
      'report(2,',
      'report(3,',
      'report(4,',
    ])
  })

  it('binds the manager without mut when nothing changes it', () => {
    const source = exportRustProgram({
      hasher: ['0', '0'],
      ops: [{ op: 'new', expected: '7' }, { op: 'snapshot' }],
    })

    expect(source).toContain('let mgr = SessionManager::new(7, HASHER);')
  })

  it('moves a long batch into a const array after main', () => {
    const source = exportRustProgram(
      {
        hasher: ['0', '0'],
        ops: [{ op: 'new', expected: '0' }, generated(40)],
      },
      { inlineBatchLimit: 8 },
    )

    expect(source).toContain('mgr.load_sessions(batch(BATCH_1));')
    expect(source).toContain('const BATCH_1: &[Row] = &[')
    expect(source.indexOf('const BATCH_1')).toBeGreaterThan(
      source.indexOf('fn main()'),
    )
  })

  it('stops after a new that panics and says why', () => {
    const source = exportRustProgram({
      hasher: ['0', '0'],
      ops: [
        { op: 'new', expected: '18446744073709551615' },
        { op: 'take', id: '1' },
        { op: 'shrink_to_fit' },
      ],
    })

    expect(source).toContain('// TryReserveError { kind: CapacityOverflow }')
    expect(source).toContain('remaining 2 operation(s) never run')
    expect(source).not.toContain('consume_token(1)')
  })

  it('keeps every line of a large experiment within 100 characters', () => {
    const source = exportRustProgram({
      hasher: ['18446744073709551615', '18446744073709551615'],
      ops: [
        { op: 'new', expected: '0' },
        generated(500),
        {
          op: 'cleanup',
          now: t('9223372036854775807', 999_999_999),
          max_idle: t('18446744073709551615', 999_999_999),
        },
        { op: 'try_reserve', additional: '18446744073709551615' },
      ],
    })

    const long = source.split('\n').filter((l) => l.length > 100)
    expect(long).toEqual([])
  })

  it('refuses values that do not fit their Rust type', () => {
    const bad = (op: ScriptOp) => () =>
      exportRustProgram({
        hasher: ['0', '0'],
        ops: [{ op: 'new', expected: '0' }, op],
      })

    expect(bad({ op: 'take', id: '18446744073709551616' })).toThrow(
      'op 1 (take): id 18446744073709551616 is larger than u64::MAX',
    )
    expect(
      bad({ op: 'extend', entries: [entry(1, null, '9223372036854775808')] }),
    ).toThrow('last_active seconds 9223372036854775808 is larger than i64::MAX')
    expect(bad({ op: 'extend', entries: [entry(1, '\udc00', 0)] })).toThrow(
      'lone surrogate',
    )
  })
})

describe('predictOutput', () => {
  it('prints one block per operation in the documented format', () => {
    const out = predictOutput(small)

    const session = (token: string) =>
      `{5: Session { token: ${token}, ` +
      'last_active: SystemTime { tv_sec: 10, tv_nsec: 500000000 } }}'
    expect(out.split('\n')).toEqual([
      'op 0: new 3 -> () len=0 capacity=3',
      'keys: []',
      'map: {}',
      'op 1: extend 1 -> () len=1 capacity=3',
      'keys: [5]',
      `map: ${session('Some("a\\"b")')}`,
      'op 2: snapshot -> timeline[0] clone_capacity=3 len=1 capacity=3',
      'keys: [5]',
      `map: ${session('Some("a\\"b")')}`,
      'op 3: take 5 -> Some("a\\"b") len=1 capacity=3',
      'keys: [5]',
      `map: ${session('None')}`,
      'op 4: cleanup now=11s max_idle=0.4s -> [5] len=0 capacity=3',
      'keys: []',
      'map: {}',
      '',
    ])
  })

  it('prints a long key list as its length and checksum', () => {
    const script: Script = {
      hasher: ['0', '0'],
      ops: [{ op: 'new', expected: '0' }, generated(5)],
    }

    const out = predictOutput(script, { keyListLimit: 4, debugLimit: 2 })

    expect(out.split('\n')[4]).toMatch(
      /^keys: <5 ids, checksum 0x[0-9a-f]{16}>$/,
    )
    expect(out).not.toContain('map: {0')
  })

  it('ends with the panic message of a failing new', () => {
    const run = predictRun({
      hasher: ['0', '0'],
      ops: [
        { op: 'new', expected: '0' },
        { op: 'new', expected: '1125899906842624' },
      ],
    })

    expect(run.stdout.split('\n')[0]).toBe('op 0: new 0 -> () len=0 capacity=0')
    expect(run.panic).toBe(
      'Failed to reserve capacity for sessions: TryReserveError { kind: AllocError ' +
        '{ layout: Layout { size: 110338190870577168, align: 16 (1 << 4) }, ' +
        'non_exhaustive: () } }',
    )
    expect(run.exitCode).toBe(101)
    expect(run.machineDependent).toEqual([])
  })

  it('flags an allocation failure that a big machine could turn into success', () => {
    const run = predictRun({
      hasher: ['0', '0'],
      ops: [
        { op: 'new', expected: '0' },
        { op: 'try_reserve', additional: '1000000000' },
      ],
    })

    expect(run.machineDependent).toHaveLength(1)
    expect(run.machineDependent[0]).toMatch(/^op 1 \(try_reserve 1000000000\)/)
  })
})
