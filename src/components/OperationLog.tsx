import { useEffect, useRef } from 'react'

import { usePlayground } from '../hooks/usePlayground'
import { selectLog } from '../store/selectors'

/** Every call as the Rust line that ran and what it returned. */
export function OperationLog() {
  const log = usePlayground(selectLog)
  const listRef = useRef<HTMLDivElement>(null)
  const last = log.at(-1)?.id

  useEffect(() => {
    const el = listRef.current
    if (el) el.scrollTop = el.scrollHeight
  }, [last])

  return (
    <section className="log" aria-labelledby="log-heading">
      <h2 id="log-heading">Operation log</h2>
      {/* The status line already announces each result; the log stays quiet. */}
      <div
        ref={listRef}
        role="log"
        aria-live="off"
        aria-label="operation log"
        className="log-list"
        tabIndex={0}
      >
        <ol>
          {log.map((e) => (
            <li key={e.id} className={`log-entry log-${e.tone}`}>
              <code className="log-call">{e.call}</code>
              {e.result ? (
                <>
                  {' → '}
                  <code className="log-result">{e.result}</code>
                </>
              ) : null}
              {e.note ? <span className="log-note">{e.note}</span> : null}
            </li>
          ))}
        </ol>
      </div>
    </section>
  )
}
