import { ClockControl } from './ClockControl'
import { HasherKeysText } from './inside/HasherKeysText'
import { InsideSection } from './inside/InsideSection'
import { OperationLog } from './OperationLog'
import { OperationsPanel } from './OperationsPanel'
import { PanicBanner } from './PanicBanner'
import { SessionTable } from './SessionTable'
import { ShareBar } from './share/ShareBar'
import { SnapshotTimeline } from './SnapshotTimeline'
import { StatusAnnouncer } from './StatusAnnouncer'
import { Summary } from './Summary'
import { HistoryScope } from './teach/HistoryScope'
import { Panel } from './teach/Panel'
import { TeachBar } from './teach/TeachBar'
import { TeachDeck } from './teach/TeachDeck'
import { TeachShell } from './teach/TeachShell'

/** The whole page: summary and status on top, operations beside the map. */
export function PlaygroundPage() {
  return (
    <TeachShell>
      <header className="page-header">
        <div className="title">
          <h1>HashMap Session Playground</h1>
          <p className="subtitle">
            <code>HashMap&lt;u64, Session&gt;</code> as Rust’s std builds it:
            hashbrown’s SwissTable, <span className="nowrap">SipHash-1-3</span>{' '}
            with <HasherKeysText />.
          </p>
        </div>
        <HistoryScope>
          <Summary />
        </HistoryScope>
        <TeachBar />
        <StatusAnnouncer />
        <PanicBanner />
        <ShareBar />
      </header>
      <main className="layout">
        <Panel name="ops" live>
          <OperationsPanel />
        </Panel>
        <div className="workspace">
          <TeachDeck />
          <Panel name="clock">
            <ClockControl />
          </Panel>
          <Panel name="table" history>
            <SessionTable />
          </Panel>
          <HistoryScope>
            <InsideSection />
          </HistoryScope>
          <div className="lower">
            <Panel name="snapshots" live>
              <SnapshotTimeline />
            </Panel>
            <Panel name="log">
              <OperationLog />
            </Panel>
          </div>
        </div>
      </main>
    </TeachShell>
  )
}
