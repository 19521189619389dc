import { Holidays } from "@osallistava/calendar"
import { StatuteNumbering } from "@osallistava/core"
import { describe, expect, it } from "vitest"
import { limitLines } from "../src/messages.js"
import { invoke } from "./support/invoke.js"

// Issue 15: a date the calendar cannot place (outside its 1900–2100 tables, a provision with no wording in force) is
// refused at the field, in the language of the error lines (fi, sv, en), exit 2, and the date is never repeated.
const ndjson = (xs: ReadonlyArray<unknown>) => `${xs.map((x) => JSON.stringify(x)).join("\n")}\n`
const base = {
  formatVersion: 1,
  decisionDate: "2100-12-31",
  municipality: "091",
  protectedPersonalData: false,
  householdSize: 1,
  ageGroup: "25to64"
}
// Decided on Friday 31.12.2100: visible the next working day, in 2101, outside the calendar's tables.
const late = { ...base, _tag: "ForwardedApplication", id: "A9", urgency: "nonUrgent", assistanceKind: "supplementary" }
// A social work notice decided on the same day, received the same day: its deadlines fall in 2101.
const caseOn = (on: string) => ({
  _tag: "NoticeReceived",
  caseId: "K9",
  on,
  notice: {
    ...base,
    _tag: "SocialWorkNeeded",
    id: "N9",
    decisionDate: on,
    urgency: "nonUrgent",
    reason: "housing",
    consent: true,
    personalDiscussionRequested: false
  }
})

const translated = {
  fi: "kalenterin pyhäpäivätaulukot kattavat vuodet 1900–2100 (sääntö year-in-range)",
  sv: "kalenderns helgdagstabeller täcker åren 1900–2100 (regel year-in-range)",
  en: "the calendar's holiday tables cover 1900–2100 (rule year-in-range)"
} as const

const cases: ReadonlyArray<{
  readonly name: string
  readonly argv: ReadonlyArray<string>
  readonly input: string
  readonly at: string
  readonly values: ReadonlyArray<string>
}> = [
  { name: "etotu decode", argv: ["etotu", "decode", "-"], input: ndjson([late]), at: "decisionDate:", values: [] },
  { name: "etotu triage", argv: ["etotu", "triage", "-"], input: ndjson([late]), at: "decisionDate:", values: [] },
  {
    name: "etotu triage --order",
    argv: ["etotu", "triage", "-", "--order", "--received-on", "2101-01-03"],
    input: ndjson([{ ...late, decisionDate: "2026-12-23" }]),
    at: "receivedOn:",
    values: ["2101-01-03", "3.1.2101", "2026-12-23", "23.12.2026"]
  },
  {
    name: "etotu stats",
    argv: ["etotu", "stats", "-"],
    input: ndjson([{ notice: late, events: [] }]),
    at: "notice.decisionDate:",
    values: []
  },
  {
    name: "model pathway",
    argv: ["model", "pathway", "-", "--today", "2101-01-05"],
    input: ndjson([caseOn("2100-12-31")]),
    at: "deadlines:",
    values: ["K9", "N9", "2101-01-05", "5.1.2101"]
  }
]

describe("a date the calendar cannot place: translated, at the field, exit 2, the value not repeated", () => {
  for (const c of cases)
    it(c.name, async () => {
      for (const lang of ["fi", "sv", "en"] as const) {
        const r = await invoke([...c.argv, "--lang", lang], c.input)
        expect(r.code).toBe(2)
        expect(r.stderr).toContain(translated[lang])
        expect(r.stderr).toContain(`${c.at} ${translated[lang]}`)
        for (const v of ["2100-12-31", "31.12.2100", "A9", ...c.values]) expect(r.stderr).not.toContain(v)
        if (lang !== "en") expect(r.stderr).not.toContain("the calendar")
      }
    })

  it("calendar deadline --months past the tables: start-date named, in fi/sv/en, the date not repeated", async () => {
    const texts: Array<string> = []
    for (const lang of ["fi", "sv", "en"] as const) {
      const r = await invoke(["calendar", "deadline", "2100-06-01", "--months", "9999", "--lang", lang])
      expect(r.code).toBe(2)
      expect(r.stdout).toBe("")
      expect(r.stderr).toContain("start-date:")
      expect(r.stderr).toContain("1900–2100")
      for (const v of ["2100-06-01", "1.6.2100", "9999"]) expect(r.stderr).not.toContain(v)
      texts.push(r.stderr)
    }
    expect(new Set(texts).size).toBe(3)
  })
})

describe("limitLines", () => {
  it("a provision with no wording in force: its identifier and rule id, in each language", () => {
    const e = new StatuteNumbering.ProvisionNotInForce({
      provision: "social-assistance/decision",
      rule: "no-row-for-date"
    })
    const lines = (["fi", "sv", "en"] as const).map((l) => limitLines(e, "arrivedOn", l)[0])
    expect(lines.map((l) => l?.at)).toEqual(["arrivedOn", "arrivedOn", "arrivedOn"])
    expect(new Set(lines.map((l) => l?.message)).size).toBe(3)
    for (const l of lines) {
      expect(l?.message).toContain("social-assistance/decision")
      expect(l?.message).toContain("no-row-for-date")
    }
    expect(lines[0]?.message).toContain("sääntö")
    expect(lines[1]?.message).toContain("regel")
  })
  it("a year outside the tables: at the given field; a RuleViolation keeps its own field", () => {
    expect(limitLines(new Holidays.YearOutOfRange({ year: 2101 }), "receivedOn", "fi")).toEqual([
      { at: "receivedOn", message: translated.fi }
    ])
    const v = { _tag: "RuleViolation", at: "receivedOn", rule: "existing-date", detail: "Expected a date" } as const
    expect(limitLines(v, "decisionDate", "sv")[0]?.at).toBe("receivedOn")
    expect(limitLines(v, "decisionDate", "sv")[0]?.message).toContain("regel existing-date")
    expect(JSON.stringify(limitLines(new Holidays.YearOutOfRange({ year: 2101 }), "x", "en"))).not.toContain("2101")
  })
})
