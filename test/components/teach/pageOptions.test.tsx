// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { LESSONS } from '../../../src/content/lessons'
import { LESSON_IDS, SCENARIO_IDS } from '../../../src/content/presetIds'
import { SCENARIOS } from '../../../src/content/scenarios'
import { PANELS, parsePageOptions } from '../../../src/ui/teach/pageOptions'
import { renderPlayground, stubLayout } from '../renderPlayground'
import { visit, waitForRegion } from './teachHelpers'

stubLayout()

afterEach(() => visit(''))

const KNOWN = { scenarios: SCENARIO_IDS, lessons: LESSON_IDS }
const ALL = [...PANELS]

describe('parsePageOptions', () => {
  it.each([
    ['', { embed: false, present: false, panels: ALL }, []],
    ['?embed=1&present=1', { embed: true, present: true, panels: ALL }, []],
    ['?embed=0&present=false', { embed: false, present: false }, []],
    ['?embed', { embed: true }, []],
    ['?panels=table,log', { panels: ['table', 'log'] }, []],
    ['?panels=log,%20table,log', { panels: ['table', 'log'] }, []],
    ['?scenario=million', { scenario: 'million', lesson: null }, []],
    ['?lesson=take', { lesson: 'take', scenario: null }, []],
    ['?other=1&utm_source=x', { embed: false, panels: ALL }, []],
    [
      '?embed=yes',
      { embed: false },
      ['embed="yes" ignored: use embed=1 or embed=0.'],
    ],
    [
      '?panels=table,chart,%3Cb%3E',
      { panels: ['table'] },
      [
        'Unknown panel "chart", "<b>" ignored; panels are table, ops, clock, snapshots, log.',
      ],
    ],
    [
      '?panels=,,',
      { panels: ALL },
      ['No known panel named: every panel is shown.'],
    ],
    [
      `?scenario=${'x'.repeat(5000)}`,
      { scenario: null },
      [`No scenario "${'x'.repeat(40)}…": scenario ignored.`],
    ],
    [
      '?lesson=__proto__',
      { lesson: null },
      ['No lesson "__proto__": lesson ignored.'],
    ],
    [
      '?scenario=constructor&lesson=toString',
      { scenario: null, lesson: null },
      [
        'No scenario "constructor": scenario ignored.',
        'No lesson "toString": lesson ignored.',
      ],
    ],
    [
      '?scenario=million&lesson=take',
      { scenario: 'million', lesson: null },
      ['Both a scenario and a lesson given: the lesson is ignored.'],
    ],
    [
      '?present=%00%22%0A',
      { present: false },
      ['present="\\u0000\\"\\n" ignored: use present=1 or present=0.'],
    ],
  ])('reads %j', (search, expected, notices) => {
    const parsed = parsePageOptions(search, KNOWN)

    const { panels, ...rest } = parsed.options
    const got = { ...rest, panels: [...panels] }
    expect(got).toMatchObject(expected)
    expect(parsed.notices).toEqual(notices)
  })

  it('knows every scenario and lesson id, and no other', () => {
    expect(SCENARIO_IDS).toEqual(SCENARIOS.map((s) => s.id))
    expect(LESSON_IDS).toEqual(LESSONS.map((l) => l.id))
  })
})

describe('the page with options', () => {
  it('shows only the panels asked for, without the title, and names what it ignored', async () => {
    visit('?embed=1&panels=table,log,memory')

    renderPlayground()

    expect(await screen.findByRole('table')).toBeInTheDocument()
    expect(document.documentElement).toHaveClass('embed')
    expect(screen.getByRole('log')).toBeInTheDocument()
    expect(
      screen.queryByRole('region', { name: 'Operations' }),
    ).not.toBeInTheDocument()
    expect(
      screen.queryByRole('region', { name: 'Simulated clock' }),
    ).not.toBeInTheDocument()
    expect(
      screen.queryByRole('region', { name: 'Snapshot timeline' }),
    ).not.toBeInTheDocument()
    const ignored = screen.getByRole('list', { name: 'page options ignored' })
    expect(within(ignored).getByRole('listitem')).toHaveTextContent(
      'Unknown panel "memory" ignored',
    )
  })

  it('opens the lesson a link names with its setup loaded', async () => {
    visit('?lesson=take')

    const { state } = renderPlayground()

    const panel = await waitForRegion('Lessons')
    expect(
      panel.getByText(/What does a second call return/),
    ).toBeInTheDocument()
    // The setup loads just after the first paint, maybe after the panel.
    await waitFor(() =>
      expect(state().script.map((op) => op.op)).toEqual([
        'new',
        'extend',
        'take',
      ]),
    )
  })

  it('starts in presenter mode with present=1, and the toggle ends it', async () => {
    visit('?present=1')
    const { user } = renderPlayground()
    const toggle = await screen.findByRole('button', { name: 'Presenter mode' })
    const before = document.documentElement.classList.contains('present')

    await user.click(toggle)

    expect(before).toBe(true)
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    expect(document.documentElement).not.toHaveClass('present')
  })
})
