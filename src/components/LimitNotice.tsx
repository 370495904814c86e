interface Props {
  readonly message: string
}

/** A request Rust would grant but this page cannot hold: not a Rust result. */
export function LimitNotice({ message }: Props) {
  return (
    <div className="result result-limit">
      <p>
        <strong>Playground limit, not a Rust result.</strong> Rust would try
        this; the page refused before changing anything: {message}.
      </p>
    </div>
  )
}
