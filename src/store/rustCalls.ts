/**
 * The Rust line each operation runs, as the log and the forms show it. The
 * calls are those of the seed program's `SessionManager`
 * (`load_sessions`, `snapshot`, `consume_token`, `cleanup_inactive`) or of
 * `HashMap` itself where the program reaches into `manager.sessions`.
 */

import { rustDuration } from '../ui/formatTime'

export function newCall(expected: string): string {
  return `let mut manager = SessionManager::new(${expected});`
}

export function tryReserveCall(additional: string): string {
  return `manager.sessions.try_reserve(${additional})`
}

export function extendCall(count: number, generated: boolean): string {
  const what = generated ? 'generated session' : 'pasted session'
  const s = count === 1 ? '' : 's'
  return `manager.load_sessions(batch); // extend with ${count} ${what}${s}`
}

export function snapshotName(index: number): string {
  return `snapshot_${index}`
}

export function cloneCall(index: number): string {
  return `let ${snapshotName(index)} = manager.snapshot();`
}

export function takeCall(id: string): string {
  return `manager.consume_token(${id})`
}

export function retainCall(maxIdle: bigint): string {
  return `manager.cleanup_inactive(${rustDuration(maxIdle)})`
}

export function rollbackCall(index: number): string {
  return `manager.sessions = ${snapshotName(index)}.clone();`
}

/**
 * A call too long for a narrow card, broken the way rustfmt breaks it:
 * the argument on its own line. Shorter calls are returned as they are.
 */
export function wrapCall(call: string, width = 40): string {
  const m = /^(.*?\()(.+)(\);?)$/.exec(call)
  if (call.length <= width || m === null) return call
  return `${m[1]}\n    ${m[2]},\n${m[3]}`
}
