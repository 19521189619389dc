/**
 * CSV export format (project's own; Kela's is not public). RFC 4180 quoting:
 * fields containing comma, quote or newline are quoted, quotes doubled. First
 * row is a header with the JSON field names (`_tag,formatVersion,id,...`);
 * empty cells mean "absent"; `true`/`false` booleans; integers as digits.
 * Each data row is decoded like a JSON record; record numbers are 1-based data
 * rows (header excluded). A bad row never stops the batch. `decodeCsvStream`
 * reads text chunks in bounded memory. Reading is core's one CSV reader
 * (`Csv` of `@osallistava/core`); this module keeps only the row mapping.
 *
 * @since 0.1.0
 */
import { Csv } from "@osallistava/core"
import * as Decode from "./decode.js"
import * as Notice from "./notice.js"

/** Column order written by {@link encode}. @since 0.2.0 */
export const columns = Notice.fields

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

const rowResult = (r: Csv.CsvRecord): Decode.RecordResult =>
  r._tag === "Record"
    ? Decode.decodeRecord(fromStrings(r.cells), r.record)
    : {
        _tag: "Bad",
        record: r.record,
        // Line, column and kind only: the row's text is never quoted.
        issues: [{ path: [], at: r.record === 0 ? "(header)" : "(row)", message: r.error.message }]
      }

/**
 * Decode a CSV export (core's reader: `,` or `;` detected from the header,
 * or given in `options`). A row that cannot be read (a short or long row, a
 * stray quote) is a `Bad` record with the line and column; a bad header is
 * one `Bad` record numbered 0 and nothing more is read.
 *
 * @since 0.1.0
 */
export const decodeCsv = (text: string, options: Csv.CsvOptions = {}): ReadonlyArray<Decode.RecordResult> =>
  Csv.parseCsvRecords(text, options).map(rowResult)

/** Streaming CSV decoding over text chunks, bounded memory (core's `Csv.readCsvRecords`). @since 0.2.0 */
export async function* decodeCsvStream(
  chunks: AsyncIterable<string>,
  options: Csv.CsvOptions = {}
): AsyncGenerator<Decode.RecordResult> {
  for await (const r of Csv.readCsvRecords(chunks, options)) yield rowResult(r)
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
