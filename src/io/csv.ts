/**
 * A strict reader for CSV as RFC 4180 defines it
 * (https://www.rfc-editor.org/rfc/rfc4180): fields separated by commas,
 * records by line breaks, a field that holds a comma, quote or line break
 * enclosed in double quotes with its quotes doubled.
 *
 * Written here rather than taken from a library because the sessions
 * import needs three things general parsers do not give together: the
 * line each record starts on (a quoted field may span lines), refusal of
 * malformed quoting rather than a best guess, and the text of every quoted
 * field kept exactly, line breaks and all.
 *
 * Line breaks between records may be CRLF, LF or a lone CR; inside quotes
 * every character is kept as it is.
 */

export interface CsvProblem {
  /** The 1-based line the problem is on. */
  readonly line: number
  readonly message: string
}

/**
 * Called with each record and the line it starts on; return false to stop
 * reading. `fields` is the caller's to keep.
 */
export type OnRecord = (fields: string[], line: number) => boolean

const QUOTE = 0x22
const COMMA = 0x2c
const CR = 0x0d
const LF = 0x0a

/**
 * Reads `text` record by record. Returns the first malformed spot, after
 * which nothing can be trusted, or null. A line break at the very end
 * does not start another record.
 */
export function readCsv(text: string, onRecord: OnRecord): CsvProblem | null {
  const n = text.length
  let i = 0
  let line = 1
  while (i < n) {
    const start = line
    const fields: string[] = []
    for (;;) {
      let value: string
      if (text.charCodeAt(i) === QUOTE) {
        const opened = line
        value = ''
        i++
        for (;;) {
          const close = text.indexOf('"', i)
          if (close === -1) {
            return {
              line: opened,
              message:
                'a quoted field starts on this line and never ends; ' +
                'its closing quote is missing',
            }
          }
          value += text.slice(i, close)
          line += countBreaks(text, i, close)
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += '"'
            i = close + 2
            continue
          }
          i = close + 1
          break
        }
        const next = text.charCodeAt(i)
        if (i < n && next !== COMMA && next !== CR && next !== LF) {
          return {
            line,
            message:
              `field ${fields.length + 1} has text after its closing ` +
              'quote; a quote inside a quoted field is written twice ("")',
          }
        }
      } else {
        let j = i
        for (; j < n; j++) {
          const c = text.charCodeAt(j)
          if (c === COMMA || c === CR || c === LF) break
          if (c === QUOTE) {
            return {
              line,
              message:
                `field ${fields.length + 1} has a quote but does not ` +
                'start with one; enclose the field in quotes and write ' +
                'the quote twice ("a""b")',
            }
          }
        }
        value = text.slice(i, j)
        i = j
      }
      fields.push(value)
      const c = text.charCodeAt(i)
      if (c === COMMA) {
        i++
        continue
      }
      if (c === CR) i += text.charCodeAt(i + 1) === LF ? 2 : 1
      else if (c === LF) i++
      line++
      break
    }
    if (!onRecord(fields, start)) return null
  }
  return null
}

/** Line breaks (CRLF, LF or lone CR) in `text[from..to)`. */
function countBreaks(text: string, from: number, to: number): number {
  let breaks = 0
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k)
    if (c === LF) breaks++
    else if (c === CR && text.charCodeAt(k + 1) !== LF) breaks++
  }
  return breaks
}

/**
 * A field as RFC 4180 writes it: enclosed in quotes, quotes doubled, when
 * `quote` is set or the text needs it.
 */
export function csvField(text: string, quote = false): string {
  if (!quote && !/[",\r\n]/.test(text)) return text
  return `"${text.replace(/"/g, '""')}"`
}
