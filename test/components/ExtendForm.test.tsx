// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import {
  renderPlayground,
  rowOf,
  stubLayout,
  summaryValue,
} from './renderPlayground'

stubLayout()

type User = ReturnType<typeof renderPlayground>['user']

function card() {
  return within(screen.getByRole('region', { name: 'extend' }))
}

async function paste(user: User, text: string) {
  const box = card().getByLabelText(/sessions \(id,token,last_active/)
  await user.clear(box)
  if (text) await user.type(box, text)
  await user.click(card().getByRole('button', { name: /^extend with pasted/ }))
}

async function generate(user: User, fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) {
    const input = card().getByLabelText(label)
    await user.clear(input)
    await user.type(input, value)
  }
  await user.click(
    card().getByRole('button', { name: /^extend with a generated/ }),
  )
}

describe('extend', () => {
  it('reserves only (n + 1) / 2 for a generated batch into a non-empty map', async () => {
    const { user, state } = renderPlayground()

    await generate(user, { 'how many': '1000' })

    expect(
      card().getByText(/the map was not empty, so extend reserved only/),
    ).toHaveTextContent('extend reserved only (1000 + 1) / 2 = 500')
    expect(summaryValue('len')).toBe('1,006')
    const changes = within(card().getByRole('list', { name: 'reallocations' }))
    expect(
      changes.getAllByRole('listitem').map((li) => li.textContent),
    ).toEqual([
      'resized 16 → 1024 buckets, moving 6 sessions',
      'resized 1024 → 2048 buckets, moving 896 sessions',
    ])
    expect(state().script.at(-1)).toMatchObject({
      op: 'extend_generated',
      spec: { count: 1000, ids: 'sequential', firstId: '100000', seed: 1 },
    })
  })

  it('reserves the whole batch into an empty map', async () => {
    const { user } = renderPlayground({ ops: [{ op: 'new', expected: '0' }] })

    await paste(user, '1,a,100{Enter}2,-,200.5{Enter}3,,300')

    expect(card().getByText(/the map was empty/)).toHaveTextContent(
      'the map was empty, so extend reserved the whole batch (3)',
    )
    expect(within(rowOf('1')).getByText('Some("a")')).toBeInTheDocument()
    expect(within(rowOf('2')).getByText('None')).toBeInTheDocument()
    expect(within(rowOf('3')).getByText('Some("")')).toBeInTheDocument()
    expect(within(rowOf('2')).getByText('00:03:20.500')).toBeInTheDocument()
  })

  it('counts ids that were already present as overwritten', async () => {
    const { user, state } = renderPlayground()

    await paste(user, '42,otp-new,1700000000{Enter}500,-,1700000000')

    expect(card().getByText(/already present/)).toHaveTextContent(
      '1 id was already present (in the map or earlier in the batch) and overwritten',
    )
    expect(within(rowOf('42')).getByText('Some("otp-new")')).toBeInTheDocument()
    expect(state().script.at(-1)).toEqual({
      op: 'extend',
      entries: [
        {
          id: '42',
          token: 'otp-new',
          last_active: { secs: '1700000000', nanos: 0 },
        },
        {
          id: '500',
          token: null,
          last_active: { secs: '1700000000', nanos: 0 },
        },
      ],
    })
  })

  it('refuses a batch whose table the page cannot hold, changing nothing', async () => {
    const { user, state } = renderPlayground({
      limits: { memoryBytes: 16n << 30n, maxBuckets: 64 },
    })
    const revision = state().revision

    await generate(user, { 'how many': '100' })

    expect(
      card()
        .getByText(/Playground limit, not a Rust result/)
        .closest('p'),
    ).toHaveTextContent('this playground holds at most 64 buckets')
    expect(state().revision).toBe(revision)
    expect(summaryValue('len')).toBe('6')
    expect(screen.getByRole('log')).toHaveTextContent(
      'not run (playground limit, not a Rust result)',
    )
  })

  it.each([
    ['1,a,100{Enter}x,b,200', 'line 2: user id "x" is not a decimal integer'],
    ['1,a,100{Enter}{Enter}2,b,-3', 'line 3: last_active "-3" is negative'],
    [
      '1,a',
      'line 1: "1,a" has one comma; expected three fields: id,token,last_active',
    ],
    [
      '18446744073709551616,a,1',
      'is larger than u64::MAX (18446744073709551615)',
    ],
    ['', 'there are no sessions to add'],
  ])(
    'rejects the paste %j naming the line, and adds nothing',
    async (text, message) => {
      const { user, state } = renderPlayground()
      const before = { revision: state().revision, script: state().script }

      await paste(user, text)

      const box = card().getByLabelText(/sessions \(id,token,last_active/)
      expect(box).toHaveAttribute('aria-invalid', 'true')
      expect(box).toHaveAccessibleDescription(expect.stringContaining(message))
      expect(state().revision).toBe(before.revision)
      expect(state().script).toBe(before.script)
      expect(summaryValue('len')).toBe('6')
    },
  )

  it.each([
    [
      'how many',
      '2000001',
      'is larger than what the playground generates in one batch (2000000)',
    ],
    [
      'how many',
      '-1',
      'how many "-1" is negative; expected a whole number from 0 to 2000000',
    ],
    ['first id', 'abc', 'first id "abc" is not a decimal integer'],
    ['token share (%)', '120', 'token share "120" is more than 100'],
    ['spread (±)', '1.5', 'is not a whole number of seconds'],
    [
      'spread (±)',
      '10000000000000000000',
      'more than i64::MAX (9223372036854775807) seconds',
    ],
    ['seed', '4294967296', 'is larger than u32::MAX'],
  ])(
    'rejects a generator %s of %j inline and adds nothing',
    async (label, value, message) => {
      const { user, state } = renderPlayground()
      const revision = state().revision
      if (label === 'spread (±)') {
        await user.selectOptions(card().getByLabelText('spread unit'), 's')
      }

      await generate(user, { [label]: value })

      const input = card().getByLabelText(label)
      expect(input).toHaveAttribute('aria-invalid', 'true')
      expect(input).toHaveAccessibleDescription(
        expect.stringContaining(message),
      )
      expect(state().revision).toBe(revision)
    },
  )
})
