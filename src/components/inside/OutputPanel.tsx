import { useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'

import { usePlayground } from '../../hooks/usePlayground'
import { debugMap, prettyMap } from '../../model/debugFormat'
import { selectMapRevision } from '../../store/insideSelectors'
import { CopyButton } from './CopyButton'

/** Beyond this many entries the text is shortened (and says so). */
export const OUTPUT_ENTRIES = 300

const FORMATS = [
  { id: 'debug', label: '{:?}' },
  { id: 'pretty', label: '{:#?}' },
] as const

type Format = (typeof FORMATS)[number]['id']

/** What `println!("{:?}", sessions)` and `{:#?}` print, exactly. */
export function OutputPanel() {
  const { map, revision } = usePlayground(useShallow(selectMapRevision))
  const [format, setFormat] = useState<Format>('debug')
  const shortened = map.len > OUTPUT_ENTRIES
  const text = useMemo(() => {
    const opts = shortened ? { maxEntries: OUTPUT_ENTRIES } : {}
    return format === 'debug' ? debugMap(map, opts) : prettyMap(map, opts)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, format, shortened, revision])
  const spec = format === 'debug' ? '{:?}' : '{:#?}'
  return (
    <div className="output">
      <fieldset className="output-format">
        <legend>Format</legend>
        {FORMATS.map((f) => (
          <label key={f.id}>
            <input
              type="radio"
              name="output-format"
              value={f.id}
              checked={format === f.id}
              onChange={() => setFormat(f.id)}
            />{' '}
            <code>{`println!("${f.label}", sessions)`}</code>
          </label>
        ))}
      </fieldset>
      {shortened ? (
        <p className="output-shortened" role="note">
          Shortened: the first {OUTPUT_ENTRIES} of {map.len} entries, then a
          count. This is not Rust’s output; Rust prints every entry.
        </p>
      ) : (
        <p>
          Exactly what Rust prints for <code>{spec}</code>, entries in the map’s
          iteration order.
        </p>
      )}
      <CopyButton text={text} label="Copy output" />
      <pre className="output-text" tabIndex={0} aria-label={`${spec} output`}>
        {text}
      </pre>
    </div>
  )
}
