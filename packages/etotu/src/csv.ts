/**
 * CSV export format (project's own; Kela's is not public). RFC 4180 quoting:
 * fields containing comma, quote or newline are quoted, quotes doubled. First
 * row is a header with the JSON field names (`_tag,formatVersion,id,...`);
 * empty cells mean "absent"; `true`/`false` booleans; integers as digits.
 * Each data row is decoded like a JSON record; record numbers are 1-based data
 * rows (header excluded). A bad row never stops the batch.
 *
 * @since 0.1.0
 */
import * as Decode from "./decode.js"

/** Split CSV text into rows of cells (RFC 4180). Unterminated quote ends the text. @since 0.1.0 */
export const parseRows = (text: string): Array<Array<string>> => {
  const rows: Array<Array<string>> = []
  let row: Array<string> = []
  let cell = ""
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"'
          i++
        } else quoted = false
      } else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ",") {
      row.push(cell)
      cell = ""
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ""
    } else cell += ch
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ""))
}

const INT_FIELDS = new Set(["formatVersion", "householdSize", "reductionPercent", "continuationMonth"])
const BOOL_FIELDS = new Set(["protectedPersonalData", "referredToAssessment", "consent", "personalDiscussionRequested"])

const toValue = (field: string, cell: string): unknown => {
  if (INT_FIELDS.has(field) && /^-?\d+$/.test(cell)) return Number(cell)
  if (BOOL_FIELDS.has(field) && (cell === "true" || cell === "false")) return cell === "true"
  return cell
}

/** Decode a CSV export. @since 0.1.0 */
export const decodeCsv = (text: string): ReadonlyArray<Decode.RecordResult> => {
  const [header, ...rows] = parseRows(text)
  if (header === undefined) return []
  return rows.map((cells, i) => {
    const o: Record<string, unknown> = {}
    for (let j = 0; j < header.length; j++) {
      const f = header[j] as string
      const c = cells[j] ?? ""
      if (c !== "") o[f] = toValue(f, c)
    }
    return Decode.decodeRecord(o, i + 1)
  })
}
