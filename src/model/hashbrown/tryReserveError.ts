/**
 * `std::collections::TryReserveError`
 * (https://doc.rust-lang.org/std/collections/struct.TryReserveError.html).
 */

/** `core::alloc::Layout`; hashbrown tables always have `align` 16 here. */
export interface Layout {
  readonly size: bigint
  readonly align: number
}

export type TryReserveError =
  | { readonly kind: 'CapacityOverflow' }
  | { readonly kind: 'AllocError'; readonly layout: Layout }

export const CAPACITY_OVERFLOW: TryReserveError = Object.freeze({
  kind: 'CapacityOverflow',
})

/** `format!("{:?}", err)` exactly as Rust 1.95 prints it. */
export function debugTryReserveError(err: TryReserveError): string {
  switch (err.kind) {
    case 'CapacityOverflow':
      return 'TryReserveError { kind: CapacityOverflow }'
    case 'AllocError': {
      const { size, align } = err.layout
      // Layout's Debug prints the alignment as `16 (1 << 4)`.
      const shift = Math.log2(align)
      return (
        'TryReserveError { kind: AllocError { layout: Layout { ' +
        `size: ${size}, align: ${align} (1 << ${shift}) }, ` +
        'non_exhaustive: () } }'
      )
    }
    default:
      return assertNever(err)
  }
}

/** `format!("{:?}", result)` of `try_reserve`'s `Result<(), TryReserveError>`. */
export function debugTryReserveResult(err: TryReserveError | null): string {
  return err === null ? 'Ok(())' : `Err(${debugTryReserveError(err)})`
}

export function assertNever(value: never): never {
  throw new Error(`unexpected value ${JSON.stringify(value)}`)
}
