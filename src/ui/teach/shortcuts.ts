/**
 * Keyboard shortcuts for presenting: one key per operation (it focuses the
 * operation's first input, so the presenter types a value and presses
 * Enter) and keys for the clock, the history and the help.
 */

/** The operation cards, by the method name in their heading. */
export type CardName =
  'new' | 'try_reserve' | 'extend' | 'clone' | 'take' | 'retain'

export type ShortcutAction =
  | { readonly kind: 'focus'; readonly card: CardName }
  | { readonly kind: 'clock-step'; readonly steps: -1 | 1 }
  | { readonly kind: 'clock-end'; readonly end: 'min' | 'max' }
  | { readonly kind: 'play' }
  | { readonly kind: 'history-step'; readonly by: -1 | 1 }
  | { readonly kind: 'help' }

export interface Shortcut {
  readonly key: string
  /** How the help dialog shows the key. */
  readonly label: string
  readonly does: string
  readonly action: ShortcutAction
}

const focus = (key: string, card: CardName, does: string): Shortcut => ({
  key,
  label: key,
  does,
  action: { kind: 'focus', card },
})

export const SHORTCUTS: readonly Shortcut[] = [
  focus('n', 'new', 'new: type the expected users'),
  focus('r', 'try_reserve', 'try_reserve: type the additional count'),
  focus('e', 'extend', 'extend: how many to generate'),
  focus('c', 'clone', 'clone: type a snapshot label'),
  focus('t', 'take', 'take: type a user id'),
  focus('x', 'retain', 'retain: type the max idle'),
  {
    key: '[',
    label: '[',
    does: 'clock one step back',
    action: { kind: 'clock-step', steps: -1 },
  },
  {
    key: ']',
    label: ']',
    does: 'clock one step forward',
    action: { kind: 'clock-step', steps: 1 },
  },
  {
    key: 'Home',
    label: 'Home',
    does: 'clock to the start of its range',
    action: { kind: 'clock-end', end: 'min' },
  },
  {
    key: 'End',
    label: 'End',
    does: 'clock to the end of its range',
    action: { kind: 'clock-end', end: 'max' },
  },
  {
    key: 'p',
    label: 'p',
    does: 'play or pause the clock',
    action: { kind: 'play' },
  },
  {
    key: ',',
    label: ',',
    does: 'history: one step back',
    action: { kind: 'history-step', by: -1 },
  },
  {
    key: '.',
    label: '.',
    does: 'history: one step forward',
    action: { kind: 'history-step', by: 1 },
  },
  {
    key: '?',
    label: '?',
    does: 'show these shortcuts',
    action: { kind: 'help' },
  },
]

/** Whether keys typed at `target` are text, which shortcuts must not take. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) {
    return false
  }
  if (target.closest('input, textarea, select, [contenteditable=""]')) {
    return true
  }
  return target.closest('[contenteditable="true"]') !== null
}

interface KeyLike {
  readonly key: string
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  readonly altKey: boolean
  readonly target: EventTarget | null
  readonly defaultPrevented: boolean
}

/** The shortcut `e` asks for, or null when it is typing or not a shortcut. */
export function shortcutFor(e: KeyLike): Shortcut | null {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return null
  if (isTypingTarget(e.target)) return null
  return SHORTCUTS.find((s) => s.key === e.key) ?? null
}
