import { screen, waitFor, within } from '@testing-library/react'
import { expect, vi } from 'vitest'

import type { EntryJson, ScriptOp } from '../../../src/model/script'
import type { StoreOptions } from '../../../src/store/playgroundStore'
import { renderPlayground } from '../renderPlayground'

/** A session entry as scripts hold it. */
export function entry(
  id: number | string,
  token: string | null = null,
): EntryJson {
  return {
    id: String(id),
    token,
    last_active: { secs: '1700000000', nanos: 0 },
  }
}

export const extendOp = (...ids: (number | string)[]): ScriptOp => ({
  op: 'extend',
  entries: ids.map((id) => entry(id, `otp-${id}`)),
})

/** The page with the Inside section opened on `tab`; returns handles. */
export async function renderInside(tab: string, options?: StoreOptions) {
  // jsdom has no canvas; the overview draws nothing there.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
  const page = renderPlayground({ hasher: ['0', '0'], ...options })
  const section = () =>
    within(screen.getByRole('region', { name: 'Inside the table' }))
  await page.user.click(
    section().getByRole('button', { name: /show the swisstable/i }),
  )
  await page.user.click(await section().findByRole('tab', { name: tab }))
  // Panels are lazy chunks: wait until the open one has loaded.
  const panel = async () => {
    const p = await section().findByRole('tabpanel')
    await waitFor(() => expect(within(p).queryByText('Loading…')).toBeNull())
    return within(p)
  }
  return { ...page, section, panel }
}
