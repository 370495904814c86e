import { useShallow } from 'zustand/react/shallow'

import type { TeachStore } from '../../store/teach'
import { useTeach } from './useTeach'

const selectBar = (s: TeachStore) => ({
  panel: s.panel,
  present: s.present,
  busy: s.busy,
  loadMessage: s.loadMessage,
  notices: s.notices,
})

const selectBarActions = (s: TeachStore) => ({
  togglePanel: s.togglePanel,
  setPresent: s.setPresent,
  setHelpOpen: s.setHelpOpen,
  dismissNotices: s.dismissNotices,
})

/** Scenarios, lessons, presenter mode and the shortcut help, in the header. */
export function TeachBar() {
  const { panel, present, busy, loadMessage, notices } = useTeach(
    useShallow(selectBar),
  )
  const { togglePanel, setPresent, setHelpOpen, dismissNotices } = useTeach(
    useShallow(selectBarActions),
  )
  return (
    <div className="teach-bar">
      <div className="teach-buttons" role="group" aria-label="teaching tools">
        <button
          type="button"
          aria-expanded={panel === 'scenarios'}
          onClick={() => togglePanel('scenarios')}
        >
          Scenarios
        </button>
        <button
          type="button"
          aria-expanded={panel === 'lessons'}
          onClick={() => togglePanel('lessons')}
        >
          Lessons
        </button>
        <button
          type="button"
          aria-pressed={present}
          onClick={() => setPresent(!present)}
        >
          Presenter mode
        </button>
        <button
          type="button"
          aria-haspopup="dialog"
          onClick={() => setHelpOpen(true)}
        >
          Shortcuts <kbd>?</kbd>
        </button>
      </div>
      <p
        className={
          loadMessage?.ok === false ? 'teach-load error' : 'teach-load'
        }
        aria-live="polite"
        aria-busy={busy !== null}
      >
        {busy !== null ? (
          <>
            <progress aria-label="loading" /> {busy}
          </>
        ) : (
          (loadMessage?.text ?? '')
        )}
      </p>
      {notices.length > 0 ? (
        <div className="teach-notices">
          <ul aria-label="page options ignored">
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <button type="button" onClick={dismissNotices}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  )
}
