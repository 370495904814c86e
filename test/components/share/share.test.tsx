// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { SAVED_KEY } from '../../../src/store/persistKeeper'
import { stubLayout, summaryValue } from '../renderPlayground'
import {
  MemoryStorage,
  buildExperiment,
  catchDownloads,
  fingerprint,
  renderKept,
} from './renderKept'

stubLayout()

type Page = Awaited<ReturnType<typeof renderKept>>

/** The link the Share control offers, as the sender copies it. */
async function shareLink(page: Page): Promise<string> {
  await page.user.click(screen.getByRole('button', { name: 'Share link' }))
  const input = await screen.findByRole(
    'textbox',
    { name: 'Share link' },
    { timeout: 5000 },
  )
  return (input as HTMLInputElement).value
}

function fragment(url: string): string {
  return url.slice(url.indexOf('#'))
}

/** Saved work that is not the demo: the demo and one take. */
async function savedWork(): Promise<MemoryStorage> {
  const page = await renderKept()
  page.store.getState().take(42n)
  await waitFor(() =>
    expect(page.storage.getItem(SAVED_KEY)).toContain('"id":"42"'),
  )
  cleanup()
  return page.storage
}

describe('share links', () => {
  it('opens what the sender saw, and keeps the saved work until a change', async () => {
    const sender = await renderKept()
    buildExperiment(sender.store)
    const seen = fingerprint(sender.store)
    const url = await shareLink(sender)
    expect(url).toMatch(/^http:\/\/localhost(:\d+)?\/#x=[\w-]+$/)
    cleanup()
    const storage = await savedWork()
    const saved = storage.getItem(SAVED_KEY)

    const reader = await renderKept({ storage, hash: fragment(url) })

    expect(fingerprint(reader.store)).toEqual(seen)
    expect(
      screen.getByText(/Opened from a link; your saved work is kept/),
    ).toBeVisible()
    expect(storage.getItem(SAVED_KEY)).toBe(saved)

    reader.store.getState().take(7n)
    await waitFor(() => expect(storage.getItem(SAVED_KEY)).not.toBe(saved))
    expect(window.location.hash).toBe('')
  })

  it.each([
    ['cut off', (f: string) => f.slice(0, f.length - 40), /cut off/],
    [
      'changed on the way',
      (f: string) => {
        const i = Math.floor(f.length / 2)
        const c = f[i] === 'A' ? 'B' : 'A'
        return f.slice(0, i) + c + f.slice(i + 1)
      },
      /damaged/,
    ],
    [
      'not base64',
      (f: string) => `${f.slice(0, 30)}*${f.slice(31)}`,
      /damaged/,
    ],
  ])(
    'says a link %s cannot be opened and changes nothing',
    async (_, damage, message) => {
      const sender = await renderKept()
      buildExperiment(sender.store)
      const url = await shareLink(sender)
      cleanup()
      const storage = await savedWork()
      const saved = storage.getItem(SAVED_KEY)

      const reader = await renderKept({
        storage,
        hash: damage(fragment(url)),
      })

      const alert = screen.getByRole('alert')
      expect(alert).toHaveTextContent('This link could not be opened')
      expect(alert).toHaveTextContent(message)
      expect(reader.state().script.at(-1)).toEqual({ op: 'take', id: '42' })
      expect(storage.getItem(SAVED_KEY)).toBe(saved)
      await reader.user.click(
        within(alert).getByRole('button', { name: 'Dismiss' }),
      )
      expect(screen.queryByRole('alert')).toBeNull()
      expect(storage.getItem(SAVED_KEY)).toBe(saved)
    },
  )

  it('opens a link that arrives while the page is open', async () => {
    const sender = await renderKept()
    buildExperiment(sender.store)
    const seen = fingerprint(sender.store)
    const url = await shareLink(sender)
    cleanup()
    const reader = await renderKept()

    window.location.hash = fragment(url)

    await waitFor(() => expect(fingerprint(reader.store)).toEqual(seen))

    expect(screen.getByText(/Opened from a link/)).toBeVisible()
  })

  it.each([
    [
      'wrapped in lines',
      (u: string) => `<${u.replace(/(.{60})/g, '$1\n  ')}>.`,
    ],
    ['with soft line breaks', (u: string) => u.replace(/(.{70})/g, '$1=\r\n')],
    ['escaped', (u: string) => u.replace('#', '%23').replace(/-/g, '%2D')],
  ])(
    'opens a link %s by a mail client from the paste box',
    async (_, mangle) => {
      const sender = await renderKept()
      buildExperiment(sender.store)
      const seen = fingerprint(sender.store)
      const url = await shareLink(sender)
      cleanup()
      const reader = await renderKept()
      const wrapped = mangle(url)

      await reader.user.click(
        screen.getByRole('button', { name: 'Import / export' }),
      )
      const box = await screen.findByLabelText(
        /paste an experiment/,
        {},
        { timeout: 5000 },
      )
      await reader.user.click(box)
      await reader.user.paste(wrapped)
      await reader.user.click(
        screen.getByRole('button', { name: 'Open pasted experiment' }),
      )

      expect(fingerprint(reader.store)).toEqual(seen)
    },
  )

  it('offers a file instead when the experiment is too big for a link', async () => {
    const downloads = catchDownloads()
    const page = await renderKept()
    const entries = Array.from({ length: 2000 }, (_, i) => ({
      id: String(1_000_003 * i),
      token: ((i * 2654435761) % 4294967296).toString(36) + 'x'.repeat(i % 7),
      last_active: { secs: String(1_600_000_000 + i * 7919), nanos: i },
    }))
    page.store.getState().extendEntries(entries)

    await page.user.click(screen.getByRole('button', { name: 'Share link' }))

    const note = await screen.findByText(/too big for a link/)
    expect(note.parentElement).toHaveTextContent(
      /would be [\d,]+ characters long; links are kept to 8,000/,
    )
    await page.user.click(
      screen.getByRole('button', { name: 'Download experiment file' }),
    )
    expect(await downloads.text()).toContain('"memoryBytes"')
    expect(downloads.names[0]).toMatch(/^hashmap-experiment-.*\.json$/)
    expect(summaryValue('len')).toBe('2,006')
    downloads.restore()
  })

  it('copies the link with the Copy link button', async () => {
    const page = await renderKept()
    const url = await shareLink(page)

    await page.user.click(screen.getByRole('button', { name: 'Copy link' }))

    expect(await navigator.clipboard.readText()).toBe(url)
    expect(screen.getByText(/Link copied/)).toBeVisible()
  })
})
