import AxeBuilder from '@axe-core/playwright'
import { type Page, expect, test } from '@playwright/test'

/**
 * Sharing and keeping work in the built page: a link opens the same
 * experiment for someone else, a damaged link changes nothing, a reload
 * keeps the work, the page works offline once loaded, and none of it
 * breaks the Content Security Policy or writes to the console.
 */

/** Console warnings and errors, page errors and CSP violations. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') {
      problems.push(`${m.type()}: ${m.text()}`)
    }
  })
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  await page.exposeFunction('reportCspViolation', (text: string) =>
    problems.push(`csp: ${text}`),
  )
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (
        window as unknown as { reportCspViolation(t: string): void }
      ).reportCspViolation
      report(`${e.violatedDirective} ${e.blockedURI}`)
    })
  })
  return problems
}

const op = (page: Page, name: string) =>
  page.getByRole('region', { name, exact: true })

/** What a learner sees: summary, table rows and log, as text. */
async function seen(page: Page) {
  // The saved work or the link is loaded just after the first paint.
  await expect(page.locator('.save-state')).toBeVisible()
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible()
  return {
    summary: await page.locator('.summary').innerText(),
    rows: await page.getByRole('table').locator('tbody tr').allInnerTexts(),
    log: await page.locator('.log-list').innerText(),
    snapshots: await page.locator('.snapshot-list').innerText(),
  }
}

/** A few operations, so that the experiment is not the demo. */
async function work(page: Page) {
  await op(page, 'take').getByLabel('user id').fill('42')
  await op(page, 'take').getByRole('button', { name: /^take/ }).click()
  await op(page, 'clone')
    .getByLabel('snapshot label (optional)')
    .fill('<b>x</b>')
  await op(page, 'clone')
    .getByRole('button', { name: /^clone/ })
    .click()
  await op(page, 'try_reserve').getByLabel('additional').fill('100')
  await op(page, 'try_reserve')
    .getByRole('button', { name: /^try_reserve/ })
    .click()
  await expect(page.getByText('Saved in this browser.')).toBeVisible()
}

async function shareUrl(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share link' }).click()
  return page.getByRole('textbox', { name: 'Share link' }).inputValue()
}

test('a share link shows someone else the same table, summary and log', async ({
  page,
  browser,
}) => {
  const problems = await watch(page)
  await page.goto('/')
  await work(page)
  const sent = await seen(page)
  const url = await shareUrl(page)
  expect(url).toMatch(/#x=[\w-]+$/)

  const other = await browser.newContext()
  const reader = await other.newPage()
  const readerProblems = await watch(reader)
  await reader.goto(url)

  await expect(
    reader.getByText(/Opened from a link; your saved work is kept/),
  ).toBeVisible()
  expect(await seen(reader)).toEqual(sent)
  expect(await reader.locator('script').count()).toBe(1)
  expect(await reader.locator('b', { hasText: 'x' }).count()).toBe(0)
  await reader.screenshot({ path: 'test-results/share-reader.png' })
  await other.close()
  expect([...problems, ...readerProblems]).toEqual([])
})

test('a damaged link says so and leaves the saved work alone', async ({
  page,
}) => {
  const problems = await watch(page)
  await page.goto('/')
  await work(page)
  const before = await seen(page)
  const url = await shareUrl(page)

  await page.goto(url.slice(0, -25))
  await page.reload()

  const alert = page.getByRole('alert')
  await expect(alert).toContainText('This link could not be opened')
  await expect(alert).toContainText('cut off')
  expect(await seen(page)).toEqual(before)
  await alert.getByRole('button', { name: 'Dismiss' }).click()
  await expect(page.getByRole('alert')).toHaveCount(0)
  expect(problems).toEqual([])
})

test('a reload keeps the work, and the page works offline once loaded', async ({
  page,
  context,
}) => {
  const problems = await watch(page)
  await page.goto('/')
  // Once the worker is active, its install has cached every file.
  await page.evaluate(() => navigator.serviceWorker.ready)
  await work(page)
  const before = await seen(page)

  await context.setOffline(true)
  await page.reload()

  expect(await seen(page)).toEqual(before)
  await op(page, 'take').getByLabel('user id').fill('7')
  await op(page, 'take').getByRole('button', { name: /^take/ }).click()
  await expect(page.locator('.log-list')).toContainText(
    'manager.consume_token(7)',
  )
  // The import code is loaded on demand, and was cached all the same.
  await page.getByRole('button', { name: 'Import / export' }).click()
  await expect(
    page.getByRole('button', { name: 'Download sessions as CSV' }),
  ).toBeVisible()
  await context.setOffline(false)
  await page.reload()
  expect((await seen(page)).log).toContain('manager.consume_token(7)')
  expect(problems).toEqual([])
})

test('the share controls work from the keyboard and pass an axe scan', async ({
  page,
}) => {
  const problems = await watch(page)
  await page.goto('/')
  await work(page)

  const share = page.getByRole('button', { name: 'Share link' })
  await share.focus()
  await page.keyboard.press('Enter')
  await expect(share).toHaveAttribute('aria-expanded', 'true')
  await expect(page.getByRole('textbox', { name: 'Share link' })).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(
    page.getByRole('button', { name: 'Import / export' }),
  ).toBeFocused()
  await page.keyboard.press('Space')
  await expect(
    page.getByRole('region', { name: 'Import and export' }),
  ).toBeVisible()
  await expect(share).toHaveAttribute('aria-expanded', 'false')
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(share).toHaveAttribute('aria-expanded', 'true')

  for (const [scheme, panel] of [
    ['light', 'Share link'],
    ['light', 'Import / export'],
    ['dark', 'Share link'],
    ['dark', 'Import / export'],
  ] as const) {
    const button = page.getByRole('button', { name: panel })
    if ((await button.getAttribute('aria-expanded')) !== 'true') {
      await button.click()
    }
    await page.emulateMedia({ colorScheme: scheme })
    const results = await new AxeBuilder({ page }).analyze()
    expect(
      results.violations.map(
        (v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target)}`,
      ),
    ).toEqual([])
  }
  await page.emulateMedia({ colorScheme: 'light' })
  await page.screenshot({ path: 'test-results/share.png' })
  expect(problems).toEqual([])
})
