// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { renderPlayground, stubLayout } from '../renderPlayground'
import { shortcutsReady } from './teachHelpers'

stubLayout()

async function openHelp() {
  const page = renderPlayground()
  await shortcutsReady()
  const opener = screen.getByRole('button', { name: /^Shortcuts/ })
  await page.user.click(opener)
  const dialog = await screen.findByRole('dialog', {
    name: 'Keyboard shortcuts',
  })
  const close = within(dialog).getByRole('button', { name: 'Close' })
  await waitFor(() => expect(close).toHaveFocus())
  return { ...page, opener, dialog, close }
}

describe('help dialog', () => {
  it('is a modal dialog that takes focus', async () => {
    const { dialog } = await openHelp()

    expect(dialog).toHaveAttribute('aria-modal', 'true')
  })

  it('keeps Tab and Shift+Tab inside', async () => {
    const { user, close } = await openHelp()

    await user.tab()
    const afterTab = document.activeElement
    await user.tab({ shift: true })

    expect(afterTab).toBe(close)
    expect(close).toHaveFocus()
  })

  it('closes with Escape and gives focus back to the button that opened it', async () => {
    const { user, opener } = await openHelp()

    await user.keyboard('{Escape}')

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(opener).toHaveFocus()
  })

  it('closes with its Close button too', async () => {
    const { user, close, opener } = await openHelp()

    await user.click(close)

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(opener).toHaveFocus()
  })

  it('stops the page shortcuts while open', async () => {
    const { user, state } = await openHelp()
    const clock = state().clock

    await user.keyboard(']')

    expect(state().clock).toBe(clock)
  })
})
