// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { ScriptRunner } from '../../../src/model/script'
import { HistoryReplay } from '../../../src/store/scrub'
import { createPlaygroundStore } from '../../../src/store/playgroundStore'
import type { PlaygroundStoreApi } from '../../../src/store/playgroundStore'
import {
  renderPlayground,
  sessionRows,
  stubLayout,
  summaryValue,
} from '../renderPlayground'
import { waitForRegion } from './teachHelpers'

stubLayout()

const HOUR = 3_600n * 1_000_000_000n

/** The demo plus a take, a clone and a retain: five steps. */
function addSteps(store: PlaygroundStoreApi) {
  act(() => {
    const s = store.getState()
    s.take(42n)
    s.snapshot('mid')
    s.retain(HOUR)
  })
}

/** Ids in iteration order after replaying `k` ops on a fresh runner. */
function freshIds(store: PlaygroundStoreApi, k: number): string[] {
  const { hasher, script } = store.getState()
  const runner = new ScriptRunner(hasher)
  for (const op of script.slice(0, k)) runner.apply(op)
  const map = runner.manager!.sessions
  return Array.from(map.fullBuckets(), (b) => map.keyAt(b).toString())
}

function shownIds(): string[] {
  return sessionRows().map(
    (r) => within(r).getAllByRole('cell')[0].textContent ?? '',
  )
}

async function scrubber() {
  return waitForRegion('History')
}

describe('history scrubbing', () => {
  it('shows the table and summary as they were after a step, read-only', async () => {
    const { store, user } = renderPlayground()
    addSteps(store)
    const live = store.getState()
    const timeline = [...live.runner.timeline]
    const history = await scrubber()

    await user.click(
      history.getByRole('button', { name: 'history one step back' }),
    )
    await user.click(
      history.getByRole('button', { name: 'history one step back' }),
    )

    await waitFor(() =>
      expect(
        history.getByText('Viewing step 3 of 5 (read-only)'),
      ).toBeInTheDocument(),
    )
    expect(shownIds()).toEqual(freshIds(store, 3))
    expect(summaryValue('len')).toBe(String(freshIds(store, 3).length))
    // The summary, the table and what is inside the table.
    expect(screen.getAllByText('Step 3 of 5 (read-only)')).toHaveLength(3)
    expect(
      within(screen.getByRole('region', { name: 'Inside the table' }))
        .getAllByRole('code')
        .map((c) => c.textContent),
    ).toContain('manager.consume_token(42)')
    expect(
      within(screen.getByRole('region', { name: 'take' })).getByRole('button', {
        name: /^take/,
      }),
    ).toBeDisabled()
    expect(store.getState()).toBe(live)
    expect(store.getState().runner.timeline).toEqual(timeline)
    expect(
      within(screen.getByRole('list', { name: 'snapshots' })).getAllByRole(
        'listitem',
      ),
    ).toHaveLength(1)
  })

  it('jumps to any step with the slider; step 1 is the empty map', async () => {
    const { store } = renderPlayground()
    addSteps(store)
    const history = await scrubber()
    const slider = history.getByRole('slider', { name: 'history step' })

    fireEvent.change(slider, { target: { value: '1' } })

    await waitFor(() => expect(summaryValue('len')).toBe('0'))
    expect(slider).toHaveAttribute('aria-valuetext', 'step 1 of 5')
    expect(screen.getByText('The map is empty.')).toBeInTheDocument()

    fireEvent.change(slider, { target: { value: '4' } })

    await waitFor(() => expect(shownIds()).toEqual(freshIds(store, 4)))
  })

  it('goes back to live, where operations run again', async () => {
    const { store, user } = renderPlayground()
    addSteps(store)
    const history = await scrubber()
    await user.click(
      history.getByRole('button', { name: 'history one step back' }),
    )
    await history.findByText(/Viewing step 4 of 5/)

    await user.click(history.getByRole('button', { name: 'Back to live' }))

    expect(history.getByText('Live: all 5 steps.')).toBeInTheDocument()
    expect(history.getByRole('slider', { name: 'history step' })).toHaveFocus()
    expect(shownIds()).toEqual(freshIds(store, 5))
    expect(screen.queryByText(/\(read-only\)/)).not.toBeInTheDocument()
    expect(
      within(screen.getByRole('region', { name: 'take' })).getByRole('button', {
        name: /^take/,
      }),
    ).toBeEnabled()
  })

  it('returns to live when the live experiment changes', async () => {
    const { store, user } = renderPlayground()
    addSteps(store)
    const history = await scrubber()
    await user.click(
      history.getByRole('button', { name: 'history one step back' }),
    )
    await history.findByText(/Viewing step 4 of 5/)

    act(() => store.getState().tryReserve(1n))

    expect(history.getByText('Live: all 6 steps.')).toBeInTheDocument()
  })
})

describe('HistoryReplay', () => {
  it('gives the same state replaying forward from a cached step as from nothing', () => {
    const store = createPlaygroundStore()
    addSteps(store)
    const live = store.getState()
    const cached = new HistoryReplay()

    cached.stateAt(live, 2)
    const forward = cached.stateAt(live, 5)
    const fresh = new HistoryReplay().stateAt(live, 5)

    expect(forward.view.len).toBe(fresh.view.len)
    expect([...forward.view.order]).toEqual([...fresh.view.order])
    expect(forward.snapshots).toEqual(fresh.snapshots)
    expect(forward.runner).not.toBe(live.runner)
  })

  it('replays an earlier step from nothing', () => {
    const store = createPlaygroundStore()
    addSteps(store)
    const live = store.getState()
    const replay = new HistoryReplay()

    const late = replay.stateAt(live, 5)
    const early = replay.stateAt(live, 2)

    expect(early.runner).not.toBe(late.runner)
    expect(early.view.len).toBe(6)
    expect(early.snapshots).toEqual([])
  })

  it('refuses a step outside the script', () => {
    const live = createPlaygroundStore().getState()

    expect(() => new HistoryReplay().stateAt(live, 0)).toThrow(
      'history step 0 is outside 1..=2',
    )
  })
})
