/**
 * Exports every scenario as a Rust program, builds it with the real rustc,
 * runs it and compares its stdout byte for byte with `predictOutput` (and
 * the panic message on stderr with the model's). Where rustc is missing the
 * suite is skipped, and says so.
 */

import { beforeAll, describe, expect, it } from 'vitest'

import { predictRun } from '../../src/model/export/predictOutput'
import {
  type CheckReport,
  checkWithRust,
  describeDifference,
} from '../../src/model/export/rustCheck'
import { type RandomProfile, randomScript } from './support/randomScripts'
import { nodeRustc, rustcVersion } from './support/rustc'
import { HAND_PICKED, type Scenario } from './support/scenarios'

const PROFILES: readonly (readonly [string, RandomProfile, number])[] = [
  ['small', { maxSessions: 40, ops: 30, awkward: 0.25 }, 6],
  ['medium', { maxSessions: 700, ops: 30, awkward: 0.1 }, 5],
  ['big', { maxSessions: 4000, ops: 25, awkward: 0.05 }, 4],
  ['large', { maxSessions: 20_000, ops: 16, awkward: 0.02 }, 2],
]

const RANDOM: Scenario[] = PROFILES.flatMap(([name, profile, count]) =>
  Array.from({ length: count }, (_, k) => {
    const seed = 0x5e55_1000 + 97 * k + name.length
    return {
      name: `random ${name} #${k} (seed ${seed})`,
      script: randomScript(seed, profile),
    }
  }),
)

const SCENARIOS: readonly Scenario[] = [...HAND_PICKED, ...RANDOM]

const version = rustcVersion()
const suite = version === null ? describe.skip : describe
const title =
  version === null
    ? 'rustc not found on PATH: export differential tests skipped'
    : `exported programs built with ${version}`
if (version === null) console.warn(title)

suite(title, () => {
  const reports = new Map<string, Promise<CheckReport>>()
  let tampered: Promise<CheckReport>

  beforeAll(() => {
    // Started together; the toolchain runs at most two rustc at a time.
    const rustc = nodeRustc({ jobs: 2 })
    for (const s of SCENARIOS) {
      reports.set(s.name, checkWithRust(s.script, rustc))
    }
    // The same first scenario with other SipHash keys in the source.
    tampered = checkWithRust(RANDOM[0].script, {
      compileAndRun: (source) =>
        rustc.compileAndRun(
          source.replace(
            /(const HASHER[^}]*k0: )[\d_]+/,
            (_, head: string) => `${head}1_234_567`,
          ),
        ),
    })
  })

  it('notices a program that disagrees with the model', async () => {
    const report = await tampered

    expect(report.status).toBe('mismatch')
    if (report.status === 'mismatch') {
      expect(report.difference.what).toBe('stdout')
      expect(report.difference.expected).toMatch(/^(keys|map): /)
    }
  })

  it('has at least 20 scenarios with distinct names', () => {
    expect(reports.size).toBe(SCENARIOS.length)
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(20)
  })

  it.each(SCENARIOS.map((s) => [s.name, s] as const))(
    '%s prints what the model predicts',
    async (_, scenario) => {
      const prediction = predictRun(scenario.script)
      const shown = prediction.stdout + (prediction.panic ?? '')

      const report = await reports.get(scenario.name)!

      for (const text of scenario.expect ?? []) expect(shown).toContain(text)
      if (report.status === 'mismatch') {
        expect.fail(describeDifference(report.difference))
      }
      if (report.status !== 'match') expect.fail(report.reason)
      expect(report.machineDependent).toEqual([])
    },
    120_000,
  )
})
