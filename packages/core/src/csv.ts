/**
 * The one CSV reader of the project (RFC 4180): quoted fields may hold the
 * delimiter, doubled quotes (`""`) and line breaks; CRLF, LF or CR line ends;
 * an optional UTF-8 byte-order mark; `,` or `;` as the delimiter, given or
 * detected from the header row. It streams: feed text chunks with
 * {@link CsvReader.push}, or iterate {@link readCsv} over an async iterable,
 * and rows come out as they complete. Memory stays bounded whatever the input:
 * a cell, a row and the number of columns have limits checked while reading,
 * and an over-long row is dropped as it is read, not buffered first.
 *
 * Nothing is padded, truncated or guessed. A row with fewer or more fields
 * than the header, a quote inside an unquoted field (`x"y`), text after a
 * closing quote (`"x"y`) and an unterminated quoted field are each a
 * {@link CsvError} with the line, the column and the kind of problem, never
 * the text of the row (it may hold a henkilötunnus or a name). A bad row
 * does not stop the reading: the next row is read normally.
 *
 * Why our own and not `csv-parse`: core runs in browsers with no Node
 * built-ins, and `csv-parse` streams only through Node's `stream` (or
 * `node:stream/web`) and `Buffer`; its browser build bundles polyfills of both
 * (about 200 kB). Its incremental parser is not a public export. The core
 * tests check this reader against `csv-parse` on random valid documents.
 *
 * @since 0.2.0
 */
import * as Data from "effect/Data"

/** The delimiters the reader accepts. @since 0.2.0 */
export type CsvDelimiter = "," | ";"

/** @since 0.2.0 */
export interface CsvOptions {
  /** `","`, `";"` or `"auto"` (default): the one of the two that occurs more often in the header row, `,` on a tie. */
  readonly delimiter?: CsvDelimiter | "auto"
  /** Longest cell, in characters (default 65 536). */
  readonly maxCellChars?: number
  /** Longest row, in characters including delimiters and quotes (default 1 048 576). */
  readonly maxRowChars?: number
  /** Most fields in a row (default 1 000). */
  readonly maxFields?: number
}

/** Default limits. @since 0.2.0 */
export const csvLimits = { maxCellChars: 65_536, maxRowChars: 1_048_576, maxFields: 1_000 } as const

/**
 * What went wrong in a row.
 *
 * - `stray-quote`: a quote inside an unquoted field (`x"y`); quote the field and double the quote.
 * - `text-after-quote`: characters between a closing quote and the next delimiter (`"x"y`).
 * - `unterminated-quote`: a quoted field still open at the end of the input.
 * - `cell-too-long`, `row-too-long`, `too-many-fields`: a limit of {@link CsvOptions}.
 * - `field-count`: the row has another number of fields than the header.
 * - `empty-column-name`, `duplicate-column-name`: a bad header.
 *
 * @since 0.2.0
 */
export type CsvErrorKind =
  | "stray-quote"
  | "text-after-quote"
  | "unterminated-quote"
  | "cell-too-long"
  | "row-too-long"
  | "too-many-fields"
  | "field-count"
  | "empty-column-name"
  | "duplicate-column-name"

const describeKind: Readonly<Record<CsvErrorKind, string>> = {
  "stray-quote": "a quote inside an unquoted field (quote the field and double the quote)",
  "text-after-quote": "text after the closing quote of a field",
  "unterminated-quote": "a quoted field is not closed before the end of the input",
  "cell-too-long": "a cell is longer than the limit",
  "row-too-long": "the row is longer than the limit",
  "too-many-fields": "the row has more fields than the limit",
  "field-count": "the row does not have as many fields as the header",
  "empty-column-name": "a column of the header has no name",
  "duplicate-column-name": "two columns of the header have the same name"
}

/**
 * A CSV row that could not be read. `line` and `column` (1-based, characters)
 * point at the problem; `field` is the 1-based field number. The message
 * names the place and the kind, never the content.
 *
 * @since 0.2.0
 */
export class CsvError extends Data.TaggedError("CsvError")<{
  readonly kind: CsvErrorKind
  readonly line: number
  readonly column: number
  readonly field: number
  /** For `field-count`: the header's number of fields and the row's. */
  readonly expected?: number
  readonly actual?: number
  /** For the limits: the limit that was passed. */
  readonly limit?: number
}> {
  override get message(): string {
    const counts = this.kind === "field-count" ? ` (${this.actual} fields, the header has ${this.expected})` : ""
    const limit = this.limit === undefined ? "" : ` (${this.limit})`
    return `CSV line ${this.line}, column ${this.column}: ${describeKind[this.kind]}${counts}${limit}`
  }
}

/**
 * One item read: a row of fields with the line it starts on, or an error for
 * a row that could not be read.
 *
 * @since 0.2.0
 */
export type CsvItem =
  | { readonly _tag: "Row"; readonly line: number; readonly fields: ReadonlyArray<string> }
  | { readonly _tag: "Error"; readonly error: CsvError }

const QUOTE = 34
const LF = 10
const CR = 13

/**
 * An incremental RFC 4180 reader: `push` text chunks in order, then `end()`.
 * Each call returns the items completed by it. Blank lines are skipped.
 *
 * @example
 * ```ts
 * import { Csv } from "@osallistava/core"
 * const reader = new Csv.CsvReader()
 * reader.push('a;b\r\n"x;1";')
 * reader.end() // [{ _tag: "Row", line: 2, fields: ["x;1", ""] }] after the header row
 * ```
 * @since 0.2.0
 */
export class CsvReader {
  private readonly maxCell: number
  private readonly maxRow: number
  private readonly maxFields: number
  private delimiter: number | undefined
  /** Text held back while the delimiter is detected (at most one row). */
  private pending = ""
  private started = false
  private fields: Array<string> = []
  private cell = ""
  /** 0 unquoted, 1 in quotes, 2 just saw a quote in quotes (end or escaped quote), 3 after a closing quote */
  private state = 0
  private cellHasText = false
  private line = 1
  private column = 0
  private rowLine = 1
  private rowChars = 0
  private error: CsvError | undefined
  private lastWasCR = false
  private quoteLine = 1
  private quoteColumn = 1

  constructor(options: CsvOptions = {}) {
    this.maxCell = options.maxCellChars ?? csvLimits.maxCellChars
    this.maxRow = options.maxRowChars ?? csvLimits.maxRowChars
    this.maxFields = options.maxFields ?? csvLimits.maxFields
    const d = options.delimiter ?? "auto"
    this.delimiter = d === "auto" ? undefined : d.charCodeAt(0)
  }

  /** The delimiter in use (known once the first row is complete, or given). */
  get delimiterInUse(): CsvDelimiter | undefined {
    return this.delimiter === undefined ? undefined : (String.fromCharCode(this.delimiter) as CsvDelimiter)
  }

  /** Feeds one chunk of text. */
  push(chunk: string): Array<CsvItem> {
    const out: Array<CsvItem> = []
    let text = chunk
    if (!this.started && text.length > 0) {
      this.started = true
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    }
    if (this.delimiter === undefined) {
      this.pending += text
      const detected = detectDelimiter(this.pending, this.maxRow)
      if (detected === undefined) return out
      this.delimiter = detected.charCodeAt(0)
      text = this.pending
      this.pending = ""
    }
    this.scan(text, out)
    return out
  }

  /** Ends the input; returns the last row (one without a line end) or the error of an unterminated quote. */
  end(): Array<CsvItem> {
    const out: Array<CsvItem> = []
    if (this.delimiter === undefined) {
      this.delimiter = (detectDelimiter(this.pending, this.maxRow, true) ?? ",").charCodeAt(0)
      const text = this.pending
      this.pending = ""
      this.scan(text, out)
    }
    if (this.state === 1) {
      this.fail("unterminated-quote", this.quoteLine, this.quoteColumn)
      this.finishRow(out)
    } else if (this.fields.length > 0 || this.cellHasText || this.state !== 0) this.finishRow(out)
    return out
  }

  private fail(kind: CsvErrorKind, line = this.line, column = this.column, limit?: number) {
    if (this.error !== undefined) return
    this.error = new CsvError({
      kind,
      line,
      column,
      field: this.fields.length + 1,
      ...(limit === undefined ? {} : { limit })
    })
    // The content of a bad row is not kept.
    this.fields = []
    this.cell = ""
  }

  private add(c: string) {
    if (this.error !== undefined) return
    if (this.cell.length >= this.maxCell) this.fail("cell-too-long", this.line, this.column, this.maxCell)
    else this.cell += c
  }

  private endCell() {
    if (this.error === undefined) this.fields.push(this.cell)
    this.cell = ""
    this.cellHasText = false
    this.state = 0
  }

  private finishRow(out: Array<CsvItem>) {
    this.endCell()
    if (this.error !== undefined) out.push({ _tag: "Error", error: this.error })
    else if (!(this.fields.length === 1 && this.fields[0] === "" && this.rowChars === 0))
      out.push({ _tag: "Row", line: this.rowLine, fields: this.fields })
    this.fields = []
    this.error = undefined
    this.rowChars = 0
    this.state = 0
  }

  private newLine() {
    this.line++
    this.column = 0
  }

  private scan(text: string, out: Array<CsvItem>) {
    const delimiter = this.delimiter as number
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (this.lastWasCR) {
        this.lastWasCR = false
        if (code === LF) {
          if (this.state === 1) this.add("\n")
          continue
        }
      }
      this.column++
      const isBreak = code === LF || code === CR
      if (!isBreak) {
        this.rowChars++
        if (this.rowChars > this.maxRow) this.fail("row-too-long", this.line, this.column, this.maxRow)
      }
      if (this.state === 1) {
        // inside quotes
        if (code === QUOTE) this.state = 2
        else {
          this.add(text[i] as string)
          if (isBreak) {
            this.rowChars++
            if (code === CR) this.lastWasCR = true
            this.newLine()
          }
        }
        continue
      }
      if (this.state === 2) {
        if (code === QUOTE) {
          this.add('"')
          this.state = 1
          continue
        }
        this.state = 3 // closed; fall through to what follows a closed field
      }
      if (code === delimiter) {
        this.endCell()
        // Another field starts here: refused before it is read when the row already has the most allowed.
        if (this.fields.length >= this.maxFields) this.fail("too-many-fields", this.line, this.column, this.maxFields)
        continue
      }
      if (isBreak) {
        if (code === CR) this.lastWasCR = true
        this.finishRow(out)
        this.newLine()
        this.rowLine = this.line
        continue
      }
      if (this.state === 3) {
        this.fail("text-after-quote")
        continue
      }
      if (code === QUOTE) {
        if (!this.cellHasText) {
          this.state = 1
          this.cellHasText = true
          this.quoteLine = this.line
          this.quoteColumn = this.column
        } else this.fail("stray-quote")
        continue
      }
      this.cellHasText = true
      this.add(text[i] as string)
    }
  }
}

/**
 * The delimiter of the first row of `text`: the more frequent of `,` and `;`
 * outside quotes (`,` on a tie), once the row is complete, the text is longer
 * than `limit` or `final` is set; otherwise `undefined` (read more).
 */
const detectDelimiter = (text: string, limit: number, final = false): CsvDelimiter | undefined => {
  let commas = 0
  let semicolons = 0
  let quoted = false
  let i = 0
  while (i < text.length && (text.charCodeAt(i) === LF || text.charCodeAt(i) === CR)) i++
  for (; i < text.length && i <= limit; i++) {
    const c = text.charCodeAt(i)
    if (c === QUOTE) quoted = !quoted
    else if (!quoted) {
      if (c === LF || c === CR) break
      if (c === 44) commas++
      else if (c === 59) semicolons++
    }
  }
  if (i >= text.length && !final && i <= limit) return undefined
  return semicolons > commas ? ";" : ","
}

/**
 * Reads a CSV document from text chunks, row by row, in bounded memory.
 *
 * @since 0.2.0
 */
export async function* readCsv(
  chunks: AsyncIterable<string> | Iterable<string>,
  options: CsvOptions = {}
): AsyncGenerator<CsvItem> {
  const reader = new CsvReader(options)
  for await (const chunk of chunks) yield* reader.push(chunk)
  yield* reader.end()
}

/**
 * Reads a whole CSV text at once.
 *
 * @since 0.2.0
 */
export const parseCsv = (text: string, options: CsvOptions = {}): Array<CsvItem> => {
  const reader = new CsvReader(options)
  const out = reader.push(text)
  out.push(...reader.end())
  return out
}

/**
 * A data row of a CSV document with a header: the cells by column name, or
 * the error of a row that could not be read. `record` is the 1-based data
 * row number (the header is not counted; neither are blank lines).
 *
 * @since 0.2.0
 */
export type CsvRecord =
  | {
      readonly _tag: "Record"
      readonly record: number
      readonly line: number
      readonly cells: Readonly<Record<string, string>>
    }
  | { readonly _tag: "Error"; readonly record: number; readonly error: CsvError }

/**
 * Pairs each data row with the header. A row with another number of fields
 * than the header is a `field-count` error. A bad header is one error
 * (record 0) and nothing more is read: no row is mapped under a header that
 * cannot be trusted.
 */
class HeaderMapper {
  private header: ReadonlyArray<string> | undefined
  private headerError: CsvError | undefined
  private n = 0
  map(item: CsvItem): CsvRecord | undefined {
    if (this.header === undefined && this.headerError === undefined) {
      if (item._tag === "Error") {
        this.headerError = item.error
        return { _tag: "Error", record: 0, error: item.error }
      }
      const names = item.fields.map((f) => f.trim())
      const seen = new Set<string>()
      for (let i = 0; i < names.length; i++) {
        const name = names[i] as string
        const kind = name === "" ? "empty-column-name" : seen.has(name) ? "duplicate-column-name" : undefined
        if (kind !== undefined) {
          this.headerError = new CsvError({ kind, line: item.line, column: 1, field: i + 1 })
          return { _tag: "Error", record: 0, error: this.headerError }
        }
        seen.add(name)
      }
      this.header = names
      return undefined
    }
    if (this.headerError !== undefined) return undefined
    this.n++
    if (item._tag === "Error") return { _tag: "Error", record: this.n, error: item.error }
    const header = this.header as ReadonlyArray<string>
    if (item.fields.length !== header.length)
      return {
        _tag: "Error",
        record: this.n,
        error: new CsvError({
          kind: "field-count",
          line: item.line,
          column: 1,
          field: Math.min(item.fields.length, header.length) + 1,
          expected: header.length,
          actual: item.fields.length
        })
      }
    const cells: Record<string, string> = {}
    for (let i = 0; i < header.length; i++) cells[header[i] as string] = item.fields[i] as string
    return { _tag: "Record", record: this.n, line: item.line, cells }
  }
}

/**
 * Reads a CSV document with a header row from text chunks: one
 * {@link CsvRecord} per data row, in bounded memory.
 *
 * @example
 * ```ts
 * import { Csv } from "@osallistava/core"
 * for await (const r of Csv.readCsvRecords(["a,b\n1,2\n3\n"])) console.log(r._tag)
 * // Record, then Error (field-count on line 3)
 * ```
 * @since 0.2.0
 */
export async function* readCsvRecords(
  chunks: AsyncIterable<string> | Iterable<string>,
  options: CsvOptions = {}
): AsyncGenerator<CsvRecord> {
  const mapper = new HeaderMapper()
  for await (const item of readCsv(chunks, options)) {
    const r = mapper.map(item)
    if (r !== undefined) yield r
  }
}

/**
 * {@link readCsvRecords} over a whole text.
 *
 * @since 0.2.0
 */
export const parseCsvRecords = (text: string, options: CsvOptions = {}): Array<CsvRecord> => {
  const mapper = new HeaderMapper()
  const out: Array<CsvRecord> = []
  for (const item of parseCsv(text, options)) {
    const r = mapper.map(item)
    if (r !== undefined) out.push(r)
  }
  return out
}

/**
 * Quotes a cell when it holds a delimiter (`,` or `;`), a quote or a line break (RFC 4180).
 *
 * @since 0.2.0
 */
export const quoteCell = (value: string): string => (/[",;\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)
