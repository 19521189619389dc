/**
 * A streaming RFC 4180 CSV reader: quoted fields may hold commas, quotes
 * (`""`) and line breaks; CRLF or LF line ends; an optional UTF-8 BOM.
 * Rows are yielded as they complete, so memory stays constant for any input.
 *
 * @since 0.1.0
 */

/** One parsed row with the physical line on which it started (1-based). */
export interface CsvRow {
  readonly line: number
  readonly fields: ReadonlyArray<string>
}

/**
 * Splits a stream of text chunks into CSV rows.
 *
 * @since 0.1.0
 */
export async function* parseCsv(chunks: AsyncIterable<string>, options: { readonly delimiter?: string } = {}) {
  const delimiter = options.delimiter ?? ","
  let field = ""
  let fields: Array<string> = []
  let inQuotes = false
  let quotePending = false // saw a quote inside a quoted field: end of field or escaped quote
  let line = 1
  let rowStart = 1
  let first = true
  let sawAny = false
  let pendingCR = false
  for await (let chunk of chunks) {
    if (first) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1)
      first = false
    }
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!
      if (pendingCR) {
        pendingCR = false
        if (c === "\n") continue
      }
      if (inQuotes) {
        if (quotePending) {
          quotePending = false
          if (c === '"') {
            field += '"'
            continue
          }
          inQuotes = false
          // fall through: c is handled as an unquoted character below
        } else if (c === '"') {
          quotePending = true
          continue
        } else {
          if (c === "\n") line++
          else if (c === "\r") {
            line++
            field += "\n"
            pendingCR = true
            continue
          }
          field += c
          continue
        }
      }
      sawAny = true
      if (c === '"' && field === "") {
        inQuotes = true
      } else if (c === delimiter) {
        fields.push(field)
        field = ""
      } else if (c === "\n" || c === "\r") {
        fields.push(field)
        const row: CsvRow = { line: rowStart, fields }
        field = ""
        fields = []
        line++
        rowStart = line
        if (c === "\r") pendingCR = true
        sawAny = false
        if (!(row.fields.length === 1 && row.fields[0] === "")) yield row
      } else {
        field += c
      }
    }
  }
  if (inQuotes && !quotePending) throw new CsvSyntaxError(rowStart, "unterminated quoted field")
  if (sawAny || field !== "" || fields.length > 0 || quotePending) {
    fields.push(field)
    if (!(fields.length === 1 && fields[0] === "")) yield { line: rowStart, fields } satisfies CsvRow
  }
}

/** A CSV document that cannot be read further. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly detail: string
  ) {
    super(`CSV line ${line}: ${detail}`)
    this.name = "CsvSyntaxError"
  }
}

/**
 * Quotes a field when it holds a delimiter, a quote or a line break.
 *
 * @since 0.1.0
 */
export const quoteCsvField = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
