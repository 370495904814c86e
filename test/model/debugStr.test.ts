import { readdirSync, readFileSync } from 'node:fs'
import { describe, it, expect } from 'vitest'
import {
  debugOptionString,
  debugStr,
  findLoneSurrogate,
  isRustString,
} from '../../src/model/rust/debugStr'
import { ESCAPED_RANGES } from '../../src/model/rust/unicodeEscapeTable'

// Expected texts are Rust's output from rustc 1.95.0, pinned in
// test/vectors (see the rust-oracle README, "Debug escaping of tokens").
// String.raw keeps `\u{301}` as the six characters Rust prints.
const pinned = [
  { name: 'the empty string', input: '', want: '""' },
  { name: 'a plain token', input: 'tok-1', want: '"tok-1"' },
  { name: 'a double quote', input: '"', want: String.raw`"\""` },
  { name: 'a backslash', input: '\\', want: String.raw`"\\"` },
  { name: 'a single quote', input: "it's", want: `"it's"` },
  {
    name: 'the short escapes',
    input: '\n\r\t\0',
    want: String.raw`"\n\r\t\0"`,
  },
  { name: 'NUL before a digit', input: 'R7\u{0}7X', want: '"R7\\07X"' },
  {
    name: 'C0 controls and DEL',
    input: '\u{1}\u{1b}\u{1f}\u{7f}',
    want: String.raw`"\u{1}\u{1b}\u{1f}\u{7f}"`,
  },
  { name: 'the C1 control NEL', input: '\u{85}', want: String.raw`"\u{85}"` },
  { name: 'a no-break space', input: '\u{a0}', want: String.raw`"\u{a0}"` },
  { name: 'a soft hyphen', input: '\u{ad}', want: String.raw`"\u{ad}"` },
  {
    name: 'a zero-width space',
    input: 'a\u{200b}b',
    want: String.raw`"a\u{200b}b"`,
  },
  {
    name: 'a zero-width joiner',
    input: '\u{200d}',
    want: String.raw`"\u{200d}"`,
  },
  {
    name: 'bidirectional controls',
    input: '\u{202e}abc\u{202c}',
    want: String.raw`"\u{202e}abc\u{202c}"`,
  },
  {
    name: 'line and paragraph separators',
    input: '\u{2028}\u{2029}',
    want: String.raw`"\u{2028}\u{2029}"`,
  },
  {
    name: 'an ideographic space',
    input: '中\u{3000}文',
    want: String.raw`"中\u{3000}文"`,
  },
  {
    name: 'a byte order mark',
    input: '\u{feff}',
    want: String.raw`"\u{feff}"`,
  },
  {
    name: 'a private-use char',
    input: '\u{e000}',
    want: String.raw`"\u{e000}"`,
  },
  {
    name: 'the last noncharacter',
    input: '\u{10ffff}',
    want: String.raw`"\u{10ffff}"`,
  },
  {
    name: 'a combining acute after a letter',
    input: 'e\u{301}',
    want: String.raw`"e\u{301}"`,
  },
  {
    name: 'a combining acute before a letter',
    input: '\u{301}e',
    want: String.raw`"\u{301}e"`,
  },
  { name: 'a precomposed letter', input: '\u{e9}', want: '"\u{e9}"' },
  {
    name: 'Hebrew points',
    input: 'ש\u{5b8}\u{5c1}',
    want: String.raw`"ש\u{5b8}\u{5c1}"`,
  },
  {
    name: 'the Devanagari virama but not spacing vowel signs',
    input: 'हिन\u{94d}दी',
    want: String.raw`"हिन\u{94d}दी"`,
  },
  {
    name: 'a variation selector after a heart',
    input: '❤\u{fe0f}',
    want: String.raw`"❤\u{fe0f}"`,
  },
  {
    name: 'the joiners of an emoji family',
    input: '👨\u{200d}👩\u{200d}👧',
    want: String.raw`"👨\u{200d}👩\u{200d}👧"`,
  },
  {
    name: 'the tag characters of a flag sequence',
    input: '🏴\u{e0067}\u{e0062}\u{e0065}\u{e006e}\u{e0067}\u{e007f}',
    want: String.raw`"🏴\u{e0067}\u{e0062}\u{e0065}\u{e006e}\u{e0067}\u{e007f}"`,
  },
  { name: 'a skin-tone modifier', input: '👍🏽', want: '"👍🏽"' },
  { name: 'a regional-indicator flag', input: '🇺🇸', want: '"🇺🇸"' },
  { name: 'an astral symbol', input: '𝄞', want: '"𝄞"' },
  {
    name: 'letters of several scripts',
    input: 'ßΩЖ سلام 漢字',
    want: '"ßΩЖ سلام 漢字"',
  },
  {
    name: 'a mixed token',
    input: 'say "hi"\r\n\tC:\\path\u{1b}[0m',
    want: String.raw`"say \"hi\"\r\n\tC:\\path\u{1b}[0m"`,
  },
]

describe('debugStr', () => {
  it.each(pinned)('writes $name as $want', ({ input, want }) => {
    const got = debugStr(input)

    expect(got).toBe(want)
  })

  it('writes a lone surrogate as \\u{hex}, as Rust writes WTF-8', () => {
    const got = [debugStr('\u{d800}'), debugStr('a\u{dfff}b')]

    expect(got).toEqual([String.raw`"\u{d800}"`, String.raw`"a\u{dfff}b"`])
  })
})

describe('debugOptionString', () => {
  it.each([
    { input: null, want: 'None' },
    { input: '', want: 'Some("")' },
    { input: 'a"b', want: String.raw`Some("a\"b")` },
  ])('writes $input as $want', ({ input, want }) => {
    expect(debugOptionString(input)).toBe(want)
  })
})

describe('isRustString', () => {
  it.each([
    { name: 'the empty string', input: '', index: -1 },
    { name: 'ASCII', input: 'abc', index: -1 },
    { name: 'a surrogate pair', input: 'a👍b', index: -1 },
    { name: 'a lone high surrogate', input: '\u{d83d}', index: 0 },
    { name: 'a high surrogate at the end', input: 'ab\u{d83d}', index: 2 },
    { name: 'a lone low surrogate', input: 'a\u{dc4d}', index: 1 },
    { name: 'a pair in the wrong order', input: '\u{dc4d}\u{d83d}', index: 0 },
    { name: 'a high surrogate before a pair', input: '\u{d83d}👍', index: 0 },
  ])('finds a lone surrogate at $index in $name', ({ input, index }) => {
    const found = findLoneSurrogate(input)

    expect(found).toBe(index)
    expect(isRustString(input)).toBe(index === -1)
  })
})

describe('ESCAPED_RANGES', () => {
  it('holds sorted, non-empty, non-adjacent ranges of scalar values', () => {
    const bad = ESCAPED_RANGES.filter(
      (bound, i) => i > 0 && bound <= ESCAPED_RANGES[i - 1]!,
    )

    expect(ESCAPED_RANGES.length % 2).toBe(0)
    expect(bad).toEqual([])
    expect(ESCAPED_RANGES.at(-1)).toBe(0x110000)
  })
})

// The oracle's vectors: each `take` result is Rust's `{:?}` of an
// `Option<String>`, and each `debug` is the map's `{:?}`.

interface Entry {
  readonly id: string
  readonly token: string | null
}

type Op =
  | { readonly op: 'new' | 'try_reserve' | 'snapshot' | 'shrink_to_fit' }
  | { readonly op: 'extend'; readonly entries: readonly Entry[] }
  | { readonly op: 'restore'; readonly index: number }
  | { readonly op: 'cleanup' }
  | { readonly op: 'take'; readonly id: string }

interface TraceEntry {
  readonly result?: unknown
  readonly debug?: string
  readonly panic?: string
}

interface Vector {
  readonly name: string
  readonly ops: readonly Op[]
  readonly trace: readonly TraceEntry[]
}

interface Replayed {
  /** Rust's `take` results, in order. */
  readonly recorded: string[]
  /** debugOptionString of the token each `take` found, in the same order. */
  readonly modelled: string[]
  /** `id: Session { token: ...` texts expected in the debug after extends. */
  readonly fragments: { readonly fragment: string; readonly debug: string }[]
}

const vectorDir = new URL('../vectors/', import.meta.url)
const vectors: Vector[] = readdirSync(vectorDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => {
    const text = readFileSync(new URL(file, vectorDir), 'utf8')
    return JSON.parse(text) as Vector
  })

/**
 * Replays the ops on a plain map of id to token; layout plays no part in
 * which token a `take` finds. Cleanup takes the removed ids from the trace.
 */
function replay(vector: Vector): Replayed {
  const replayed: Replayed = { recorded: [], modelled: [], fragments: [] }
  let tokens = new Map<string, string | null>()
  const timeline: Map<string, string | null>[] = []
  vector.ops.forEach((op, i) => {
    const trace = vector.trace[i]!
    if (trace.panic !== undefined) {
      return
    }
    switch (op.op) {
      case 'new':
        tokens = new Map()
        break
      case 'try_reserve':
      case 'shrink_to_fit':
        break
      case 'snapshot':
        timeline.push(new Map(tokens))
        break
      case 'restore':
        tokens = new Map(timeline[op.index])
        break
      case 'cleanup':
        for (const id of trace.result as string[]) {
          tokens.delete(id)
        }
        break
      case 'extend': {
        for (const { id, token } of op.entries) {
          tokens.set(id, token)
        }
        for (const [id, token] of new Map(
          op.entries.map((e) => [e.id, e.token]),
        )) {
          const fragment = `${id}: Session { token: ${debugOptionString(token)}, `
          if (trace.debug !== undefined) {
            replayed.fragments.push({ fragment, debug: trace.debug })
          }
        }
        break
      }
      case 'take':
        replayed.recorded.push(trace.result as string)
        replayed.modelled.push(debugOptionString(tokens.get(op.id) ?? null))
        if (tokens.has(op.id)) {
          tokens.set(op.id, null)
        }
        break
      default: {
        const unknown: never = op
        throw new Error(`unknown vector op ${JSON.stringify(unknown)}`)
      }
    }
  })
  return replayed
}

describe('debugStr against the Rust vectors', () => {
  it('finds the vectors, including the token escaping cases', () => {
    const names = vectors.map((v) => v.name)

    expect(names).toContain('token-debug-escaping')
    expect(names).toContain('token-unicode-printable')
  })

  it.each(vectors)('matches every take result of $name', (vector) => {
    const { recorded, modelled } = replay(vector)

    expect(modelled).toEqual(recorded)
  })

  it.each(vectors)('matches the tokens in the debug of $name', (vector) => {
    const { fragments } = replay(vector)

    // A fragment follows `{` or `, ` so that id 1 cannot match inside 21.
    const missing = fragments
      .filter(
        ({ fragment, debug }) =>
          !debug.includes('{' + fragment) && !debug.includes(', ' + fragment),
      )
      .map(({ fragment }) => fragment)
    expect(missing).toEqual([])
  })

  it('checks escaped and non-ASCII tokens from the token vectors', () => {
    const replays = vectors
      .filter((v) => v.name.startsWith('token-'))
      .map(replay)

    const recorded = replays.flatMap((r) => r.recorded)
    const escaped = recorded.filter((r) => r.includes('\\u{'))
    const nonAscii = recorded.filter((r) => /[^\x20-\x7e]/.test(r))
    expect(escaped.length).toBeGreaterThan(20)
    expect(nonAscii.length).toBeGreaterThan(10)
    expect(replays.flatMap((r) => r.fragments).length).toBeGreaterThan(40)
  })
})
