// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { DEMO_CLOCK } from '../../src/store/demo'
import { renderPlayground, rowOf, stubLayout } from './renderPlayground'

stubLayout()

const S = 1_000_000_000n
const STEP = 15n * S

function slider() {
  return screen.getByRole('slider', { name: /clock/ })
}

function verdict(id: string): string {
  return within(rowOf(id)).getAllByRole('cell')[4].textContent ?? ''
}

describe('the simulated clock', () => {
  it('states its step and starts at the demo clock', () => {
    renderPlayground()

    expect(slider()).toHaveAttribute(
      'aria-valuetext',
      '2023-11-14 22:13:20 UTC',
    )
    expect(screen.getByText(/step 15s;/)).toBeInTheDocument()
  })

  it.each([
    ['{Home}', DEMO_CLOCK - 10_800n * S, '2023-11-14 19:13:20 UTC'],
    ['{End}', DEMO_CLOCK + 4_500n * S, '2023-11-14 23:28:20 UTC'],
    ['{ArrowRight}', DEMO_CLOCK + STEP, '2023-11-14 22:13:35 UTC'],
    ['{ArrowUp}', DEMO_CLOCK + STEP, '2023-11-14 22:13:35 UTC'],
    ['{ArrowLeft}', DEMO_CLOCK - STEP, '2023-11-14 22:13:05 UTC'],
    ['{ArrowDown}', DEMO_CLOCK - STEP, '2023-11-14 22:13:05 UTC'],
    ['{PageUp}', DEMO_CLOCK + 10n * STEP, '2023-11-14 22:15:50 UTC'],
  ])('moves exactly with %s', async (key, clock, text) => {
    const { user, state } = renderPlayground()
    slider().focus()

    await user.keyboard(key)

    expect(state().clock).toBe(clock)
    expect(slider()).toHaveAttribute('aria-valuetext', text)
  })

  it('reaches the ends exactly and stops there', async () => {
    const { user, state } = renderPlayground()
    const { min, max } = state().clockRange
    slider().focus()

    await user.keyboard('{Home}{ArrowLeft}')
    const atStart = state().clock
    await user.keyboard('{End}{ArrowRight}')

    expect(atStart).toBe(min)
    expect(state().clock).toBe(max)
    expect(
      screen.getByRole('button', { name: /clock one step forward/ }),
    ).toBeDisabled()
  })

  it('moves one step with the step buttons', async () => {
    const { user, state } = renderPlayground()

    await user.click(
      screen.getByRole('button', { name: 'clock one step back (15s)' }),
    )
    await user.click(
      screen.getByRole('button', { name: 'clock one step back (15s)' }),
    )
    await user.click(
      screen.getByRole('button', { name: 'clock one step forward (15s)' }),
    )

    expect(state().clock).toBe(DEMO_CLOCK - STEP)
  })

  it('shows retain removing a session when dragged before its last active', () => {
    renderPlayground()
    const before = verdict('42')

    // 42 was last active 2 minutes (8 steps) before the demo clock at
    // position 720; position 711 is 135 seconds before it.
    fireEvent.change(slider(), { target: { value: String(720 - 9) } })

    expect(before).toBe('kept idle 2min ≤ max 1h')
    expect(verdict('42')).toBe(
      'removed last active is after now: duration_since fails, unwrap_or(false)',
    )
    expect(within(rowOf('42')).getAllByRole('cell')[3]).toHaveTextContent(
      'in the future',
    )
  })

  it('jumps to an exact time and steps on from there', async () => {
    const { user, state } = renderPlayground()

    await user.click(screen.getByText('Set an exact time'))
    await user.type(screen.getByLabelText(/set now/), '1700000000.5')
    await user.click(screen.getByRole('button', { name: 'Set clock' }))
    slider().focus()
    await user.keyboard('{ArrowRight}')

    expect(state().clock).toBe(DEMO_CLOCK + S / 2n + STEP)
    expect(slider()).toHaveAttribute(
      'aria-valuetext',
      '2023-11-14 22:13:35.500 UTC',
    )
  })

  it('rejects a time it cannot read and leaves the clock alone', async () => {
    const { user, state } = renderPlayground()

    await user.type(screen.getByLabelText(/set now/), 'noon')
    await user.click(screen.getByRole('button', { name: 'Set clock' }))

    expect(screen.getByLabelText(/set now/)).toHaveAccessibleDescription(
      'now "noon" is not a decimal number; expected a number of s (0 or more)',
    )
    expect(state().clock).toBe(DEMO_CLOCK)
  })

  it('plays forward at the chosen speed and pauses', async () => {
    vi.useFakeTimers()
    try {
      const { state } = renderPlayground()
      fireEvent.change(screen.getByLabelText('play speed'), {
        target: { value: '1' },
      })

      fireEvent.click(screen.getByRole('button', { name: 'Play' }))
      act(() => vi.advanceTimersByTime(3000))
      fireEvent.click(screen.getByRole('button', { name: 'Pause' }))
      act(() => vi.advanceTimersByTime(3000))

      expect(state().clock).toBe(DEMO_CLOCK + 3n * STEP)
    } finally {
      vi.useRealTimers()
    }
  })
})
