import { Suspense, lazy } from 'react'

import './share.css'

// Everything about sharing and saving arrives just after the first paint:
// the page's first load stays within its size budget.
const ShareBarBody = lazy(() =>
  import('./ShareBarBody').then((m) => ({ default: m.ShareBarBody })),
)

/** The header's row for the share link, files and saved work. */
export function ShareBar() {
  return (
    <div className="share-bar">
      <Suspense fallback={null}>
        <ShareBarBody />
      </Suspense>
    </div>
  )
}
