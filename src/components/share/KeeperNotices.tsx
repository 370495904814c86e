import { downloadFile } from './download'
import { useKeeper, useKeeperStatus } from './useKeeperStatus'

/**
 * What the learner must know about their saved work: a link that did not
 * open, saved data that could not be read, a full storage.
 */
export function KeeperNotices() {
  const keeper = useKeeper()
  const status = useKeeperStatus()
  if (keeper === null || status === null) return null
  const { linkError, unreadable, unreadableError, warning } = status
  return (
    <>
      {linkError !== null ? (
        <div className="share-error" role="alert">
          <p className="share-error-text">{linkError}</p>
          <p>Nothing changed: the page and your saved work are as they were.</p>
          <button type="button" onClick={keeper.dismissLinkError}>
            Dismiss
          </button>
        </div>
      ) : null}
      {unreadable !== null ? (
        <div className="share-error" role="alert">
          <p>
            <strong>Saved experiment data could not be read.</strong> The page
            did not use it; it is kept, not overwritten, until you dismiss this.
          </p>
          <p className="share-error-text">Why: {unreadableError}</p>
          <div className="share-actions">
            <button
              type="button"
              onClick={() =>
                downloadFile(
                  [unreadable],
                  'text/plain',
                  'hashmap-playground-unreadable.txt',
                )
              }
            >
              Download the unreadable data
            </button>
            <button type="button" onClick={keeper.dismissUnreadable}>
              Dismiss and forget it
            </button>
          </div>
        </div>
      ) : null}
      {status.save === 'quota' ? (
        <div className="share-error" role="alert">
          <p>
            <strong>The browser’s storage is full</strong>: your latest changes
            are not saved. You can keep working; saving is tried again every
            half minute. Export the experiment as a file to be safe.
          </p>
        </div>
      ) : null}
      {status.save === 'unsavable' ? (
        <div className="share-error" role="alert">
          <p>
            <strong>Your latest changes are not saved</strong>:{' '}
            {status.unsavable}. The page keeps the last copy that can be read
            back; start again with <code>new</code> to save again.
          </p>
        </div>
      ) : null}
      {warning !== null ? (
        <div className="share-note" role="status">
          <p>Note: {warning}.</p>
          <button type="button" onClick={keeper.dismissWarning}>
            Dismiss
          </button>
        </div>
      ) : null}
    </>
  )
}
