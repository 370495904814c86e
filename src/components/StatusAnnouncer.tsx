import { usePlayground } from '../hooks/usePlayground'
import { selectAnnouncement } from '../store/selectors'

/** The last result in a sentence; screen readers announce each change. */
export function StatusAnnouncer() {
  const text = usePlayground(selectAnnouncement)
  return (
    <p role="status" className="status-line">
      {text || 'Pick an operation, or click a row to take its token.'}
    </p>
  )
}
