import { useContext, useMemo, useRef, useState } from 'react'

import { useShallow } from 'zustand/react/shallow'

import { usePlayground } from '../../hooks/usePlayground'
import { PlaygroundContext } from '../../store/context'
import {
  serializeState,
  shareState,
  unsavableReason,
} from '../../store/persistCodec'
import type { SavedState } from '../../store/persistFormat'
import type { PlaygroundStore } from '../../store/types'
import { datedName, downloadFile } from './download'

interface Props {
  readonly id: string
  readonly onClose: () => void
}

type Link =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly length: number; readonly limit: number }
  | { readonly ok: false; readonly unsavable: string }

const selectSaved = (s: PlaygroundStore): SavedState => ({
  runner: s.runner,
  hasher: s.hasher,
  script: s.script,
  clock: s.clock,
  maxIdle: s.maxIdle,
})

/** The page address without its fragment: what a link is appended to. */
function baseUrl(): string {
  return window.location.href.replace(/#.*$/, '')
}

/**
 * The experiment as a link: the whole script, clock and settings,
 * compressed into the fragment, which never reaches a server.
 */
export function SharePanel({ id, onClose }: Props) {
  const store = useContext(PlaygroundContext)
  const saved = usePlayground(useShallow(selectSaved))
  const [copied, setCopied] = useState<{ url: string; text: string }>()
  const input = useRef<HTMLInputElement>(null)

  // Deflating a big script takes a moment: only when the experiment changes.
  const link = useMemo((): Link => {
    const unsavable = unsavableReason(saved)
    if (unsavable !== null) return { ok: false, unsavable }
    const base = baseUrl()
    const made = shareState(saved, base.length)
    return made.ok
      ? { ok: true, url: base + made.fragment }
      : { ok: false, length: made.length, limit: made.limit }
  }, [saved])
  const copyNote = link.ok && copied?.url === link.url ? copied.text : ''

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url)
      setCopied({ url, text: 'Link copied.' })
    } catch {
      input.current?.select()
      setCopied({
        url,
        text:
          'The browser did not allow copying: the link is selected, ' +
          'press Ctrl+C (⌘C on a Mac).',
      })
    }
  }

  function download() {
    if (store === null) return
    const text = serializeState(store.getState())
    downloadFile(
      [text],
      'application/json',
      datedName('hashmap-experiment', 'json'),
    )
  }

  return (
    <section id={id} className="share-panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Share this experiment</h2>
      {link.ok ? (
        <>
          <p>
            The link holds the whole experiment (every operation, the clock and
            the settings); whoever opens it sees this table, log and snapshots.
            Nothing is uploaded.
          </p>
          <div className="share-link-row">
            <label htmlFor={`${id}-url`} className="visually-hidden">
              Share link
            </label>
            <input
              id={`${id}-url`}
              ref={input}
              type="text"
              readOnly
              value={link.url}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" onClick={() => void copy(link.url)}>
              Copy link
            </button>
          </div>
          <p role="status" className="muted">
            {copyNote} {link.url.length.toLocaleString('en-US')} characters.
          </p>
        </>
      ) : 'unsavable' in link ? (
        <p role="alert" className="share-error">
          This experiment cannot be shared: {link.unsavable}.
        </p>
      ) : (
        <div role="status">
          <p>
            <strong>This experiment is too big for a link.</strong> Its link
            would be {link.length.toLocaleString('en-US')} characters long;
            links are kept to {link.limit.toLocaleString('en-US')} so that every
            browser, mail client and chat app passes them whole. Send the
            experiment as a file instead.
          </p>
          <button type="button" onClick={download}>
            Download experiment file
          </button>
        </div>
      )}
      <button type="button" className="share-close" onClick={onClose}>
        Close
      </button>
    </section>
  )
}
