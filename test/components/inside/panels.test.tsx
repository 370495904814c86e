// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { debugMap, prettyMap } from '../../../src/model/debugFormat'
import { exportRustProgram } from '../../../src/model/export/rustProgram'
import { predictOutput } from '../../../src/model/export/predictOutput'
import { extendOp, renderInside } from './insideHarness'

const OPS = [
  { op: 'new', expected: '3' },
  extendOp(42, 314, 7),
  extendOp(1, 2, 3, 4, 5),
] as const

describe('tabs', () => {
  it('moves between tabs with the arrow keys', async () => {
    const { section, user } = await renderInside('Memory')

    await user.keyboard('{ArrowRight}')

    expect(
      section().getByRole('tab', { name: 'Capacity over time' }),
    ).toHaveFocus()
    expect(
      section().getByRole('tab', { name: 'Capacity over time' }),
    ).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{End}')
    expect(section().getByRole('tab', { name: 'Export as Rust' })).toHaveFocus()
  })

  it('shows why the last result came out as it did', async () => {
    const { section, store } = await renderInside('Memory', { ops: [...OPS] })

    act(() => store.getState().tryReserve(100n))

    const why = store.getState().results.try_reserve
    if (why?.kind !== 'ok') throw new Error('try_reserve failed')
    expect(section().getByText(why.why)).toBeInTheDocument()
  })
})

describe('capacity over time', () => {
  it('charts one point per op and marks each reallocation', async () => {
    const { panel, state } = await renderInside('Capacity over time', {
      ops: [...OPS],
    })
    const p = await panel()

    const history = state().layoutHistory ?? []
    expect(history.map((h) => [h.op, h.len, h.capacity, h.buckets])).toEqual([
      ['new', 0, 3, 4],
      ['extend', 3, 3, 4],
      ['extend', 8, 14, 16],
    ])
    const chart = p.getByRole('img', { name: /^Capacity over time/ })
    expect(chart).toHaveAccessibleName(
      expect.stringContaining('len 0 → 8, capacity 3 → 14'),
    )
    expect(chart.querySelectorAll('circle.mark-resize')).toHaveLength(3)
    const rows = within(p.getByRole('table')).getAllByRole('row').slice(1)
    const changes = rows.map(
      (r) => within(r).getAllByRole('cell').at(-1)?.textContent,
    )
    expect(changes).toEqual(['0 → 4', '', '4 → 8; 8 → 16'])
  })
})

describe('Rust source', () => {
  it.each([
    [
      'a take that finds a token',
      '42',
      ['if let Some(session)', 'session.token.take()'],
    ],
    [
      'a take of an absent id',
      '99',
      ['if let Some(session)', '} else {', 'None'],
    ],
  ])('highlights the lines %s runs', async (_, id, expected) => {
    const { panel, store } = await renderInside('Rust source', {
      ops: [...OPS],
    })

    act(() => store.getState().take(BigInt(id)))

    const ran = Array.from(
      (await panel())
        .getByLabelText('SessionManager source')
        .querySelectorAll('.ran'),
    )
    const lines = ran.map((l) => l.textContent?.replace(/^\d+\(ran\) /, ''))
    expect(lines.map((l) => l?.trim())).toEqual(
      expected.map((e) => expect.stringContaining(e)),
    )
  })

  it('stops the highlight of new at the expect that panicked', async () => {
    const { panel, store } = await renderInside('Rust source', {
      ops: [...OPS],
    })

    act(() => store.getState().newManager(2n ** 64n - 1n))
    // A new the playground refuses runs nothing: the panic stays shown.
    act(() => store.getState().newManager(5_000_000n))

    const p = await panel()
    const ran = Array.from(
      p.getByLabelText('SessionManager source').querySelectorAll('.ran'),
    ).map((l) => l.textContent?.replace(/^\d+\(ran\) /, '').trim())
    expect(ran.at(0)).toContain('let mut sessions = HashMap::new()')
    expect(ran.at(-1)).toContain('.expect(')
    expect(ran.join('\n')).not.toContain('Self { sessions }')
    expect(p.getByText(/expect panicked/)).toBeInTheDocument()
  })

  it('links each method to its std documentation', async () => {
    const { panel } = await renderInside('Rust source', { ops: [...OPS] })
    const p = await panel()

    expect(p.getAllByRole('link', { name: 'extend' })[0]).toHaveAttribute(
      'href',
      'https://doc.rust-lang.org/std/collections/struct.HashMap.html#method.extend',
    )
    expect(p.getAllByRole('link', { name: 'take' })[0]).toHaveAttribute(
      'href',
      'https://doc.rust-lang.org/std/option/enum.Option.html#method.take',
    )
    expect(p.getByText(/has no/)).toHaveTextContent(
      'HashMap itself has no take',
    )
  })
})

describe('output', () => {
  it('prints {:?} and {:#?} exactly as debugMap and prettyMap do', async () => {
    const { panel, map, user } = await renderInside('Output', { ops: [...OPS] })
    const p = await panel()

    expect(p.getByLabelText('{:?} output').textContent).toBe(debugMap(map()))
    await user.click(p.getByRole('radio', { name: /\{:#\?\}/ }))
    expect(p.getByLabelText('{:#?} output').textContent).toBe(prettyMap(map()))
  })

  it('says clearly when a large map is shortened', async () => {
    const { panel } = await renderInside('Output', {
      ops: [
        { op: 'new', expected: '0' },
        extendOp(...Array.from({ length: 400 }, (_, i) => i)),
      ],
    })

    expect((await panel()).getByRole('note')).toHaveTextContent(
      'Shortened: the first 300 of 400 entries',
    )
  })
})

describe('hasher seed', () => {
  it('replays the same ops with new keys: same contents, another order', async () => {
    const { panel, map, store, user } = await renderInside('Hasher seed', {
      ops: [...OPS],
    })
    const before = map().keyList()

    act(() => store.getState().reseed(['1', '2']))

    const after = map().keyList()
    expect(store.getState().hasher).toEqual(['1', '2'])
    expect(after).not.toEqual(before)
    expect([...after].sort()).toEqual([...before].sort())
    const p = await panel()
    expect(p.getByText('k0').nextElementSibling).toHaveTextContent(
      '1 (0x0000000000000001)',
    )
    await user.click(p.getByRole('button', { name: 'Back to keys (0, 0)' }))
    expect(map().keyList()).toEqual(before)
  })

  it('picks random keys with the re-seed button', async () => {
    const { panel, store, user } = await renderInside('Hasher seed', {
      ops: [...OPS],
    })

    await user.click(
      (await panel()).getByRole('button', { name: 'Re-seed with random keys' }),
    )

    expect(store.getState().hasher).not.toEqual(['0', '0'])
    expect(screen.getByText(/With keys \(0, 0\) it was/)).toBeInTheDocument()
  })
})

describe('export as Rust', () => {
  it('shows the whole experiment as main.rs and its expected output', async () => {
    const { panel, store } = await renderInside('Export as Rust', {
      ops: [...OPS],
    })

    act(() => store.getState().take(42n))

    const p = await panel()
    const script = {
      hasher: store.getState().hasher,
      ops: store.getState().script,
    }
    const program = p.getByLabelText('main.rs').textContent ?? ''
    expect(program).toBe(exportRustProgram(script))
    expect(program).toContain('consume_token(42)')
    expect(p.getByLabelText('Expected output').textContent).toBe(
      predictOutput(script),
    )
    expect(
      p.getByText('rustc -O --edition 2021 main.rs && ./main', {
        selector: 'code',
      }),
    ).toBeInTheDocument()
  })
})

describe('export of a large map', () => {
  it('waits for a click before replaying the whole script', async () => {
    const { panel, user } = await renderInside('Export as Rust', {
      ops: [
        { op: 'new', expected: '0' },
        {
          op: 'extend_generated',
          spec: {
            count: 60000,
            ids: 'sequential',
            firstId: '1',
            tokenShare: 0.5,
            centerSecs: '1699996400',
            spreadSecs: '3600',
            seed: 3,
          },
        },
      ],
    })
    const p = await panel()

    expect(p.queryByLabelText('main.rs')).toBeNull()
    await user.click(p.getByRole('button', { name: 'Build main.rs' }))

    expect(p.getByLabelText('main.rs')).toHaveTextContent('fn main()')
  })
})
