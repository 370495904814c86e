import type { ReactNode } from 'react'

import type { PanelName } from '../../ui/teach/pageDefaults'
import { HistoryScope } from './HistoryScope'
import { selectPanels, selectViewing } from './teachSelectors'
import { useTeach } from './useTeach'

interface Props {
  readonly name: PanelName
  /** Runs operations: disabled while a history step is on show. */
  readonly live?: boolean
  /** Shows the viewed history step instead of the live state. */
  readonly history?: boolean
  readonly children: ReactNode
}

/** One of the page's panels, shown unless the `panels=` option leaves it out. */
export function Panel({
  name,
  live = false,
  history = false,
  children,
}: Props) {
  const shown = useTeach(selectPanels).has(name)
  const viewing = useTeach(selectViewing)
  if (!shown) return null
  if (history) return <HistoryScope>{children}</HistoryScope>
  if (!live) return children
  const fieldset = (
    <fieldset className="live-only" disabled={viewing}>
      <legend className="visually-hidden">
        {viewing ? 'disabled while viewing the history' : 'live experiment'}
      </legend>
      {children}
    </fieldset>
  )
  if (!(viewing && name === 'ops')) return fieldset
  // The disabled operations have nothing to focus, so their scroll area
  // would be out of reach of the keyboard: this wrapper scrolls instead.
  return (
    <div
      className="live-only-scroll"
      role="group"
      aria-label="operations, disabled while viewing the history"
      tabIndex={0}
    >
      {fieldset}
    </div>
  )
}
