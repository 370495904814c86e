import { usePlayground } from '../../hooks/usePlayground'
import type { PlaygroundStore } from '../../store/types'

// Here rather than in insideSelectors, which only the lazy panels load.
const selectLastLogEntry = (s: PlaygroundStore) => s.log.at(-1)

/**
 * The last operation, what it returned and why, in the model's own words
 * (`explain`): the one thing a learner should read after every click.
 */
export function WhyThisResult() {
  const last = usePlayground(selectLastLogEntry)
  if (!last) return null
  return (
    <div className={`why-box why-${last.tone}`}>
      <p className="why-call">
        <code>{last.call}</code> →{' '}
        <code className="rust-value">{last.result}</code>
      </p>
      {last.note && (
        <p className="why-text">
          <strong>Why this result: </strong>
          {last.note}
        </p>
      )}
    </div>
  )
}
