import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

import { type Vector, replayVector } from '../support/replay'

const dir = join(import.meta.dirname, '..', 'vectors')
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()

describe('replaying the vectors recorded from real Rust', () => {
  it('finds all 64 vectors', () => {
    expect(files.length).toBe(64)
  })

  it.each(files)('matches %s op by op', (file) => {
    const vector = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Vector

    const mismatches = replayVector(vector)

    expect(mismatches.slice(0, 3)).toEqual([])
  })
})
