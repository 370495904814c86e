// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { renderPlayground, stubLayout } from '../renderPlayground'
import { region, shortcutsReady } from './teachHelpers'

stubLayout()

async function page() {
  const p = renderPlayground()
  await shortcutsReady()
  return p
}

describe('keyboard shortcuts', () => {
  it.each([
    ['n', 'new', 'expected users'],
    ['r', 'try_reserve', 'additional'],
    ['t', 'take', 'user id'],
    ['c', 'clone', /snapshot label/],
    ['x', 'retain', 'max idle'],
  ])('%s puts the cursor in the %s field', async (key, card, label) => {
    const { user } = await page()

    await user.keyboard(key)

    expect(region(card).getByLabelText(label)).toHaveFocus()
  })

  it('e puts the cursor in the extend card', async () => {
    const { user } = await page()

    await user.keyboard('e')

    const extend = screen.getByRole('region', { name: 'extend' })
    expect(extend).toContainElement(document.activeElement as HTMLElement)
  })

  it('moves the clock with [ and ], and to its ends with Home and End', async () => {
    const { user, state } = await page()
    const start = state().clock
    const { min, max, step } = state().clockRange

    await user.keyboard(']')
    const forward = state().clock
    // `[[` is how user-event types one `[`.
    await user.keyboard('[[[[')
    const back = state().clock
    await user.keyboard('{End}')
    const end = state().clock
    await user.keyboard('{Home}')

    expect([forward, back, end, state().clock]).toEqual([
      start + step,
      start - step,
      max,
      min,
    ])
  })

  it('plays and pauses the clock with p', async () => {
    const { user, state } = await page()

    await user.keyboard('p')
    const playing = state().playing
    await user.keyboard('p')

    expect([playing, state().playing]).toEqual([true, false])
  })

  it('does not fire while typing in a field', async () => {
    const { user, state } = await page()
    const input = region('take').getByLabelText('user id')
    const clock = state().clock

    await user.click(input)
    await user.keyboard('n]p?[[')

    expect(input).toHaveFocus()
    expect(input).toHaveValue('n]p?[')
    expect(state().clock).toBe(clock)
    expect(state().playing).toBe(false)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('does not fire with a modifier held', async () => {
    const { user } = await page()
    const body = document.activeElement

    await user.keyboard('{Control>}n{/Control}')

    expect(document.activeElement).toBe(body)
  })

  it('opens the help with ?, which lists every shortcut', async () => {
    const { user } = await page()

    await user.keyboard('?')

    const dialog = await screen.findByRole('dialog', {
      name: 'Keyboard shortcuts',
    })
    const keys = within(dialog)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[0].textContent)
    expect(keys).toEqual([
      'n',
      'r',
      'e',
      'c',
      't',
      'x',
      '[',
      ']',
      'Home',
      'End',
      'p',
      ',',
      '.',
      '?',
    ])
    await waitFor(() =>
      expect(
        within(dialog).getByRole('button', { name: 'Close' }),
      ).toHaveFocus(),
    )
  })
})
