import AxeBuilder from '@axe-core/playwright'
import { type Page, expect, test } from '@playwright/test'

/**
 * The "Inside the table" tabs in a real browser: each opens without a
 * console warning or error, the page has no accessibility violations with
 * any of them open, and the memory view follows a key's probe sequence.
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

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('.inside').analyze()
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`,
  )
}

const TABS = [
  ['Memory', 'bucket_mask'],
  ['Capacity over time', 'Data table'],
  ['Rust source', 'fn consume_token'],
  ['Output', 'Session {'],
  ['Hasher seed', 'DefaultHasher::new()'],
  ['Export as Rust', 'rustc -O --edition 2021 main.rs'],
] as const

test('every tab of Inside the table opens cleanly and passes axe', async ({
  page,
}) => {
  const problems = watchConsole(page)
  await page.goto('/')
  const inside = page.locator('section.inside')
  await inside.getByRole('button', { name: /show the swisstable/i }).click()

  for (const [tab, text] of TABS) {
    await inside.getByRole('tab', { name: tab }).click()
    await expect(inside.getByRole('tabpanel')).toContainText(text)
    expect(await axeViolations(page), tab).toEqual([])
    const name = tab.toLowerCase().replaceAll(' ', '-')
    await inside.screenshot({ path: `test-results/inside-${name}.png` })
  }

  await inside.getByRole('tab', { name: 'Memory' }).click()
  await inside.getByRole('tab', { name: 'Memory' }).press('ArrowRight')
  await expect(
    inside.getByRole('tab', { name: 'Capacity over time' }),
  ).toBeFocused()
  await inside
    .getByRole('tab', { name: 'Capacity over time' })
    .press('ArrowLeft')
  const full = inside.locator('button.bucket').first()
  await full.click()
  await expect(
    inside.getByRole('heading', { name: /looking up key/i }),
  ).toBeVisible()
  await expect(inside.locator('.probe-found')).toHaveCount(1)
  await inside.scrollIntoViewIfNeeded()
  await inside.screenshot({ path: 'test-results/inside.png' })
  expect(problems).toEqual([])
})

test('a table of 2^21 buckets shows an overview and a window of real buckets', async ({
  page,
}) => {
  const problems = watchConsole(page)
  await page.goto('/')
  const newForm = page.getByRole('region', { name: 'new', exact: true })
  await newForm.getByLabel('expected users').fill('1800000')
  await newForm.getByRole('button', { name: /^new/ }).click()
  const inside = page.locator('section.inside')
  await inside.getByRole('button', { name: /show the swisstable/i }).click()
  await expect(inside.locator('canvas.density-canvas')).toBeVisible()
  await expect(
    inside.getByText('Showing buckets 0–63 of 2097152.'),
  ).toBeVisible()
  const nodes = await inside.locator('*').count()
  expect(nodes).toBeLessThan(600)
  const canvas = inside.locator('canvas.density-canvas')
  const box = await canvas.boundingBox()
  if (!box) throw new Error('the overview has no box')
  // The last cell: the window moves to the table's end.
  await canvas.click({ position: { x: box.width - 3, y: box.height - 3 } })
  await expect(inside.getByText(/Showing buckets 20\d\d\d\d\d–/)).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
  await inside.screenshot({ path: 'test-results/inside-large.png' })
  expect(problems).toEqual([])
})

test('a resize shows the layout before and after, in the dark scheme too', async ({
  page,
}) => {
  const problems = watchConsole(page)
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' })
  await page.goto('/')
  const reserve = page.getByRole('region', { name: 'try_reserve', exact: true })
  await reserve.getByLabel('additional').fill('20')
  await reserve.getByRole('button', { name: 'try_reserve' }).click()
  const inside = page.locator('section.inside')
  await inside.getByRole('button', { name: /show the swisstable/i }).click()

  await expect(
    inside.getByRole('group', {
      name: 'Buckets before the last operation, 16 in all',
    }),
  ).toBeVisible()
  await expect(inside.locator('.moved').first()).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
  await inside.getByRole('tab', { name: 'Capacity over time' }).click()
  await expect(inside.locator('circle.mark-resize')).toHaveCount(2)
  expect(await axeViolations(page)).toEqual([])
  await inside.getByRole('tab', { name: 'Memory' }).click()
  await inside.scrollIntoViewIfNeeded()
  await inside.screenshot({ path: 'test-results/inside-resize-dark.png' })
  expect(problems).toEqual([])
})
