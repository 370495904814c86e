import { type FormEvent, useId, useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'

import { TIME_UNITS, type TimeUnit, parseDuration } from '../model/parse'
import { toNanos } from '../model/rust/time'
import { usePlayground } from '../hooks/usePlayground'
import { retainCall, wrapCall } from '../store/rustCalls'
import {
  selectRetain,
  selectRetainResult,
  selectSetMaxIdle,
  selectTableData,
} from '../store/selectors'
import { isTimeUnit } from '../ui/batchSpecForm'
import { formatDuration, formatUtc } from '../ui/formatTime'
import { previewRetain } from '../ui/retainPreview'
import { Field } from './Field'
import { OperationCard } from './OperationCard'
import { RemovedIds } from './RemovedIds'
import { RustCall } from './RustCall'

const RETAIN_BODY = [
  '// sessions.retain(|_, s| now',
  '//     .duration_since(s.last_active)',
  '//     .map(|d| d <= max_idle)',
  '//     .unwrap_or(false))',
].join('\n')

const UNITS = Object.keys(TIME_UNITS).filter(isTimeUnit)

/** The largest unit in which `nanos` is a whole number, as input text. */
function asText(nanos: bigint): { text: string; unit: TimeUnit } {
  for (const unit of [...UNITS].reverse()) {
    const size = TIME_UNITS[unit]
    if (nanos % size === 0n) return { text: String(nanos / size), unit }
  }
  return { text: String(nanos), unit: 'ns' }
}

/** `manager.cleanup_inactive(max_idle)` at the simulated clock. */
export function RetainForm() {
  const retain = usePlayground(selectRetain)
  const setMaxIdle = usePlayground(selectSetMaxIdle)
  const result = usePlayground(selectRetainResult)
  const { map, view, clock, maxIdle } = usePlayground(
    useShallow(selectTableData),
  )
  const [initial] = useState(() => asText(maxIdle))
  const [text, setText] = useState(initial.text)
  const [unit, setUnit] = useState<TimeUnit>(initial.unit)
  const [error, setError] = useState<string | null>(null)
  // The max idle this field last showed or set. When the store's changes
  // from elsewhere (saved work restored, a link, a lesson, history), the
  // field follows it, so the text never disagrees with what retain runs.
  const [shown, setShown] = useState(maxIdle)
  if (maxIdle !== shown) {
    const next = asText(maxIdle)
    setShown(maxIdle)
    setText(next.text)
    setUnit(next.unit)
    setError(null)
  }
  const unitId = useId()
  const preview = useMemo(
    () => previewRetain(map, view.order, clock, maxIdle),
    [map, view.order, clock, maxIdle],
  )

  const check = (t: string, u: TimeUnit) => {
    const parsed = parseDuration(t, 'max idle', u)
    setError(parsed.ok ? null : parsed.error)
    if (parsed.ok) {
      const nanos = toNanos(parsed.value)
      setShown(nanos)
      setMaxIdle(nanos)
    }
    return parsed
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    const parsed = check(text, unit)
    if (parsed.ok) retain(toNanos(parsed.value))
  }

  const removing = preview.idle + preview.future
  return (
    <OperationCard
      method="retain"
      summary="Keep only sessions idle for at most max idle at the simulated now."
      call={
        <RustCall code={`${wrapCall(retainCall(maxIdle))}\n${RETAIN_BODY}`} />
      }
    >
      <form className="op-form" onSubmit={onSubmit} noValidate>
        <Field
          label="max idle"
          value={text}
          error={error}
          inputMode="decimal"
          onChange={(v) => {
            setText(v)
            check(v, unit)
          }}
          after={
            <select
              id={unitId}
              aria-label="max idle unit"
              value={unit}
              onChange={(e) => {
                const u = e.target.value
                if (!isTimeUnit(u)) return
                setUnit(u)
                check(text, u)
              }}
            >
              {UNITS.map((u) => (
                <option key={u}>{u}</option>
              ))}
            </select>
          }
        />
        <button type="submit">retain</button>
      </form>
      <p className="op-preview">
        At now = <span className="nowrap">{formatUtc(clock)}</span> and max idle{' '}
        {formatDuration(maxIdle)}, retain would remove{' '}
        <strong>{removing}</strong> of {view.len} sessions ({preview.idle} idle
        too long, {preview.future} last active after now).
      </p>
      {result ? (
        <div className="result">
          <p>
            Removed <strong>{result.removedCount}</strong> of {result.lenBefore}{' '}
            sessions at <span className="nowrap">{formatUtc(result.now)}</span>{' '}
            with max idle {formatDuration(result.maxIdle)}.
          </p>
          <RemovedIds ids={result.removed} total={result.removedCount} />
          <p className="why">{result.why}</p>
        </div>
      ) : null}
    </OperationCard>
  )
}
