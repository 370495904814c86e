import { usePlayground } from '../hooks/usePlayground'
import { selectExtendResult } from '../store/selectors'
import { ExtendResultView } from './ExtendResultView'
import { GenerateBatchForm } from './GenerateBatchForm'
import { OperationCard } from './OperationCard'
import { PasteBatchForm } from './PasteBatchForm'
import { RustCall } from './RustCall'

const LOAD_SESSIONS = `manager.load_sessions(batch)
// self.sessions.extend(data)`

/** `manager.load_sessions(batch)`, which is `sessions.extend(batch)`. */
export function ExtendForm() {
  const result = usePlayground(selectExtendResult)
  return (
    <OperationCard
      method="extend"
      summary="Insert a batch of sessions; a later duplicate id overwrites an earlier one."
      call={<RustCall code={LOAD_SESSIONS} />}
    >
      <GenerateBatchForm />
      <PasteBatchForm />
      {result ? <ExtendResultView result={result} /> : null}
    </OperationCard>
  )
}
