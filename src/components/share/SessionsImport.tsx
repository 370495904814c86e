import { useId, useState } from 'react'

import { readFileText } from './readFileText'

interface Props {
  /** The largest file read, in bytes. */
  readonly limit: number
  /** Text to import, what it came from, and whether it is JSON. */
  readonly onText: (text: string, what: string, json: boolean) => void
  readonly onRefused: (what: string, error: string) => void
}

/** JSON when it is a list; CSV otherwise. */
function looksLikeJson(text: string): boolean {
  return text.trimStart().startsWith('[')
}

/** Import sessions from a CSV or JSON file, or pasted text. */
export function SessionsImport({ limit, onText, onRefused }: Props) {
  const id = useId()
  const [pasted, setPasted] = useState('')

  async function pick(files: FileList | null) {
    const file = files?.[0]
    if (!file) return
    const read = await readFileText(file, limit)
    if (!read.ok) {
      onRefused('The file', read.error)
      return
    }
    const json = /\.json$/i.test(file.name) || looksLikeJson(read.text)
    onText(read.text, 'The file', json)
  }

  return (
    <div className="share-import">
      <label htmlFor={`${id}-file`}>Import sessions (CSV or JSON file)</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".csv,.json,text/csv,application/json"
        onChange={(e) => {
          void pick(e.currentTarget.files)
          e.currentTarget.value = ''
        }}
      />
      <label htmlFor={`${id}-paste`}>…or paste sessions (CSV or JSON)</label>
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
        onClick={() => onText(pasted, 'The pasted text', looksLikeJson(pasted))}
      >
        Import pasted sessions
      </button>
    </div>
  )
}
