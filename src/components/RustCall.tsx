import { Fragment } from 'react'

interface Props {
  readonly code: string
}

/**
 * Where a call may wrap when the card is narrow: before a `.` that starts
 * a name, as rustfmt breaks a chain, and before a `(` that has arguments.
 * Without these a call has no break opportunity, and the browser breaks
 * it inside a name or a number (`try_reserve(100` / `0)`).
 */
const BREAK = /(\w)(?=\.[A-Za-z_]|\((?!\)))/g

/** `code` cut at those places. (No lookbehind: older Safari lacks it.) */
function parts(code: string): string[] {
  return code.replace(BREAK, '$1\u0000').split('\u0000')
}

/** The Rust line an operation runs, shown as code. */
export function RustCall({ code }: Props) {
  return (
    <pre className="rust-call">
      <code>
        {parts(code).map((part, i) => (
          <Fragment key={i}>
            {i > 0 ? <wbr /> : null}
            {part}
          </Fragment>
        ))}
      </code>
    </pre>
  )
}
