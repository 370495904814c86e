/**
 * The text an exported program prints, one block per operation:
 *
 * ```text
 * op 3: take 42 -> Some("abc") len=3 capacity=3
 * keys: [7, 42, 5]
 * map: {7: Session { token: None, last_active: SystemTime { … } }, …}
 * ```
 *
 * - Line 1: `op {i}: {label} -> {result} len={map.len()} capacity={map.capacity()}`.
 *   `i` counts the script's operations from 0. The result is `()` for `new`,
 *   `extend`, `extend_generated`, `restore` and `shrink_to_fit`; the `{:?}`
 *   of the `Result` for `try_reserve`; the `{:?}` of the `Option<String>`
 *   for `take`; `timeline[{n}] clone_capacity={c}` for `snapshot` (the index of
 *   the new snapshot and the clone's capacity); the removed ids for
 *   `cleanup`, as an id list (below), in the map's order before it ran.
 * - Line 2: `keys: ` and the map's keys in iteration order, as an id list.
 * - Line 3, only while `len <= debugLimit`: `map: ` and `{:?}` of the map.
 *
 * An id list is `{:?}` of a `Vec<u64>` (`[7, 42, 5]`) while it has at most
 * `keyListLimit` ids, and otherwise `<{n} ids, checksum {:#018x}>`, where
 * the checksum folds the ids in order: `h = (h ^ id) * 0x100000001b3`
 * (wrapping, FNV-1a's prime, starting from its offset basis). Either way
 * the text depends on the exact order, so two runs compare byte for byte.
 *
 * A `new` whose reservation fails prints nothing: the program panics, and
 * its stderr holds `thread 'main' … panicked at …` and then the message,
 * `Failed to reserve capacity for sessions: TryReserveError { … }`.
 */

import type { ScriptOp, TimeJson } from '../script'
import { assertNever } from '../hashbrown/tryReserveError'

export interface RustOutputOptions {
  /**
   * Print `{:?}` of the map after an operation while `len` is at most this.
   * @default 50
   */
  readonly debugLimit?: number
  /**
   * Print id lists in full up to this many ids, else a count and checksum.
   * @default 1000
   */
  readonly keyListLimit?: number
}

export const DEFAULT_DEBUG_LIMIT = 50
export const DEFAULT_KEY_LIST_LIMIT = 1000

export interface OutputLimits {
  readonly debugLimit: number
  readonly keyListLimit: number
}

export function outputLimits(opts: RustOutputOptions = {}): OutputLimits {
  const debugLimit = opts.debugLimit ?? DEFAULT_DEBUG_LIMIT
  const keyListLimit = opts.keyListLimit ?? DEFAULT_KEY_LIST_LIMIT
  for (const [name, v] of [
    ['debugLimit', debugLimit],
    ['keyListLimit', keyListLimit],
  ] as const) {
    if (!Number.isSafeInteger(v) || v < 0) {
      throw new RangeError(`${name} ${v} is not a whole number >= 0`)
    }
  }
  return { debugLimit, keyListLimit }
}

const FNV_OFFSET = 0xcbf2_9ce4_8422_2325n
const FNV_PRIME = 0x0000_0100_0000_01b3n

/** The order-sensitive checksum of an id list (see the module comment). */
export function idChecksum(ids: readonly bigint[]): bigint {
  let h = FNV_OFFSET
  for (const id of ids) h = BigInt.asUintN(64, (h ^ id) * FNV_PRIME)
  return h
}

/** An id list as the exported program prints it. */
export function idList(ids: readonly bigint[], keyListLimit: number): string {
  if (ids.length <= keyListLimit) return `[${ids.join(', ')}]`
  const sum = idChecksum(ids).toString(16).padStart(16, '0')
  return `<${ids.length} ids, checksum 0x${sum}>`
}

/** `1500`, `10.5` or `10.000000001`: seconds, then a trimmed fraction. */
export function secondsText(t: TimeJson): string {
  if (t.nanos === 0) return t.secs
  const frac = String(t.nanos).padStart(9, '0').replace(/0+$/, '')
  return `${t.secs}.${frac}`
}

/** The label of an operation in line 1 (printable ASCII only). */
export function opLabel(op: ScriptOp): string {
  switch (op.op) {
    case 'new':
      return `new ${op.expected}`
    case 'try_reserve':
      return `try_reserve ${op.additional}`
    case 'extend':
      return `extend ${op.entries.length}`
    case 'extend_generated':
      return (
        `extend_generated ${op.spec.count} ` +
        `(${op.spec.ids} ids, seed ${op.spec.seed})`
      )
    case 'snapshot':
      return 'snapshot'
    case 'restore':
      return `restore ${op.index}`
    case 'cleanup':
      return (
        `cleanup now=${secondsText(op.now)}s ` +
        `max_idle=${secondsText(op.max_idle)}s`
      )
    case 'take':
      return `take ${op.id}`
    case 'shrink_to_fit':
      return 'shrink_to_fit'
    default:
      return assertNever(op)
  }
}
