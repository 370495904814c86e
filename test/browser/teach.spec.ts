import AxeBuilder from '@axe-core/playwright'
import { type Page, expect, test } from '@playwright/test'

/**
 * The teaching tools as a teacher would use them in class: load a
 * scenario (the million-session one, which says it is loading), do a
 * lesson, scrub the history, open the shortcut help with `?`, switch to
 * presenter mode; no console warning or error on the way, and no
 * accessibility violation with the panels open.
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

function summary(page: Page, name: string) {
  return page
    .locator('.summary-item', { has: page.getByText(name, { exact: true }) })
    .locator('dd')
}

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`,
  )
}

test('scenario, lesson, history, help and presenter mode work together', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const problems = watchConsole(page)
  await page.goto('/')
  await expect(summary(page, 'len')).toHaveText('6')

  // A million sessions: the page says it is loading, then shows them.
  await page.getByRole('button', { name: 'Scenarios' }).click()
  const scenarios = page.getByRole('region', { name: 'Scenarios' })
  // The main thread is busy while the million load, so what the line said
  // is recorded on the page rather than polled from here.
  await page.evaluate(() => {
    const line = document.querySelector('.teach-load')
    const seen: string[] = []
    Object.assign(window, { seenLoadText: seen })
    new MutationObserver(() => {
      const bar = line?.querySelector('progress') ? '[progress] ' : ''
      seen.push(bar + (line?.textContent ?? '').trim())
    }).observe(line!, { childList: true, characterData: true, subtree: true })
  })
  await scenarios
    .getByRole('button', { name: 'Load A million sessions' })
    .click()
  await expect(page.getByText('Loaded “A million sessions”.')).toBeVisible({
    timeout: 60_000,
  })
  const seen = await page.evaluate(
    () => (window as unknown as { seenLoadText: string[] }).seenLoadText,
  )
  expect(seen).toEqual([
    '[progress] Loading “A million sessions”…',
    'Loaded “A million sessions”.',
  ])
  await expect(summary(page, 'len')).toHaveText('1,000,000')
  await expect(summary(page, 'buckets')).toHaveText('2,097,152')

  // A lesson: a right prediction is marked completed.
  await page.getByRole('button', { name: 'Lessons' }).click()
  const lessons = page.getByRole('region', { name: 'Lessons' })
  await lessons.getByRole('button', { name: /^try_reserve rounds up/ }).click()
  await expect(summary(page, 'len')).toHaveText('10')
  await lessons.getByLabel(/Your prediction/).fill('56')
  await lessons.getByRole('button', { name: 'Run' }).click()
  await expect(lessons.getByText('Right!')).toBeVisible()
  await expect(summary(page, 'capacity')).toHaveText('56')
  expect(await axeViolations(page)).toEqual([])

  // History: one step back is the map before try_reserve, read-only.
  const history = page.getByRole('region', { name: 'History' })
  await history.getByRole('button', { name: 'history one step back' }).click()
  await expect(
    history.getByText('Viewing step 2 of 3 (read-only)'),
  ).toBeVisible()
  await expect(summary(page, 'capacity')).toHaveText('14')
  await expect(
    page
      .getByRole('region', { name: 'take', exact: true })
      .getByRole('button', { name: /^take/ }),
  ).toBeDisabled()
  expect(await axeViolations(page)).toEqual([])
  await page.screenshot({ path: 'test-results/teach-history.png' })
  await history.getByRole('button', { name: 'Back to live' }).click()
  await expect(summary(page, 'capacity')).toHaveText('56')

  // The help, from the keyboard.
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused()
  expect(await axeViolations(page)).toEqual([])
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // Presenter mode: larger type everywhere.
  const small = await summary(page, 'len').evaluate(
    (el) => getComputedStyle(el).fontSize,
  )
  await page.getByRole('button', { name: 'Presenter mode' }).click()
  await expect(page.locator('html')).toHaveClass(/present/)
  const large = await summary(page, 'len').evaluate(
    (el) => getComputedStyle(el).fontSize,
  )
  expect(parseFloat(large)).toBeGreaterThan(parseFloat(small))
  expect(await axeViolations(page)).toEqual([])
  await page.screenshot({ path: 'test-results/teach.png' })

  expect(problems).toEqual([])
})

test('an embedded lesson shows only the panels asked for', async ({ page }) => {
  const problems = watchConsole(page)
  await page.goto('/?embed=1&lesson=take&panels=table,ops,log,sparkles')

  const lessons = page.getByRole('region', { name: 'Lessons' })
  await expect(
    lessons.getByText(/What does a second call return/),
  ).toBeVisible()
  await expect(
    page.getByText('Unknown panel "sparkles" ignored', { exact: false }),
  ).toBeVisible()
  await expect(
    page.getByRole('region', { name: 'Simulated clock' }),
  ).toHaveCount(0)
  await expect(
    page.getByRole('heading', { name: 'HashMap Session Playground' }),
  ).not.toBeInViewport()

  await lessons.getByRole('radio', { name: 'None' }).check()
  await lessons.getByRole('button', { name: 'Run' }).click()
  await expect(lessons.getByText('Right!')).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await axeViolations(page)).toEqual([])
  await page.screenshot({ path: 'test-results/teach-embed.png' })
  expect(problems).toEqual([])
})
