import { Suspense, lazy, useId, useState } from 'react'

import './insideShell.css'
import { WhyThisResult } from './WhyThisResult'

// The tabs and every panel are separate chunks, fetched when first opened.
const InsideTabs = lazy(() =>
  import('./InsideTabs').then((m) => ({ default: m.InsideTabs })),
)

/**
 * "Inside the table": the SwissTable's memory, its capacity over time, the
 * Rust that ran, what it prints, the hasher's keys and the program to run
 * it for real, as tabs. Closed at first; the last result's explanation is
 * always shown.
 */
export function InsideSection() {
  const [open, setOpen] = useState(false)
  const base = useId()
  return (
    <section className="inside" aria-labelledby={`${base}-heading`}>
      <div className="inside-head">
        <h2 id={`${base}-heading`}>Inside the table</h2>
        <button
          type="button"
          className="inside-toggle"
          aria-expanded={open}
          aria-controls={`${base}-body`}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide' : 'Show'} the SwissTable
        </button>
      </div>
      <WhyThisResult />
      <div id={`${base}-body`} hidden={!open}>
        {open && (
          <Suspense fallback={<p className="inside-loading">Loading…</p>}>
            <InsideTabs />
          </Suspense>
        )}
      </div>
    </section>
  )
}
