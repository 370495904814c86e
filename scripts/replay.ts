/**
 * Replays oracle vector files on the model and reports every difference.
 *
 *   npm run replay -- test/vectors            # a folder of *.json vectors
 *   npm run replay -- a.json b.json other/    # files and folders
 *
 * Prints one line per mismatch (vector, op index, field, expected, actual)
 * and ends with `N passed, M failed`; exits with status 1 when M > 0.
 */

import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

import { type Vector, replayVector } from '../test/support/replay'

function vectorFiles(paths: string[]): string[] {
  return paths.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => join(p, f))
      : [p],
  )
}

/** Long values (key lists, debug strings) are cut around the first difference. */
function show(value: unknown, other: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined'
  if (text.length <= 200) return text
  const o = JSON.stringify(other) ?? ''
  let at = 0
  while (at < text.length && text[at] === o[at]) at++
  const from = Math.max(0, at - 60)
  return `…${text.slice(from, from + 160)}… (${text.length} chars, differs at ${at})`
}

const args = process.argv.slice(2)
if (args.length === 0) {
  console.error('usage: npm run replay -- PATH... (vector files or folders)')
  process.exit(2)
}

let passed = 0
let failed = 0
for (const file of vectorFiles(args)) {
  let mismatches
  try {
    const vector = JSON.parse(readFileSync(file, 'utf8')) as Vector
    mismatches = replayVector({ ...vector, name: vector.name ?? file })
  } catch (e) {
    mismatches = [
      {
        vector: file,
        op: -1,
        field: 'file',
        expected: 'a vector',
        actual: String(e),
      },
    ]
  }
  if (mismatches.length === 0) {
    passed++
    continue
  }
  failed++
  for (const m of mismatches) {
    console.log(
      `${m.vector} op ${m.op} ${m.field}: expected ${show(m.expected, m.actual)}` +
        `, actual ${show(m.actual, m.expected)}`,
    )
  }
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
