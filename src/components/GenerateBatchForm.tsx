import { type FormEvent, useId, useState } from 'react'

import { TIME_UNITS } from '../model/parse'
import { usePlayground } from '../hooks/usePlayground'
import { selectClock, selectExtendGenerated } from '../store/selectors'
import {
  type BatchFieldName,
  type BatchFields,
  ID_PATTERNS,
  buildBatchSpec,
  isIdPattern,
  isTimeUnit,
} from '../ui/batchSpecForm'
import { formatUtc } from '../ui/formatTime'
import { afterPaint } from '../ui/teach/afterPaint'
import { Field } from './Field'

const INITIAL: BatchFields = {
  count: '1000',
  ids: 'sequential',
  firstId: '100000',
  tokenShare: '50',
  spread: '2',
  spreadUnit: 'h',
  seed: '1',
}

/** From this many sessions on, "Loading…" is painted before the work runs. */
const LARGE_BATCH = 100_000
const nf = new Intl.NumberFormat('en-US')

/** The batch generator: recorded as its spec (`extend_generated`). */
export function GenerateBatchForm() {
  const extendGenerated = usePlayground(selectExtendGenerated)
  const clock = usePlayground(selectClock)
  const [fields, setFields] = useState(INITIAL)
  const [loading, setLoading] = useState<number | null>(null)
  const [errors, setErrors] = useState<Partial<Record<BatchFieldName, string>>>(
    {},
  )
  const idsId = useId()
  const unitId = useId()

  const edit = (name: BatchFieldName) => (value: string) => {
    setFields((f) => ({ ...f, [name]: value }))
    setErrors((e) => ({ ...e, [name]: undefined }))
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    const built = buildBatchSpec(fields, clock)
    if (!built.ok) {
      setErrors(built.errors)
      return
    }
    const run = () => {
      extendGenerated(built.spec)
      setLoading(null)
    }
    if (built.spec.count < LARGE_BATCH) run()
    else {
      setLoading(built.spec.count)
      afterPaint(run)
    }
    // The next batch differs unless the learner picks the seed again.
    setFields((f) => ({ ...f, seed: String((built.spec.seed + 1) >>> 0) }))
  }

  return (
    <form className="op-form sub-form" onSubmit={onSubmit} noValidate>
      <h4>Generate a batch</h4>
      <div className="field-grid">
        <Field
          label="how many"
          value={fields.count}
          error={errors.count}
          onChange={edit('count')}
        />
        <div className="field">
          <label htmlFor={idsId}>ids</label>
          <select
            id={idsId}
            value={fields.ids}
            onChange={(e) => {
              const v = e.target.value
              if (isIdPattern(v)) setFields((f) => ({ ...f, ids: v }))
            }}
          >
            {ID_PATTERNS.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <Field
          label="first id"
          value={fields.firstId}
          error={errors.firstId}
          onChange={edit('firstId')}
        />
        <Field
          label="token share (%)"
          value={fields.tokenShare}
          error={errors.tokenShare}
          inputMode="decimal"
          onChange={edit('tokenShare')}
        />
        <Field
          label="spread (±)"
          value={fields.spread}
          error={errors.spread}
          inputMode="decimal"
          onChange={edit('spread')}
          after={
            <select
              id={unitId}
              aria-label="spread unit"
              value={fields.spreadUnit}
              onChange={(e) => {
                const v = e.target.value
                if (isTimeUnit(v)) setFields((f) => ({ ...f, spreadUnit: v }))
              }}
            >
              {Object.keys(TIME_UNITS).map((u) => (
                <option key={u}>{u}</option>
              ))}
            </select>
          }
        />
        <Field
          label="seed"
          value={fields.seed}
          error={errors.seed}
          onChange={edit('seed')}
        />
      </div>
      <p className="field-hint">
        Last-active times fall within the spread around the clock,{' '}
        <span className="nowrap">{formatUtc(clock)}</span>.
      </p>
      <button type="submit" disabled={loading !== null}>
        extend with a generated batch
      </button>
      {loading !== null ? (
        <p className="field-hint" role="status">
          <progress aria-label="loading the batch" /> Loading{' '}
          {nf.format(loading)} sessions…
        </p>
      ) : null}
    </form>
  )
}
