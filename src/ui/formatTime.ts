/**
 * Times and durations as a learner reads them. Every value is exact
 * nanoseconds in a `bigint`: no `Date`, no floating point, so a
 * `SystemTime` near `i64::MAX` seconds formats as correctly as today.
 */

export const NS_PER_SEC = 1_000_000_000n
const SECS_PER_DAY = 86_400n

/** Nanoseconds in each unit the playground offers, largest first. */
const DURATION_PARTS = [
  ['d', 86_400n * NS_PER_SEC],
  ['h', 3_600n * NS_PER_SEC],
  ['min', 60n * NS_PER_SEC],
] as const

/**
 * `UNIX_EPOCH + nanos` as `YYYY-MM-DD HH:MM:SS UTC`, with the fraction of a
 * second (in groups of three digits) only when it is not zero.
 */
export function formatUtc(nanos: bigint): string {
  const secs = nanos / NS_PER_SEC
  const days = secs / SECS_PER_DAY
  const inDay = secs % SECS_PER_DAY
  const { year, month, day } = civilFromDays(days)
  const hh = pad2(inDay / 3600n)
  const mm = pad2((inDay / 60n) % 60n)
  const ss = pad2(inDay % 60n)
  const frac = fraction(Number(nanos % NS_PER_SEC))
  return `${year}-${pad2(month)}-${pad2(day)} ${hh}:${mm}:${ss}${frac} UTC`
}

/** As `formatUtc` without the ` UTC` suffix, for columns headed "(UTC)". */
export function formatUtcShort(nanos: bigint): string {
  return formatUtc(nanos).slice(0, -' UTC'.length)
}

/**
 * A duration such as `1d 2h 30min 5.25s`; zero parts are left out, and
 * `0s` is zero. Exact to the nanosecond.
 */
export function formatDuration(nanos: bigint): string {
  if (nanos < 0n) throw new RangeError(`negative duration ${nanos}`)
  const parts: string[] = []
  let rest = nanos
  for (const [unit, size] of DURATION_PARTS) {
    if (rest >= size) {
      parts.push(`${rest / size}${unit}`)
      rest %= size
    }
  }
  if (rest > 0n || parts.length === 0) {
    const frac = fraction(Number(rest % NS_PER_SEC)).replace(/0+$/, '')
    parts.push(`${rest / NS_PER_SEC}${frac}s`)
  }
  return parts.join(' ')
}

/** `.5` → `.500`; nanoseconds are shown in groups of three digits. */
function fraction(nanos: number): string {
  if (nanos === 0) return ''
  let digits = String(nanos).padStart(9, '0')
  while (digits.endsWith('000')) digits = digits.slice(0, -3)
  return `.${digits}`
}

function pad2(v: bigint): string {
  return String(v).padStart(2, '0')
}

/**
 * Howard Hinnant's `civil_from_days` (days since 1970-01-01 to a proleptic
 * Gregorian date), in `bigint` so it holds for every `SystemTime`:
 * https://howardhinnant.github.io/date_algorithms.html#civil_from_days
 * Only non-negative day counts occur here (times before 1970 are out of
 * scope, see `rust/time.ts`).
 */
function civilFromDays(days: bigint): {
  year: bigint
  month: bigint
  day: bigint
} {
  const z = days + 719_468n
  const era = z / 146_097n
  const doe = z - era * 146_097n
  const yoe = (doe - doe / 1_460n + doe / 36_524n - doe / 146_096n) / 365n
  const doy = doe - (365n * yoe + yoe / 4n - yoe / 100n)
  const mp = (5n * doy + 2n) / 153n
  const day = doy - (153n * mp + 2n) / 5n + 1n
  const month = mp < 10n ? mp + 3n : mp - 9n
  const year = yoe + era * 400n + (month <= 2n ? 1n : 0n)
  return { year, month, day }
}

/** Rust source for a `Duration` literal: `from_secs` when whole seconds. */
export function rustDuration(nanos: bigint): string {
  const secs = nanos / NS_PER_SEC
  const sub = nanos % NS_PER_SEC
  if (sub === 0n) return `Duration::from_secs(${secs})`
  return `Duration::new(${secs}, ${sub})`
}
