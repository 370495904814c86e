/**
 * What a first visit starts with: the project's demo script (a handful of
 * sessions, some idle, some with tokens, one dated after the clock), the
 * clock it is written around, and a max idle of one hour, at which the
 * demo has sessions kept, sessions removed for idling and one removed for
 * being in the future.
 */

import { DEMO_NOW, DEMO_SCRIPT } from '../content/demoScript'

export const DEMO_OPS = DEMO_SCRIPT.ops
export const DEMO_HASHER = DEMO_SCRIPT.hasher

/** `DEMO_NOW` (2023-11-14 22:13:20 UTC) in nanoseconds. */
export const DEMO_CLOCK = BigInt(DEMO_NOW) * 1_000_000_000n

export const DEMO_MAX_IDLE = 3_600n * 1_000_000_000n
