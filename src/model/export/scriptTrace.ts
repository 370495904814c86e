/**
 * Runs a script on the model and records, per operation, what the exported
 * Rust program should print (see ./outputFormat.ts) and the data it needs.
 * The exporter and the prediction read the same trace, so the batches the
 * program loads are exactly those the model was given, also where a batch
 * depends on the map (generated ids that overlap the map's keys).
 */

import { MAX_BATCH, generateBatch } from '../batchGenerator'
import { debugMap } from '../debugFormat'
import { layoutForBuckets } from '../hashbrown/capacity'
import { assertNever } from '../hashbrown/tryReserveError'
import { findLoneSurrogate } from '../rust/debugStr'
import {
  type Script,
  type ScriptOp,
  ScriptRunner,
  type TimeJson,
  batchFromJson,
} from '../script'
import type { SessionBatch } from '../session'
import type { SessionMap } from '../sessionMap'
import { ISIZE_MAX, U64_MAX, USIZE_MAX } from '../u64'
import {
  type OutputLimits,
  type RustOutputOptions,
  idList,
  opLabel,
  outputLimits,
} from './outputFormat'

export interface TraceStep {
  readonly index: number
  readonly op: ScriptOp
  readonly label: string
  /** The sessions `load_sessions` receives (extend, extend_generated). */
  readonly batch: SessionBatch | null
  /** What the program prints for this operation (none for a panic). */
  readonly lines: readonly string[]
}

export interface ScriptTrace {
  readonly steps: readonly TraceStep[]
  /** The message of the `new` that panicked, or null. */
  readonly panic: string | null
  /** Operations after a panic, which the program never reaches. */
  readonly unreached: number
  /**
   * Results that depend on the machine rather than on Rust: an `AllocError`
   * for a table smaller than 2^46 buckets (about 3.4 PB), which a machine
   * with enough memory or overcommit might grant.
   */
  readonly machineDependent: readonly string[]
}

/**
 * The smallest allocation no x86_64 Linux process can get: 2^46 buckets of
 * 49 bytes, beyond the 128 TiB of a 4-level page table's user space.
 */
const SURELY_REFUSED_SIZE = layoutForBuckets(1n << 46n)!.size

const ALLOC_SIZE = /AllocError \{ layout: Layout \{ size: (\d+),/

export function traceScript(
  script: Script,
  opts: RustOutputOptions & { readonly keepBatches?: boolean } = {},
): ScriptTrace {
  checkScript(script)
  const limits = outputLimits(opts)
  const runner = new ScriptRunner(script.hasher)
  const steps: TraceStep[] = []
  const machineDependent: string[] = []
  for (let i = 0; i < script.ops.length; i++) {
    const op = script.ops[i]
    const label = opLabel(op)
    let batch: SessionBatch | null = null
    if (op.op === 'extend') batch = batchFromJson(op.entries)
    if (op.op === 'extend_generated') {
      const m = runner.manager
      const existing =
        op.spec.ids === 'overlap' && m ? m.sessions.keyList() : []
      batch = generateBatch(op.spec, existing)
    }
    const out = runner.apply(op)
    const errText =
      out.op === 'new' ? out.panic : out.op === 'try_reserve' ? out.result : ''
    const size = errText?.match(ALLOC_SIZE)?.[1]
    if (size !== undefined && BigInt(size) < SURELY_REFUSED_SIZE) {
      machineDependent.push(
        `op ${i} (${label}): an allocation of ${size} bytes fails in the ` +
          `model; Rust asks the allocator, and a machine with enough ` +
          `memory may grant it`,
      )
    }
    if (out.op === 'new' && out.panic !== null) {
      steps.push({ index: i, op, label, batch: null, lines: [] })
      return {
        steps,
        panic: out.panic,
        unreached: script.ops.length - i - 1,
        machineDependent,
      }
    }
    const map = runner.manager!.sessions
    let result: string
    switch (out.op) {
      case 'new':
      case 'extend':
      case 'restore':
      case 'shrink_to_fit':
        result = '()'
        break
      case 'try_reserve':
      case 'take':
        result = out.result
        break
      case 'snapshot':
        result =
          `timeline[${out.index}] ` +
          `clone_capacity=${runner.timeline[out.index].capacity}`
        break
      case 'cleanup':
        result = idList(out.report.removed, limits.keyListLimit)
        break
      default:
        result = assertNever(out)
    }
    const lines = stateLines(i, label, result, map, limits)
    steps.push({
      index: i,
      op,
      label,
      batch: opts.keepBatches ? batch : null,
      lines,
    })
  }
  return { steps, panic: null, unreached: 0, machineDependent }
}

function stateLines(
  i: number,
  label: string,
  result: string,
  map: SessionMap,
  limits: OutputLimits,
): string[] {
  const lines = [
    `op ${i}: ${label} -> ${result} len=${map.len} capacity=${map.capacity}`,
    `keys: ${idList(map.keyList(), limits.keyListLimit)}`,
  ]
  if (map.len <= limits.debugLimit) lines.push(`map: ${debugMap(map)}`)
  return lines
}

// ---------------------------------------------------------------------------
// What a script must satisfy before it can be exported.
// ---------------------------------------------------------------------------

function decimal(text: string, what: string, max: bigint, maxName: string) {
  if (!/^\d+$/.test(text)) {
    throw new RangeError(`${what} ${JSON.stringify(text)} is not a decimal`)
  }
  const v = BigInt(text)
  if (v > max) {
    throw new RangeError(`${what} ${text} is larger than ${maxName} (${max})`)
  }
}

function time(t: TimeJson, what: string, max: bigint, maxName: string) {
  decimal(t.secs, `${what} seconds`, max, maxName)
  if (!Number.isInteger(t.nanos) || t.nanos < 0 || t.nanos > 999_999_999) {
    throw new RangeError(
      `${what} nanoseconds ${t.nanos} are outside 0..=999999999`,
    )
  }
}

function token(t: string | null, what: string) {
  if (t !== null && findLoneSurrogate(t) >= 0) {
    throw new RangeError(`${what} holds a lone surrogate, not a Rust String`)
  }
}

/**
 * Throws a `RangeError` naming the value and the limit when a value of the
 * script does not fit the Rust type the program gives it.
 */
export function checkScript(script: Script): void {
  decimal(script.hasher[0], 'hasher k0', U64_MAX, 'u64::MAX')
  decimal(script.hasher[1], 'hasher k1', U64_MAX, 'u64::MAX')
  script.ops.forEach((op, i) => {
    const at = `op ${i} (${op.op}):`
    switch (op.op) {
      case 'new':
        return decimal(op.expected, `${at} expected`, USIZE_MAX, 'usize::MAX')
      case 'try_reserve':
        return decimal(
          op.additional,
          `${at} additional`,
          USIZE_MAX,
          'usize::MAX',
        )
      case 'extend':
        return op.entries.forEach((e, k) => {
          decimal(e.id, `${at} entry ${k} id`, U64_MAX, 'u64::MAX')
          time(
            e.last_active,
            `${at} entry ${k} last_active`,
            ISIZE_MAX,
            'i64::MAX',
          )
          token(e.token, `${at} entry ${k} token`)
        })
      case 'extend_generated': {
        const s = op.spec
        decimal(String(s.count), `${at} count`, BigInt(MAX_BATCH), 'MAX_BATCH')
        decimal(s.firstId, `${at} firstId`, U64_MAX, 'u64::MAX')
        decimal(s.centerSecs, `${at} centerSecs`, ISIZE_MAX, 'i64::MAX')
        return decimal(s.spreadSecs, `${at} spreadSecs`, ISIZE_MAX, 'i64::MAX')
      }
      case 'cleanup':
        time(op.now, `${at} now`, ISIZE_MAX, 'i64::MAX')
        return time(op.max_idle, `${at} max_idle`, U64_MAX, 'u64::MAX')
      case 'take':
        return decimal(op.id, `${at} id`, U64_MAX, 'u64::MAX')
      case 'restore':
      case 'snapshot':
      case 'shrink_to_fit':
        return
      default:
        return assertNever(op)
    }
  })
}
