import { useContext, useState } from 'react'

import type { Issue } from '../../io/issues'
import { MAX_DOCUMENT_CHARS } from '../../io/persistence'
import { MAX_IMPORT_CHARS } from '../../io/sessionFiles'
import { exportSessionsCsv, importSessionsCsv } from '../../io/sessionsCsv'
import { exportSessionsJson, importSessionsJson } from '../../io/sessionsJson'
import { currentMap } from '../../store/applyOp'
import { PlaygroundContext } from '../../store/context'
import {
  readSavedText,
  readShareLink,
  serializeState,
} from '../../store/persistCodec'
import { IssueList } from './IssueList'
import { datedName, downloadFile } from './download'
import { ExperimentImport } from './ExperimentImport'
import { SessionsImport } from './SessionsImport'

interface Props {
  readonly id: string
  readonly onClose: () => void
}

/** What the last import or export did: a note, or what was wrong. */
export type Outcome =
  | { readonly kind: 'done'; readonly text: string }
  | {
      readonly kind: 'refused'
      readonly what: string
      readonly error: string
      readonly issues: readonly Issue[]
    }
  | null

/** Experiment and session files, in and out. */
export function FilesPanel({ id, onClose }: Props) {
  const store = useContext(PlaygroundContext)
  const [outcome, setOutcome] = useState<Outcome>(null)
  if (store === null) return null

  function exportExperiment() {
    if (store === null) return
    const text = serializeState(store.getState())
    downloadFile(
      [text],
      'application/json',
      datedName('hashmap-experiment', 'json'),
    )
    setOutcome({ kind: 'done', text: 'Experiment file downloaded.' })
  }

  function exportSessions(format: 'csv' | 'json') {
    if (store === null) return
    const map = currentMap(store.getState().runner)
    const pieces =
      format === 'csv' ? exportSessionsCsv(map) : exportSessionsJson(map)
    const type = format === 'csv' ? 'text/csv' : 'application/json'
    downloadFile(pieces, type, datedName('hashmap-sessions', format))
    setOutcome({
      kind: 'done',
      text: `${map.len} sessions downloaded as ${format.toUpperCase()}.`,
    })
  }

  /** Opens an experiment from JSON text or a share link. */
  function openExperiment(text: string, what: string): void {
    if (store === null) return
    const trimmed = text.trim()
    const read = trimmed.startsWith('{')
      ? readSavedText(text, store.getState())
      : readShareLink(trimmed, store.getState())
    if (!read.ok) {
      setOutcome({ kind: 'refused', what, error: read.error, issues: [] })
      return
    }
    const loaded = store.getState().loadExperiment(read.parts)
    if (!loaded.ok) {
      setOutcome({ kind: 'refused', what, error: loaded.error, issues: [] })
      return
    }
    const note = read.warning === null ? '' : ` Note: ${read.warning}.`
    setOutcome({ kind: 'done', text: `Experiment opened.${note}` })
  }

  /** Adds sessions from CSV or JSON text as one `extend`. */
  function importSessions(text: string, what: string, json: boolean): void {
    if (store === null) return
    const read = json ? importSessionsJson(text) : importSessionsCsv(text)
    if (!read.ok) {
      setOutcome({
        kind: 'refused',
        what,
        error: read.error,
        issues: read.issues,
      })
      return
    }
    if (read.entries.length === 0) {
      const error = 'it holds no sessions, so there is nothing to extend with'
      setOutcome({ kind: 'refused', what, error, issues: [] })
      return
    }
    // After a panic there is no SessionManager to extend, as in Rust.
    if (store.getState().runner.panicked !== null) {
      const error =
        'the program panicked in new, so there is no map to extend; ' +
        'run new to start again, then import'
      setOutcome({ kind: 'refused', what, error, issues: [] })
      return
    }
    const before = store.getState().script.length
    store.getState().extendEntries(read.entries)
    const after = store.getState()
    if (after.script.length === before) {
      const why = after.results.extend
      const error = why?.kind === 'limit' ? why.message : 'extend was refused'
      setOutcome({ kind: 'refused', what, error, issues: [] })
      return
    }
    const n = read.entries.length
    setOutcome({
      kind: 'done',
      text: `extend ran with ${n} imported session${n === 1 ? '' : 's'}.`,
    })
  }

  return (
    <section id={id} className="share-panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Import and export</h2>
      <div className="share-columns">
        <div>
          <h3>Experiment</h3>
          <p className="muted">
            The whole experiment (operations, clock, settings) as a JSON file.
          </p>
          <button type="button" onClick={exportExperiment}>
            Download experiment file
          </button>
          <ExperimentImport
            limit={MAX_DOCUMENT_CHARS}
            onText={openExperiment}
            onRefused={(what, error) =>
              setOutcome({ kind: 'refused', what, error, issues: [] })
            }
          />
        </div>
        <div>
          <h3>Sessions</h3>
          <p className="muted">
            The map’s sessions in iteration order; an import runs one{' '}
            <code>extend</code>.
          </p>
          <div className="share-actions">
            <button type="button" onClick={() => exportSessions('csv')}>
              Download sessions as CSV
            </button>
            <button type="button" onClick={() => exportSessions('json')}>
              Download sessions as JSON
            </button>
          </div>
          <SessionsImport
            limit={MAX_IMPORT_CHARS}
            onText={importSessions}
            onRefused={(what, error) =>
              setOutcome({ kind: 'refused', what, error, issues: [] })
            }
          />
        </div>
      </div>
      {outcome?.kind === 'refused' ? (
        <IssueList
          what={outcome.what}
          error={outcome.error}
          issues={outcome.issues}
        />
      ) : null}
      <p role="status" className="muted">
        {outcome?.kind === 'done' ? outcome.text : ''}
      </p>
      <button type="button" className="share-close" onClick={onClose}>
        Close
      </button>
    </section>
  )
}
