import { useId } from 'react'

import { SCENARIOS } from '../../content/scenarios'
import { loadScenario } from '../../store/teachLoad'
import { selectBusy } from './teachSelectors'
import { useLiveStore } from './useLiveStore'
import { useTeach, useTeachApi } from './useTeach'

/** Every scenario preset with what it shows, each loaded in one click. */
export function ScenarioPicker() {
  const busy = useTeach(selectBusy)
  const teach = useTeachApi()
  const live = useLiveStore()
  const headingId = useId()
  return (
    <section
      className="teach-panel scenarios"
      aria-labelledby={headingId}
      aria-busy={busy !== null}
    >
      <h2 id={headingId}>Scenarios</h2>
      <p className="muted">
        Each loads a ready-made experiment: its operations replay into a fresh
        map, and the log, snapshots and results show what each did.
      </p>
      <ul className="scenario-list">
        {SCENARIOS.map((s) => (
          <li key={s.id}>
            <div>
              <h3>{s.title}</h3>
              <p>{s.summary}</p>
            </div>
            <button
              type="button"
              aria-label={`Load ${s.title}`}
              disabled={busy !== null}
              onClick={() => void loadScenario(teach, live, s.id)}
            >
              Load
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
