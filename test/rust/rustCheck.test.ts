import { describe, expect, it } from 'vitest'

import { predictRun } from '../../src/model/export/predictOutput'
import {
  type RustRun,
  type RustToolchain,
  checkWithRust,
  compareRun,
  describeDifference,
  panicMessageOf,
} from '../../src/model/export/rustCheck'
import type { Script } from '../../src/model/script'
import { entry } from './support/scenarios'

const script: Script = {
  hasher: ['0', '0'],
  ops: [
    { op: 'new', expected: '0' },
    { op: 'extend', entries: [entry(1, 'a', 5), entry(2, null, 6)] },
    { op: 'take', id: '1' },
  ],
}

/** A toolchain that answers with a fixed run, whatever the source. */
function fake(run: (source: string) => RustRun): RustToolchain {
  return { compileAndRun: async (source) => run(source) }
}

const PANIC_STDERR =
  "\nthread 'main' (4242) panicked at main.rs:161:14:\n" +
  'Failed to reserve capacity for sessions: TryReserveError { kind: CapacityOverflow }\n' +
  'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n'

describe('panicMessageOf', () => {
  it('reads the line after "panicked at"', () => {
    expect(panicMessageOf(PANIC_STDERR)).toBe(
      'Failed to reserve capacity for sessions: TryReserveError { kind: CapacityOverflow }',
    )
  })

  it('also reads the form without a thread id', () => {
    expect(
      panicMessageOf("thread 'main' panicked at src/main.rs:1:2:\nboom\n"),
    ).toBe('boom')
  })

  it('is null when nothing panicked', () => {
    expect(panicMessageOf('')).toBeNull()
  })
})

describe('compareRun', () => {
  const prediction = predictRun(script)

  it('accepts the exact output', () => {
    const run = { stdout: prediction.stdout, stderr: '', exitCode: 0 }

    expect(compareRun(prediction, run)).toBeNull()
  })

  it('finds the first differing line and its operation', () => {
    const stdout = prediction.stdout.replace('keys: [1, 2]', 'keys: [2, 1]')

    const d = compareRun(prediction, { stdout, stderr: '', exitCode: 0 })

    expect(d).toMatchObject({ what: 'stdout', line: 5, op: 1 })
    expect(describeDifference(d!)).toBe(
      [
        'Rust and the model differ at stdout line 5 (op 1), column 8:',
        '  rust:  keys: [2, 1]',
        '  model: keys: [1, 2]',
      ].join('\n'),
    )
  })

  it('reports output that stops early', () => {
    const stdout = prediction.stdout.split('\n').slice(0, 3).join('\n') + '\n'

    const d = compareRun(prediction, { stdout, stderr: '', exitCode: 0 })

    expect(d).toMatchObject({ what: 'stdout', line: 4, actual: '' })
  })

  it('compares the panic message and the exit status', () => {
    const panicking = predictRun({
      hasher: ['0', '0'],
      ops: [{ op: 'new', expected: '18446744073709551615' }],
    })

    expect(
      compareRun(panicking, {
        stdout: '',
        stderr: PANIC_STDERR,
        exitCode: 101,
      }),
    ).toBeNull()
    expect(
      compareRun(panicking, { stdout: '', stderr: '', exitCode: 0 }),
    ).toMatchObject({
      what: 'panic',
      op: 0,
      actual: null,
    })
    expect(
      compareRun(prediction, { ...prediction, stderr: '', exitCode: 1 }),
    ).toMatchObject({
      what: 'exit code',
      expected: '0',
      actual: '1',
    })
  })
})

describe('checkWithRust', () => {
  it('reports a match with the source it built', async () => {
    const expected = predictRun(script).stdout
    let built = ''

    const report = await checkWithRust(
      script,
      fake((source) => {
        built = source
        return { stdout: expected, stderr: '', exitCode: 0 }
      }),
    )

    expect(report).toMatchObject({ status: 'match', machineDependent: [] })
    expect(report.status === 'match' && report.source).toBe(built)
  })

  it('reports a mismatch', async () => {
    const report = await checkWithRust(
      script,
      fake(() => ({
        stdout: 'op 0: new 0 -> () len=0 capacity=3\n',
        stderr: '',
        exitCode: 0,
      })),
    )

    expect(report.status).toBe('mismatch')
  })

  it('reports a program that does not build as failed', async () => {
    const report = await checkWithRust(script, {
      compileAndRun: () =>
        Promise.reject(new Error('rustc failed: error[E0425]')),
    })

    expect(report).toMatchObject({
      status: 'failed',
      reason: 'Error: rustc failed: error[E0425]',
    })
  })

  it('reports a script the model cannot run as unpredictable', async () => {
    const report = await checkWithRust(
      { hasher: ['0', '0'], ops: [{ op: 'take', id: '1' }] },
      fake(() => ({ stdout: '', stderr: '', exitCode: 0 })),
    )

    expect(report).toMatchObject({ status: 'unpredictable' })
  })
})
