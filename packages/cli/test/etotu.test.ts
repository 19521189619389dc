import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { invoke } from "./support/invoke.js"

const base = {
  formatVersion: 1,
  decisionDate: "2026-12-23",
  municipality: "091",
  protectedPersonalData: false,
  householdSize: 1,
  ageGroup: "25to64"
}
const app = { ...base, _tag: "ForwardedApplication", id: "A1", urgency: "urgent", assistanceKind: "preventive" }
const sw = {
  ...base,
  _tag: "SocialWorkNeeded",
  id: "S1",
  urgency: "nonUrgent",
  reason: "housing",
  consent: true,
  personalDiscussionRequested: false
}
const ndjson = (xs: ReadonlyArray<unknown>) => `${xs.map((x) => JSON.stringify(x)).join("\n")}\n`

describe("osallistava etotu decode", () => {
  it("good, duplicate and bad records: the batch goes on, exit 2, no value echoed", async () => {
    const bad = { ...sw, id: "S2", urgency: "maybe", freeText: "010101-123N" }
    const { code, stdout, stderr } = await invoke(["etotu", "decode", "-"], ndjson([app, app, bad, sw]))
    expect(code).toBe(2)
    const rows = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
    expect(rows.map((r) => `${r.record}:${r.status}`)).toEqual(["1:new", "2:duplicate", "4:new"])
    expect(rows[0].legalBasis).toBe("Act 1412/1997 § 14 c")
    expect(rows[2].visibleOn).toBe("2026-12-23")
    expect(stderr).toContain("record 3: urgency")
    expect(stderr).not.toContain("010101-123N")
  })
  it("--dedupe-window bounds the ids remembered: a redelivery within it is a duplicate, one beyond it is new", async () => {
    const ids = ["W1", "W2", "W3", "W4", "W5", "W1"].map((id) => ({ ...app, id }))
    const status = async (window: string) => {
      const { code, stdout } = await invoke(["etotu", "decode", "-", "--dedupe-window", window], ndjson(ids))
      expect(code).toBe(0)
      return JSON.parse(stdout.trim().split("\n")[5] as string).status
    }
    // Two generations of window / 2 ids: W1 is still remembered with 10, forgotten with 4.
    expect(await status("10")).toBe("duplicate")
    expect(await status("4")).toBe("new")
  })
  it("a bad --dedupe-window is a usage error (exit 2)", async () => {
    for (const value of ["0", "1", "x", "-5"]) {
      const { code, stderr } = await invoke(["etotu", "stats", "-", "--dedupe-window", value], ndjson([app]))
      expect(code).toBe(2)
      expect(stderr).toContain("--dedupe-window")
    }
  })
  it("a CSV export decodes like JSON (file extension .csv)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "etotu-"))
    const file = join(dir, "day.csv")
    writeFileSync(
      file,
      [
        "_tag,formatVersion,id,decisionDate,municipality,urgency,protectedPersonalData,householdSize,ageGroup,freeText,assistanceKind",
        'ForwardedApplication,1,a1,2026-11-20,091,nonUrgent,false,2,25to64,"vuokra, sähkö",supplementary',
        "ForwardedApplication,1,a2,2026-11-20,091,nonUrgent,false,x,25to64,,supplementary"
      ].join("\n")
    )
    const { code, stdout, stderr } = await invoke(["etotu", "decode", file, "--quiet"])
    expect(code).toBe(2)
    expect(JSON.parse(stdout.trim()).notice.freeText).toBe("vuokra, sähkö")
    expect(stderr).toContain("record 2: householdSize")
  })
})

describe("osallistava etotu triage", () => {
  it("--order: urgent application first, due the next working day after Christmas (TTL 14 b §)", async () => {
    const { code, stdout } = await invoke(
      ["etotu", "triage", "-", "--received-on", "2026-12-23", "--order", "--quiet"],
      ndjson([sw, app])
    )
    expect(code).toBe(0)
    const rows = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
    expect(rows.map((r) => [r.noticeId, r.queue, r.due])).toEqual([
      ["A1", "urgent", "2026-12-28"],
      ["S1", "socialWork", "2027-01-07"]
    ])
  })
  it("streaming with a 25+ capacity of 1: the second goes to an information letter", async () => {
    const u = (id: string) => ({ ...base, _tag: "Unemployed25OrOver", id, urgency: "nonUrgent" })
    const { stdout } = await invoke(
      ["etotu", "triage", "-", "--capacity-25", "1", "--format", "text", "--quiet"],
      ndjson([u("U1"), u("U2")])
    )
    const lines = stdout.trim().split("\n")
    expect(lines[0]).toMatch(/^1\tSosiaalityö\t/)
    expect(lines[1]).toMatch(/^2\tTiedotuskirje\t/)
  })
  it("a bad --received-on is a usage error (exit 2)", async () => {
    const { code, stderr } = await invoke(["etotu", "triage", "-", "--received-on", "2026-02-30"], ndjson([sw]))
    expect(code).toBe(2)
    expect(stderr).toContain("--received-on")
  })
})

describe("osallistava etotu stats", () => {
  it("counts by type with suppression and replays case events for response rates", async () => {
    const recs: Array<unknown> = []
    for (let i = 0; i < 6; i++)
      recs.push({
        notice: { ...sw, id: `S${i}` },
        receivedOn: "2026-12-23",
        events: [
          { _tag: "BecameVisible", on: "2026-12-23" },
          { _tag: "Opened", on: "2026-12-28" },
          // After registration the case's steps are the pathway's events (issue 15: one case lifecycle).
          { _tag: "ContactAttempted", on: "2026-12-28", channel: "phone" },
          ...(i < 3
            ? [
                { _tag: "AppointmentBooked", on: "2026-12-29", appointmentOn: "2027-01-04" },
                { _tag: "ClientMet", on: "2027-01-04" },
                { _tag: "AssessmentStarted", on: "2027-01-04", multiProfessional: false }
              ]
            : [])
        ]
      })
    recs.push(app)
    const { code, stdout } = await invoke(["etotu", "stats", "-", "--quiet"], ndjson(recs))
    expect(code).toBe(0)
    const s = JSON.parse(stdout)
    // 6 social-work notices and 1 application: with the total 7 shown the application (1) would follow from 7 − 6,
    // so the total is suppressed too (complementary suppression, docs/privacy/disclosure-control.md).
    expect(s.total).toBeNull()
    expect(s.byType).toEqual([
      { type: "ForwardedApplication", count: null, share: null },
      { type: "SocialWorkNeeded", count: 6, share: null }
    ])
    const r = s.responses.find((x: { type: string }) => x.type === "SocialWorkNeeded")
    // 3 of 6 attended: 3 is a small count, so the shares over it are not shown either.
    expect(r).toMatchObject({ notices: 6, cases: 6, reached: null, attendedShare: null, assessedShare: null })
    expect(s.cells.find((c: { type: string }) => c.type === "ForwardedApplication").count).toBeNull()
    // 2026-12-23 → 2027-01-04 = 12 days for the three assessed
    expect(s.daysToAssessment).toEqual({ n: null, median: null, p90: null })
    expect(s.daysToFirstContact).toEqual({ n: 6, median: 5, p90: 5 })
  })
  it("an illegal event names its position", async () => {
    const { code, stderr } = await invoke(
      ["etotu", "stats", "-", "--quiet"],
      ndjson([{ notice: sw, events: [{ _tag: "AssessmentStarted", on: "2026-12-23", multiProfessional: false }] }])
    )
    expect(code).toBe(2)
    expect(stderr).toContain("events[0]")
  })
  it("the case opens only from a registered notice, and a step the pathway's stage does not allow is refused (issue 15)", async () => {
    const { code, stderr } = await invoke(
      ["etotu", "stats", "-", "--quiet", "--lang", "en"],
      ndjson([
        {
          notice: sw,
          receivedOn: "2026-12-23",
          events: [
            { _tag: "BecameVisible", on: "2026-12-23" },
            { _tag: "ContactAttempted", on: "2026-12-23", channel: "phone" }
          ]
        },
        {
          notice: { ...sw, id: "S9" },
          receivedOn: "2026-12-23",
          events: [
            { _tag: "BecameVisible", on: "2026-12-23" },
            { _tag: "Opened", on: "2026-12-23" },
            { _tag: "PlanEvaluated", on: "2026-12-24", clientView: "x", workerView: "y" }
          ]
        }
      ])
    )
    expect(code).toBe(2)
    expect(stderr).toContain("events[1]")
    expect(stderr).toContain("rule notice-registered")
    expect(stderr).toContain("events[2]")
    expect(stderr).toContain("rule stage")
  })
  const registeredThen = (id: string, after: ReadonlyArray<unknown>) => ({
    notice: { ...sw, id },
    receivedOn: "2026-12-23",
    events: [{ _tag: "BecameVisible", on: "2026-12-23" }, { _tag: "Opened", on: "2026-12-23" }, ...after]
  })
  const attempt = (on: string) => ({ _tag: "ContactAttempted", on, channel: "phone" })
  const letter = { _tag: "UnreachableInformationSent", on: "2026-12-30", channel: "letter" }
  it("etotu's rule of 3 contact attempts before the information letter holds (Workflow.defaultMaxContactAttempts), not the pathway's default 1", async () => {
    const one = await invoke(
      ["etotu", "stats", "-", "--quiet", "--lang", "en"],
      ndjson([registeredThen("S1", [attempt("2026-12-24"), letter])])
    )
    expect(one.code).toBe(2)
    expect(one.stderr).toContain("events[3]")
    expect(one.stderr).toContain("rule information-after-attempts")
    const three = await invoke(
      ["etotu", "stats", "-", "--quiet", "--lang", "en"],
      ndjson([registeredThen("S1", [attempt("2026-12-24"), attempt("2026-12-28"), attempt("2026-12-29"), letter])])
    )
    expect(three.stderr).toBe("")
    expect(three.code).toBe(0)
  })
  it("a pathway event that does not decode names its field under events[i] and the rule, never the value", async () => {
    const { code, stderr } = await invoke(
      ["etotu", "stats", "-", "--quiet", "--lang", "en"],
      ndjson([
        registeredThen("S1", [{ _tag: "ContactAttempted", on: "2026-02-31", channel: "phone" }]),
        registeredThen("S2", [{ _tag: "ContactAttempted", on: "2026-12-24", channel: "010101-123N" }])
      ])
    )
    expect(code).toBe(2)
    expect(stderr).toContain("events[2].on: Expected a date")
    expect(stderr).toContain("events[2].channel")
    expect(stderr).not.toContain("not allowed in the case's current state")
    expect(stderr).not.toContain("2026-02-31")
    expect(stderr).not.toContain("010101-123N")
  })
})

describe("a notice the calendar cannot place (issue 15: Results, not throws)", () => {
  // A non-urgent forwarded application decided on Friday 31.12.2100 becomes visible the next working day, in 2101,
  // outside the calendar's tables (1900–2100).
  const late = { ...app, id: "A9", urgency: "nonUrgent", assistanceKind: "supplementary", decisionDate: "2100-12-31" }
  it("decode and triage report it as an invalid record at decisionDate, the batch goes on, no value echoed", async () => {
    for (const command of [
      ["etotu", "decode", "-"],
      ["etotu", "triage", "-"]
    ]) {
      const { code, stdout, stderr } = await invoke(command, ndjson([late, sw]))
      expect(code).toBe(2)
      expect(stdout.trim().split("\n")).toHaveLength(1)
      expect(stderr).toContain("record 1: decisionDate")
      expect(stderr).not.toContain("2100-12-31")
      expect(stderr).not.toContain("A9")
    }
  })
})
