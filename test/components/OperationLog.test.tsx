// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { renderPlayground, stubLayout } from './renderPlayground'

stubLayout()

describe('the operation log and the status line', () => {
  it('starts with the Rust lines that built the demo', () => {
    renderPlayground()

    const entries = within(screen.getByRole('log')).getAllByRole('listitem')

    expect(
      entries.map((e) => e.querySelector('.log-call')?.textContent),
    ).toEqual([
      'let mut manager = SessionManager::new(8);',
      'manager.load_sessions(batch); // extend with 6 pasted sessions',
    ])
    expect(screen.getByRole('status')).toHaveTextContent(/Pick an operation/)
  })

  it('logs each call with its result and announces it', async () => {
    const { user } = renderPlayground()
    const card = within(screen.getByRole('region', { name: 'try_reserve' }))
    await user.clear(card.getByLabelText('additional'))
    await user.type(card.getByLabelText('additional'), '18446744073709551615')

    await user.click(card.getByRole('button', { name: /^try_reserve/ }))

    const last = within(screen.getByRole('log')).getAllByRole('listitem').at(-1)
    expect(last).toHaveTextContent(
      'manager.sessions.try_reserve(18446744073709551615) → ' +
        'Err(TryReserveError { kind: CapacityOverflow })',
    )
    expect(screen.getByRole('status')).toHaveTextContent(
      'manager.sessions.try_reserve(18446744073709551615) → ' +
        'Err(TryReserveError { kind: CapacityOverflow })',
    )
  })

  it('logs retain with its Duration and the simulated now', async () => {
    const { user } = renderPlayground()

    await user.click(screen.getByRole('button', { name: /^retain/ }))

    const last = within(screen.getByRole('log')).getAllByRole('listitem').at(-1)
    expect(last).toHaveTextContent(
      'manager.cleanup_inactive(Duration::from_secs(3600)); ' +
        '// now = 2023-11-14 22:13:20 UTC → ()',
    )
  })
})
