import { Suspense, lazy, useId, useState } from 'react'

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
  const toggle = (panel: Exclude<Open, null>) =>
    setOpen((o) => (o === panel ? null : panel))
  return (
    <>
      <div className="share-buttons">
        <button
          type="button"
          aria-expanded={open === 'share'}
          aria-controls={`${id}-share`}
          onClick={() => toggle('share')}
        >
          Share link
        </button>
        <button
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
    </>
  )
}
