/**
 * The stable CSV exchange format of AVAIN records: one row per record, with
 * the header {@link csvColumns}. List fields are cells of items separated by
 * `;`, each item's parts separated by `:`; `%`, `;` and `:` inside a part are
 * written `%25`, `%3B`, `%3A`. Cells are quoted by RFC 4180 when needed.
 *
 * | column | start record | evaluation record |
 * |---|---|---|
 * | goals | `goalId:area:intent[:text]` | `goalId:area:attainment` (empty attainment = not evaluated) |
 * | factors | `code:direction` | `code:direction` |
 * | methods, services | `code` | `code[:assessment]` |
 * | startDate | empty | date of the start record |
 *
 * Format version 1 rows (numeric attainment 1–5) are read and upgraded.
 *
 * @since 0.1.0
 */
import { Csv } from "@osallistava/core"
import * as Result from "effect/Result"
import type { AvainRecord } from "./record.js"

/** Header of the CSV format, in order. @since 0.1.0 */
export const csvColumns = [
  "formatVersion",
  "recordId",
  "planId",
  "clientRef",
  "municipality",
  "phase",
  "date",
  "startDate",
  "ratedBy",
  "clientPresent",
  "goals",
  "factors",
  "methods",
  "services",
  "mechanisms"
] as const

const esc = (s: string): string => s.replace(/%/g, "%25").replace(/;/g, "%3B").replace(/:/g, "%3A")
const unesc = (s: string): string => s.replace(/%3B/gi, ";").replace(/%3A/gi, ":").replace(/%25/g, "%")
const item = (parts: ReadonlyArray<string>): string => parts.map(esc).join(":")
const quote = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)

/**
 * The CSV cells of one record, in {@link csvColumns} order.
 *
 * @since 0.1.0
 */
export const toCsvCells = (r: AvainRecord): ReadonlyArray<string> => {
  const goals =
    r.phase === "start"
      ? r.goals.map((g) =>
          item(g.text === undefined ? [g.goalId, g.area, g.intent] : [g.goalId, g.area, g.intent, g.text])
        )
      : r.goals.map((g) => item([g.goalId, g.area, g.attainment ?? ""]))
  const used = (xs: ReadonlyArray<{ code: string; assessment?: string | null }>) =>
    xs.map((m) => item(m.assessment === undefined || m.assessment === null ? [m.code] : [m.code, m.assessment]))
  return [
    String(r.formatVersion),
    r.recordId,
    r.planId,
    r.clientRef,
    r.municipality,
    r.phase,
    r.date,
    r.phase === "evaluation" ? r.startDate : "",
    r.ratedBy,
    String(r.clientPresent),
    goals.join(";"),
    r.factors.map((f) => item([f.code, f.direction])).join(";"),
    used(r.methods).join(";"),
    used(r.services).join(";"),
    r.mechanisms ?? ""
  ]
}

/**
 * Writes records as CSV text with a header row (CRLF line ends, RFC 4180).
 *
 * @since 0.1.0
 */
export const recordsToCsv = (records: Iterable<AvainRecord>): string => {
  let out = `${csvColumns.join(",")}\r\n`
  for (const r of records) out += `${toCsvCells(r).map(quote).join(",")}\r\n`
  return out
}

const items = (cell: string | undefined): Array<Array<string>> =>
  cell === undefined || cell.trim() === "" ? [] : cell.split(";").map((i) => i.split(":").map(unesc))

/**
 * Turns one CSV row (header → cell) into an unvalidated record object for
 * {@link decodeRecord} / {@link validate}. Malformed cells are passed on so
 * that decoding names the field.
 *
 * @since 0.1.0
 */
export const fromCsvRow = (row: Readonly<Record<string, string>>): unknown => {
  // Not a row of strings (a JSON object handed over by mistake): passed on whole, so decoding names its fields.
  for (const cell of Object.values(row as Readonly<Record<string, unknown>>)) if (typeof cell !== "string") return row
  const version = /^\d+$/.test(row["formatVersion"] ?? "") ? Number(row["formatVersion"]) : row["formatVersion"]
  const phase = row["phase"]
  const evaluation = phase === "evaluation"
  const goals = items(row["goals"]).map((p) => {
    if (evaluation) {
      const a = p[2] ?? ""
      const attainment = a === "" ? null : version === 1 && /^[1-5]$/.test(a) ? Number(a) : a
      return { goalId: p[0], area: p[1], attainment }
    }
    return p.length > 3
      ? { goalId: p[0], area: p[1], intent: p[2], text: p.slice(3).join(":") }
      : { goalId: p[0], area: p[1], intent: p[2] }
  })
  const list = (cell: string | undefined) =>
    items(cell).map((p) =>
      evaluation && p.length > 1 ? { code: p[0], assessment: p[1] === "" ? null : p[1] } : { code: p[0] }
    )
  const present = row["clientPresent"]
  const out: Record<string, unknown> = {
    formatVersion: version,
    recordId: row["recordId"],
    planId: row["planId"],
    clientRef: row["clientRef"],
    municipality: row["municipality"],
    phase,
    date: row["date"],
    ratedBy: row["ratedBy"],
    clientPresent: present === "true" ? true : present === "false" ? false : present,
    goals,
    factors: items(row["factors"]).map((p) => ({ code: p[0], direction: p[1] })),
    methods: list(row["methods"]),
    services: list(row["services"])
  }
  if (evaluation) out["startDate"] = row["startDate"]
  if (row["mechanisms"] !== undefined && row["mechanisms"] !== "") out["mechanisms"] = row["mechanisms"]
  return out
}

/**
 * One data row of an AVAIN CSV text: the unvalidated record object, or the
 * error of a row that could not be read (line, column and kind, never its
 * text). Record numbers are 1-based data rows; a bad header is record 0.
 *
 * @since 0.2.0
 */
export type CsvRowResult =
  | { readonly _tag: "Row"; readonly record: number; readonly line: number; readonly value: unknown }
  | { readonly _tag: "Error"; readonly record: number; readonly error: Csv.CsvError }

/**
 * Reads CSV text with core's one reader (RFC 4180, `,` or `;` detected from
 * the header or given in `options`): each data row as an unvalidated record
 * object for {@link validate}, or as an error. A short row, a long row or a
 * stray quote (`x"y`) is an error of that row, never padded, cut or merged
 * with the next one.
 *
 * @since 0.2.0
 */
export const rowsFromCsv = (text: string, options: Csv.CsvOptions = {}): Array<CsvRowResult> =>
  Csv.parseCsvRecords(text, options).map((r) =>
    r._tag === "Record"
      ? { _tag: "Row", record: r.record, line: r.line, value: fromCsvRow(r.cells) }
      : { _tag: "Error", record: r.record, error: r.error }
  )

/**
 * {@link rowsFromCsv} over text chunks (a file or a network stream), in
 * bounded memory: rows come out as they complete, with core's limits on
 * cells, rows and fields.
 *
 * @since 0.2.0
 */
export async function* readRowsFromCsv(
  chunks: AsyncIterable<string> | Iterable<string>,
  options: Csv.CsvOptions = {}
): AsyncGenerator<CsvRowResult> {
  for await (const r of Csv.readCsvRecords(chunks, options))
    yield r._tag === "Record"
      ? { _tag: "Row", record: r.record, line: r.line, value: fromCsvRow(r.cells) }
      : { _tag: "Error", record: r.record, error: r.error }
}

/**
 * Parses CSV text (RFC 4180, header row) into unvalidated record objects, or
 * fails with the first row that could not be read (nothing is dropped
 * silently). {@link rowsFromCsv} gives every row's own result.
 *
 * @since 0.1.0
 */
export const recordsFromCsv = (
  text: string,
  options: Csv.CsvOptions = {}
): Result.Result<Array<unknown>, Csv.CsvError> => {
  const out: Array<unknown> = []
  for (const r of rowsFromCsv(text, options)) {
    if (r._tag === "Error") return Result.fail(r.error)
    out.push(r.value)
  }
  return Result.succeed(out)
}
