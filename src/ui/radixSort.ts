/**
 * A stable least-significant-digit radix sort over typed arrays, for the
 * session table's orders. A comparison sort calls a JavaScript comparator
 * about n log2 n times (20 million calls for a million rows, about a
 * second); this makes three passes of 11-bit digits per 32-bit key column,
 * each a histogram and a scatter over flat arrays, and skips a pass whose
 * digit is the same in every row (the high half of small ids, say).
 *
 * Stability is what keeps ties in the map's iteration order: each pass
 * keeps the order of the one before among equal digits.
 */

const DIGIT_BITS = 11
const RADIX = 1 << DIGIT_BITS
const DIGIT_MASK = RADIX - 1

/**
 * The positions 0..n-1 ordered by the unsigned key whose 32-bit parts are
 * `columns`, most significant first; `columns[c][p]` is part c of the key
 * of position p. Ties keep ascending position.
 */
export function sortPositions(columns: readonly Uint32Array[]): Uint32Array {
  const n = columns.length > 0 ? columns[0].length : 0
  const positions = new Uint32Array(n)
  for (let i = 0; i < n; i++) positions[i] = i
  return sortItemsBy(positions, columns)
}

/**
 * `order` (bucket indices) sorted by the key columns `columns`, most
 * significant first, each indexed by bucket. Ties keep their place in
 * `order`. `order` itself is left as it is.
 */
export function sortBucketsBy(
  order: Uint32Array,
  columns: readonly Uint32Array[],
): Uint32Array {
  return sortItemsBy(order.slice(), columns)
}

/**
 * Sorts `items` (in place; returned, or the other buffer it ended in) by
 * the key that `columns` give each item. For each column, least
 * significant first, the item's part is read once into a flat array that
 * then travels with the item through that column's passes, so the passes
 * read sequentially instead of jumping around the columns.
 */
function sortItemsBy(
  items: Uint32Array,
  columns: readonly Uint32Array[],
): Uint32Array {
  const n = items.length
  let from: Uint32Array = items
  let to: Uint32Array = new Uint32Array(n)
  let key = new Uint32Array(n)
  let toKey = new Uint32Array(n)
  const counts = new Uint32Array(RADIX)
  for (let c = columns.length - 1; c >= 0; c--) {
    const col = columns[c]
    for (let i = 0; i < n; i++) key[i] = col[from[i]]
    for (let shift = 0; shift < 32; shift += DIGIT_BITS) {
      if (!countDigits(key, shift, counts)) continue
      for (let i = 0; i < n; i++) {
        const k = key[i]
        const o = counts[(k >>> shift) & DIGIT_MASK]++
        toKey[o] = k
        to[o] = from[i]
      }
      ;[from, to] = [to, from]
      ;[key, toKey] = [toKey, key]
    }
  }
  return from
}

/**
 * Turns `counts` into the first output index of each digit
 * `(key >>> shift) & DIGIT_MASK`. False when every key has the same digit,
 * as the pass would then change nothing.
 */
function countDigits(
  key: Uint32Array,
  shift: number,
  counts: Uint32Array,
): boolean {
  const n = key.length
  counts.fill(0)
  for (let i = 0; i < n; i++) counts[(key[i] >>> shift) & DIGIT_MASK]++
  if (n === 0 || counts[(key[0] >>> shift) & DIGIT_MASK] === n) return false
  let sum = 0
  for (let d = 0; d < RADIX; d++) {
    const c = counts[d]
    counts[d] = sum
    sum += c
  }
  return true
}

/** Code units per key column: two 16-bit units fill one 32-bit part. */
const UNITS_PER_COLUMN = 2
/** Key columns read from each string; longer shared prefixes are compared. */
const MAX_COLUMNS = 8

/**
 * The indices 0..n-1 of `texts` in the order of their strings by UTF-16
 * code units (JavaScript's `<`), ties by index. The first 16 code units
 * are radix-sorted as key columns, a missing unit read as 0; strings whose
 * columns agree (a shared long prefix, or a string padded out by `\0`
 * units) are then ordered among themselves by comparing them whole. Where
 * the columns differ they already order the strings as `<` does: at the
 * first differing unit either both strings have it, or the shorter one
 * ends there and reads 0, below the other's unit.
 */
export function sortStrings(texts: readonly string[]): Uint32Array {
  const n = texts.length
  let longest = 0
  for (const t of texts) if (t.length > longest) longest = t.length
  const width = Math.min(MAX_COLUMNS, Math.ceil(longest / UNITS_PER_COLUMN))
  const columns: Uint32Array[] = []
  for (let c = 0; c < width; c++) {
    const col = new Uint32Array(n)
    const at = c * UNITS_PER_COLUMN
    for (let i = 0; i < n; i++) {
      const t = texts[i]
      const hi = at < t.length ? t.charCodeAt(at) : 0
      const lo = at + 1 < t.length ? t.charCodeAt(at + 1) : 0
      col[i] = ((hi << 16) | lo) >>> 0
    }
    columns.push(col)
  }
  const out = sortPositions(columns.length > 0 ? columns : [new Uint32Array(n)])
  const same = (a: number, b: number) => {
    for (let c = 0; c < columns.length; c++) {
      if (columns[c][a] !== columns[c][b]) return false
    }
    return true
  }
  const exact = (i: number, j: number) => {
    const x = texts[i]
    const y = texts[j]
    return x < y ? -1 : x > y ? 1 : i - j
  }
  for (let start = 0; start < n;) {
    let end = start + 1
    while (end < n && same(out[start], out[end])) end++
    if (end - start > 1) out.subarray(start, end).sort(exact)
    start = end
  }
  return out
}
