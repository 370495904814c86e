import { useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'

import { usePlayground } from '../../hooks/usePlayground'
import { predictOutput } from '../../model/export/predictOutput'
import { exportRustProgram } from '../../model/export/rustProgram'
import { selectExperiment } from '../../store/insideSelectors'
import { CopyButton } from './CopyButton'

type Exported =
  | { readonly ok: true; readonly program: string; readonly stdout: string }
  | { readonly ok: false; readonly message: string }

function download(text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/x-rust' }))
  const a = document.createElement('a')
  a.href = url
  a.download = 'main.rs'
  document.body.append(a)
  a.click()
  a.remove()
  URL.revokeObjectURL(url)
}

/**
 * Building the program replays the whole script; for a map this large it
 * waits for a click rather than running again after every operation.
 */
const AUTO_LIMIT = 50_000

/**
 * The whole experiment (hasher keys and every op) as a std-only `main.rs`,
 * and what it prints: the model's prediction, byte for byte.
 */
export function ExportPanel() {
  const { hasher, script, len } = usePlayground(useShallow(selectExperiment))
  const [builtFor, setBuiltFor] = useState<typeof script | null>(null)
  const ready = len <= AUTO_LIMIT || builtFor === script
  const exported = useMemo<Exported | null>(() => {
    if (!ready) return null
    const s = { hasher, ops: script }
    try {
      return {
        ok: true,
        program: exportRustProgram(s),
        stdout: predictOutput(s),
      }
    } catch (e) {
      return { ok: false, message: e instanceof Error ? e.message : String(e) }
    }
  }, [hasher, script, ready])

  if (exported === null) {
    return (
      <div className="export">
        <p>
          The map holds {len} sessions: building <code>main.rs</code> replays
          all {script.length} operations, which takes a moment.
        </p>
        <button type="button" onClick={() => setBuiltFor(script)}>
          Build main.rs
        </button>
      </div>
    )
  }
  if (!exported.ok) {
    return (
      <p className="result-err">
        This experiment cannot be exported: {exported.message}
      </p>
    )
  }
  return (
    <div className="export">
      <p>
        The same {script.length} operations with SipHash keys ({hasher[0]},{' '}
        {hasher[1]}), as a program that uses only the standard library. Run it
        with <code>rustc -O --edition 2021 main.rs &amp;&amp; ./main</code>;
        what it prints is exactly the expected output below, computed by this
        playground’s model, so the two can be compared with <code>diff</code>.
      </p>
      <div className="export-actions">
        <CopyButton text={exported.program} label="Copy main.rs" />
        <button type="button" onClick={() => download(exported.program)}>
          Download main.rs
        </button>
      </div>
      <pre className="export-text" tabIndex={0} aria-label="main.rs">
        {exported.program}
      </pre>
      <details>
        <summary>Expected output (stdout)</summary>
        <CopyButton text={exported.stdout} label="Copy expected output" />
        <pre className="export-text" tabIndex={0} aria-label="Expected output">
          {exported.stdout}
        </pre>
      </details>
    </div>
  )
}
