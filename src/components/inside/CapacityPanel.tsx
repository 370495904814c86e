import { usePlayground } from '../../hooks/usePlayground'
import { selectLayoutHistory } from '../../store/insideSelectors'
import {
  CHART_BOX,
  type Series,
  chartGeometry,
  chartSummary,
  seriesPoints,
} from '../../ui/inside/chartGeometry'

const SERIES: readonly { name: Series; dash: string }[] = [
  { name: 'len', dash: '' },
  { name: 'capacity', dash: '6 3' },
  { name: 'buckets', dash: '2 3' },
]

/** Rows of the data table; the chart itself shows every recorded op. */
const TABLE_ROWS = 200

/**
 * len, capacity and buckets after every op, on a log scale, with each
 * allocation or reallocation (circle) and in-place rehash (diamond)
 * marked; a summary and a data table say the same in text.
 */
export function CapacityPanel() {
  const steps = usePlayground(selectLayoutHistory)
  const summary = chartSummary(steps)
  if (steps.length === 0) {
    return (
      <p>
        No operations recorded for this program yet (a loaded experiment is
        recorded from its next operation on).
      </p>
    )
  }
  const g = chartGeometry(steps)
  const b = CHART_BOX
  const rows = steps.slice(-TABLE_ROWS)
  return (
    <div className="capacity">
      <svg
        className="capacity-chart"
        viewBox={`0 0 ${b.width} ${b.height}`}
        role="img"
        aria-label={`Capacity over time. ${summary.text}`}
      >
        {g.ticks.map((t) => (
          <g key={t}>
            <line
              className="grid-line"
              x1={b.left}
              x2={b.width - b.right}
              y1={g.y(t)}
              y2={g.y(t)}
            />
            <text
              className="tick"
              x={b.left - 6}
              y={g.y(t) + 4}
              textAnchor="end"
            >
              {t}
            </text>
          </g>
        ))}
        <text className="tick" x={b.left} y={b.height - 8}>
          op {steps[0].step}
        </text>
        <text
          className="tick"
          x={b.width - b.right}
          y={b.height - 8}
          textAnchor="end"
        >
          op {steps[steps.length - 1].step}
        </text>
        {SERIES.map((s) => (
          <polyline
            key={s.name}
            className={`series series-${s.name}`}
            points={seriesPoints(steps, s.name, g)}
            strokeDasharray={s.dash || undefined}
          />
        ))}
        {steps.map((s, i) =>
          s.changes.map((c, k) =>
            c.kind === 'rehash-in-place' ? (
              <rect
                key={`${i}-${k}`}
                className="mark-rehash"
                x={g.x(i) - 4}
                y={g.y(s.buckets) - 4}
                width={8}
                height={8}
                transform={`rotate(45 ${g.x(i)} ${g.y(s.buckets)})`}
              />
            ) : (
              <circle
                key={`${i}-${k}`}
                className="mark-resize"
                cx={g.x(i)}
                cy={g.y(s.buckets)}
                r={4.5}
              />
            ),
          ),
        )}
      </svg>
      <ul className="chart-legend">
        <li className="legend-len">len (solid)</li>
        <li className="legend-capacity">capacity (dashed)</li>
        <li className="legend-buckets">buckets (dotted)</li>
        <li className="legend-resize">allocation or reallocation (circle)</li>
        <li className="legend-rehash">in-place rehash (diamond)</li>
      </ul>
      <p>{summary.text} The vertical scale is logarithmic.</p>
      <details>
        <summary>Data table</summary>
        {rows.length < steps.length && (
          <p>
            The last {rows.length} operations of {steps.length}.
          </p>
        )}
        <table className="capacity-table">
          <thead>
            <tr>
              <th scope="col">op</th>
              <th scope="col">operation</th>
              <th scope="col">len</th>
              <th scope="col">capacity</th>
              <th scope="col">buckets</th>
              <th scope="col">tombstones</th>
              <th scope="col">layout change</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.step}>
                <td>{s.step}</td>
                <td>{s.op}</td>
                <td>{s.len}</td>
                <td>{s.capacity}</td>
                <td>{s.buckets}</td>
                <td>{s.tombstones}</td>
                <td>
                  {s.changes
                    .map((c) =>
                      c.kind === 'rehash-in-place'
                        ? `rehash in place (${c.toBuckets})`
                        : c.kind === 'free'
                          ? `freed (${c.fromBuckets})`
                          : `${c.fromBuckets} → ${c.toBuckets}`,
                    )
                    .join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  )
}
