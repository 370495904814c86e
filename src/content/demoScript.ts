/**
 * The first-visit demo, apart from the scenario presets so that the page
 * can start with it without loading every scenario's text; and the small
 * builders the scenarios share with it.
 */

import type { EntryJson, Script, TimeJson } from '../model/script'

/** 2023-11-14 22:13:20 UTC: an arbitrary, readable starting point. */
export const DEMO_NOW = 1_700_000_000

export const t = (secs: number, nanos = 0): TimeJson => ({
  secs: String(secs),
  nanos,
})

export function entry(
  id: number | string,
  token: string | null,
  secs: number,
): EntryJson {
  return { id: String(id), token, last_active: t(secs) }
}

export const DEFAULT_HASHER = ['0', '0'] as const

/** The first-visit demo: a few sessions, some idle, some with tokens. */
export const DEMO_SCRIPT: Script = {
  hasher: DEFAULT_HASHER,
  ops: [
    { op: 'new', expected: '8' },
    {
      op: 'extend',
      entries: [
        entry(42, 'otp-7f3a', DEMO_NOW - 120),
        entry(7, null, DEMO_NOW - 5400),
        entry(1001, 'otp-19c4', DEMO_NOW - 600),
        entry(23, '', DEMO_NOW - 30),
        entry('18446744073709551615', 'max-id', DEMO_NOW - 7200),
        entry(314, 'otp-future', DEMO_NOW + 900),
      ],
    },
  ],
}
