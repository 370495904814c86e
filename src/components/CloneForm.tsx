import { type FormEvent, useState } from 'react'

import { usePlayground } from '../hooks/usePlayground'
import { labelProblem } from '../io/textLimits'
import {
  selectCloneResult,
  selectSnapshot,
  selectSnapshots,
} from '../store/selectors'
import { cloneCall, snapshotName } from '../store/rustCalls'
import { Field } from './Field'
import { LimitNotice } from './LimitNotice'
import { OperationCard } from './OperationCard'
import { RustCall } from './RustCall'

const nf = new Intl.NumberFormat('en-US')

/** `manager.snapshot()`: `sessions.clone()` onto the timeline. */
export function CloneForm() {
  const snapshot = usePlayground(selectSnapshot)
  const result = usePlayground(selectCloneResult)
  const next = usePlayground(selectSnapshots).length
  const [label, setLabel] = useState('')
  const [error, setError] = useState<string | null>(null)

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    // The label is saved and shared with the experiment, so it is held to
    // what a saved file may hold; a refused label changes nothing.
    const problem = labelProblem(label.trim())
    setError(problem)
    if (problem !== null) return
    snapshot(label)
    setLabel('')
  }

  return (
    <OperationCard
      method="clone"
      summary="Copy the whole map (same buckets, same order) as a snapshot you can roll back to."
      call={<RustCall code={`${cloneCall(next)}\n// self.sessions.clone()`} />}
    >
      <form className="op-form" onSubmit={onSubmit} noValidate>
        <Field
          label="snapshot label (optional)"
          value={label}
          error={error}
          inputMode="text"
          onChange={(v) => {
            setLabel(v)
            setError(null)
          }}
        />
        <button type="submit">clone</button>
      </form>
      {result?.kind === 'limit' ? (
        <LimitNotice message={result.message} />
      ) : result ? (
        <div className="result">
          <p>
            <code>{snapshotName(result.index)}</code>
            {result.label ? (
              <>
                {' “'}
                <bdi>{result.label}</bdi>”
              </>
            ) : null}{' '}
            copied <strong>{nf.format(result.cost.entries)}</strong> entries,
            about <strong>{nf.format(result.cost.totalBytes)}</strong> bytes.
          </p>
          <p className="why">{result.why}</p>
          <p className="field-hint">
            Estimated from Rust’s layout: 48 × {nf.format(result.cost.buckets)}{' '}
            buckets + {nf.format(result.cost.buckets)} control bytes + 16 ={' '}
            {nf.format(result.cost.tableBytes)} bytes of table, plus{' '}
            {nf.format(result.cost.tokenBytes)} bytes of token strings.
          </p>
        </div>
      ) : null}
    </OperationCard>
  )
}
