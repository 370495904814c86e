// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'

import { PROGRESS_KEY } from '../../../src/store/lessonProgress'
import { renderPlayground, stubLayout, summaryValue } from '../renderPlayground'
import { waitForRegion } from './teachHelpers'

stubLayout()

beforeEach(() => localStorage.clear())

async function openLesson(title: RegExp) {
  const page = renderPlayground()
  await page.user.click(screen.getByRole('button', { name: 'Lessons' }))
  const panel = await waitForRegion('Lessons')
  await page.user.click(panel.getByRole('button', { name: title }))
  return { ...page, panel }
}

function saved(): unknown {
  return JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? 'null')
}

describe('lessons', () => {
  it('loads the setup, says a wrong prediction is wrong, then a right one right', async () => {
    const { user, panel, state } = await openLesson(/^try_reserve rounds up/)

    expect(summaryValue('len')).toBe('10')
    expect(
      panel.getByText(/What will capacity\(\) be after/),
    ).toBeInTheDocument()
    await user.type(panel.getByLabelText(/Your prediction/), '32')
    await user.click(panel.getByRole('button', { name: 'Run' }))

    expect(panel.getByText('Not quite.')).toBeInTheDocument()
    expect(panel.getByText('capacity 56')).toBeInTheDocument()
    expect(panel.getByText(/30 items × 8 \/ 7 = 34/)).toBeInTheDocument()
    expect(summaryValue('capacity')).toBe('56')
    expect(state().log.at(-1)?.call).toMatch(/try_reserve\(20\)/)
    expect(saved()).toBeNull()

    await user.click(panel.getByRole('button', { name: 'Try again' }))
    expect(summaryValue('capacity')).toBe('14')
    await user.type(panel.getByLabelText(/Your prediction/), '56')
    await user.click(panel.getByRole('button', { name: 'Run' }))

    expect(panel.getByText('Right!')).toBeInTheDocument()
    expect(panel.queryByText(/setup was loaded again/)).not.toBeInTheDocument()
    expect(
      panel.getByRole('button', { name: /^try_reserve rounds up.*completed/ }),
    ).toBeInTheDocument()
    expect(saved()).toEqual({
      state: { completed: ['try-reserve'] },
      version: 1,
    })
  })

  it('sets the lesson up again when the map changed before running', async () => {
    const { user, panel, store } = await openLesson(/^try_reserve rounds up/)
    act(() => store.getState().take(1n))

    await user.type(panel.getByLabelText(/Your prediction/), '56')
    await user.click(panel.getByRole('button', { name: 'Run' }))

    expect(panel.getByText('Right!')).toBeInTheDocument()
    expect(panel.getByText(/its setup was loaded again/)).toBeInTheDocument()
    expect(store.getState().script.map((op) => op.op)).toEqual([
      'new',
      'extend',
      'try_reserve',
    ])
  })

  it('asks for a whole number before running', async () => {
    const { user, panel, state } = await openLesson(/^try_reserve rounds up/)
    const ops = state().script.length

    await user.type(panel.getByLabelText(/Your prediction/), 'lots')
    await user.click(panel.getByRole('button', { name: 'Run' }))

    expect(
      panel.getByText(/Enter capacity\(\) as a whole number/),
    ).toBeInTheDocument()
    expect(state().script).toHaveLength(ops)
  })

  it('takes removed ids as ticked checkboxes', async () => {
    const { user, panel } = await openLesson(/^retain keeps what/)

    await user.click(panel.getByRole('checkbox', { name: 'user 5' }))
    await user.click(panel.getByRole('checkbox', { name: 'user 6' }))
    await user.click(panel.getByRole('button', { name: 'Run' }))

    expect(panel.getByText('Right!')).toBeInTheDocument()
    expect(panel.getAllByText('removed 5, 6')).toHaveLength(2)
    expect(panel.queryByText(/setup was loaded again/)).not.toBeInTheDocument()
    expect(summaryValue('len')).toBe('4')
  })

  it('takes a result as a radio choice', async () => {
    const { user, panel } = await openLesson(/^take\(\) leaves None/)

    await user.click(panel.getByRole('radio', { name: 'Some("otp-7f3a")' }))
    await user.click(panel.getByRole('button', { name: 'Run' }))

    expect(panel.getByText('Not quite.')).toBeInTheDocument()
    const verdict = panel.getByText('Not quite.').closest('div')!
    expect(within(verdict).getAllByText('None')).toHaveLength(1)
  })
})

describe('lesson progress', () => {
  it('is remembered across visits', async () => {
    const first = await openLesson(/^take\(\) leaves None/)
    await first.user.click(first.panel.getByRole('radio', { name: 'None' }))
    await first.user.click(first.panel.getByRole('button', { name: 'Run' }))
    first.panel.getByText('Right!')
    cleanup()

    const { panel } = await openLesson(/^clone copies/)

    expect(panel.getByText(/1 of 8 lessons completed/)).toBeInTheDocument()
    expect(
      panel.getByRole('button', { name: /^take\(\).*completed/ }),
    ).toBeInTheDocument()
  })

  it.each([
    ['is not JSON', '{"state": {"completed": ['],
    ['has the wrong shape', '{"state": {"completed": "all"}, "version": 1}'],
    [
      'holds hostile ids',
      '{"state": {"completed": ["<img src=x>"]}, "version": 1}',
    ],
  ])('starts fresh and says so when the saved progress %s', async (_, raw) => {
    localStorage.setItem(PROGRESS_KEY, raw)

    const { panel } = await openLesson(/^clone copies/)

    expect(
      panel.getByText(
        /saved lesson progress could not be read, so it starts fresh/,
      ),
    ).toBeInTheDocument()
    expect(panel.getByText(/0 of 8 lessons completed/)).toBeInTheDocument()
    expect(saved()).toEqual({ state: { completed: [] }, version: 1 })
  })

  it('starts fresh when the progress was saved by another version', async () => {
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ state: { completed: ['take'] }, version: 7 }),
    )

    const { panel } = await openLesson(/^clone copies/)

    expect(
      panel.getByText(/from another version of the page/),
    ).toBeInTheDocument()
    expect(panel.getByText(/0 of 8 lessons completed/)).toBeInTheDocument()
  })
})
