import { GROUP_WIDTH } from '../../model/hashbrown/capacity'
import type { KeyProbe } from '../../model/inspect'
import { hex64 } from '../../ui/inside/randomKeys'

interface Props {
  readonly id: bigint
  readonly probe: KeyProbe
  readonly bucketMask: number
  readonly onShow: (bucket: number) => void
}

const hex2 = (v: number) => `0x${v.toString(16).padStart(2, '0')}`

/** Which buckets the 16 control bytes loaded at `pos` stand for. */
function groupSpan(pos: number, buckets: number): string {
  const end = pos + GROUP_WIDTH - 1
  if (buckets < GROUP_WIDTH) {
    return `buckets ${pos}–${buckets - 1}, then EMPTY padding and the mirror`
  }
  if (end < buckets) return `buckets ${pos}–${end}`
  const wrapped = end - buckets
  const then = wrapped === 0 ? 'bucket 0' : `buckets 0–${wrapped}`
  return (
    `buckets ${pos}–${buckets - 1}, then ${then} ` +
    'through the mirrored copy of the first group'
  )
}

/** How `find` looks up one key: its hash, h1, h2 and the groups it loads. */
export function ProbeDetails({ id, probe, bucketMask, onShow }: Props) {
  const buckets = bucketMask + 1
  return (
    <div className="probe" aria-live="polite">
      <h3>
        Looking up key <code>{id.toString()}</code>
      </h3>
      <dl className="probe-facts">
        <dt>hash</dt>
        <dd>
          <code>{hex64(probe.hash)}</code> (SipHash-1-3 of the key)
        </dd>
        <dt>h1</dt>
        <dd>
          the hash as a usize; h1 &amp; bucket_mask = <code>{probe.start}</code>{' '}
          is the first bucket probed
        </dd>
        <dt>h2</dt>
        <dd>
          top 7 bits = <code>{hex2(probe.h2)}</code>: the tag stored in the
          control byte
        </dd>
        <dt>result</dt>
        <dd>
          {probe.bucket >= 0 ? (
            <>
              found in bucket{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => onShow(probe.bucket)}
              >
                {probe.bucket}
              </button>
            </>
          ) : (
            'not in the map: the probe reached a group with an EMPTY byte'
          )}
        </dd>
      </dl>
      <ol className="probe-steps">
        {probe.steps.map((s, k) => (
          <li key={k}>
            Group load at bucket{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => onShow(s.pos)}
            >
              {s.pos}
            </button>{' '}
            ({groupSpan(s.pos, buckets)}):{' '}
            {s.tagMatches.length === 0
              ? 'no byte equals h2'
              : `h2 matches bucket ${s.tagMatches.join(', ')}`}
            {s.tagMatches.includes(probe.bucket)
              ? ', and the key there is equal: found.'
              : s.hasEmpty
                ? '; an EMPTY byte here ends the search.'
                : '; no EMPTY byte, so the probe moves on.'}
          </li>
        ))}
      </ol>
    </div>
  )
}
