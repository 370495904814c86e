interface Props {
  readonly code: string
}

/** The Rust line an operation runs, shown as code. */
export function RustCall({ code }: Props) {
  return (
    <pre className="rust-call">
      <code>{code}</code>
    </pre>
  )
}
