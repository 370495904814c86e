import { type KeyboardEvent, useId } from 'react'
import { useShallow } from 'zustand/react/shallow'

import { usePlayground } from '../hooks/usePlayground'
import { useClockPlayback } from '../hooks/useClockPlayback'
import { clockAt, clockPosition, clockSteps } from '../store/clockRange'
import { selectClockActions, selectClockControl } from '../store/selectors'
import { PLAY_SPEEDS, type PlaySpeed } from '../store/types'
import { NS_PER_SEC, formatDuration, formatUtc } from '../ui/formatTime'
import { ClockJumpForm } from './ClockJumpForm'

/** Keys the slider handles itself, so jsdom and every browser agree. */
const PAGE_STEPS = 10

/**
 * The simulated `SystemTime::now()` that `retain` uses: a slider over the
 * sessions' times, one-step buttons, and play/pause.
 */
export function ClockControl() {
  const { clock, range, playing, speed } = usePlayground(
    useShallow(selectClockControl),
  )
  const { setClock, stepClock, setPlaying, setSpeed } = usePlayground(
    useShallow(selectClockActions),
  )
  useClockPlayback(playing, speed, stepClock)
  const speedId = useId()
  const step = formatDuration(range.step)
  const steps = clockSteps(range)
  const position = clockPosition(range, clock)

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, () => void> = {
      Home: () => setClock(range.min),
      End: () => setClock(range.max),
      ArrowLeft: () => stepClock(-1),
      ArrowDown: () => stepClock(-1),
      ArrowRight: () => stepClock(1),
      ArrowUp: () => stepClock(1),
      PageDown: () => stepClock(-PAGE_STEPS),
      PageUp: () => stepClock(PAGE_STEPS),
    }
    const move = moves[e.key]
    if (!move) return
    e.preventDefault()
    move()
  }

  return (
    <section className="clock" aria-labelledby="clock-heading">
      <div className="clock-head">
        <h2 id="clock-heading">Simulated clock</h2>
        <p className="clock-now">
          <span className="clock-time">{formatUtc(clock)}</span>{' '}
          <span className="clock-epoch">
            now = UNIX_EPOCH + {(clock / NS_PER_SEC).toString()}
            {clock % NS_PER_SEC !== 0n
              ? `.${String(clock % NS_PER_SEC).padStart(9, '0')}`
              : ''}{' '}
            s
          </span>
        </p>
      </div>
      <div className="clock-row">
        <button
          type="button"
          aria-label={`clock one step back (${step})`}
          disabled={clock <= range.min}
          onClick={() => stepClock(-1)}
        >
          − {step}
        </button>
        <input
          type="range"
          className="clock-slider"
          aria-label="simulated clock"
          aria-valuetext={formatUtc(clock)}
          min={0}
          max={steps}
          step={1}
          value={position}
          onChange={(e) => setClock(clockAt(range, Number(e.target.value)))}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          aria-label={`clock one step forward (${step})`}
          disabled={clock >= range.max}
          onClick={() => stepClock(1)}
        >
          + {step}
        </button>
        <button
          type="button"
          aria-pressed={playing}
          onClick={() => setPlaying(!playing)}
          disabled={!playing && clock >= range.max}
        >
          {playing ? 'Pause' : 'Play'}
        </button>
        <label htmlFor={speedId} className="visually-hidden">
          play speed
        </label>
        <select
          id={speedId}
          value={speed}
          onChange={(e) => {
            const v = PLAY_SPEEDS.find((s) => String(s) === e.target.value)
            if (v !== undefined) setSpeed(v as PlaySpeed)
          }}
        >
          {PLAY_SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s} {s === 1 ? 'step' : 'steps'}/s
            </option>
          ))}
        </select>
      </div>
      <p className="clock-range">
        <span>{formatUtc(range.min)}</span>
        <span>
          step {step}; Home and End jump to the ends, arrow keys move one step
        </span>
        <span>{formatUtc(range.max)}</span>
      </p>
      <ClockJumpForm />
    </section>
  )
}
