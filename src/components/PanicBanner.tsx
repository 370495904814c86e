import { usePlayground } from '../hooks/usePlayground'
import { selectPanic } from '../store/selectors'

/** While the program has panicked: what Rust printed, and how to go on. */
export function PanicBanner() {
  const panic = usePlayground(selectPanic)
  if (panic === null) return null
  return (
    <div className="panic-banner">
      <p>
        <strong>The program panicked.</strong> The operations are disabled until
        you run <code>new</code> again.
      </p>
      <pre>
        <code>{`thread 'main' panicked at …:\n${panic}`}</code>
      </pre>
    </div>
  )
}
