import { act, screen, waitFor, within } from '@testing-library/react'

/** Waits until the shortcut listener, loaded after the first paint, is on. */
export async function shortcutsReady(): Promise<void> {
  await act(async () => {
    await import('../../../src/components/teach/shortcutKeys')
    await new Promise((resolve) => setTimeout(resolve, 0))
  })
}

/** Sets the page's query string, as a link would. */
export function visit(search: string): void {
  window.history.replaceState(null, '', `/${search}`)
}

/** The live region of the teaching toolbar (load progress and results). */
export function loadLine(): HTMLElement {
  const line = document.querySelector<HTMLElement>('.teach-load')
  if (!line) throw new Error('no teach-load line')
  return line
}

export function region(name: string | RegExp) {
  return within(screen.getByRole('region', { name }))
}

export async function waitForRegion(name: string | RegExp) {
  return within(await screen.findByRole('region', { name }, { timeout: 5000 }))
}

/** Waits for what `fn` asserts, for slower replays. */
export const eventually = (fn: () => void) => waitFor(fn, { timeout: 5000 })
