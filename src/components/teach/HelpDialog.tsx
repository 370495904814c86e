import { type KeyboardEvent, useEffect, useId, useRef } from 'react'

import { SHORTCUTS } from '../../ui/teach/shortcuts'
import { useTeachApi } from './useTeach'

const FOCUSABLE =
  'button:enabled, [href], input:enabled, select:enabled, textarea:enabled, ' +
  '[tabindex]:not([tabindex="-1"])'

/**
 * The keyboard shortcuts, as a modal dialog: focus moves into it and stays
 * there (Tab wraps), Escape or Close shuts it, and focus returns to where
 * it was.
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/dialog-modal/
 */
export function HelpDialog() {
  const teach = useTeachApi()
  const ref = useRef<HTMLDivElement>(null)
  const titleId = useId()
  const close = () => teach.getState().setHelpOpen(false)

  useEffect(() => {
    const previous = document.activeElement
    ref.current?.querySelector<HTMLElement>('button')?.focus()
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) {
        previous.focus()
      }
    }
  }, [])

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault()
      close()
      return
    }
    if (e.key !== 'Tab' || ref.current === null) return
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)]
    if (items.length === 0) return
    const first = items[0]
    const last = items[items.length - 1]
    const active = document.activeElement
    if (e.shiftKey && (active === first || !ref.current.contains(active))) {
      e.preventDefault()
      last.focus()
    } else if (
      !e.shiftKey &&
      (active === last || !ref.current.contains(active))
    ) {
      e.preventDefault()
      first.focus()
    }
  }

  return (
    <div
      className="dialog-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) close()
      }}
    >
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="dialog"
        onKeyDown={onKeyDown}
      >
        <div className="dialog-head">
          <h2 id={titleId}>Keyboard shortcuts</h2>
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
        <p className="muted">
          They work whenever no text field has focus; an operation’s key puts
          the cursor in its first field, Enter then runs it.
        </p>
        <table className="shortcut-table">
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Does</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.key}>
                <td>
                  <kbd>{s.label}</kbd>
                </td>
                <td>{s.does}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
