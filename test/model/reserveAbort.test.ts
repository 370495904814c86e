import { describe, expect, it } from 'vitest'

import { debugMap } from '../../src/model/debugFormat'
import { ReserveAbortError } from '../../src/model/hashbrown/rawTable'
import { ScriptRunner } from '../../src/model/script'
import { applyOp, currentMap } from '../../src/store/applyOp'

const entries = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: String(from + i),
    token: `t${i}`,
    last_active: { secs: '10', nanos: 0 },
  }))

/** A machine of 10,000 bytes: 128 buckets (6,288 bytes) fit, 256 do not. */
function smallMachine(): ScriptRunner {
  const runner = new ScriptRunner(['0', '0'], {
    memoryBytes: 10_000n,
    maxBuckets: 1 << 22,
  })
  runner.apply({ op: 'new', expected: '100' })
  runner.apply({ op: 'extend', entries: entries(0, 90) })
  return runner
}

describe('an extend that Rust could not allocate', () => {
  it('raises the abort Rust prints for the whole-batch reserve', () => {
    const runner = new ScriptRunner(['0', '0'], {
      memoryBytes: 10_000n,
      maxBuckets: 1 << 22,
    })
    runner.apply({ op: 'new', expected: '100' })

    const run = () => runner.apply({ op: 'extend', entries: entries(0, 300) })

    expect(run).toThrow(ReserveAbortError)
    expect(run).toThrow('memory allocation of 25104 bytes failed')
    expect(currentMap(runner).len).toBe(0)
    expect(currentMap(runner).capacity).toBe(112)
  })

  it('leaves the map as it was when the growth comes midway', () => {
    const runner = smallMachine()
    const before = debugMap(currentMap(runner))

    const applied = applyOp(runner, { op: 'extend', entries: entries(90, 40) })

    expect(applied).toEqual({
      ok: false,
      message:
        'Rust would stop the program here: memory allocation of 12560 bytes ' +
        'failed (the simulated memory is 10000 bytes). ' +
        'The playground left the map as it was.',
    })
    expect(debugMap(currentMap(runner))).toBe(before)
    expect(currentMap(runner).capacity).toBe(112)
  })
})
