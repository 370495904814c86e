// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { debugMap } from '../../src/model/debugFormat'
import { renderPlayground, stubLayout, summaryValue } from './renderPlayground'

stubLayout()

function card() {
  return within(screen.getByRole('region', { name: 'try_reserve' }))
}

async function tryReserve(
  user: ReturnType<typeof renderPlayground>['user'],
  text: string,
) {
  const input = card().getByLabelText('additional')
  await user.clear(input)
  await user.type(input, text)
  await user.click(card().getByRole('button', { name: /^try_reserve/ }))
}

describe('try_reserve', () => {
  it('shows the Rust call for the typed value', async () => {
    const { user } = renderPlayground()

    const input = card().getByLabelText('additional')
    await user.clear(input)
    await user.type(input, '250')

    expect(
      card().getByText('manager.sessions.try_reserve(250)'),
    ).toBeInTheDocument()
  })

  it('returns Ok(()) and shows the capacity before and after the resize', async () => {
    const { user } = renderPlayground()

    await tryReserve(user, '1000')

    expect(card().getByText('Ok(())')).toBeInTheDocument()
    expect(card().getByText(/capacity 14 →/)).toHaveTextContent(
      'capacity 14 → 1792',
    )
    expect(card().getByText(/Reallocated/)).toHaveTextContent(
      'Reallocated: resized 16 → 2048 buckets, moving 6 sessions.',
    )
    expect(summaryValue('capacity')).toBe('1,792')
  })

  it('rehashes in place when tombstones, not items, use up the capacity', async () => {
    const { user } = renderPlayground({
      ops: [
        { op: 'new', expected: '1000' },
        {
          op: 'extend_generated',
          spec: {
            count: 1792,
            ids: 'sequential',
            firstId: '1',
            tokenShare: 0.5,
            centerSecs: '1699996400',
            spreadSecs: '3600',
            seed: 51,
          },
        },
        {
          op: 'cleanup',
          now: { secs: '1700000000', nanos: 0 },
          max_idle: { secs: '1800', nanos: 0 },
        },
      ],
    })
    const tombstones = summaryValue('tombstones')

    await tryReserve(user, '400')

    expect(Number(tombstones)).toBeGreaterThan(0)
    expect(card().getByText(/Reallocated/)).toHaveTextContent(
      'Reallocated: rehashed in place in 2048 buckets (tombstones cleared).',
    )
    expect(summaryValue('tombstones')).toBe('0')
    expect(summaryValue('buckets')).toBe('2,048')
  })

  it('says nothing was reallocated when growth_left already covers it', async () => {
    const { user } = renderPlayground()

    await tryReserve(user, '3')

    expect(card().getByText(/Not reallocated/)).toBeInTheDocument()
    expect(summaryValue('capacity')).toBe('14')
  })

  it('shows Rust’s exact Err text and leaves the map untouched', async () => {
    const { user, map } = renderPlayground()
    const before = debugMap(map())

    await tryReserve(user, '18446744073709551615')

    expect(
      card().getByText('Err(TryReserveError { kind: CapacityOverflow })'),
    ).toBeInTheDocument()
    expect(debugMap(map())).toBe(before)
    expect(summaryValue('capacity')).toBe('14')
  })

  it('shows an AllocError with its layout for a table larger than memory', async () => {
    const { user } = renderPlayground()

    await tryReserve(user, String(2n ** 40n))

    expect(
      card().getByText(
        'Err(TryReserveError { kind: AllocError { layout: Layout { ' +
          'size: 107752139522064, align: 16 (1 << 4) }, non_exhaustive: () } })',
      ),
    ).toBeInTheDocument()
  })

  it('marks a table too large for the page as a playground limit', async () => {
    const { user, state } = renderPlayground()
    const revision = state().revision

    await tryReserve(user, String(2n ** 24n))

    expect(
      card().getByText(/Playground limit, not a Rust result/),
    ).toBeInTheDocument()
    expect(card().queryByText(/^Ok|^Err/)).not.toBeInTheDocument()
    expect(state().revision).toBe(revision)
    expect(summaryValue('capacity')).toBe('14')
  })

  it.each([
    ['abc', 'is not a decimal integer'],
    ['-5', 'is negative'],
    ['1.5', 'has a fractional part'],
    ['18446744073709551616', 'is larger than usize::MAX'],
    ['', 'additional is empty'],
  ])('rejects %j inline and changes nothing', async (text, message) => {
    const { user, state } = renderPlayground()
    const before = {
      revision: state().revision,
      log: state().log,
      script: state().script,
    }

    if (text === '') {
      await user.clear(card().getByLabelText('additional'))
      await user.click(card().getByRole('button', { name: /^try_reserve/ }))
    } else {
      await tryReserve(user, text)
    }

    const input = card().getByLabelText('additional')
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message))
    expect(state().revision).toBe(before.revision)
    expect(state().log).toBe(before.log)
    expect(state().script).toBe(before.script)
  })
})
