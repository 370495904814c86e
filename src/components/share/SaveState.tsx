import { useKeeperStatus } from './useKeeperStatus'

const TEXT = {
  idle: 'Changes are saved in this browser.',
  pending: 'Saving…',
  saved: 'Saved in this browser.',
  quota: '',
  unavailable: 'This browser does not let the page save; export a file.',
  unsavable: '',
} as const

/** A short line on whether the work is saved. */
export function SaveState() {
  const status = useKeeperStatus()
  if (status === null || TEXT[status.save] === '') return null
  const text = status.fromLink
    ? 'Opened from a link; your saved work is kept until you change something.'
    : TEXT[status.save]
  return <span className="save-state muted">{text}</span>
}
