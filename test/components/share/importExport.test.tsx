// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { serialize } from '../../../src/io/persistence'
import { exportSessionsCsv } from '../../../src/io/sessionsCsv'
import { docFromState } from '../../../src/store/persistFormat'
import { rowOf, stubLayout, summaryValue } from '../renderPlayground'
import {
  buildExperiment,
  catchDownloads,
  fingerprint,
  renderKept,
} from './renderKept'

stubLayout()

type Page = Awaited<ReturnType<typeof renderKept>>

async function openFiles(page: Page) {
  await page.user.click(screen.getByRole('button', { name: 'Import / export' }))
  return within(
    await screen.findByRole(
      'region',
      { name: 'Import and export' },
      { timeout: 5000 },
    ),
  )
}

async function pasteInto(page: Page, label: RegExp, text: string) {
  const files = await openFiles(page)
  await page.user.click(files.getByLabelText(label))
  await page.user.paste(text)
  return files
}

const CSV =
  'id,token_present,token,last_active_secs,last_active_nanos\r\n' +
  '18446744073709551614,true,"",1700000000,5\r\n' +
  '8,false,,1700000001,0\r\n'

describe('experiment files', () => {
  it('closes on Escape and gives focus back to its button', async () => {
    const page = await renderKept()
    const files = await openFiles(page)
    files.getByRole('button', { name: 'Download experiment file' }).focus()

    await page.user.keyboard('{Escape}')

    expect(
      screen.queryByRole('region', { name: 'Import and export' }),
    ).not.toBeInTheDocument()
    expect(
      screen.getByRole('button', { name: 'Import / export' }),
    ).toHaveFocus()
  })

  it('downloads the experiment as serialize writes it', async () => {
    const downloads = catchDownloads()
    const page = await renderKept()
    buildExperiment(page.store)
    const files = await openFiles(page)

    await page.user.click(
      files.getByRole('button', { name: 'Download experiment file' }),
    )

    expect(await downloads.text()).toBe(serialize(docFromState(page.state())))
    expect(downloads.blobs[0].type).toBe('application/json')
    downloads.restore()
  })

  it('opens an experiment file and reproduces it exactly', async () => {
    const sender = await renderKept()
    buildExperiment(sender.store)
    const seen = fingerprint(sender.store)
    const text = serialize(docFromState(sender.state()))
    cleanup()
    const page = await renderKept()
    const files = await openFiles(page)

    await page.user.upload(
      files.getByLabelText('Open an experiment file'),
      new File([text], 'experiment.json', { type: 'application/json' }),
    )

    expect(await files.findByText('Experiment opened.')).toBeVisible()
    expect(fingerprint(page.store)).toEqual(seen)
  })

  it('lists the problems of an invalid experiment and changes nothing', async () => {
    const page = await renderKept()
    const before = fingerprint(page.store)
    const doc = serialize(docFromState(page.state())).replace(
      '"expected":"8"',
      '"expected":"-8"',
    )

    const files = await pasteInto(page, /paste an experiment/, doc)
    await page.user.click(
      files.getByRole('button', { name: 'Open pasted experiment' }),
    )

    const alert = files.getByRole('alert')
    expect(alert).toHaveTextContent('was not used; nothing changed')
    expect(alert).toHaveTextContent('script.ops[0].expected')
    expect(alert).toHaveTextContent('"-8"')
    expect(fingerprint(page.store)).toEqual(before)
  })

  it('refuses a file over the size limit before reading it', async () => {
    const page = await renderKept()
    const files = await openFiles(page)
    const file = new File(['{}'], 'huge.json', { type: 'application/json' })
    Object.defineProperty(file, 'size', { value: 300 * 1024 * 1024 })

    await page.user.upload(
      files.getByLabelText('Open an experiment file'),
      file,
    )

    expect(await files.findByRole('alert')).toHaveTextContent(
      'the file “huge.json” is 300.0 MB; the playground reads files of at most 256 MB',
    )
  })
})

describe('session files', () => {
  it('downloads the sessions as CSV and as JSON', async () => {
    const downloads = catchDownloads()
    const page = await renderKept()
    const files = await openFiles(page)

    await page.user.click(
      files.getByRole('button', { name: 'Download sessions as CSV' }),
    )
    await page.user.click(
      files.getByRole('button', { name: 'Download sessions as JSON' }),
    )

    expect(await downloads.text(0)).toBe(exportSessionsCsv(page.map()).join(''))
    expect(downloads.names[0]).toMatch(/\.csv$/)
    expect(JSON.parse(await downloads.text(1))).toHaveLength(6)
    expect(files.getByText('6 sessions downloaded as JSON.')).toBeVisible()
    downloads.restore()
  })

  it('refuses a file that is not UTF-8, naming the byte', async () => {
    const page = await renderKept()
    const before = fingerprint(page.store)
    const files = await openFiles(page)
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('id,token,last_active_secs\n1,caf'),
      0xe9,
      ...new TextEncoder().encode(',1700000000\n'),
    ])

    await page.user.upload(
      files.getByLabelText('Import sessions (CSV or JSON file)'),
      new File([latin1], 'latin1.csv', { type: 'text/csv' }),
    )

    expect(
      await files.findByText(/is not valid UTF-8: the bytes from offset 31 do/),
    ).toBeVisible()
    expect(fingerprint(page.store)).toEqual(before)
  })

  it('imports CSV sessions as one extend, keeping 20-digit ids and Some("")', async () => {
    const page = await renderKept()
    const files = await openFiles(page)

    await page.user.upload(
      files.getByLabelText('Import sessions (CSV or JSON file)'),
      new File([CSV], 'sessions.csv', { type: 'text/csv' }),
    )

    expect(
      await files.findByText('extend ran with 2 imported sessions.'),
    ).toBeVisible()
    expect(page.state().script.at(-1)).toEqual({
      op: 'extend',
      entries: [
        {
          id: '18446744073709551614',
          token: '',
          last_active: { secs: '1700000000', nanos: 5 },
        },
        { id: '8', token: null, last_active: { secs: '1700000001', nanos: 0 } },
      ],
    })
    await waitFor(() => expect(summaryValue('len')).toBe('8'))
    expect(
      within(rowOf('18446744073709551614')).getByText('Some("")'),
    ).toBeVisible()
  })

  it('refuses sessions after new panicked, saying why', async () => {
    const page = await renderKept()
    act(() => page.store.getState().newManager(2n ** 64n - 1n))
    const before = fingerprint(page.store)

    const files = await pasteInto(page, /paste sessions/, CSV)
    await page.user.click(
      files.getByRole('button', { name: 'Import pasted sessions' }),
    )

    expect(
      files.getByText(/the program panicked in new, so there is no map/),
    ).toBeVisible()
    expect(fingerprint(page.store)).toEqual(before)
  })

  it('imports pasted JSON sessions with ids above 2^53 exactly', async () => {
    const page = await renderKept()
    const json =
      '[{"id":9007199254740993,"token":null,' +
      '"last_active":{"secs":1700000000,"nanos":0}}]'

    const files = await pasteInto(page, /paste sessions/, json)
    await page.user.click(
      files.getByRole('button', { name: 'Import pasted sessions' }),
    )

    expect(page.state().script.at(-1)).toMatchObject({
      entries: [{ id: '9007199254740993' }],
    })
  })

  it('lists every bad row with its field and value and imports nothing', async () => {
    const page = await renderKept()
    const before = fingerprint(page.store)
    const bad =
      'id,token,last_active_secs,last_active_nanos\n' +
      '1,a,1700000000,0\n' +
      '-5,b,1700000000,0\n' +
      '2,c,17e8,0\n' +
      '3,d,1700000000,1000000000\n'

    const files = await pasteInto(page, /paste sessions/, bad)
    await page.user.click(
      files.getByRole('button', { name: 'Import pasted sessions' }),
    )

    const items = within(files.getByRole('alert'))
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(items).toHaveLength(3)
    expect(items[0]).toMatch(/^line 3, id: .*"-5"/)
    expect(items[1]).toMatch(/^line 4, last_active_secs: .*"17e8"/)
    expect(items[2]).toMatch(/^line 5, last_active_nanos: .*"1000000000"/)
    expect(fingerprint(page.store)).toEqual(before)
  })
})
