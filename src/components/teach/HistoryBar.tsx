import { useId, useRef } from 'react'

import { usePlayground } from '../../hooks/usePlayground'
import type { PlaygroundStore } from '../../store/types'
import { selectHistory } from './teachSelectors'
import { useLiveStore } from './useLiveStore'
import { useTeach, useTeachApi } from './useTeach'

const selectScriptLength = (s: PlaygroundStore) => s.script.length

/**
 * Steps back and forth through the script: the table and the summary show
 * the state after the chosen step, replayed on a runner of their own,
 * while operations wait until the learner goes back to live.
 */
export function HistoryBar() {
  const total = usePlayground(selectScriptLength)
  const history = useTeach(selectHistory)
  const teach = useTeachApi()
  const live = useLiveStore()
  const headingId = useId()
  const sliderRef = useRef<HTMLInputElement>(null)
  const step = history?.step ?? total
  const go = (k: number) => teach.getState().viewStep(k)
  const op = history ? live.getState().script[step - 1] : null

  return (
    <section
      className={history ? 'history-bar viewing' : 'history-bar'}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>History</h2>
      <button
        type="button"
        aria-label="history one step back"
        disabled={step <= 1}
        onClick={() => void go(step - 1)}
      >
        ◀
      </button>
      <input
        ref={sliderRef}
        type="range"
        aria-label="history step"
        aria-valuetext={`step ${step} of ${total}`}
        min={1}
        max={Math.max(total, 1)}
        step={1}
        value={step}
        disabled={total <= 1}
        onChange={(e) => go(Number(e.target.value))}
      />
      <button
        type="button"
        aria-label="history one step forward"
        disabled={step >= total}
        onClick={() => void go(step + 1)}
      >
        ▶
      </button>
      <p className="history-state" aria-live="polite">
        {history ? (
          <>
            <strong>
              Viewing step {step} of {total} (read-only)
            </strong>
            {op ? (
              <>
                {' '}
                after <code>{op.op}</code>
              </>
            ) : null}
            . Operations wait until you go back to live.
          </>
        ) : (
          `Live: all ${total} steps.`
        )}
      </p>
      {history ? (
        <button
          type="button"
          className="primary"
          onClick={() => {
            teach.getState().backToLive()
            // The button goes away with the viewing; focus stays in the bar.
            sliderRef.current?.focus()
          }}
        >
          Back to live
        </button>
      ) : null}
    </section>
  )
}
