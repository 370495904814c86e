import { useId, useState } from 'react'

import { readFileText } from './readFileText'

interface Props {
  /** The largest file read, in bytes. */
  readonly limit: number
  /** Text to open, and what it came from ("The file", "The pasted text"). */
  readonly onText: (text: string, what: string) => void
  readonly onRefused: (what: string, error: string) => void
}

/** Open an experiment from a file, or from pasted JSON or a pasted link. */
export function ExperimentImport({ limit, onText, onRefused }: Props) {
  const id = useId()
  const [pasted, setPasted] = useState('')

  async function pick(files: FileList | null) {
    const file = files?.[0]
    if (!file) return
    const read = await readFileText(file, limit)
    if (read.ok) onText(read.text, 'The file')
    else onRefused('The file', read.error)
  }

  return (
    <div className="share-import">
      <label htmlFor={`${id}-file`}>Open an experiment file</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          void pick(e.currentTarget.files)
          e.currentTarget.value = ''
        }}
      />
      <label htmlFor={`${id}-paste`}>
        …or paste an experiment (JSON) or a share link
      </label>
      <textarea
        id={`${id}-paste`}
        rows={3}
        spellCheck={false}
        value={pasted}
        onChange={(e) => setPasted(e.target.value)}
      />
      <button
        type="button"
        disabled={pasted.trim() === ''}
        onClick={() => onText(pasted, 'The pasted experiment')}
      >
        Open pasted experiment
      </button>
    </div>
  )
}
