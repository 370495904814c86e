import { expect, test } from '@playwright/test'

/** A million sessions: the table stays virtual and the page stays usable. */
test('a million sessions keep fewer than 100 rows in the DOM', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text())
  })
  await page.goto('/')
  const extend = page.getByRole('region', { name: 'extend', exact: true })

  await extend.getByLabel('how many').fill('1000000')
  await extend.getByLabel('ids').selectOption('random')
  await extend.getByRole('button', { name: /^extend with a generated/ }).click()

  const len = page.locator('.summary-item', {
    has: page.getByText('len', { exact: true }),
  })
  await expect(len.locator('dd')).toHaveText('1,000,006', { timeout: 60_000 })
  const rows = page.locator('tbody tr:not([aria-hidden])')
  expect(await rows.count()).toBeLessThan(100)
  // The virtualiser places rows 64 px apart; no row may be taller.
  const heights = await rows.evaluateAll((trs) =>
    trs.map((tr) => (tr as HTMLElement).offsetHeight),
  )
  expect(new Set(heights)).toEqual(new Set([64]))
  await expect(page.getByRole('table')).toHaveAttribute(
    'aria-rowcount',
    '1000007',
  )

  const scroller = page.locator('.table-scroll')
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight))
  await expect(page.locator('tbody tr[aria-rowindex="200001"]')).toBeVisible()
  expect(await rows.count()).toBeLessThan(100)

  await page.getByRole('button', { name: /^next 200,000 rows/ }).click()
  await expect(
    page.getByText(/rows 200,001–400,000 of 1,000,006/),
  ).toBeVisible()

  await page
    .getByRole('columnheader', { name: /^user id/ })
    .getByRole('button')
    .click()
  await expect(
    page.getByRole('columnheader', { name: /^user id/ }),
  ).toHaveAttribute('aria-sort', 'ascending', { timeout: 60_000 })
  expect(await rows.count()).toBeLessThan(100)
  expect(problems).toEqual([])
})
