import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { invoke } from "./support/invoke.js"

const ndjson = (xs: ReadonlyArray<unknown>) => `${xs.map((x) => JSON.stringify(x)).join("\n")}\n`
// The CLI's own example log (the README runs it too): two cases of one SocialWorkNeeded notice each, over Christmas.
const events: ReadonlyArray<Record<string, unknown>> = readFileSync(
  fileURLToPath(new URL("../examples/pathway-events.ndjson", import.meta.url)),
  "utf8"
)
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l))

describe("osallistava model pathway", () => {
  it("replays each case; deadlines over Christmas (SHL § 36 policy 7 working days → 4 Jan 2027)", async () => {
    const { code, stdout } = await invoke(["model", "pathway", "-", "--today", "2027-01-05", "--quiet"], ndjson(events))
    expect(code).toBe(0)
    const rows = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
    expect(rows.map((r) => [r.caseId, r.stage])).toEqual([
      ["K1", "assessing"],
      ["K2", "received"]
    ])
    expect(rows[0].deadlines.find((d: { id: string }) => d.id === "assessment-start")).toMatchObject({
      due: "2027-01-04",
      status: "met"
    })
    expect(rows[0].state.notices).toHaveLength(1) // the duplicate notice changed nothing
    expect(rows[1].overdue).toEqual(["assessment-start"])
    expect(rows[1].next.due).toBe("2026-12-10")
  })

  it("--caseload orders by next deadline; --format text --lang sv", async () => {
    const { stdout } = await invoke(
      ["model", "pathway", "-", "--today", "2027-01-05", "--caseload", "--format", "text", "--lang", "sv", "--quiet"],
      ndjson(events)
    )
    expect(stdout.indexOf("Klientrelation K2")).toBeLessThan(stdout.indexOf("Klientrelation K1"))
    expect(stdout).toContain("Inledning av bedömningen av servicebehovet [ÖVERSKRIDEN]")
    expect(stdout).toContain("Bedömning av servicebehovet pågår")
  })

  it("a refused transition and a bad record: exit 2, record number and rule, no personal data echoed", async () => {
    const bad = [
      ...events,
      { _tag: "PlanMade", caseId: "K2", on: "2026-12-02", plan: {} },
      {
        _tag: "AssessmentCompleted",
        caseId: "K2",
        on: "2026-12-03",
        assessment: {
          multiProfessional: false,
          participants: [],
          needsClientPlan: true,
          activationPlanNeeded: false,
          clientView: "",
          workerView: ""
        }
      },
      { _tag: "ContactAttempted", caseId: "010190-900A", on: "2026-12-03", channel: "phone" }
    ]
    const { code, stdout, stderr } = await invoke(["model", "pathway", "-", "--today", "2027-01-05"], ndjson(bad))
    expect(code).toBe(2)
    expect(stderr).toContain("record 7: plan.planId")
    expect(stderr).toContain(
      "record 8: AssessmentCompleted: AssessmentCompleted is not allowed in stage received (rule stage"
    )
    expect(stderr).toContain("record 9: caseId")
    expect(stderr).not.toContain("010190-900A")
    expect(stderr).toContain("summary: 9 records, 6 ok, 3 errors")
    const k2 = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
      .find((r) => r.caseId === "K2")
    expect(k2.error).toMatchObject({ rule: "stage", event: "AssessmentCompleted" })
  })

  it("a JSON array is read like NDJSON; --today must be a real date", async () => {
    const { code, stdout } = await invoke(
      ["model", "pathway", "-", "--input-format", "json", "--today", "2027-01-05", "-q"],
      JSON.stringify(events)
    )
    expect(code).toBe(0)
    expect(stdout.trim().split("\n")).toHaveLength(2)
    const r = await invoke(["model", "pathway", "-", "--today", "2027-02-30"], ndjson(events))
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("--today")
  })

  it("--help shows an example", async () => {
    const { stdout } = await invoke(["model", "pathway", "--help"])
    expect(stdout).toContain("osallistava model pathway case.ndjson --today 2027-01-05 --format text --lang en")
  })
})
