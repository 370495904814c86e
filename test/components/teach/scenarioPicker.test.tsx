// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'

import { SCENARIOS } from '../../../src/content/scenarios'
import {
  renderPlayground,
  rowOf,
  stubLayout,
  summaryValue,
} from '../renderPlayground'
import { eventually, loadLine, visit, waitForRegion } from './teachHelpers'

stubLayout()

afterEach(() => visit(''))

describe('scenario picker', () => {
  it('lists every scenario with its title and summary', async () => {
    const { user } = renderPlayground()

    await user.click(screen.getByRole('button', { name: 'Scenarios' }))
    const picker = await waitForRegion('Scenarios')

    const items = picker.getAllByRole('listitem')
    expect(items).toHaveLength(SCENARIOS.length)
    for (const [i, s] of SCENARIOS.entries()) {
      expect(within(items[i]).getByRole('heading')).toHaveTextContent(s.title)
      expect(items[i]).toHaveTextContent(s.summary)
    }
    expect(screen.getByRole('button', { name: 'Scenarios' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
  })

  it('loads a scenario in one click, with its log and results', async () => {
    const { user, state } = renderPlayground()
    await user.click(screen.getByRole('button', { name: 'Scenarios' }))
    const picker = await waitForRegion('Scenarios')

    await user.click(
      picker.getByRole('button', { name: 'Load One-time password login' }),
    )

    await eventually(() =>
      expect(loadLine()).toHaveTextContent('Loaded “One-time password login”.'),
    )
    expect(summaryValue('len')).toBe('4')
    expect(within(rowOf('101')).getByText('None')).toBeInTheDocument()
    expect(state().script).toHaveLength(5)
    expect(state().results.take?.result).toBe('None')
    expect(screen.getByRole('status')).toHaveTextContent(
      'Loaded “One-time password login”: 5 operations.',
    )
  })

  it('loads the scenario a link names, and ignores an unknown one with a notice', async () => {
    visit('?scenario=nightly-cleanup')
    renderPlayground()

    await eventually(() =>
      expect(loadLine()).toHaveTextContent('Loaded “Nightly cleanup”.'),
    )
    expect(
      within(screen.getByRole('list', { name: 'snapshots' })).getByText(
        /before cleanup/,
      ),
    ).toBeInTheDocument()

    visit('?scenario=%3Cscript%3Ealert(1)%3C%2Fscript%3E')
    renderPlayground()

    expect(
      await screen.findByText(
        'No scenario "<script>alert(1)</script>": scenario ignored.',
      ),
    ).toBeInTheDocument()
  })
})
