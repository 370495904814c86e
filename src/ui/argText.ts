import type { Parsed } from '../model/parse'

/**
 * The argument a Rust call preview shows: the number as Rust would see it
 * (`+7` is 7) while the text is valid, and the parameter's name while it
 * is not, so the preview is always a call Rust would compile.
 */
export function argText(parsed: Parsed<bigint>, name: string): string {
  return parsed.ok ? parsed.value.toString() : name
}
