/**
 * Export an experiment as a self-contained Rust program (`main.rs`, std
 * only) that runs the same operations on the real `HashMap` and prints what
 * the playground shows (format: ./outputFormat.ts). `predictOutput` in
 * ./predictOutput.ts gives the exact text the program prints.
 */

import { assertNever } from '../hashbrown/tryReserveError'
import type { Script } from '../script'
import type { SessionBatch } from '../session'
import { type RustOutputOptions, outputLimits } from './outputFormat'
import { rustPrelude } from './rustPrelude'
import { rustAsciiLiteral, rustInt, rustOptionStr } from './rustLiteral'
import { type ScriptTrace, type TraceStep, traceScript } from './scriptTrace'

export interface RustExportOptions extends RustOutputOptions {
  /**
   * Batches of at most this many sessions are written where they are used;
   * longer ones become a `const` array after `main`.
   * @default 8
   */
  readonly inlineBatchLimit?: number
  /** The first line of the file's doc comment. @default 'HashMap experiment' */
  readonly title?: string
}

const INDENT = '    '
/** Lines of `main` and of `const` batches are kept to this width. */
const MAX_WIDTH = 100

/**
 * The program for `script`. Runs the script on the model first (a batch
 * with overlapping ids depends on the map's contents, and operations after
 * a panicking `new` are left out because they never run). Throws a
 * `RangeError` for a value that does not fit its Rust type.
 */
export function exportRustProgram(
  script: Script,
  opts: RustExportOptions = {},
): string {
  const trace = traceScript(script, { ...opts, keepBatches: true })
  return rustProgramFromTrace(script, trace, opts)
}

/** The program for a trace made with `keepBatches` and the same options. */
export function rustProgramFromTrace(
  script: Script,
  trace: ScriptTrace,
  opts: RustExportOptions = {},
): string {
  const limits = outputLimits(opts)
  const inlineLimit = opts.inlineBatchLimit ?? 8
  const consts: string[] = []
  const body: string[] = []
  const hasSnapshot = trace.steps.some((s) => s.op.op === 'snapshot')
  if (hasSnapshot) {
    body.push('// Snapshots taken so far, oldest first.')
    body.push('let mut timeline: Vec<Sessions> = Vec::new();')
    body.push('')
  }
  let managerMade = false
  for (const step of trace.steps) {
    const batch = step.batch
    let data = ''
    if (batch !== null) {
      if (batch.ids.length <= inlineLimit) {
        data = inlineRows(batch)
      } else {
        data = `BATCH_${step.index}`
        consts.push(constBatch(step, batch))
      }
    }
    const first = !managerMade
    managerMade ||= step.op.op === 'new'
    body.push(...stepCode(step, trace, data, first, needsMut(trace)))
    body.push('')
  }
  if (trace.panic !== null && trace.unreached > 0) {
    body.push(
      `// The script's remaining ${trace.unreached} operation(s) ` +
        'never run: the program has panicked.',
    )
  }
  while (body.at(-1) === '') body.pop()
  const [k0, k1] = script.hasher
  const keysNote =
    k0 === '0' && k1 === '0'
      ? '/// Keys (0, 0): the same hashes as DefaultHasher::new().\n'
      : ''
  const main = [
    '',
    '// ---------------------------------------------------------------------------',
    '// The experiment, one operation after another',
    '// ---------------------------------------------------------------------------',
    '',
    "/// The experiment's SipHash keys.",
    keysNote + 'const HASHER: SipBuildHasher = SipBuildHasher {',
    `${INDENT}k0: ${rustInt(BigInt(k0))},`,
    `${INDENT}k1: ${rustInt(BigInt(k1))},`,
    '};',
    '',
    'fn main() {',
    ...body.map((l) => (l === '' ? '' : INDENT + l)),
    '}',
    ...consts,
  ]
  const title = opts.title ?? 'HashMap experiment'
  return rustPrelude(title, limits) + main.join('\n') + '\n'
}

/**
 * `mgr` is `let mut` unless the script only creates it and looks at it
 * (an unneeded `mut` would make rustc warn).
 */
function needsMut(trace: ScriptTrace): boolean {
  let news = 0
  for (const s of trace.steps) {
    if (s.op.op === 'new') news++
    else if (s.op.op !== 'snapshot') return true
  }
  return news > 1
}

function stepCode(
  step: TraceStep,
  trace: ScriptTrace,
  data: string,
  firstNew: boolean,
  mut: boolean,
): string[] {
  const op = step.op
  const i = step.index
  const label = rustAsciiLiteral(step.label)
  const report = (result: string) => {
    const args = [String(i), label, result, '&mgr.sessions']
    const call = `report(${args.join(', ')});`
    if (INDENT.length + call.length <= MAX_WIDTH) return call
    // Too long for one line: one argument per line, as rustfmt would.
    const inner = args.map((a) => `${INDENT}${INDENT}${a},`).join('\n')
    return `report(\n${inner}\n${INDENT});`
  }
  const head = `// op ${i}: ${step.label}`
  switch (op.op) {
    case 'new': {
      const make = `SessionManager::new(${rustInt(BigInt(op.expected))}, HASHER);`
      const bind = firstNew ? (mut ? 'let mut mgr = ' : 'let mgr = ') : 'mgr = '
      const lines = [head, bind + make]
      if (step.lines.length === 0) {
        const [expect, err] = (trace.panic ?? '').split(/: (.*)/s)
        lines.push(
          '// This reservation fails: new panics here with the message',
          `// "${expect}: {:?}" of the error`,
          `// ${err}`,
          '// and the program ends; the report below never runs.',
        )
      }
      return [...lines, report('"()"')]
    }
    case 'try_reserve':
      return [
        head + ': the Result of try_reserve',
        `let result = mgr.sessions.try_reserve(${rustInt(BigInt(op.additional))});`,
        report('&format!("{result:?}")'),
      ]
    case 'extend':
    case 'extend_generated': {
      const from =
        op.op === 'extend_generated'
          ? ["// Sessions made by the playground's batch generator."]
          : []
      return [
        head,
        ...from,
        `mgr.load_sessions(batch(${data}));`,
        report('"()"'),
      ]
    }
    case 'snapshot':
      return [
        head + ': clone the map and keep the clone',
        'let clone = mgr.snapshot();',
        'let result = format!("timeline[{}] clone_capacity={}", timeline.len(), ' +
          'clone.capacity());',
        'timeline.push(clone);',
        report('&result'),
      ]
    case 'restore':
      return [
        head + `: roll back to a clone of snapshot ${op.index}`,
        `mgr.sessions = timeline[${op.index}].clone();`,
        report('"()"'),
      ]
    case 'cleanup':
      return [
        head,
        `let now = at(${rustInt(BigInt(op.now.secs))}, ${rustInt(op.now.nanos)});`,
        `let max_idle = Duration::new(${rustInt(BigInt(op.max_idle.secs))}, ` +
          `${rustInt(op.max_idle.nanos)});`,
        'let removed = expired_ids(&mgr.sessions, now, max_idle);',
        'mgr.cleanup_inactive(now, max_idle);',
        report('&id_list(&removed)'),
      ]
    case 'take':
      return [
        head,
        `let token = mgr.consume_token(${rustInt(BigInt(op.id))});`,
        report('&format!("{token:?}")'),
      ]
    case 'shrink_to_fit':
      return [head, 'mgr.sessions.shrink_to_fit();', report('"()"')]
    default:
      return assertNever(op)
  }
}

function row(batch: SessionBatch, k: number): string {
  const token = batch.tokens[k]
  return (
    `(${batch.ids[k]}, ${rustOptionStr(token)}, ` +
    `${batch.secs[k]}, ${batch.nanos[k]})`
  )
}

function inlineRows(batch: SessionBatch): string {
  const n = batch.ids.length
  if (n === 0) return '&[]'
  const rows = Array.from({ length: n }, (_, k) => row(batch, k))
  const oneLine = `&[${rows.join(', ')}]`
  if (oneLine.length <= 60) return oneLine
  const inner = rows.map((r) => `${INDENT}${INDENT}${r},`).join('\n')
  return `&[\n${inner}\n${INDENT}]`
}

function constBatch(step: TraceStep, batch: SessionBatch): string {
  const lines: string[] = []
  let line = ''
  for (let k = 0; k < batch.ids.length; k++) {
    const r = row(batch, k) + ','
    if (line !== '' && INDENT.length + line.length + 1 + r.length > MAX_WIDTH) {
      lines.push(INDENT + line)
      line = r
    } else {
      line = line === '' ? r : `${line} ${r}`
    }
  }
  if (line !== '') lines.push(INDENT + line)
  return [
    '',
    `/// The ${batch.ids.length} sessions of op ${step.index} ` +
      '(user id, token, seconds, nanoseconds).',
    `const BATCH_${step.index}: &[Row] = &[`,
    ...lines,
    '];',
  ].join('\n')
}
