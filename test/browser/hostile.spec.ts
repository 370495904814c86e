import { type Locator, type Page, expect, test } from '@playwright/test'
import { deflateSync } from 'fflate'

import { crc32, toBase64Url } from '../../src/io/bytes'

/**
 * A representative handful of the hostile inputs of
 * test/components/share/hostile.test.tsx, in the real browser with the
 * Content Security Policy on: each is refused with a message or shown as
 * text; nothing runs, nothing is injected, the page keeps working.
 */

const MARKUP = '<img src=x onerror="window.pwned=1" id=pwn>'
const SCRIPT = '<script id="pwn-script">window.pwned=1</script>'

/** A link whose data inflates to 20 MB of zeros while claiming 100 bytes. */
function zipBomb(): string {
  const packed = deflateSync(new Uint8Array(20 << 20), { level: 9 })
  const bytes = new Uint8Array(13 + packed.length)
  const view = new DataView(bytes.buffer)
  view.setUint8(0, 1)
  view.setUint32(1, packed.length)
  view.setUint32(5, 100)
  view.setUint32(9, crc32(new Uint8Array(100)))
  bytes.set(packed, 13)
  return `#x=${toBase64Url(bytes)}`
}

const op = (page: Page, name: string) =>
  page.getByRole('region', { name, exact: true })

async function watch(page: Page): Promise<string[]> {
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') {
      problems.push(`${m.type()}: ${m.text()}`)
    }
  })
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  return problems
}

/**
 * Types a long text at once, as a paste would: `fill` sends it through the
 * protocol a character run at a time, which takes minutes for a megabyte.
 */
/** The summary's len figure. */
function lenShown(page: Page) {
  return page
    .locator('.summary-item', { has: page.getByText('len', { exact: true }) })
    .locator('dd')
}

async function pasteText(field: Locator, text: string) {
  await field.evaluate((el, value) => {
    const proto = Object.getPrototypeOf(el) as object
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set
    setter?.call(el, value)
    el.dispatchEvent(new Event('input', { bubbles: true }))
  }, text)
}

async function untouched(page: Page) {
  expect(await page.locator('script').count()).toBe(1)
  expect(await page.locator('#pwn, #pwn-script, [onerror]').count()).toBe(0)
  expect(await page.evaluate(() => 'pwned' in window)).toBe(false)
  await expect(
    page.getByRole('heading', { name: 'HashMap Session Playground' }),
  ).toBeVisible()
}

test('hostile ids, sizes and durations are refused with a message', async ({
  page,
}) => {
  const problems = await watch(page)
  await page.goto('/')
  const log = await page.locator('.log-list').innerText()
  const cases = [
    ['take', 'user id', /^take/, '18446744073709551616', 'u64::MAX'],
    ['take', 'user id', /^take/, '-1', 'negative'],
    ['take', 'user id', /^take/, '4e2', 'exponent'],
    ['try_reserve', 'additional', /^try_reserve/, '0x10', 'hexadecimal'],
    ['try_reserve', 'additional', /^try_reserve/, SCRIPT, 'not a decimal'],
    ['retain', 'max idle', /^retain/, 'NaN', 'not a number'],
    ['new', 'expected users', /^new/, '8.5', 'fractional'],
  ] as const
  for (const [card, label, button, text, message] of cases) {
    await op(page, card)
      .getByRole('textbox', { name: label, exact: true })
      .fill(text)
    await op(page, card).getByRole('button', { name: button }).click()
    await expect(op(page, card).locator('.field-error')).toContainText(message)
  }
  expect(await page.locator('.log-list').innerText()).toBe(log)
  await untouched(page)
  expect(problems).toEqual([])
})

test('markup, right-to-left text and a long token stay inert text', async ({
  page,
}) => {
  const problems = await watch(page)
  await page.goto('/')
  const paste = op(page, 'extend').getByLabel(/sessions \(id,token,last_active/)
  await pasteText(
    paste,
    [
      `900,${MARKUP},1700000000`,
      `901,${SCRIPT},1700000000`,
      '902,\u202Eevil\u202C 🦀,1700000000',
      // As long as a saved token may be. (A megabyte token is in the
      // component table; rendering one here takes over a minute.)
      `903,${'A'.repeat(65_536)},1700000000`,
    ].join('\n'),
  )
  await op(page, 'extend')
    .getByRole('button', { name: /^extend with pasted/ })
    .click()
  await expect(lenShown(page)).toHaveText('10')
  await op(page, 'clone').getByLabel('snapshot label (optional)').fill(MARKUP)
  await op(page, 'clone')
    .getByRole('button', { name: /^clone/ })
    .click()
  await expect(page.locator('.log-list')).toContainText(MARKUP)
  await untouched(page)
  // One byte more is refused where it is typed, naming the limit.
  await pasteText(paste, `904,${'A'.repeat(65_537)},1700000000`)
  await op(page, 'extend')
    .getByRole('button', { name: /^extend with pasted/ })
    .click()
  await expect(op(page, 'extend').locator('.field-error')).toContainText(
    'a token may be at most 65536 bytes',
  )
  await expect(lenShown(page)).toHaveText('10')
  expect(problems).toEqual([])
})

test('damaged links, a zip bomb and bad files change nothing', async ({
  page,
}) => {
  const problems = await watch(page)
  await page.goto('/')
  await page.getByRole('button', { name: 'Share link' }).click()
  const url = await page
    .getByRole('textbox', { name: 'Share link' })
    .inputValue()
  await page.getByRole('button', { name: 'Import / export' }).click()
  const files = page.getByRole('region', { name: 'Import and export' })
  const before = await page.locator('.log-list').innerText()
  const i = Math.floor(url.length * 0.7)
  const inputs = [
    [url.slice(0, -20), 'cut off'],
    [
      url.slice(0, i) + (url[i] === 'Q' ? 'R' : 'Q') + url.slice(i + 1),
      'damaged',
    ],
    [`#x=${MARKUP}`, 'damaged'],
    [zipBomb(), 'expands to more than the 100 bytes it declares'],
    ['{"format":"hashmap-playground","version":99}', 'newer version'],
    [`{"a":${'['.repeat(50_000)}`, 'nested too deeply'],
  ] as const
  for (const [text, message] of inputs) {
    await files.getByLabel(/paste an experiment/).fill(text)
    await files.getByRole('button', { name: 'Open pasted experiment' }).click()
    await expect(files.getByRole('alert')).toContainText(message)
  }
  await files
    .getByLabel(/paste sessions/)
    .fill('id,token,last_active_secs,last_active_nanos\n-5,a,1,0\n7,b,1e9,0\n')
  await files.getByRole('button', { name: 'Import pasted sessions' }).click()
  await expect(files.getByRole('alert').getByRole('listitem')).toHaveCount(2)
  expect(await page.locator('.log-list').innerText()).toBe(before)
  await untouched(page)
  expect(problems).toEqual([])
})
