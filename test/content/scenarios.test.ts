import { describe, expect, it } from 'vitest'

import { DEMO_SCRIPT, SCENARIOS } from '../../src/content/scenarios'
import { ScriptRunner } from '../../src/model/script'

function run(script: {
  hasher: readonly [string, string]
  ops: readonly unknown[]
}) {
  const runner = new ScriptRunner(script.hasher)
  const outcomes = (script.ops as Parameters<ScriptRunner['apply']>[0][]).map(
    (op) => runner.apply(op),
  )
  return { runner, outcomes }
}

describe('scenarios', () => {
  it('has at least six presets with distinct ids', () => {
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBeGreaterThanOrEqual(6)
  })

  it.each(
    SCENARIOS.filter((s) => s.id !== 'million').map((s) => [s.id, s] as const),
  )('%s replays without a panic', (_, scenario) => {
    const { runner } = run(scenario.script)

    expect(runner.panicked).toBeNull()
    expect(runner.manager).not.toBeNull()
  })

  it('shows take giving Some, then None', () => {
    const { outcomes } = run(
      SCENARIOS.find((s) => s.id === 'otp-login')!.script,
    )

    expect(
      outcomes.slice(-3).map((o) => (o.op === 'take' ? o.result : '')),
    ).toEqual(['Some("otp-4821")', 'None', 'None'])
  })

  it('shows capacity dropping after a cleanup of a full table', () => {
    const scenario = SCENARIOS.find((s) => s.id === 'tombstones')!
    const runner = new ScriptRunner(scenario.script.hasher)
    const [create, fill, cleanup] = scenario.script.ops
    runner.apply(create)
    runner.apply(fill)
    const full = runner.manager!.sessions

    expect(full.capacity).toBe(1792)
    runner.apply(cleanup)

    expect(full.capacity).toBeLessThan(1792)
  })

  it('gives the demo a future-dated session and an empty token', () => {
    const { runner } = run(DEMO_SCRIPT)

    expect(runner.manager!.sessions.get(314n)?.lastActive.secs).toBe(
      1_700_000_900n,
    )
    expect(runner.manager!.sessions.get(23n)?.token).toBe('')
  })
})
