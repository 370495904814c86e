// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import {
  renderPlayground,
  sessionRows,
  stubLayout,
  summaryValue,
} from './renderPlayground'

stubLayout()

type User = ReturnType<typeof renderPlayground>['user']

const OVERFLOW =
  'Failed to reserve capacity for sessions: TryReserveError { kind: CapacityOverflow }'

function card() {
  return within(screen.getByRole('region', { name: 'new' }))
}

async function runNew(user: User, expected: string) {
  const input = card().getByLabelText('expected users')
  await user.clear(input)
  await user.type(input, expected)
  await user.click(card().getByRole('button', { name: /^new/ }))
}

const OPERATIONS = [
  /^try_reserve/,
  /^extend with a generated/,
  /^extend with pasted/,
  /^clone/,
]

describe('new', () => {
  it('starts over with an empty map of the reserved capacity', async () => {
    const { user, state } = renderPlayground()

    await runNew(user, '100')

    expect(summaryValue('len')).toBe('0')
    expect(summaryValue('capacity')).toBe('112')
    expect(summaryValue('buckets')).toBe('128')
    expect(sessionRows()).toHaveLength(0)
    expect(screen.getByText('The map is empty.')).toBeInTheDocument()
    expect(state().script.at(-1)).toEqual({ op: 'new', expected: '100' })
  })

  it.each([['18446744073709551615'], [String(2n ** 60n)]])(
    'shows the panic Rust prints for new(%s) and disables the operations',
    async (expected) => {
      const { user } = renderPlayground()

      await runNew(user, expected)

      expect(card().getByText(OVERFLOW)).toBeInTheDocument()
      expect(screen.getByText(/The program panicked/)).toBeInTheDocument()
      for (const name of OPERATIONS) {
        expect(screen.getByRole('button', { name })).toBeDisabled()
      }
      expect(screen.getByRole('log')).toHaveTextContent(`panicked: ${OVERFLOW}`)
    },
  )

  it('panics with the AllocError layout when the table exceeds memory', async () => {
    const { user } = renderPlayground()

    await runNew(user, String(2n ** 40n))

    expect(
      card().getByText(
        /^Failed to reserve capacity for sessions: TryReserveError \{ kind: AllocError/,
      ),
    ).toBeInTheDocument()
  })

  it('enables the operations again with the next new', async () => {
    const { user, state } = renderPlayground()
    await runNew(user, '18446744073709551615')

    await runNew(user, '3')

    for (const name of OPERATIONS) {
      expect(screen.getByRole('button', { name })).toBeEnabled()
    }
    expect(screen.queryByText(/The program panicked/)).not.toBeInTheDocument()
    expect(summaryValue('capacity')).toBe('3')
    expect(state().script).toEqual([{ op: 'new', expected: '3' }])
  })

  it('rejects a negative count inline and keeps the map', async () => {
    const { user, state } = renderPlayground()
    const revision = state().revision

    await runNew(user, '-1')

    expect(card().getByLabelText('expected users')).toHaveAccessibleDescription(
      'expected users "-1" is negative; expected a whole number from 0 to 18446744073709551615',
    )
    expect(state().revision).toBe(revision)
    expect(summaryValue('len')).toBe('6')
  })

  it.each([
    ['+7', 'SessionManager::new(7)'],
    ['007', 'SessionManager::new(7)'],
    ['abc', 'SessionManager::new(expected_users)'],
    ['-3', 'SessionManager::new(expected_users)'],
  ])('previews %j as a call Rust would compile: %s', async (text, call) => {
    const { user } = renderPlayground()
    const input = card().getByLabelText('expected users')

    await user.clear(input)
    await user.type(input, text)

    // The preview wraps long calls over lines; compare without the breaks.
    const code = card().getByText(/SessionManager::new\(/).textContent ?? ''
    expect(code.replace(/[\s,]+\)/, ')').replace(/\(\s+/, '(')).toContain(call)
  })
})
