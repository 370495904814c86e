import { useState } from 'react'

interface Props {
  readonly text: string
  readonly label: string
}

/**
 * Copies `text` with the Clipboard API. Where it is missing or refused
 * (an insecure page, a denied permission) the learner is told to select
 * the text by hand.
 */
export function CopyButton({ text, label }: Props) {
  const [status, setStatus] = useState('')

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard')
      await navigator.clipboard.writeText(text)
      setStatus('Copied.')
    } catch {
      setStatus('Copying is not available here: select the text and copy it.')
    }
  }

  return (
    <span className="copy">
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>
      <span className="copy-status" role="status">
        {status}
      </span>
    </span>
  )
}
