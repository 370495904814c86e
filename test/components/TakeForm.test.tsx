// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { renderPlayground, rowOf, stubLayout } from './renderPlayground'

stubLayout()

type User = ReturnType<typeof renderPlayground>['user']

function card() {
  return within(screen.getByRole('region', { name: 'take' }))
}

async function take(user: User, id: string) {
  const input = card().getByLabelText('user id')
  await user.clear(input)
  await user.type(input, id)
  await user.click(card().getByRole('button', { name: /^take/ }))
}

function logLines(): string[] {
  return within(screen.getByRole('log'))
    .getAllByRole('listitem')
    .map(
      (li) =>
        li.querySelector('.log-call')?.textContent +
        ' → ' +
        li.querySelector('.log-result')?.textContent,
    )
}

describe('take', () => {
  it('moves the token out once; a second take of the same user gives None', async () => {
    const { user } = renderPlayground()

    await take(user, '42')
    const first = card().getByText(/^Some|^None/).textContent
    await take(user, '42')

    expect(first).toBe('Some("otp-7f3a")')
    expect(card().getByText(/^Some|^None/)).toHaveTextContent('None')
    expect(within(rowOf('42')).getByText('None')).toBeInTheDocument()
    expect(logLines().slice(-2)).toEqual([
      'manager.consume_token(42) → Some("otp-7f3a")',
      'manager.consume_token(42) → None',
    ])
    expect(screen.getByRole('status')).toHaveTextContent(
      'manager.consume_token(42) → None',
    )
  })

  it('gives None for a user without a session and says why', async () => {
    const { user } = renderPlayground()

    await take(user, '999')

    expect(card().getByText('None')).toBeInTheDocument()
    expect(card().getByText(/there is no session 999/)).toBeInTheDocument()
  })

  it('takes the token of a clicked row and fills the input', async () => {
    const { user, state } = renderPlayground()

    await user.click(within(rowOf('42')).getByText('42'))

    expect(card().getByLabelText('user id')).toHaveValue('42')
    expect(state().script.at(-1)).toEqual({ op: 'take', id: '42' })
    expect(within(rowOf('42')).getByText('None')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(
      'manager.consume_token(42) → Some(',
    )
  })

  it('does nothing on a double-click or a held Enter but the first take', async () => {
    const { user, state } = renderPlayground()
    const before = state().script.length

    await user.dblClick(within(rowOf('42')).getByText('42'))
    rowOf('23').focus()
    await user.keyboard('{Enter>3/}')

    expect(state().script.slice(before)).toEqual([
      { op: 'take', id: '42' },
      { op: 'take', id: '23' },
    ])
  })

  it('takes nothing from a row once new has panicked', async () => {
    const { user, state } = renderPlayground()
    act(() => state().newManager(2n ** 64n - 1n))
    const script = state().script

    await user.click(within(rowOf('42')).getByText('42'))

    expect(state().script).toBe(script)
    expect(screen.getByRole('status')).toHaveTextContent(
      'The program panicked in new; run new to start again.',
    )
  })

  it('takes the token of a focused row on Enter', async () => {
    const { user, state } = renderPlayground()
    rowOf('18446744073709551615').focus()

    await user.keyboard('{Enter}')

    expect(card().getByLabelText('user id')).toHaveValue('18446744073709551615')
    expect(state().script.at(-1)).toEqual({
      op: 'take',
      id: '18446744073709551615',
    })
  })

  it('rejects an id that is not a u64 and changes nothing', async () => {
    const { user, state } = renderPlayground()
    const revision = state().revision

    await take(user, '18446744073709551616')

    const input = card().getByLabelText('user id')
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription(
      'user id "18446744073709551616" is larger than u64::MAX (18446744073709551615)',
    )
    expect(state().revision).toBe(revision)
  })
})
