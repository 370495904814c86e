/**
 * Random SipHash keys, as `RandomState::new` draws them: two u64 from the
 * system's random source (Rust reads them once per thread and then adds
 * one to k0 for each new `RandomState`; any two random u64 show the same
 * thing). https://doc.rust-lang.org/std/hash/struct.RandomState.html
 */

export type HasherKeys = readonly [string, string]

/** The keys `DefaultHasher::new()` uses: SipHash-1-3 with (0, 0). */
export const DEFAULT_KEYS: HasherKeys = ['0', '0']

/** Two random u64 keys; `fill` is the random source (tests pass their own). */
export function randomKeys(
  fill: (a: BigUint64Array<ArrayBuffer>) => void = (a) => {
    crypto.getRandomValues(a)
  },
): HasherKeys {
  const k = new BigUint64Array(2)
  fill(k)
  return [k[0].toString(), k[1].toString()]
}

export function isDefaultKeys(keys: HasherKeys): boolean {
  return keys[0] === '0' && keys[1] === '0'
}

/** A u64 as Rust's `{:#018x}` prints it. */
export function hex64(v: bigint): string {
  return `0x${v.toString(16).padStart(16, '0')}`
}
