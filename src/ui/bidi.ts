/**
 * `text` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, so that
 * right-to-left characters or overrides in a learner's label stay inside
 * it and cannot reorder the sentence around it. Tokens need no such thing:
 * they are shown in Rust's Debug form, which escapes the bidi controls.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`
}
