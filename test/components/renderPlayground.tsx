import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, beforeAll } from 'vitest'

import { App } from '../../src/App'
import { currentMap } from '../../src/store/applyOp'
import {
  type StoreOptions,
  createPlaygroundStore,
} from '../../src/store/playgroundStore'

/**
 * jsdom lays nothing out, so every element measures 0 × 0 and the
 * virtualised table would show no rows. This gives elements the size of
 * a small window for the tests of the file that calls it.
 */
export function stubLayout(width = 1000, height = 640): void {
  const proto = HTMLElement.prototype
  const saved = {
    clientHeight: Object.getOwnPropertyDescriptor(proto, 'clientHeight'),
    clientWidth: Object.getOwnPropertyDescriptor(proto, 'clientWidth'),
  }
  beforeAll(() => {
    Object.defineProperty(proto, 'clientHeight', {
      configurable: true,
      get: () => height,
    })
    Object.defineProperty(proto, 'clientWidth', {
      configurable: true,
      get: () => width,
    })
  })
  afterAll(() => {
    for (const [name, desc] of Object.entries(saved)) {
      if (desc) Object.defineProperty(proto, name, desc)
    }
  })
}

/** The page with its own store (the demo unless `options` say otherwise). */
export function renderPlayground(options?: StoreOptions) {
  const store = createPlaygroundStore(options)
  const user = userEvent.setup()
  render(<App store={store} />)
  return {
    store,
    user,
    state: () => store.getState(),
    map: () => currentMap(store.getState().runner),
  }
}

/** The body rows of the session table (spacers excluded). */
export function sessionRows(): HTMLElement[] {
  const table = screen.getByRole('table')
  return within(table)
    .getAllByRole('row')
    .filter(
      (r) => r.closest('tbody') !== null && !r.hasAttribute('aria-hidden'),
    )
}

/** The row of one user id. */
export function rowOf(id: string): HTMLElement {
  const row = sessionRows().find(
    (r) => within(r).getAllByRole('cell')[0].textContent === id,
  )
  if (!row) throw new Error(`no row for user ${id}`)
  return row
}

/** The value shown in the summary for `name` (len, capacity, ...). */
export function summaryValue(name: string): string {
  const term = screen.getAllByRole('term').find((t) => t.textContent === name)
  if (!term) throw new Error(`no summary item ${name}`)
  return term.nextElementSibling?.textContent ?? ''
}
