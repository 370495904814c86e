// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import type { ScriptOp } from '../../src/model/script'
import {
  renderPlayground,
  rowOf,
  sessionRows,
  stubLayout,
} from './renderPlayground'

stubLayout()

function ids(): string[] {
  return sessionRows().map(
    (r) => within(r).getAllByRole('cell')[0].textContent ?? '',
  )
}

function header(name: RegExp) {
  return screen.getByRole('columnheader', { name })
}

const many = (count: number): ScriptOp[] => [
  { op: 'new', expected: '0' },
  {
    op: 'extend_generated',
    spec: {
      count,
      ids: 'random',
      firstId: '0',
      tokenShare: 0.5,
      centerSecs: '1700000000',
      spreadSecs: '7200',
      seed: 3,
    },
  },
]

describe('the session table', () => {
  it('lists sessions in the map’s iteration order by default', () => {
    const { map } = renderPlayground()

    expect(ids()).toEqual(map().keyList().map(String))
    expect(header(/^user id/)).toHaveAttribute('aria-sort', 'none')
  })

  it('sorts by a column ascending, then descending, then back to map order', async () => {
    const { user, map } = renderPlayground()
    const button = within(header(/^user id/)).getByRole('button')

    await user.click(button)
    const ascending = ids()
    const sortState = header(/^user id/).getAttribute('aria-sort')
    await user.click(button)
    const descending = ids()
    await user.click(button)

    expect(sortState).toBe('ascending')
    expect(ascending).toEqual(
      ['23', '42', '7', '314', '1001', '18446744073709551615'].sort((a, b) =>
        BigInt(a) < BigInt(b) ? -1 : 1,
      ),
    )
    expect(descending).toEqual([...ascending].reverse())
    expect(ids()).toEqual(map().keyList().map(String))
  })

  it.each([
    [/^token/, ['7', '23', '18446744073709551615', '1001', '42', '314']],
    [/^last active/, ['18446744073709551615', '7', '1001', '42', '23', '314']],
    [/^idle for/, ['314', '23', '42', '1001', '7', '18446744073709551615']],
    [
      /^kept by retain/,
      ['1001', '42', '23', '18446744073709551615', '7', '314'],
    ],
  ])('sorts ascending by %s', async (name, expected) => {
    const { user } = renderPlayground()

    await user.click(within(header(name)).getByRole('button'))

    expect(header(name)).toHaveAttribute('aria-sort', 'ascending')
    expect(ids()).toEqual(expected)
  })

  it('keeps fewer than 100 rows in the DOM for 20 000 sessions', () => {
    renderPlayground({ ops: many(20_000) })

    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '20001')
    expect(sessionRows().length).toBeGreaterThan(5)
    expect(sessionRows().length).toBeLessThan(100)
  })

  it('shows tokens in Rust’s Debug form and never as HTML', async () => {
    const { user } = renderPlayground({ ops: [{ op: 'new', expected: '0' }] })
    const box = screen.getByLabelText(/sessions \(id,token,last_active/)
    await user.clear(box)
    await user.type(box, '1,<b>bold</b>,1700000000{Enter}2,a\tb"c\\,1700000000')

    await user.click(
      screen.getByRole('button', { name: /^extend with pasted/ }),
    )

    expect(
      within(rowOf('1')).getByText('Some("<b>bold</b>")'),
    ).toBeInTheDocument()
    expect(rowOf('1').querySelector('b')).toBeNull()
    expect(
      within(rowOf('2')).getByText('Some("a\\tb\\"c\\\\")'),
    ).toBeInTheDocument()
  })

  it('shows the nanoseconds of a last active time when there are some', () => {
    renderPlayground({
      ops: [
        { op: 'new', expected: '0' },
        {
          op: 'extend',
          entries: [
            {
              id: '9',
              token: null,
              last_active: { secs: '1700000000', nanos: 1 },
            },
          ],
        },
      ],
    })

    expect(within(rowOf('9')).getAllByRole('cell')[2]).toHaveTextContent(
      '2023-11-1422:13:20.000000001',
    )
  })
})
