import { LegalRef, LocalDate } from "@osallistava/core"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { StatutoryLimits, WorkingDays } from "../src/index.js"

const d = LocalDate.unsafeFrom
const fi = (r: LegalRef.LegalRef) => LegalRef.render(r, "fi")

describe("social assistance decision (1412/1997 14 a § 1 mom. (1023/2022); 14 c § 1 mom. (815/2015) in 2017–2022)", () => {
  it("Saturday 7.3.2026 → Tue 17.3.2026 (150/1930 2 §; hallintolaki 434/2003 18 § 1 mom., 20 §; 13/2003 10 §)", () => {
    const r = StatutoryLimits.socialAssistanceDecision(d("2026-03-07"))
    expect(r.due).toBe("2026-03-17")
    expect(fi(r.ref)).toBe("toimeentulotukilaki 1412/1997 14 a § 1 mom. (1023/2022)")
    expect(StatutoryLimits.citation(r, "fi")).toBe(
      "toimeentulotukilaki 1412/1997 14 a § 1 mom. (1023/2022); laki säädettyjen määräaikain laskemisesta 150/1930 2 §"
    )
  })
  it("Kela's practice (kela.fi partner FAQ: weekend OmaKela application counts as arriving Monday) → Wed 18.3.2026", () => {
    expect(StatutoryLimits.socialAssistanceDecision(d("2026-03-07"), { arrival: "kela-practice" }).due).toBe(
      "2026-03-18"
    )
  })
  it("the section follows the arrival day: 30.12.2022 → 14 c § (815/2015), 2.1.2023 → 14 a § (1023/2022)", () => {
    expect(fi(StatutoryLimits.socialAssistanceDecision(d("2022-12-30")).ref)).toBe(
      "toimeentulotukilaki 1412/1997 14 c § 1 mom. (815/2015)"
    )
    expect(fi(StatutoryLimits.socialAssistanceDecision(d("2023-01-02")).ref)).toBe(
      "toimeentulotukilaki 1412/1997 14 a § 1 mom. (1023/2022)"
    )
  })
  it("completed application: 14 a § 3 mom.; urgent: next working day, 14 b § (815/2015)", () => {
    expect(fi(StatutoryLimits.socialAssistanceDecision(d("2026-03-09"), { completed: true }).ref)).toBe(
      "toimeentulotukilaki 1412/1997 14 a § 3 mom. (1023/2022)"
    )
    const u = StatutoryLimits.socialAssistanceDecision(d("2024-06-07"), { urgent: true })
    expect(u.due).toBe("2024-06-10")
    expect(fi(u.ref)).toBe("toimeentulotukilaki 1412/1997 14 b § (815/2015)")
  })
  const later: ReadonlyArray<[string, string, string, string, string]> = [
    [
      "1412/1997 14 a § 2 mom. (1023/2022): for the next month, more than 7 working days passed by its first working day → Wed 1.4.2026",
      "2026-03-16",
      "2026-04-01",
      "2026-04-01",
      "toimeentulotukilaki 1412/1997 14 a § 2 mom. (1023/2022)"
    ],
    [
      "1412/1997 14 a § 1–2 mom. (1023/2022): for the next month, fewer than 7 working days by 1.4.2026 → 1 mom.'s 7th working day Thu 9.4.2026 (Good Friday and Easter Monday skipped)",
      "2026-03-27",
      "2026-04-01",
      "2026-04-09",
      "toimeentulotukilaki 1412/1997 14 a § 1 mom. (1023/2022)"
    ],
    [
      "1412/1997 14 a § 2 mom. (1023/2022): a later period → its first working day Mon 1.6.2026",
      "2026-03-16",
      "2026-06-01",
      "2026-06-01",
      "toimeentulotukilaki 1412/1997 14 a § 2 mom. (1023/2022)"
    ],
    [
      "1412/1997 14 a § 2 mom., 150/1930 5 §: January 2027 applied for on 1.12.2026 → Mon 4.1.2027 (New Year's Day, then a weekend)",
      "2026-12-01",
      "2027-01-01",
      "2027-01-04",
      "toimeentulotukilaki 1412/1997 14 a § 2 mom. (1023/2022)"
    ],
    [
      "1412/1997 14 c § 2 mom. (815/2015) before 2023: December 2022 applied for on 15.11.2022 → Thu 1.12.2022",
      "2022-11-15",
      "2022-12-01",
      "2022-12-01",
      "toimeentulotukilaki 1412/1997 14 c § 2 mom. (815/2015)"
    ],
    [
      "1412/1997 14 a § 2 mom.: the month of arrival itself keeps 1 mom.'s 7th working day (Wed 25.3.2026)",
      "2026-03-16",
      "2026-03-01",
      "2026-03-25",
      "toimeentulotukilaki 1412/1997 14 a § 1 mom. (1023/2022)"
    ]
  ]
  for (const [name, arrived, periodStart, due, cited] of later)
    it(name, () => {
      const r = StatutoryLimits.socialAssistanceDecision(d(arrived), { periodStart: d(periodStart) })
      expect(r.due).toBe(due)
      expect(fi(r.ref)).toBe(cited)
      expect(StatutoryLimits.socialAssistanceDecisionDue(d(arrived), { periodStart: d(periodStart) })).toBe(due)
    })
  it("1412/1997 14 b § (815/2015): an urgent application is decided by the next working day whatever the period", () => {
    expect(
      StatutoryLimits.socialAssistanceDecision(d("2026-03-16"), { urgent: true, periodStart: d("2026-04-01") }).due
    ).toBe("2026-03-17")
  })
  it("14 a § 2 mom.: the deadline is never before 1 mom.'s 7th working day nor, for a later month, before its first working day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 4 }), (offset, months) => {
        const arrived = LocalDate.addDays(d("2017-01-01"), offset)
        const periodStart = LocalDate.unsafeMake(
          LocalDate.year(LocalDate.addMonths(arrived, months)),
          LocalDate.month(LocalDate.addMonths(arrived, months)),
          1
        )
        const due = StatutoryLimits.socialAssistanceDecision(arrived, { periodStart }).due
        const seventh = StatutoryLimits.socialAssistanceDecision(arrived).due
        expect(due >= seventh).toBe(true)
        if (months > 0) expect(due >= periodStart && WorkingDays.isWorkingDay(due)).toBe(true)
      })
    )
  })
  it("before 2017 there is no Kela decision limit in this numbering: ProvisionNotInForce", () => {
    expect(() => StatutoryLimits.socialAssistanceDecision(d("2016-12-30"))).toThrow(/no-row-for-date/)
  })
  it("property: the due day is a working day, 7 working days after the start, and Kela's count is never earlier", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), (n) => {
        const start = LocalDate.addDays(d("2017-01-01"), n)
        const s = StatutoryLimits.socialAssistanceDecision(start).due
        const k = StatutoryLimits.socialAssistanceDecision(start, { arrival: "kela-practice" }).due
        return (
          WorkingDays.isWorkingDay(s) &&
          WorkingDays.workingDaysBetween(start, s) === 7 &&
          k >= s &&
          (WorkingDays.isWorkingDay(start) ? k === s : true)
        )
      })
    )
  })
})

describe("personal discussion (1412/1997 14 d § 2 mom. (1023/2022); 14 e § (299/2016) in 2017–2022)", () => {
  it("a Kela decision of 30.12.2022 received 2.1.2023: the request runs under 14 d § 2 mom. (1023/2022 has no transitional provision)", () => {
    const r = StatutoryLimits.personalDiscussion(d("2023-01-02"))
    expect(r.due).toBe("2023-01-12") // 6.1. Epiphany skipped
    expect(fi(r.ref)).toBe("toimeentulotukilaki 1412/1997 14 d § 2 mom. (1023/2022)")
  })
  it("a request of 30.12.2022 runs under 14 e § in the wording of 299/2016", () => {
    expect(fi(StatutoryLimits.personalDiscussion(d("2022-12-30")).ref)).toBe(
      "toimeentulotukilaki 1412/1997 14 e § (299/2016)"
    )
  })
})

describe("Social Welfare Act 1301/2014", () => {
  it("36 § 1 mom.: an urgent need is assessed at once (the same day)", () => {
    const r = StatutoryLimits.urgentNeedAssessment(d("2026-03-07"))
    expect(r.due).toBe("2026-03-07")
    expect(fi(r.ref)).toBe("sosiaalihuoltolaki 1301/2014 36 § 1 mom.")
  })
  it("36 § 2 mom.: special groups, assessment started by the 7th working day", () => {
    expect(StatutoryLimits.specialGroupAssessmentStart(d("2026-03-06")).due).toBe("2026-03-17")
  })
  it("36 § 3 mom.: a child needing special support, started in 7 working days and completed in 3 months", () => {
    const r = StatutoryLimits.childSpecialSupportAssessment(d("2026-11-30"))
    expect(r.start.due).toBe("2026-12-09")
    expect(r.completion.due).toBe("2027-03-01")
  })
  it("45 § 2 mom.: implemented within 3 months of the matter becoming pending ('asian vireilletulosta')", () => {
    const r = StatutoryLimits.servicesImplemented(d("2026-11-30"))
    expect(r.due).toBe("2027-03-01") // 28.2.2027 is a Sunday (150/1930 5 §)
    expect(fi(r.ref)).toBe("sosiaalihuoltolaki 1301/2014 45 § 2 mom.")
    expect(r.counting.map((c) => c.section)).toEqual(["3", "5"])
  })
})

describe("kotoutumislaki 1386/2010 10 § 1 mom.: initial assessment within 2 months, 2017–2022 only (936/2022)", () => {
  it("2022: a limit; 2023 and 2025: none", () => {
    expect(StatutoryLimits.immigrantInitialAssessment(d("2022-10-31"))?.due).toBe("2023-01-02") // 31.12.2022 is a Saturday
    expect(StatutoryLimits.immigrantInitialAssessment(d("2023-03-01"))).toBeUndefined()
    expect(StatutoryLimits.immigrantInitialAssessment(d("2025-03-01"))).toBeUndefined()
  })
})
