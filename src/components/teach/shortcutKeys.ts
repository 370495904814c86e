import type { PlaygroundStoreApi } from '../../store/playgroundStore'
import type { TeachStoreApi } from '../../store/teach'
import { assertNever } from '../../model/hashbrown/tryReserveError'
import {
  type CardName,
  type ShortcutAction,
  shortcutFor,
} from '../../ui/teach/shortcuts'

/** The first enabled field of an operation card, found by its heading. */
function cardField(
  card: CardName,
): HTMLInputElement | HTMLTextAreaElement | null {
  for (const section of document.querySelectorAll('section.op-card')) {
    if (section.querySelector('h3')?.textContent?.trim() !== card) continue
    return section.querySelector<HTMLInputElement | HTMLTextAreaElement>(
      'input:enabled, textarea:enabled',
    )
  }
  return null
}

function run(
  action: ShortcutAction,
  teach: TeachStoreApi,
  live: PlaygroundStoreApi,
): void {
  const s = live.getState()
  const t = teach.getState()
  switch (action.kind) {
    case 'focus': {
      if (t.history !== null) return
      const field = cardField(action.card)
      field?.focus()
      field?.select()
      return
    }
    case 'clock-step':
      s.stepClock(action.steps)
      return
    case 'clock-end':
      s.setClock(action.end === 'min' ? s.clockRange.min : s.clockRange.max)
      return
    case 'play':
      if (s.playing || s.clock < s.clockRange.max) s.setPlaying(!s.playing)
      return
    case 'history-step': {
      const at = t.history?.step ?? s.script.length
      void t.viewStep(Math.max(1, at + action.by))
      return
    }
    case 'help':
      t.setHelpOpen(true)
      return
    default:
      assertNever(action)
  }
}

/**
 * Listens on the document for the page's keyboard shortcuts (see
 * `SHORTCUTS`); keys typed into a field, or with a modifier, or while the
 * help is open, are left alone. Returns the function that stops it.
 */
export function listenForShortcuts(
  teach: TeachStoreApi,
  live: PlaygroundStoreApi,
): () => void {
  const onKeyDown = (e: KeyboardEvent) => {
    if (teach.getState().helpOpen) return
    const shortcut = shortcutFor(e)
    if (shortcut === null) return
    e.preventDefault()
    run(shortcut.action, teach, live)
  }
  document.addEventListener('keydown', onKeyDown)
  return () => document.removeEventListener('keydown', onKeyDown)
}
