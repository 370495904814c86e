// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { probeKey } from '../../../src/model/inspect'
import { ctrlLabel, windowStartFor } from '../../../src/ui/inside/memoryCells'
import { extendOp, renderInside } from './insideHarness'

const SMALL = [{ op: 'new', expected: '3' }, extendOp(42, 314, 7)] as const

describe('memory view', () => {
  it('shows the control byte and key of every bucket as the model holds them', async () => {
    const { panel, map } = await renderInside('Memory', { ops: [...SMALL] })

    const p = await panel()
    const t = map().table

    expect(t.buckets).toBe(4)
    for (let i = 0; i < t.buckets; i++) {
      const byte = t.ctrl[i]
      const label =
        byte < 0x80
          ? `FULL, h2 ${ctrlLabel(byte)}, key ${map().keyAt(i)}`
          : ctrlLabel(byte)
      expect(
        p.getByLabelText(new RegExp(`^bucket ${i}: ${label}`)),
      ).toBeInTheDocument()
    }
    expect(p.getByText('bucket_mask').nextElementSibling).toHaveTextContent('3')
    expect(p.getByText('growth_left').nextElementSibling).toHaveTextContent('0')
  })

  it('follows the probe sequence of a clicked key', async () => {
    const { panel, map, user, state } = await renderInside('Memory', {
      ops: [...SMALL],
    })
    const p = await panel()

    await user.click(p.getByRole('button', { name: /key 314/ }))

    const probe = probeKey(map().table, 314n)
    expect(state().takeInput).toBe('314')
    expect(
      p.getByRole('heading', { name: 'Looking up key 314' }),
    ).toBeInTheDocument()
    const steps = within(p.getByRole('list')).getAllByRole('listitem')
    expect(steps).toHaveLength(probe.steps.length)
    expect(steps.at(-1)).toHaveTextContent('found')
    expect(
      p.getByText(`0x${probe.hash.toString(16).padStart(16, '0')}`),
    ).toBeInTheDocument()
    expect(
      p.getByLabelText(
        new RegExp(`^bucket ${probe.bucket}: .*the key is here`),
      ),
    ).toBeInTheDocument()
  })

  it('says a key that is absent ends at a group with an EMPTY byte', async () => {
    const { panel, store } = await renderInside('Memory', { ops: [...SMALL] })

    act(() => store.getState().setTakeInput('99'))

    expect((await panel()).getByText(/not in the map/)).toBeInTheDocument()
  })

  it('shows the layout before a resize beside the new one', async () => {
    const { panel, store } = await renderInside('Memory', { ops: [...SMALL] })

    const op = extendOp(1, 2, 3)
    if (op.op !== 'extend') throw new Error('not an extend')
    act(() => store.getState().extendEntries(op.entries))

    const p = await panel()
    expect(p.getByText(/resized 4 → 8 buckets/)).toBeInTheDocument()
    expect(
      p.getByRole('group', {
        name: 'Buckets before the last operation, 4 in all',
      }),
    ).toBeInTheDocument()
    expect(
      p.getByRole('group', { name: 'Buckets 0 to 7 of 8' }),
    ).toBeInTheDocument()
  })

  it('gives a table of 2^21 buckets an overview and a window of 64 real buckets', async () => {
    const { panel, user } = await renderInside('Memory', {
      ops: [{ op: 'new', expected: '1800000' }, extendOp(42)],
    })
    const p = await panel()

    expect(
      p.getByRole('img', {
        name: /^Overview of 512 cells of 4096 buckets each/,
      }),
    ).toBeInTheDocument()
    expect(p.getByText('Showing buckets 0–63 of 2097152.')).toBeInTheDocument()
    expect(
      screen
        .getByRole('region', { name: 'Inside the table' })
        .querySelectorAll('*').length,
    ).toBeLessThan(600)

    await user.type(p.getByLabelText('Go to bucket'), '1000005')
    await user.click(p.getByRole('button', { name: 'Go' }))

    expect(
      p.getByText('Showing buckets 1000000–1000063 of 2097152.'),
    ).toBeInTheDocument()
  })

  it('moves the window of a large table to the bucket of a selected key', async () => {
    const { panel, store, map } = await renderInside('Memory', {
      ops: [{ op: 'new', expected: '1800000' }, extendOp(42)],
    })

    act(() => store.getState().setTakeInput('42'))

    const bucket = probeKey(map().table, 42n).bucket
    const start = windowStartFor(bucket, 2097152)
    const p = await panel()
    expect(
      p.getByText(`Showing buckets ${start}–${start + 63} of 2097152.`),
    ).toBeInTheDocument()
    expect(
      p.getByLabelText(new RegExp(`^bucket ${bucket}: FULL.*key 42`)),
    ).toBeInTheDocument()
  })
})
