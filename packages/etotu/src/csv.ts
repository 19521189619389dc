/**
 * CSV export format (project's own; Kela's is not public). RFC 4180 quoting:
 * fields containing comma, quote or newline are quoted, quotes doubled. First
 * row is a header with the JSON field names (`_tag,formatVersion,id,...`);
 * empty cells mean "absent"; `true`/`false` booleans; integers as digits.
 * Each data row is decoded like a JSON record; record numbers are 1-based data
 * rows (header excluded). A bad row never stops the batch. `decodeCsvStream`
 * reads text chunks in constant memory.
 *
 * @since 0.1.0
 */
import * as Decode from "./decode.js"
import type * as Notice from "./notice.js"

/** Column order written by {@link encode}. @since 0.2.0 */
export const columns = [
  "_tag",
  "formatVersion",
  "id",
  "decisionDate",
  "kelaDecisionId",
  "municipality",
  "urgency",
  "protectedPersonalData",
  "householdSize",
  "ageGroup",
  "phone",
  "freeText",
  "assistanceKind",
  "reductionPercent",
  "ground",
  "referredToAssessment",
  "continuationMonth",
  "reason",
  "consent",
  "personalDiscussionRequested"
] as const

/** Incremental RFC 4180 row splitter: feed chunks, get completed rows. @since 0.2.0 */
export class RowSplitter {
  private row: Array<string> = []
  private cell = ""
  private quoted = false
  private quotePending = false
  private crPending = false
  private any = false
  /** Feed a chunk; returns rows completed by it. */
  push(text: string): Array<Array<string>> {
    const rows: Array<Array<string>> = []
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string
      if (this.crPending) {
        this.crPending = false
        if (ch === "\n") continue
      }
      if (this.quoted) {
        if (this.quotePending) {
          this.quotePending = false
          if (ch === '"') {
            this.cell += '"'
            continue
          }
          this.quoted = false
        } else if (ch === '"') {
          this.quotePending = true
          continue
        } else {
          this.cell += ch
          continue
        }
      }
      if (ch === '"' && this.cell === "") {
        this.quoted = true
        this.any = true
      } else if (ch === ",") {
        this.row.push(this.cell)
        this.cell = ""
        this.any = true
      } else if (ch === "\n" || ch === "\r") {
        if (ch === "\r") this.crPending = true
        this.row.push(this.cell)
        if (!(this.row.length === 1 && this.row[0] === "" && !this.any)) rows.push(this.row)
        this.row = []
        this.cell = ""
        this.any = false
      } else {
        this.cell += ch
        this.any = true
      }
    }
    return rows
  }
  /** End of input: the last row without a line end, if any. An unterminated quote ends the text. */
  end(): Array<Array<string>> {
    if (this.quotePending) this.quoted = false
    if (this.cell !== "" || this.row.length > 0 || this.any) {
      this.row.push(this.cell)
      const r = this.row
      this.row = []
      this.cell = ""
      this.any = false
      return [r]
    }
    return []
  }
}

/** Split CSV text into rows of cells (RFC 4180). Unterminated quote ends the text. @since 0.1.0 */
export const parseRows = (text: string): Array<Array<string>> => {
  const s = new RowSplitter()
  const rows = s.push(text)
  rows.push(...s.end())
  return rows
}

const INT_FIELDS = new Set(["formatVersion", "householdSize", "reductionPercent", "continuationMonth"])
const BOOL_FIELDS = new Set(["protectedPersonalData", "referredToAssessment", "consent", "personalDiscussionRequested"])

/**
 * Turn a CSV record of strings (header → cell) into the JSON shape the
 * decoder expects: empty cell = absent, digits in integer fields → numbers,
 * `true`/`false` in boolean fields → booleans. Anything else stays a string,
 * so the decoder reports the field and rule.
 *
 * @since 0.2.0
 */
export const fromStrings = (record: Readonly<Record<string, string>>): Record<string, unknown> => {
  const o: Record<string, unknown> = {}
  for (const f in record) {
    const c = record[f] as string
    if (c === "") continue
    if (INT_FIELDS.has(f) && /^-?\d{1,15}$/.test(c)) o[f] = Number(c)
    else if (BOOL_FIELDS.has(f) && (c === "true" || c === "false")) o[f] = c === "true"
    else o[f] = c
  }
  return o
}

const rowResult = (header: ReadonlyArray<string>, cells: ReadonlyArray<string>, n: number): Decode.RecordResult => {
  if (cells.length !== header.length)
    return {
      _tag: "Bad",
      record: n,
      issues: [
        { path: [], at: "(row)", message: `Expected ${header.length} cells as in the header, got ${cells.length}` }
      ]
    }
  const rec: Record<string, string> = {}
  for (let j = 0; j < header.length; j++) rec[header[j] as string] = cells[j] as string
  return Decode.decodeRecord(fromStrings(rec), n)
}

/** Decode a CSV export. @since 0.1.0 */
export const decodeCsv = (text: string): ReadonlyArray<Decode.RecordResult> => {
  const [header, ...rows] = parseRows(text)
  if (header === undefined) return []
  const h = header.map((x) => x.trim())
  return rows.map((cells, i) => rowResult(h, cells, i + 1))
}

/** Streaming CSV decoding over text chunks, constant memory. @since 0.2.0 */
export async function* decodeCsvStream(chunks: AsyncIterable<string>): AsyncGenerator<Decode.RecordResult> {
  const s = new RowSplitter()
  let header: Array<string> | undefined
  let n = 0
  const handle = function* (rows: Array<Array<string>>) {
    for (const r of rows) {
      if (header === undefined) {
        header = r.map((x, i) => (i === 0 ? x.replace(/^\uFEFF/, "") : x).trim())
        continue
      }
      n++
      yield rowResult(header, r, n)
    }
  }
  for await (const chunk of chunks) yield* handle(s.push(chunk))
  yield* handle(s.end())
}

const quote = (v: unknown): string => {
  if (v === undefined) return ""
  const s = String(v)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** Encode notices as CSV (header + one row each), the inverse of {@link decodeCsv}. @since 0.2.0 */
export const encode = (notices: Iterable<Notice.Notice>): string => {
  let out = `${columns.join(",")}\r\n`
  for (const n of notices) {
    const o = n as unknown as Record<string, unknown>
    out += `${columns.map((c) => quote(o[c])).join(",")}\r\n`
  }
  return out
}
