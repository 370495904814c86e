// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import {
  renderPlayground,
  rowOf,
  sessionRows,
  stubLayout,
  summaryValue,
} from './renderPlayground'

stubLayout()

function card() {
  return within(screen.getByRole('region', { name: 'retain' }))
}

function verdict(id: string): string {
  return within(rowOf(id)).getAllByRole('cell')[4].textContent ?? ''
}

describe('retain', () => {
  it('marks the rows it would remove, and why, before it runs', () => {
    renderPlayground()

    expect(verdict('42')).toBe('kept idle 2min ≤ max 1h')
    expect(verdict('7')).toBe('removed idle 1h 30min > max 1h')
    expect(verdict('18446744073709551615')).toBe('removed idle 2h > max 1h')
    expect(verdict('314')).toBe(
      'removed last active is after now: duration_since fails, unwrap_or(false)',
    )
    expect(within(rowOf('314')).getAllByRole('cell')[3]).toHaveTextContent(
      'in the future',
    )
    expect(card().getByText(/retain would remove/)).toHaveTextContent(
      'retain would remove 3 of 6 sessions (2 idle too long, 1 last active after now)',
    )
  })

  it('removes those sessions and lists their ids', async () => {
    const { user, state } = renderPlayground()

    await user.click(card().getByRole('button', { name: /^retain/ }))

    expect(summaryValue('len')).toBe('3')
    expect(
      sessionRows().map((r) => within(r).getAllByRole('cell')[0].textContent),
    ).toEqual(['42', '23', '1001'])
    const removed = card()
      .getByText(/^Removed ids:/)
      .closest('p')
    expect(removed).toHaveTextContent(
      'Removed ids: 314, 7, 18446744073709551615',
    )
    expect(state().script.at(-1)).toEqual({
      op: 'cleanup',
      now: { secs: '1700000000', nanos: 0 },
      max_idle: { secs: '3600', nanos: 0 },
    })
  })

  it('previews a new max idle with its unit at once', async () => {
    const { user } = renderPlayground()
    const input = card().getByLabelText('max idle')

    await user.clear(input)
    await user.type(input, '90')
    await user.selectOptions(card().getByLabelText('max idle unit'), 'min')

    expect(verdict('7')).toBe('kept idle 1h 30min ≤ max 1h 30min')
    expect(verdict('18446744073709551615')).toBe(
      'removed idle 2h > max 1h 30min',
    )
    expect(card().getByText(/Duration::from_secs\(5400\)/)).toBeInTheDocument()
  })

  it('lists the first 100 removed ids and how many more', async () => {
    const { user } = renderPlayground({
      ops: [
        { op: 'new', expected: '0' },
        {
          op: 'extend_generated',
          spec: {
            count: 150,
            ids: 'sequential',
            firstId: '1',
            tokenShare: 0,
            centerSecs: '1000',
            spreadSecs: '0',
            seed: 1,
          },
        },
      ],
      clock: 1_700_000_000_000_000_000n,
    })

    await user.click(card().getByRole('button', { name: /^retain/ }))

    const text =
      card()
        .getByText(/^Removed ids:/)
        .closest('p')?.textContent ?? ''
    expect(text.split(':')[1].split(',')).toHaveLength(100)
    expect(text).toMatch(/ and 50 more$/)
  })

  it('rejects a bad max idle inline and keeps the preview as it was', async () => {
    const { user, state } = renderPlayground()
    const input = card().getByLabelText('max idle')

    await user.clear(input)
    await user.type(input, '1h')
    await user.click(card().getByRole('button', { name: /^retain/ }))

    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription(
      'max idle "1h" is not a decimal number; expected a number of h (0 or more)',
    )
    expect(state().maxIdle).toBe(3_600_000_000_000n)
    expect(verdict('7')).toBe('removed idle 1h 30min > max 1h')
    expect(summaryValue('len')).toBe('6')
  })

  it('shows a max idle set elsewhere, as restored work sets it', async () => {
    const { state } = renderPlayground()

    await act(() => state().setMaxIdle(1_800_000_000_000n))

    expect(card().getByLabelText('max idle')).toHaveValue('30')
    expect(card().getByLabelText('max idle unit')).toHaveValue('min')
  })

  it('keeps the text being typed when it names the same duration', async () => {
    const { user, state } = renderPlayground()
    const input = card().getByLabelText('max idle')

    await user.selectOptions(card().getByLabelText('max idle unit'), 'min')
    await user.clear(input)
    await user.type(input, '60')

    expect(input).toHaveValue('60')
    expect(state().maxIdle).toBe(3_600_000_000_000n)
  })
})
