import { type AvainRecord, recordsToCsv, report, score, validate } from "@osallistava/avain"
import { describe, expect, it } from "vitest"
import * as Records from "../../../scripts/test-utils/avain-records.mjs"
import { invoke } from "./support/invoke.js"

// The one AVAIN fixture builder (scripts/test-utils/avain-records.mjs), with the municipality and the two goals'
// attainments as this file's cohort varies them.
const start = (planId: string, municipality = "837", over: Partial<AvainRecord> = {}): AvainRecord =>
  Records.start(planId, { municipality, ...over }) as unknown as AvainRecord

const evaluation = (planId: string, a1: string | null, a2: string | null, municipality = "837"): AvainRecord => {
  const base = Records.evaluation(planId, { municipality })
  const [g1, g2] = base["goals"] as ReadonlyArray<Record<string, unknown>>
  return {
    ...base,
    goals: [
      { ...g1, attainment: a1 },
      { ...g2, attainment: a2 }
    ]
  } as unknown as AvainRecord
}

const cohort: ReadonlyArray<AvainRecord> = [
  start("p1"),
  evaluation("p1", "fairly-well", "neither"),
  start("p2", "297"),
  evaluation("p2", "very-well", "very-well", "297"),
  start("p3"),
  evaluation("p3", null, "fairly-poorly"),
  start("p4")
]
const ndjson = `${cohort.map((r) => JSON.stringify(r)).join("\n")}\n`

describe("osallistava avain validate", () => {
  it("accepts a valid cohort (NDJSON on stdin)", async () => {
    const { code, stdout } = await invoke(["avain", "validate", "--quiet"], ndjson)
    expect(code).toBe(0)
    expect(stdout.trim().split("\n")).toHaveLength(7)
    expect(JSON.parse(stdout.split("\n")[0] as string)).toEqual({
      record: 1,
      recordId: "p1-s",
      planId: "p1",
      phase: "start"
    })
  })
  it("names record, field and rule; never prints the henkilötunnus; exit 2", async () => {
    const bad = [
      JSON.stringify({ ...start("p9"), clientRef: "131052-308T" }),
      JSON.stringify(evaluation("p8", "fairly-well", null)),
      JSON.stringify({ ...start("p7"), goals: [{ goalId: "g1", area: "moon", intent: "improve" }] })
    ].join("\n")
    const { code, stderr } = await invoke(["avain", "validate", "--quiet"], bad)
    expect(code).toBe(2)
    expect(stderr).toContain("record 1: clientRef: Must not contain a henkilötunnus")
    expect(stderr).toContain("record 3: goals[0].area: Unknown goal area code")
    expect(stderr).toContain("(rule code-in-catalog)")
    expect(stderr).toContain("record 2: planId: No start record for this plan (rule evaluation-needs-start)")
    expect(stderr).not.toContain("131052")
  })
  it("an evaluation listed before its start is checked when the start arrives", async () => {
    const lines = [
      JSON.stringify({ ...evaluation("p1", "fairly-well", null), date: "2018-01-01" }),
      JSON.stringify(start("p1"))
    ]
    const { code, stderr } = await invoke(["avain", "validate", "--quiet"], lines.join("\n"))
    expect(code).toBe(2)
    expect(stderr).toContain("record 1: date: Evaluation dated before its start record")
  })
})

describe("osallistava avain score", () => {
  it("prints the same per-plan scores as the library", async () => {
    const { code, stdout } = await invoke(["avain", "score", "--quiet"], ndjson)
    expect(code).toBe(0)
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
    expect(lines).toEqual(JSON.parse(JSON.stringify(score(validate(cohort).records))))
    expect(lines[0].attainment).toEqual({ attained: 1, evaluated: 2, notEvaluated: 0, share: 0.5 })
    expect(lines[3].status).toBe("started")
  })
})

describe("osallistava avain report", () => {
  it("JSON report equals the library's report(validate(inputs).records)", async () => {
    const { code, stdout } = await invoke(["avain", "report", "--quiet"], ndjson)
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(report(validate(cohort).records))))
    // 4 plans: under the default threshold 5 every count is suppressed (disclosure control).
    expect(JSON.parse(stdout).attrition).toEqual({ numerator: null, denominator: null, share: null, suppressed: true })
  })
  it("--min-cell sets the threshold of the disclosure rule; the default applies one at all", async () => {
    const raw = await invoke(["avain", "report", "--quiet", "--min-cell", "1"], ndjson)
    expect(JSON.parse(raw.stdout)).toEqual(JSON.parse(JSON.stringify(report(validate(cohort).records, { minCell: 1 }))))
    expect(JSON.parse(raw.stdout).attrition).toEqual({ numerator: 1, denominator: 4, share: 0.25, suppressed: false })
    expect(JSON.parse((await invoke(["avain", "report", "--quiet"], ndjson)).stdout).population).toEqual({
      started: null,
      evaluated: null
    })
    const bad = await invoke(["avain", "report", "--quiet", "--min-cell", "0"], ndjson)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("--min-cell")
  })
  it("CSV input gives the same figures as NDJSON", async () => {
    const csv = recordsToCsv(cohort)
    const a = await invoke(["avain", "report", "--quiet", "--input-format", "csv"], csv)
    const b = await invoke(["avain", "report", "--quiet"], ndjson)
    expect(a.code).toBe(0)
    expect(JSON.parse(a.stdout)).toEqual(JSON.parse(b.stdout))
  })
  it("filters by municipality and prints a Swedish text table", async () => {
    const { stdout } = await invoke(
      ["avain", "report", "--quiet", "--municipality", "297", "--format", "text", "--lang", "sv"],
      ndjson
    )
    expect(stdout).toContain("Påbörjade planer: ..")
    expect(stdout).toMatch(/Hantering av ekonomin\s+\.\.\/\.\.\s+\.\./)
    expect(stdout).toContain("Obs. rapporten använder preliminära koder")
  })
  it("prints an SVG chart", async () => {
    const { stdout } = await invoke(["avain", "report", "--quiet", "--chart", "goal-areas", "--lang", "en"], ndjson)
    expect(stdout).toContain("<svg")
    expect(stdout).toContain("Goals, % of clients (N=..)")
  })
  it("a bad option value is a usage error (exit 2)", async () => {
    const { code, stderr } = await invoke(["avain", "report", "--from", "2018-02-30"], ndjson)
    expect(code).toBe(2)
    expect(stderr).toContain("--from")
  })
  it("--help shows examples", async () => {
    const { stdout } = await invoke(["avain", "report", "--help"])
    expect(stdout).toContain("osallistava avain report records.ndjson --format text --lang fi")
  })
})
