/**
 * zod's own problems (a missing object, a wrong literal, an unknown field)
 * in the words of the rest of the playground: what was expected, and the
 * value that arrived. Passed per parse (`safeParse(v, { error })`) rather
 * than set globally, so no other use of zod in the app is changed.
 */

import type * as z from 'zod/mini'
import { quote } from '../model/parse'
import { describeValue } from './issues'

const NOUNS: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  tuple: 'a list',
  null: 'null',
}

export function zodMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const noun = NOUNS[issue.expected] ?? issue.expected
      return `expected ${noun}, got ${describeValue(issue.input)}`
    }
    case 'invalid_value':
      return (
        `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, ` +
        `got ${describeValue(issue.input)}`
      )
    case 'unrecognized_keys': {
      const s = issue.keys.length === 1 ? '' : 's'
      return `unknown field${s} ${issue.keys.map((k) => quote(k)).join(', ')}`
    }
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options
      if (!options) return undefined
      const input = issue.input
      const got =
        typeof input === 'object' && input !== null && 'op' in input
          ? (input as { op: unknown }).op
          : input
      return (
        `expected one of ${options.map((v) => JSON.stringify(v)).join(', ')}, ` +
        `got ${describeValue(got)}`
      )
    }
    case 'too_big':
    case 'too_small': {
      if (issue.origin !== 'array') return undefined
      const n = Array.isArray(issue.input) ? issue.input.length : '?'
      const bound = issue.code === 'too_big' ? issue.maximum : issue.minimum
      return `expected exactly ${bound} items, got ${n}`
    }
    default:
      return undefined
  }
}
