/**
 * Rust's `{:?}` and `{:#?}` for the map, as `#[derive(Debug)]` and
 * `HashMap`'s `debug_map` print them. Entries come in iteration order.
 */

import { debugOptionString, debugStr } from './rust/debugStr'
import { debugSystemTime, prettySystemTime } from './rust/time'
import type { Session } from './session'
import type { SessionMap } from './sessionMap'

export function debugSession(s: Session): string {
  return (
    `Session { token: ${debugOptionString(s.token)}, ` +
    `last_active: ${debugSystemTime(s.lastActive)} }`
  )
}

/** `{:#?}` of a session whose first line is already at `indent`. */
export function prettySession(s: Session, indent: string): string {
  const inner = indent + '    '
  const token =
    s.token === null
      ? 'None'
      : `Some(\n${inner}    ${debugStr(s.token)},\n${inner})`
  return (
    `Session {\n${inner}token: ${token},\n` +
    `${inner}last_active: ${prettySystemTime(s.lastActive, inner)},\n` +
    `${indent}}`
  )
}

export interface DebugOptions {
  /** Print at most this many entries, then `...` and how many were left. */
  readonly maxEntries?: number
}

/** `format!("{:?}", map)`; with `maxEntries` it is shortened (not Rust's). */
export function debugMap(map: SessionMap, opts: DebugOptions = {}): string {
  const buckets = map.fullBuckets()
  const shown = Math.min(buckets.length, opts.maxEntries ?? buckets.length)
  const parts: string[] = []
  for (let k = 0; k < shown; k++) {
    const b = buckets[k]
    parts.push(`${map.keyAt(b)}: ${debugSession(map.sessionAt(b))}`)
  }
  if (shown < buckets.length) parts.push(`… ${buckets.length - shown} more`)
  return `{${parts.join(', ')}}`
}

/** `format!("{:#?}", map)`; with `maxEntries` it is shortened (not Rust's). */
export function prettyMap(map: SessionMap, opts: DebugOptions = {}): string {
  const buckets = map.fullBuckets()
  if (buckets.length === 0) return '{}'
  const shown = Math.min(buckets.length, opts.maxEntries ?? buckets.length)
  const lines: string[] = ['{']
  for (let k = 0; k < shown; k++) {
    const b = buckets[k]
    const session = prettySession(map.sessionAt(b), '    ')
    lines.push(`    ${map.keyAt(b)}: ${session},`)
  }
  if (shown < buckets.length) lines.push(`    … ${buckets.length - shown} more`)
  lines.push('}')
  return lines.join('\n')
}
