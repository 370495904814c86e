// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { debugMap } from '../../src/model/debugFormat'
import {
  renderPlayground,
  rowOf,
  stubLayout,
  summaryValue,
} from './renderPlayground'

stubLayout()

type User = ReturnType<typeof renderPlayground>['user']

function region(name: string) {
  return within(screen.getByRole('region', { name }))
}

async function clone(user: User, label = '') {
  if (label)
    await user.type(region('clone').getByLabelText(/snapshot label/), label)
  await user.click(region('clone').getByRole('button', { name: /^clone/ }))
}

async function take(user: User, id: string) {
  const input = region('take').getByLabelText('user id')
  await user.clear(input)
  await user.type(input, id)
  await user.click(region('take').getByRole('button', { name: /^take/ }))
}

function diffPart(title: string): string {
  const term = screen
    .getAllByRole('term')
    .find((t) => t.textContent?.startsWith(title))
  return `${term?.textContent} ${term?.nextElementSibling?.textContent}`
}

describe('the snapshot timeline', () => {
  it('starts empty and says how to add a snapshot', () => {
    renderPlayground()

    expect(
      screen.getByRole('list', { name: 'snapshots' }),
    ).toBeEmptyDOMElement()
    expect(screen.getByText(/No snapshots yet/)).toBeInTheDocument()
  })

  it('shows the diff of the current map against a selected snapshot', async () => {
    const { user } = renderPlayground()
    await clone(user, 'start')
    await take(user, '42')
    await user.click(region('retain').getByRole('button', { name: /^retain/ }))
    const box = region('extend').getByLabelText(
      /sessions \(id,token,last_active/,
    )
    await user.clear(box)
    await user.type(box, '5,new,1700000000{Enter}1001,changed,1700000000')
    await user.click(
      region('extend').getByRole('button', { name: /^extend with pasted/ }),
    )

    await user.click(
      screen.getByRole('button', { name: /^snapshot_0 “start”/ }),
    )

    expect(
      screen.getByRole('button', { name: /^snapshot_0 “start”/ }),
    ).toHaveAttribute('aria-pressed', 'true')
    expect(diffPart('added')).toBe('added: 1 5')
    expect(diffPart('removed')).toBe('removed: 3 314, 7, 18446744073709551615')
    expect(diffPart('token taken')).toBe('token taken: 1 42')
    expect(diffPart('changed')).toBe('changed: 1 1001')
    expect(screen.getByText(/the same in both/)).toHaveTextContent(
      '1 session is the same in both.',
    )
  })

  it('rolls back to a snapshot and leaves the snapshot as it was', async () => {
    const { user, state } = renderPlayground()
    await clone(user, 'start')
    const snap = state().runner.timeline[0]
    const before = debugMap(snap)
    await take(user, '42')
    await user.click(region('retain').getByRole('button', { name: /^retain/ }))

    await user.click(
      screen.getByRole('button', { name: 'Roll back to snapshot_0 “start”' }),
    )
    await take(user, '42')
    await take(user, '1001')

    expect(summaryValue('len')).toBe('6')
    expect(within(rowOf('42')).getByText('None')).toBeInTheDocument()
    expect(debugMap(snap)).toBe(before)
    expect(state().runner.timeline[0]).toBe(snap)
    expect(
      state()
        .script.map((op) => op.op)
        .slice(-5),
    ).toEqual(['take', 'cleanup', 'restore', 'take', 'take'])
  })

  it('restores the tokens taken since the snapshot', async () => {
    const { user } = renderPlayground()
    await clone(user)
    await take(user, '42')

    await user.click(screen.getByRole('button', { name: /^Roll back/ }))

    expect(
      within(rowOf('42')).getByText('Some("otp-7f3a")'),
    ).toBeInTheDocument()
    expect(screen.getByRole('log')).toHaveTextContent(
      'manager.sessions = snapshot_0.clone(); → ()',
    )
  })
})
