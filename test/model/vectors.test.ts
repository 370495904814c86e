import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

import { type Vector, replayVector } from '../support/replay'

function vectorsIn(folder: string): string[] {
  const dir = join(import.meta.dirname, '..', folder)
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(folder, f))
}

const recorded = vectorsIn('vectors')
const edge = vectorsIn('vectors-edge')

function replays(path: string) {
  const file = join(import.meta.dirname, '..', path)
  const vector = JSON.parse(readFileSync(file, 'utf8')) as Vector

  const mismatches = replayVector(vector)

  expect(mismatches.slice(0, 3)).toEqual([])
}

describe('replaying the vectors recorded from real Rust', () => {
  it('finds all 64 vectors and the 24 edge vectors', () => {
    expect(recorded.length).toBe(64)
    expect(edge.length).toBe(24)
  })

  it.each(recorded)('matches %s op by op', replays)

  it.each(edge)('matches %s op by op', replays, 30_000)
})
