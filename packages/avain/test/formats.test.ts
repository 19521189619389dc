import * as Result from "effect/Result"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  type AvainRecord,
  barChartSvg,
  formatPercent,
  formatReportText,
  fromCsvRow,
  readRowsFromCsv,
  recordJsonSchema,
  recordsFromCsv,
  recordsToCsv,
  report,
  reportCharts,
  rowsFromCsv,
  validate
} from "../src/index.js"
import { evaluation, start } from "./fixtures.js"

// These tests check the report's definitions on tiny hand-made cohorts: disclosure control off (minCell 1);
// suppression itself is tested in test/disclosure.test.ts.
const raw = { minCell: 1 } as const

/** The records of a CSV text; a row that cannot be read fails the test. */
const readCsv = (csv: string): Array<unknown> => {
  const r = recordsFromCsv(csv)
  if (Result.isFailure(r)) throw new Error(r.failure.message)
  return r.success
}

// Issue 15: a cell like x"y swallowed the rest of the file (two records became one) and short rows were padded.
describe("AVAIN CSV reading: no swallowing, padding or truncation", () => {
  const text = () => recordsToCsv([start("p1"), start("p2"), start("p3")])
  it('a stray quote (x"y) is an error of its row; the next rows are still read', () => {
    const csv = text().replace("p2-s,p2", 'p2-s,p"2')
    const rows = rowsFromCsv(csv)
    expect(rows.map((r) => r._tag)).toEqual(["Row", "Error", "Row"])
    expect(rows[1]?._tag === "Error" && rows[1].error.kind).toBe("stray-quote")
    expect(rows[1]?._tag === "Error" && rows[1].error.line).toBe(3)
    expect(Result.isFailure(recordsFromCsv(csv))).toBe(true)
  })
  it("a short row is an error naming the counts, not padded", () => {
    const lines = text().split("\r\n")
    lines[2] = lines[2]!.split(",").slice(0, 5).join(",")
    const rows = rowsFromCsv(lines.join("\r\n"))
    expect(rows[1]).toMatchObject({ _tag: "Error", record: 2 })
    expect(rows[1]?._tag === "Error" && rows[1].error.message).toBe(
      "CSV line 3, column 1: the row does not have as many fields as the header (5 fields, the header has 15)"
    )
  })
  it("streaming over chunks gives the same rows as the whole text", async () => {
    const csv = text().replace("p2-s,p2", 'p2-s,p"2')
    const chunks = csv.match(/[\s\S]{1,7}/g) ?? []
    const streamed: Array<unknown> = []
    for await (const r of readRowsFromCsv(chunks)) streamed.push(r)
    expect(streamed).toEqual(rowsFromCsv(csv))
  })
  it("a semicolon-separated export is read like a comma-separated one", () => {
    const csv = text()
    const semi = rowsFromCsv(
      csv
        .split("\r\n")
        .map((l) => l.replaceAll(";", "%3B").replaceAll(",", ";"))
        .join("\r\n")
    )
    expect(semi.every((r) => r._tag === "Row")).toBe(true)
    expect(semi).toHaveLength(3)
  })
})

describe("CSV format", () => {
  it("round-trips start and evaluation records, including text with ; : % , and quotes", () => {
    const s = start("p1", {
      goals: [{ goalId: "g1", area: "housing", intent: "improve", text: 'Oma koti; "pysyvä": 100 %, pian' }],
      mechanisms: "luottamus, rinnalla kulkeminen"
    })
    const e = evaluation("p1", {
      goals: [{ goalId: "g1", area: "housing", attainment: null }],
      methods: [{ code: "discussion", assessment: "helped-some" }, { code: "referral" }],
      // CSV writes an absent and a null assessment alike (empty); the round trip yields absent
      services: [{ code: "social-work" }]
    })
    const csv = recordsToCsv([s, e])
    expect(csv.split("\r\n")[0]).toBe(
      "formatVersion,recordId,planId,clientRef,municipality,phase,date,startDate,ratedBy,clientPresent,goals,factors,methods,services,mechanisms"
    )
    const back = validate(readCsv(csv))
    expect(back.issues).toEqual([])
    expect(back.records).toEqual([s, e])
  })
  it("property: any valid goal text round-trips", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }).filter((t) => !/\d{6}/.test(t)),
        (text) => {
          const s = start("p1", { goals: [{ goalId: "g1", area: "housing", intent: "improve", text }] })
          expect(validate(readCsv(recordsToCsv([s]))).records).toEqual([s])
        }
      )
    )
  })
  it("reads format version 1 rows (numeric attainment) and upgrades them", () => {
    const csv = recordsToCsv([start("p1"), evaluation("p1")])
      .replace(/\r\n2,p1-e/, "\r\n1,p1-e")
      .replace("g1:financial-management:fairly-well", "g1:financial-management:4")
    const r = validate(readCsv(csv))
    expect(r.issues).toEqual([])
    expect((r.records[1] as AvainRecord).goals[0]).toEqual({
      goalId: "g1",
      area: "financial-management",
      attainment: "fairly-well"
    })
  })
  it("a bad cell is reported with its field path", () => {
    const csv = recordsToCsv([start("p1")]).replace(",true,", ",maybe,")
    expect(validate(readCsv(csv)).issues[0]).toMatchObject({ at: "clientPresent", rule: "schema" })
  })
})

describe("JSON Schema export", () => {
  it("documents both record kinds and the format version field", () => {
    const doc = recordJsonSchema()
    const text = JSON.stringify(doc)
    expect(text).toContain('"formatVersion":{"type":"number","enum":[2]}')
    expect(text).toContain("AvainStartRecord")
    expect(text).toContain("AvainEvaluationRecord")
  })
})

describe("text tables and SVG", () => {
  const r = report([start("p1"), evaluation("p1"), start("p2")], raw)
  it("Finnish text with the provisional warning, n/N and percentages", () => {
    const fi = formatReportText(r, "fi")
    expect(fi).toContain("! Huom. raportissa on käytössä alustavia koodeja")
    expect(fi).toContain("Tavoitteet, % asiakkaista (N=2)")
    expect(fi).toMatch(/Taloudenhallinta\s+2\/2\s+100,0 %/)
    expect(fi).toContain('Tavoitteet toteutuneet vähintään tasolla "Melko hyvin"')
    expect(fi).toMatch(/Ei arviointia \(keskeytyneet\): 1\/2 50,0 %/)
  })
  it("Swedish and English labels", () => {
    expect(formatReportText(r, "sv")).toMatch(/Hantering av ekonomin\s+2\/2\s+100,0 %/)
    expect(formatReportText(r, "en")).toMatch(/Managing one's finances\s+2\/2\s+100.0%/)
  })
  it("percent style per language", () => {
    expect(formatPercent(0.4567, "fi")).toBe("45,7 %")
    expect(formatPercent(0.4567, "en")).toBe("45.7%")
    expect(formatPercent(null, "sv")).toBe("–")
  })
  it("SVG bar chart: one bar per row, width proportional to the share, text escaped", () => {
    const svg = barChartSvg(
      [
        { label: { fi: "A & B", sv: "A & B", en: "A & B" }, numerator: 1, denominator: 2, share: 0.5 },
        { label: { fi: "<C>", sv: "C", en: "C" }, numerator: 2, denominator: 2, share: 1 }
      ],
      { title: "Kuvio", language: "fi", width: 640 }
    )
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg).toContain("A &amp; B")
    expect(svg).toContain("&lt;C&gt;")
    const widths = [...svg.matchAll(/<rect [^>]*width="(\d+)"/g)].map((m) => Number(m[1]))
    expect(widths).toHaveLength(2)
    expect(Math.abs((widths[1] as number) - 2 * (widths[0] as number))).toBeLessThanOrEqual(1)
  })
  it("report charts for Kuvio 3–5 shapes", () => {
    const c = reportCharts(r, "en")
    expect(c.goalAreas).toContain("Goals, % of clients (N=2)")
    expect(c.factorsHindering).toContain("Mental health")
    expect(c.methods).toContain("Discussion with the client")
  })
})

describe("fromCsvRow on something that is not a row of strings", () => {
  it("passes it on for decoding to name the fields, never throws", () => {
    const odd = { goals: "x", factors: [{ code: "a" }] } as unknown as Record<string, string>
    expect(fromCsvRow(odd)).toBe(odd)
    expect(validate([fromCsvRow(odd)]).issues.length).toBeGreaterThan(0)
  })
})
