import { usePlayground } from '../hooks/usePlayground'
import { selectPanic } from '../store/selectors'
import { CloneForm } from './CloneForm'
import { ExtendForm } from './ExtendForm'
import { NewForm } from './NewForm'
import { RetainForm } from './RetainForm'
import { TakeForm } from './TakeForm'
import { TryReserveForm } from './TryReserveForm'

/** The five HashMap operations, and `new` to start over. */
export function OperationsPanel() {
  const panicked = usePlayground(selectPanic) !== null
  return (
    <section className="operations" aria-labelledby="operations-heading">
      <h2 id="operations-heading">Operations</h2>
      <fieldset className="op-group" disabled={panicked}>
        <legend className="visually-hidden">HashMap operations</legend>
        <TryReserveForm />
        <ExtendForm />
        <CloneForm />
        <TakeForm />
        <RetainForm />
      </fieldset>
      <NewForm />
    </section>
  )
}
