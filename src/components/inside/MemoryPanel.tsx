import { useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'

import { usePlayground } from '../../hooks/usePlayground'
import { densityOverview, probeKey } from '../../model/inspect'
import { U64_MAX } from '../../model/u64'
import { selectMemory } from '../../store/insideSelectors'
import { selectSetTakeInput } from '../../store/selectors'
import {
  WINDOW_BUCKETS,
  probeMarks,
  windowStartFor,
} from '../../ui/inside/memoryCells'
import { layoutChangeText } from '../../ui/layoutText'
import { BucketGrid, type BucketSource } from './BucketGrid'
import { DensityCanvas } from './DensityCanvas'
import { ProbeDetails } from './ProbeDetails'

/** Cells of the overview of a large table. */
const OVERVIEW_CELLS = 512

function parseId(text: string): bigint | null {
  const t = text.trim()
  if (!/^\d{1,20}$/.test(t)) return null
  const v = BigInt(t)
  return v <= U64_MAX ? v : null
}

/**
 * The table's memory: every bucket's control byte and key, in groups of 16,
 * through a window of 64 buckets; an overview of a large table; the probe
 * sequence of the selected key; and the layout before the last op when it
 * resized or rehashed the table.
 */
export function MemoryPanel() {
  const { map, revision, takeInput, tombstones, previousLayout, lastStep } =
    usePlayground(useShallow(selectMemory))
  const setTakeInput = usePlayground(selectSetTakeInput)
  const table = map.table
  const buckets = table.buckets
  const count = Math.min(WINDOW_BUCKETS, buckets)
  const id = parseId(takeInput)

  // `revision` changes whenever the model does; the table is mutated in place.
  const probe = useMemo(
    () => (id === null || buckets === 0 ? null : probeKey(table, id)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [table, id, buckets, revision],
  )
  // The window follows a newly selected key to its bucket (or where its
  // probe starts) until the learner moves it.
  const [moved, setMovedTo] = useState<{ id: bigint | null; bucket: number }>({
    id: null,
    bucket: 0,
  })
  const follow = probe !== null && id !== moved.id
  const wanted = follow
    ? probe.bucket >= 0
      ? probe.bucket
      : probe.start
    : moved.bucket
  const setWanted = (bucket: number) => setMovedTo({ id, bucket })
  const start = windowStartFor(wanted, buckets)
  const overview = useMemo(
    () =>
      buckets > WINDOW_BUCKETS ? densityOverview(table, OVERVIEW_CELLS) : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [table, buckets, revision],
  )
  const marks = probe ? probeMarks(probe, table.bucketMask) : null
  const source: BucketSource = {
    ctrl: (i) => table.ctrl[i],
    key: (i) => map.keyAt(i),
  }
  const changes = lastStep?.changes.filter((c) => c.kind !== 'free') ?? []
  const before = changes.length > 0 ? previousLayout : null
  const arrived = useMemo(() => {
    const out = new Set<number>()
    if (!before) return out
    const old = new Map<bigint, number>()
    before.keys.forEach((k, i) => {
      if (before.ctrl[i] < 0x80) old.set(k, i)
    })
    for (let i = start; i < start + count; i++) {
      if (table.ctrl[i] < 0x80 && old.get(map.keyAt(i)) !== i) out.add(i)
    }
    return out
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [before, start, count, table, map, revision])

  return (
    <div className="memory">
      <dl className="memory-facts">
        <div>
          <dt>bucket_mask</dt>
          <dd>{table.bucketMask}</dd>
        </div>
        <div>
          <dt>buckets</dt>
          <dd>{buckets}</dd>
        </div>
        <div>
          <dt>items</dt>
          <dd>{table.items}</dd>
        </div>
        <div>
          <dt>growth_left</dt>
          <dd>{table.growthLeft}</dd>
        </div>
        <div>
          <dt>tombstones</dt>
          <dd>{tombstones}</dd>
        </div>
      </dl>
      {buckets === 0 ? (
        <p>
          Nothing is allocated: the map uses hashbrown’s empty singleton, one
          static group of EMPTY bytes with bucket_mask 0 and growth_left 0.
        </p>
      ) : (
        <>
          <p className="memory-note">
            Each cell is one bucket: its control byte (EMPTY, DELETED, or the
            FULL byte’s h2 in hex) over its key. A lookup loads 16 control bytes
            at once (one group). Click a key to see its probe sequence.
          </p>
          {overview && (
            <div className="overview">
              <DensityCanvas
                cells={overview}
                windowStart={start}
                windowSize={count}
                onPick={setWanted}
              />
              <WindowNav
                start={start}
                count={count}
                buckets={buckets}
                onMove={setWanted}
              />
            </div>
          )}
          {before && (
            <div className="layout-change">
              <p>
                The last operation {changes.map(layoutChangeText).join('; ')}.
                Before it:
              </p>
              {start < before.buckets ? (
                <BucketGrid
                  source={{
                    ctrl: (i) => before.ctrl[i],
                    key: (i) => before.keys[i],
                  }}
                  start={start}
                  count={Math.min(count, before.buckets - start)}
                  label={`Buckets before the last operation, ${before.buckets} in all`}
                />
              ) : (
                <p>The table had only {before.buckets} buckets.</p>
              )}
              <p>After it (entries that moved are outlined):</p>
            </div>
          )}
          <BucketGrid
            key={revision}
            source={source}
            start={start}
            count={count}
            label={`Buckets ${start} to ${start + count - 1} of ${buckets}`}
            marks={marks}
            moved={arrived}
            onPick={(key) => setTakeInput(key.toString())}
          />
        </>
      )}
      {probe && id !== null ? (
        <ProbeDetails
          id={id}
          probe={probe}
          bucketMask={table.bucketMask}
          onShow={setWanted}
        />
      ) : (
        <p className="memory-note">
          {takeInput.trim() && id === null
            ? `“${takeInput}” is not a u64 key.`
            : 'Select a key (a bucket here, a row of the table, or the ' +
              'take field) to follow its lookup.'}
        </p>
      )}
    </div>
  )
}

interface NavProps {
  readonly start: number
  readonly count: number
  readonly buckets: number
  readonly onMove: (bucket: number) => void
}

function WindowNav({ start, count, buckets, onMove }: NavProps) {
  const [text, setText] = useState('')
  return (
    <div className="window-nav">
      <p>
        Showing buckets {start}–{start + count - 1} of {buckets}.
      </p>
      <button
        type="button"
        disabled={start === 0}
        onClick={() => onMove(start - count)}
      >
        ← Previous {count}
      </button>
      <button
        type="button"
        disabled={start + count >= buckets}
        onClick={() => onMove(start + count)}
      >
        Next {count} →
      </button>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          const n = Number(text)
          if (Number.isInteger(n) && n >= 0 && n < buckets) onMove(n)
        }}
      >
        <label>
          Go to bucket{' '}
          <input
            type="number"
            min={0}
            max={buckets - 1}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </label>{' '}
        <button type="submit">Go</button>
      </form>
    </div>
  )
}
