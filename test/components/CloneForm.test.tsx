// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { renderPlayground, stubLayout } from './renderPlayground'

stubLayout()

function card() {
  return within(screen.getByRole('region', { name: 'clone' }))
}

type User = ReturnType<typeof renderPlayground>['user']

async function cloneWithLabel(user: User, label: string) {
  await user.type(card().getByLabelText(/snapshot label/), label)
  await user.click(card().getByRole('button', { name: /^clone/ }))
}

function timelineEntries() {
  return within(screen.getByRole('list', { name: 'snapshots' })).getAllByRole(
    'listitem',
  )
}

describe('clone', () => {
  it('adds a labelled snapshot to the timeline with its clock, len and capacity', async () => {
    const { user } = renderPlayground()

    await cloneWithLabel(user, 'before class')

    const entries = timelineEntries()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toHaveTextContent('snapshot_0 “before class”')
    expect(entries[0]).toHaveTextContent(
      '2023-11-14 22:13:20 UTC · len 6 · capacity 14',
    )
    expect(card().getByLabelText(/snapshot label/)).toHaveValue('')
  })

  it('says what the copy cost in entries and in bytes of Rust’s layout', async () => {
    const { user } = renderPlayground()

    await user.click(card().getByRole('button', { name: /^clone/ }))

    // 48 × 16 + 16 + 16 = 800 bytes of table; tokens otp-7f3a, otp-19c4,
    // "", max-id and otp-future hold 8 + 8 + 0 + 6 + 10 = 32 bytes.
    expect(card().getByText(/bytes\.$/)).toHaveTextContent(
      'snapshot_0 copied 6 entries, about 832 bytes.',
    )
    expect(card().getByText(/Estimated from Rust’s layout/)).toHaveTextContent(
      '48 × 16 buckets + 16 control bytes + 16 = 800 bytes of table, plus 32 bytes',
    )
  })

  it('names the next snapshot in the Rust call', async () => {
    const { user } = renderPlayground()

    await user.click(card().getByRole('button', { name: /^clone/ }))

    expect(
      card().getByText(/let snapshot_1 = manager.snapshot\(\);/),
    ).toBeInTheDocument()
  })

  it('refuses a label over 200 characters and takes no snapshot', async () => {
    const { user, state } = renderPlayground()
    const input = card().getByLabelText(/snapshot label/)

    await user.click(input)
    await user.paste('x'.repeat(201))
    await user.click(card().getByRole('button', { name: /^clone/ }))

    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription(
      /is 201 characters long; a label may be at most 200$/,
    )
    expect(state().snapshots).toHaveLength(0)
  })

  it('isolates a right-to-left label from the text around it', async () => {
    const { user } = renderPlayground()

    await cloneWithLabel(user, '\u202Eevil')

    const entry = timelineEntries()[0]
    expect(entry.querySelector('bdi')?.textContent).toBe('\u202Eevil')
    expect(screen.getByRole('log')).toHaveTextContent(
      'Label: “\u2068\u202Eevil\u2069”.',
    )
  })
})
