import AxeBuilder from '@axe-core/playwright'
import { type Page, expect, test } from '@playwright/test'

/**
 * A whole lesson as a teacher would run it in class: new, extend, take
 * twice, clone, move the clock, retain, roll back; then the page must have
 * no accessibility violations in either colour scheme and no console
 * message of level warning or error along the way.
 */

function watchConsole(page: Page): string[] {
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') {
      problems.push(`${m.type()}: ${m.text()}`)
    }
  })
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  return problems
}

const op = (page: Page, name: string) =>
  page.getByRole('region', { name, exact: true })

function summary(page: Page, name: string) {
  return page
    .locator('.summary-item', { has: page.getByText(name, { exact: true }) })
    .locator('dd')
}

function row(page: Page, id: string) {
  return page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: id, exact: true }) })
}

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`,
  )
}

test('a classroom walk-through leaves the table, summary and log as Rust would', async ({
  page,
}) => {
  const problems = watchConsole(page)
  await page.goto('/')
  await expect(
    page.getByRole('heading', { name: 'HashMap Session Playground' }),
  ).toBeVisible()
  await expect(row(page, '314')).toContainText('removed')

  // new(16): an empty map with room for 28.
  await op(page, 'new').getByLabel('expected users').fill('16')
  await op(page, 'new').getByRole('button', { name: /^new/ }).click()
  await expect(summary(page, 'len')).toHaveText('0')
  await expect(summary(page, 'capacity')).toHaveText('28')
  await expect(summary(page, 'buckets')).toHaveText('32')

  // extend with pasted sessions, then with a generated batch.
  const extend = op(page, 'extend')
  await extend
    .getByLabel(/sessions \(id,token,last_active/)
    .fill(
      [
        '42,otp-7f3a,1699999880',
        '7,-,1699994600',
        '1001,otp-19c4,1699999400',
        '314,otp-future,1700000900',
        '18446744073709551615,max-id,1699992800.5',
      ].join('\n'),
    )
  await extend.getByRole('button', { name: /^extend with pasted/ }).click()
  await expect(summary(page, 'len')).toHaveText('5')
  await expect(extend.getByText(/the map was empty/)).toContainText(
    'the map was empty, so extend reserved the whole batch (5)',
  )
  await extend.getByLabel('how many').fill('20')
  await extend.getByRole('button', { name: /^extend with a generated/ }).click()
  await expect(summary(page, 'len')).toHaveText('25')
  await expect(extend.getByText(/the map was not empty/)).toContainText(
    'extend reserved only (20 + 1) / 2 = 10',
  )

  // take twice, by a click on the row and then by the form: the token
  // moves out once.
  const take = op(page, 'take')
  await row(page, '42').click()
  await expect(take.getByLabel('user id')).toHaveValue('42')
  await expect(take.locator('.rust-value')).toHaveText('Some("otp-7f3a")')
  await take.getByRole('button', { name: /^take/ }).click()
  await expect(take.locator('.rust-value')).toHaveText('None')
  await expect(row(page, '42')).toContainText('None')

  // clone onto the timeline.
  await op(page, 'clone')
    .getByLabel(/snapshot label/)
    .fill('before cleanup')
  await op(page, 'clone')
    .getByRole('button', { name: /^clone/ })
    .click()
  const snapshots = page.getByRole('list', { name: 'snapshots' })
  await expect(snapshots.getByRole('listitem')).toHaveCount(1)
  await expect(snapshots).toContainText('snapshot_0 “before cleanup”')
  await expect(snapshots).toContainText('len 25 · capacity 28')

  // The clock: Home and End reach the ends of the range shown under it.
  const slider = page.getByRole('slider', { name: /clock/ })
  await expect(slider).toHaveAttribute(
    'aria-valuetext',
    '2023-11-14 22:13:20 UTC',
  )
  await expect(row(page, '314')).toContainText('last active is after now')
  await slider.focus()
  await page.keyboard.press('End')
  await expect(slider).toHaveAttribute(
    'aria-valuetext',
    (await page.locator('.clock-range span').last().textContent()) ?? '',
  )
  await page.keyboard.press('Home')
  await expect(slider).toHaveAttribute(
    'aria-valuetext',
    (await page.locator('.clock-range span').first().textContent()) ?? '',
  )
  await expect(row(page, '42')).toContainText('last active is after now')

  // Thirty minutes after the demo time 314 is no longer in the future.
  await page.getByText('Set an exact time').click()
  await page.getByLabel(/set now/).fill('1700001800')
  await page.getByRole('button', { name: 'Set clock' }).click()
  await slider.focus()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowLeft')
  await expect(slider).toHaveAttribute(
    'aria-valuetext',
    '2023-11-14 22:43:20 UTC',
  )
  await expect(row(page, '314')).toContainText('kept')
  await expect(row(page, '7')).toContainText('idle 2h > max 1h')
  const wouldRemove = await op(page, 'retain')
    .locator('.op-preview strong')
    .textContent()

  // retain at the new clock.
  await op(page, 'retain')
    .getByRole('button', { name: /^retain/ })
    .click()
  const removed = Number(wouldRemove)
  await expect(summary(page, 'len')).toHaveText(String(25 - removed))
  await expect(op(page, 'retain').getByText(/^Removed ids:/)).toBeVisible()
  await expect(page.getByRole('log')).toContainText(
    'manager.cleanup_inactive(Duration::from_secs(3600)); // now = 2023-11-14 22:43:20 UTC',
  )

  // Diff against the snapshot, then roll back to it.
  await snapshots.getByRole('button', { name: /^snapshot_0/ }).click()
  await expect(page.getByText(/^removed:/)).toContainText(`removed: ${removed}`)
  await snapshots.getByRole('button', { name: /^Roll back/ }).click()
  await expect(summary(page, 'len')).toHaveText('25')
  await expect(summary(page, 'capacity')).toHaveText('28')
  await expect(row(page, '42')).toContainText('None')
  await expect(snapshots).toContainText('len 25 · capacity 28')

  const log = page.getByRole('log')
  await expect(log).toContainText(
    'let mut manager = SessionManager::new(16); → SessionManager',
  )
  await expect(log).toContainText(
    'manager.consume_token(42) → Some("otp-7f3a")',
  )
  await expect(log).toContainText('manager.consume_token(42) → None')
  await expect(log).toContainText(
    'let snapshot_0 = manager.snapshot(); → HashMap (len 25',
  )
  await expect(log).toContainText('manager.sessions = snapshot_0.clone(); → ()')
  await expect(page.getByRole('status')).toContainText(
    'manager.sessions = snapshot_0.clone();',
  )

  // Leave the snapshot selected and the table sorted, as in class.
  await page
    .getByRole('columnheader', { name: /^last active/ })
    .getByRole('button')
    .click()
  await expect(
    page.getByRole('columnheader', { name: /^last active/ }),
  ).toHaveAttribute('aria-sort', 'ascending')

  expect(await axeViolations(page)).toEqual([])
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await axeViolations(page)).toEqual([])
  await page.emulateMedia({ colorScheme: 'light' })

  for (const column of ['.operations', '.workspace']) {
    await page.locator(column).evaluate((el) => el.scrollTo(0, 0))
  }
  await page.screenshot({ path: 'test-results/playground.png' })
  expect(problems).toEqual([])
})

test('a panicking new disables the operations until the next new', async ({
  page,
}) => {
  const problems = watchConsole(page)
  await page.goto('/')

  await op(page, 'new')
    .getByLabel('expected users')
    .fill('18446744073709551615')
  await op(page, 'new').getByRole('button', { name: /^new/ }).click()

  await expect(op(page, 'new')).toContainText(
    'Failed to reserve capacity for sessions: TryReserveError { kind: CapacityOverflow }',
  )
  await expect(
    op(page, 'take').getByRole('button', { name: /^take/ }),
  ).toBeDisabled()
  expect(await axeViolations(page)).toEqual([])
  await page.screenshot({ path: 'test-results/panic.png' })

  await op(page, 'new').getByLabel('expected users').fill('0')
  await op(page, 'new').getByRole('button', { name: /^new/ }).click()
  await expect(
    op(page, 'take').getByRole('button', { name: /^take/ }),
  ).toBeEnabled()
  expect(problems).toEqual([])
})
