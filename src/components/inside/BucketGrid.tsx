import { GROUP_WIDTH } from '../../model/hashbrown/capacity'
import {
  type ProbeMarks,
  ctrlKind,
  ctrlLabel,
  probeRole,
} from '../../ui/inside/memoryCells'

export interface BucketSource {
  /** Control byte of bucket `i`. */
  ctrl(i: number): number
  /** Key of FULL bucket `i`. */
  key(i: number): bigint
}

interface Props {
  readonly source: BucketSource
  readonly start: number
  readonly count: number
  readonly label: string
  readonly marks?: ProbeMarks | null
  /** Buckets whose entry arrived there in the last op. */
  readonly moved?: ReadonlySet<number>
  /** Called with the key of a FULL bucket the learner picks. */
  readonly onPick?: (key: bigint) => void
}

const ROLE_TEXT = {
  found: ', the key is here',
  match: ', h2 matches',
  start: ', probe starts here',
  visited: ', in a probed group',
} as const

/**
 * Buckets `start .. start + count` in groups of 16, as SSE2 loads them:
 * each cell shows its control byte (EMPTY, DELETED or FULL's h2) and key.
 */
export function BucketGrid({
  source,
  start,
  count,
  label,
  marks = null,
  moved,
  onPick,
}: Props) {
  const groups: number[] = []
  for (let g = start; g < start + count; g += GROUP_WIDTH) groups.push(g)
  return (
    <div className="bucket-grid" role="group" aria-label={label}>
      {groups.map((g) => {
        const end = Math.min(g + GROUP_WIDTH, start + count)
        const cells = []
        for (let i = g; i < end; i++) {
          const byte = source.ctrl(i)
          const kind = ctrlKind(byte)
          const role = probeRole(marks, i)
          const key = kind === 'full' ? source.key(i).toString() : ''
          const cls =
            `bucket bucket-${kind}` +
            (role ? ` probe-${role}` : '') +
            (moved?.has(i) ? ' moved' : '')
          const what =
            kind === 'full'
              ? `FULL, h2 ${ctrlLabel(byte)}, key ${key}`
              : ctrlLabel(byte)
          const name = `bucket ${i}: ${what}${role ? ROLE_TEXT[role] : ''}`
          const body = (
            <>
              <span className="bucket-ctrl">{ctrlLabel(byte)}</span>
              <span className="bucket-key">{key || '\u00a0'}</span>
            </>
          )
          cells.push(
            kind === 'full' && onPick ? (
              <button
                key={i}
                type="button"
                className={cls}
                data-i={i - g}
                aria-label={name}
                title={name}
                onClick={() => onPick(source.key(i))}
              >
                {body}
              </button>
            ) : (
              <div
                key={i}
                className={cls}
                data-i={i - g}
                role="img"
                aria-label={name}
                title={name}
              >
                {body}
              </div>
            ),
          )
        }
        return (
          <div className="bucket-group" key={g}>
            <span className="group-label">
              group of buckets {g}–{end - 1}
            </span>
            <div className="bucket-row">{cells}</div>
          </div>
        )
      })}
    </div>
  )
}
