import type { ReactNode } from 'react'

interface Props {
  /** The method's name, used as the card's heading. */
  readonly method: string
  /** One sentence on what the operation does. */
  readonly summary: ReactNode
  /** The Rust call the form would run now. */
  readonly call: ReactNode
  readonly children: ReactNode
}

/** One of the operations: heading, what it does, its Rust call and form. */
export function OperationCard({ method, summary, call, children }: Props) {
  const headingId = `op-${method}`
  return (
    <section className="op-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <code>{method}</code>
      </h3>
      <p className="op-summary">{summary}</p>
      {call}
      {children}
    </section>
  )
}
