import { ClockControl } from './ClockControl'
import { InsideSection } from './inside/InsideSection'
import { OperationLog } from './OperationLog'
import { OperationsPanel } from './OperationsPanel'
import { PanicBanner } from './PanicBanner'
import { SessionTable } from './SessionTable'
import { ShareBar } from './share/ShareBar'
import { SnapshotTimeline } from './SnapshotTimeline'
import { StatusAnnouncer } from './StatusAnnouncer'
import { Summary } from './Summary'

/** The whole page: summary and status on top, operations beside the map. */
export function PlaygroundPage() {
  return (
    <>
      <header className="page-header">
        <div className="title">
          <h1>HashMap Session Playground</h1>
          <p className="subtitle">
            <code>HashMap&lt;u64, Session&gt;</code> as Rust’s std builds it:
            hashbrown’s SwissTable, SipHash-1-3 with keys (0, 0).
          </p>
        </div>
        <Summary />
        <StatusAnnouncer />
        <PanicBanner />
        <ShareBar />
      </header>
      <main className="layout">
        <OperationsPanel />
        <div className="workspace">
          <ClockControl />
          <SessionTable />
          <InsideSection />
          <div className="lower">
            <SnapshotTimeline />
            <OperationLog />
          </div>
        </div>
      </main>
    </>
  )
}
