import { expect, test } from '@playwright/test'

/**
 * Facts about the page at a million sessions that hold on any machine:
 * no timings here (`npm run bench:browser` measures those).
 */
test('a million sessions: progress while loading, few rows, a snapshot budget', async ({
  page,
}) => {
  test.setTimeout(300_000)
  await page.goto('/')
  const extend = page.getByRole('region', { name: 'extend', exact: true })
  await extend.getByLabel('how many').fill('1000000')
  await extend.getByLabel('ids').selectOption('random')

  // The page is busy while it loads, so whether the bar was shown is
  // recorded in the page as it happens, then read.
  await page.evaluate(() => {
    const w = window as unknown as { barSeen?: boolean }
    new MutationObserver(() => {
      const bar = document.querySelector('[aria-label="loading the batch"]')
      if (bar?.getBoundingClientRect().width) w.barSeen = true
    }).observe(document.body, { childList: true, subtree: true })
  })

  await extend.getByRole('button', { name: /^extend with a generated/ }).click()

  const len = page.locator('.summary-item', {
    has: page.getByText('len', { exact: true }),
  })
  await expect(len.locator('dd')).toHaveText('1,000,006', { timeout: 120_000 })
  await expect(extend.getByRole('progressbar')).toHaveCount(0)
  const barSeen = await page.evaluate(
    () => (window as unknown as { barSeen?: boolean }).barSeen ?? false,
  )
  expect(barSeen).toBe(true)
  const rows = page.locator('tbody tr:not([aria-hidden])')
  expect(await rows.count()).toBeLessThan(100)

  const clone = page.getByRole('region', { name: 'clone', exact: true })
  const snapshots = page.getByRole('list', { name: 'snapshots' })
  for (let i = 1; i <= 5; i++) {
    await clone.getByRole('button', { name: 'clone', exact: true }).click()
    await expect(snapshots.getByRole('listitem')).toHaveCount(i, {
      timeout: 30_000,
    })
  }
  await clone.getByRole('button', { name: 'clone', exact: true }).click()

  await expect(clone.getByText(/Playground limit/)).toBeVisible()
  await expect(clone).toContainText(
    "this snapshot would take about 55 MB of the page's memory; the 5 " +
      'snapshots taken hold about 273 MB, and together they may hold at ' +
      'most 300 MB',
  )
  await expect(snapshots.getByRole('listitem')).toHaveCount(5)
  expect(await rows.count()).toBeLessThan(100)
})
