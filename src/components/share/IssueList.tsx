import type { Issue } from '../../io/issues'

interface Props {
  /** What was being read, e.g. "The file"; starts the sentence. */
  readonly what: string
  /** One message, when there are no issues with a place. */
  readonly error: string
  readonly issues: readonly Issue[]
}

/**
 * Why something from outside was refused: each problem with its place
 * (row, field) and message (value and what was expected). Shown as text,
 * never as markup, whatever the file held.
 */
export function IssueList({ what, error, issues }: Props) {
  return (
    <div className="share-error" role="alert">
      <p>
        <strong>{what} was not used; nothing changed.</strong>
      </p>
      {issues.length === 0 ? (
        <p className="share-error-text">{error}</p>
      ) : (
        <ul className="share-issues">
          {issues.map((issue, i) => (
            <li key={i}>
              {issue.path ? <code>{issue.path}</code> : null}
              {issue.path ? ': ' : null}
              {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
