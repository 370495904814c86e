// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { SAVED_KEY, UNREADABLE_KEY } from '../../../src/store/persistKeeper'
import { stubLayout, summaryValue } from '../renderPlayground'
import {
  MemoryStorage,
  buildExperiment,
  catchDownloads,
  fingerprint,
  renderKept,
} from './renderKept'

stubLayout()

const CORRUPT = '{"format":"hashmap-playground","version":1,"clock":{"secs":'

async function savedText(storage: MemoryStorage): Promise<string> {
  await waitFor(() => expect(storage.getItem(SAVED_KEY)).not.toBeNull())
  return storage.getItem(SAVED_KEY) ?? ''
}

describe('keeping work in the browser', () => {
  it('restores the experiment after a reload, byte for byte', async () => {
    const first = await renderKept()
    buildExperiment(first.store)
    const before = fingerprint(first.store)
    const text = await savedText(first.storage)
    await waitFor(() => expect(first.keeper.getStatus().save).toBe('saved'))
    cleanup()

    const second = await renderKept({ storage: first.storage })

    const after = fingerprint(second.store)
    expect(after).toEqual(before)
    expect(after.keys).toContain('18446744073709551615')
    expect(after.debug).toContain('token: Some("")')
    expect(after.debug).toContain('token: None')
    expect(after.clock).toBe(1_700_000_123_456_789_012n)
    expect(second.storage.getItem(SAVED_KEY)).toBe(text)
    expect(screen.getByText('Changes are saved in this browser.')).toBeVisible()
  })

  it('saves each change after the debounce', async () => {
    const { store, storage } = await renderKept()

    store.getState().take(1n)

    const text = await savedText(storage)
    expect(text).toContain('{"op":"take","id":"1"}')
    expect(screen.getByText('Saved in this browser.')).toBeVisible()
  })

  it('starts from the demo when nothing is saved and writes nothing', async () => {
    const { storage } = await renderKept()

    expect(summaryValue('len')).toBe('6')
    expect(storage.writes).toBe(0)
  })

  it('offers unreadable saved data for download and never overwrites it', async () => {
    const storage = new MemoryStorage()
    storage.setItem(SAVED_KEY, CORRUPT)
    const downloads = catchDownloads()
    const { store, user } = await renderKept({ storage })

    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Saved experiment data could not be read')
    expect(summaryValue('len')).toBe('6')
    expect(storage.getItem(SAVED_KEY)).toBe(CORRUPT)

    await user.click(
      within(alert).getByRole('button', {
        name: 'Download the unreadable data',
      }),
    )
    expect(await downloads.text()).toBe(CORRUPT)

    store.getState().take(1n)
    await waitFor(() => expect(storage.getItem(SAVED_KEY)).not.toBe(CORRUPT))
    expect(storage.getItem(UNREADABLE_KEY)).toBe(CORRUPT)
    expect(screen.getByRole('alert')).toBeVisible()

    await user.click(
      screen.getByRole('button', { name: 'Dismiss and forget it' }),
    )
    expect(storage.getItem(UNREADABLE_KEY)).toBeNull()
    expect(screen.queryByRole('alert')).toBeNull()
    downloads.restore()
  })

  it('still offers the data kept aside after the next reload', async () => {
    const storage = new MemoryStorage()
    storage.setItem(UNREADABLE_KEY, CORRUPT)

    await renderKept({ storage })

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Saved experiment data could not be read',
    )
  })

  it('warns when the storage is full, keeps working and saves once there is room', async () => {
    const storage = new MemoryStorage()
    storage.quota = 10
    const { store } = await renderKept({ storage })

    store.getState().take(1n)

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The browser’s storage is full',
    )
    expect(storage.getItem(SAVED_KEY)).toBeNull()
    store.getState().take(2n)
    expect(store.getState().script.at(-1)).toEqual({ op: 'take', id: '2' })

    storage.quota = Number.POSITIVE_INFINITY
    await waitFor(() => expect(storage.getItem(SAVED_KEY)).not.toBeNull())
    expect(await savedText(storage)).toContain('{"op":"take","id":"2"}')
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
  })

  it('says so when the browser refuses storage', async () => {
    await renderKept({ storage: null })

    expect(
      screen.getByText(/This browser does not let the page save/),
    ).toBeVisible()
  })
})

describe('experiments a saved copy cannot hold', () => {
  it('keeps the last readable copy and says why the change is not saved', async () => {
    const { store, storage } = await renderKept()
    store.getState().take(1n)
    const good = await savedText(storage)

    store.getState().snapshot('x'.repeat(250))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /not saved.*label .* is 250 characters long; a label may be at most 200/,
    )
    expect(storage.getItem(SAVED_KEY)).toBe(good)
  })
})

describe('a page opened on a scenario or lesson', () => {
  it('shows it, and replaces the saved work only after the learner acts', async () => {
    const first = await renderKept()
    first.store.getState().take(42n)
    const saved = await savedText(first.storage)
    cleanup()

    const page = await renderKept({
      storage: first.storage,
      search: '?scenario=otp-login',
    })

    await screen.findByText('Loaded “One-time password login”.', undefined, {
      timeout: 5000,
    })
    expect(page.state().script.at(-1)).not.toEqual({ op: 'take', id: '42' })
    expect(screen.getByText(/Opened from a link/)).toBeVisible()
    page.store.getState().take(5n)
    await new Promise((r) => setTimeout(r, 20))
    expect(page.storage.getItem(SAVED_KEY)).toBe(saved)

    await page.user.click(screen.getByRole('button', { name: 'Share link' }))
    page.store.getState().take(6n)
    await waitFor(
      () => expect(page.storage.getItem(SAVED_KEY)).toContain('"id":"6"'),
      { timeout: 5000 },
    )
  })

  it('restores the saved work when the scenario named is unknown', async () => {
    const first = await renderKept()
    first.store.getState().take(42n)
    await savedText(first.storage)
    cleanup()

    const page = await renderKept({
      storage: first.storage,
      search: '?scenario=bogus',
    })

    await waitFor(
      () =>
        expect(page.state().script.at(-1)).toEqual({ op: 'take', id: '42' }),
      { timeout: 5000 },
    )
    expect(screen.queryByText(/Opened from a link/)).not.toBeInTheDocument()
  })
})
