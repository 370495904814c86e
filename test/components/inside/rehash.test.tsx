// @vitest-environment jsdom
import { act } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import type { ScriptOp } from '../../../src/model/script'
import { renderInside } from './insideHarness'

/** 1792 sessions in 2048 buckets, then a retain that leaves tombstones. */
const TOMBSTONES: readonly ScriptOp[] = [
  { op: 'new', expected: '1000' },
  {
    op: 'extend_generated',
    spec: {
      count: 1792,
      ids: 'sequential',
      firstId: '1',
      tokenShare: 0.5,
      centerSecs: '1699996400',
      spreadSecs: '3600',
      seed: 51,
    },
  },
  {
    op: 'cleanup',
    now: { secs: '1700000000', nanos: 0 },
    max_idle: { secs: '1800', nanos: 0 },
  },
]

describe('an in-place rehash', () => {
  it('is shown as the old layout beside the new one in the same buckets', async () => {
    const { panel, store } = await renderInside('Memory', { ops: TOMBSTONES })

    act(() => store.getState().tryReserve(400n))

    const p = await panel()
    expect(
      p.getByText(/rehashed in place in 2048 buckets \(tombstones cleared\)/),
    ).toBeInTheDocument()
    expect(
      p.getByRole('group', {
        name: 'Buckets before the last operation, 2048 in all',
      }),
    ).toBeInTheDocument()
  })

  it('is marked on the capacity chart as a diamond', async () => {
    const { panel, store } = await renderInside('Capacity over time', {
      ops: TOMBSTONES,
    })

    act(() => store.getState().tryReserve(400n))

    const chart = (await panel()).getByRole('img', { name: /in-place rehash/ })
    expect(chart.querySelectorAll('rect.mark-rehash')).toHaveLength(1)
    expect(chart).toHaveAccessibleName(
      expect.stringContaining('1 in-place rehash.'),
    )
  })
})
