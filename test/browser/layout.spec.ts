import { type Page, expect, test } from '@playwright/test'

/**
 * The page's layout where testers found it broken: on a wide screen the
 * header stays and only the panes scroll, so the document is exactly as
 * tall as the window (a positioned-nowhere hidden legend once made it
 * taller, and the wheel scrolled the header away); a phone never scrolls
 * sideways; and in presenter mode the token column keeps a usable width.
 */

async function openPage(
  page: Page,
  url: string,
  size: { width: number; height: number },
) {
  await page.setViewportSize(size)
  await page.goto(url)
  await expect(
    page.getByRole('heading', { name: 'Sessions', exact: true }),
  ).toBeVisible()
}

const documentSize = (page: Page) =>
  page.evaluate(() => ({
    height: document.scrollingElement?.scrollHeight ?? 0,
    width: document.documentElement.scrollWidth,
    innerHeight: window.innerHeight,
    innerWidth: window.innerWidth,
  }))

const APP_SHELL_CASES = [
  { url: '/', width: 1440, height: 900, lesson: false },
  { url: '/?lesson=take', width: 1440, height: 900, lesson: true },
  { url: '/?present=1', width: 1280, height: 720, lesson: false },
  { url: '/?present=1&lesson=take', width: 1280, height: 720, lesson: true },
] as const

for (const { url, width, height, lesson } of APP_SHELL_CASES) {
  const name = `the header stays in view at ${width}x${height}, ${url}`
  test(name, async ({ page }) => {
    await openPage(page, url, { width, height })
    await expect(
      page.getByRole('button', { name: 'Lessons', exact: true }),
    ).toHaveAttribute('aria-expanded', String(lesson))

    await page.getByRole('region', { name: 'Sessions' }).hover()
    for (let i = 0; i < 20; i++) await page.mouse.wheel(0, 800)

    const size = await documentSize(page)
    expect(size.height).toBe(size.innerHeight)
    await expect(
      page.getByRole('heading', { name: 'HashMap Session Playground' }),
    ).toBeInViewport()
  })
}

test('a phone never scrolls the page sideways', async ({ page }) => {
  await openPage(page, '/', { width: 390, height: 844 })

  const size = await documentSize(page)
  const play = await page.getByRole('button', { name: 'Play' }).boundingBox()

  expect(size.width).toBeLessThanOrEqual(size.innerWidth)
  expect((play?.x ?? 0) + (play?.width ?? Infinity)).toBeLessThanOrEqual(390)
})

test('the token column keeps its width in presenter mode at 1280x720', async ({
  page,
}) => {
  await openPage(page, '/?present=1', { width: 1280, height: 720 })
  const table = page.getByRole('table')

  const header = await table
    .getByRole('columnheader', { name: 'token', exact: true })
    .boundingBox()
  const cell = await table
    .getByRole('cell', { name: 'Some("otp-7f3a")', exact: true })
    .boundingBox()

  expect(header?.width).toBeGreaterThan(40)
  expect(cell?.width).toBeGreaterThan(40)
})
