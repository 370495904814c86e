import { useEffect, useRef } from 'react'
import { useShallow } from 'zustand/react/shallow'

import { usePlayground } from '../../hooks/usePlayground'
import { selectSourceTrace } from '../../store/insideSelectors'
import { SOURCE_LINES, sourceParts, traceOp } from '../../ui/inside/rustSource'

/**
 * The seed program's `SessionManager` with the lines the last operation
 * ran highlighted and every method it calls linked to the std docs.
 */
export function SourcePanel() {
  const { op, take, call, panicked } = usePlayground(
    useShallow(selectSourceTrace),
  )
  // A `new` that panics after an earlier program ended is logged but not
  // recorded in the script, so the runner says whether a panic ran last.
  const trace = panicked
    ? traceOp('new', undefined, true)
    : op
      ? traceOp(
          op.op,
          take
            ? { found: take.none !== 'no-session', token: take.none === null }
            : undefined,
        )
      : null
  const ran = new Set(trace?.lines ?? [])
  const first = trace?.lines[0] ?? -1
  const preRef = useRef<HTMLPreElement>(null)

  // Bring the lines that ran into view inside the code box (not the page).
  useEffect(() => {
    const pre = preRef.current
    const line = pre?.querySelector<HTMLElement>('.ran')
    if (!pre || !line) return
    pre.scrollTop = Math.max(0, line.offsetTop - pre.clientHeight / 3)
  }, [first])
  return (
    <div className="source">
      {call && (
        <p>
          Last call: <code>{call}</code>
          {ran.size > 0 && ' ran the highlighted lines.'}
        </p>
      )}
      {trace?.note && <p className="source-note">{trace.note}</p>}
      <pre
        ref={preRef}
        className="source-code"
        aria-label="SessionManager source"
      >
        <code>
          {SOURCE_LINES.map((line, i) => (
            <span
              key={i}
              className={ran.has(i) ? 'source-line ran' : 'source-line'}
            >
              <span className="line-no" aria-hidden="true">
                {i + 1}
              </span>
              {ran.has(i) && <span className="visually-hidden">(ran) </span>}
              {sourceParts(line).map((p, k) =>
                'href' in p ? (
                  <a key={k} href={p.href} target="_blank" rel="noreferrer">
                    {p.text}
                  </a>
                ) : (
                  p.text
                ),
              )}
              {'\n'}
            </span>
          ))}
        </code>
      </pre>
      <p className="source-note">
        <code>take()</code> here is{' '}
        <a
          href="https://doc.rust-lang.org/std/option/enum.Option.html#method.take"
          target="_blank"
          rel="noreferrer"
        >
          Option::take
        </a>{' '}
        on the token of the <code>&amp;mut Session</code> that{' '}
        <code>get_mut</code> returned: it moves the token out and leaves{' '}
        <code>None</code>, and the session stays in the map.{' '}
        <code>HashMap</code> itself has no <code>take</code>; it removes with{' '}
        <a
          href="https://doc.rust-lang.org/std/collections/struct.HashMap.html#method.remove"
          target="_blank"
          rel="noreferrer"
        >
          remove
        </a>{' '}
        and{' '}
        <a
          href="https://doc.rust-lang.org/std/collections/struct.HashMap.html#method.remove_entry"
          target="_blank"
          rel="noreferrer"
        >
          remove_entry
        </a>
        . (
        <a
          href="https://doc.rust-lang.org/std/collections/struct.HashSet.html#method.take"
          target="_blank"
          rel="noreferrer"
        >
          HashSet::take
        </a>{' '}
        does exist.)
      </p>
    </div>
  )
}
