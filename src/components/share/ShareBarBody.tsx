import {
  type KeyboardEvent,
  Suspense,
  lazy,
  useId,
  useRef,
  useState,
} from 'react'

import { KeeperNotices } from './KeeperNotices'
import { SaveState } from './SaveState'

// The panels use the I/O layer (zod, fflate, lossless-json): loaded on
// first opening, so the page shows without them.
const SharePanel = lazy(() =>
  import('./SharePanel').then((m) => ({ default: m.SharePanel })),
)
const FilesPanel = lazy(() =>
  import('./FilesPanel').then((m) => ({ default: m.FilesPanel })),
)

type Open = 'share' | 'files' | null

/** Share link, files in and out, and what happened to the saved work. */
export function ShareBarBody() {
  const [open, setOpen] = useState<Open>(null)
  const id = useId()
  const shareButton = useRef<HTMLButtonElement>(null)
  const filesButton = useRef<HTMLButtonElement>(null)
  const toggle = (panel: Exclude<Open, null>) =>
    setOpen((o) => (o === panel ? null : panel))
  // Escape closes the open panel, as it closes the page's other panels,
  // and gives focus back to the button that opened it.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || open === null) return
    e.preventDefault()
    const button = open === 'share' ? shareButton : filesButton
    setOpen(null)
    button.current?.focus()
  }
  return (
    <div className="share-bar-body" onKeyDown={onKeyDown}>
      <div className="share-buttons">
        <button
          ref={shareButton}
          type="button"
          aria-expanded={open === 'share'}
          aria-controls={`${id}-share`}
          onClick={() => toggle('share')}
        >
          Share link
        </button>
        <button
          ref={filesButton}
          type="button"
          aria-expanded={open === 'files'}
          aria-controls={`${id}-files`}
          onClick={() => toggle('files')}
        >
          Import / export
        </button>
        <SaveState />
      </div>
      <KeeperNotices />
      <Suspense fallback={<p className="muted">Loading…</p>}>
        {open === 'share' ? (
          <SharePanel id={`${id}-share`} onClose={() => setOpen(null)} />
        ) : null}
        {open === 'files' ? (
          <FilesPanel id={`${id}-files`} onClose={() => setOpen(null)} />
        ) : null}
      </Suspense>
    </div>
  )
}
