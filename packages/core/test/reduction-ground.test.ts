import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import { LegalRef, ReductionGround, RuleViolation } from "../src/index.js"

describe("one § 10 vocabulary (Act 1412/1997 10 §; 1023/2022 read in finlex-data asd20221023.xml; 26/2026 from Kela/STT)", () => {
  it("2023–31.1.2026: 10 § 1 mom. points 1–4 up to 20 %, 2 mom. 40 % with a refused 10 a § assessment, two months", () => {
    const r = ReductionGround.regimeOn("2025-05-01")
    expect(r?.id).toBe("1023/2022")
    expect(r?.fortyNeedsRefusedAssessment).toBe(true)
    expect(r?.grounds.map((g) => g.ground)).toEqual([
      "refusedWorkOrService",
      "neglectPreventingOffer",
      "refusedEducationUnder25",
      "refusedActivationOrRehabilitativeWork",
      "neglectedIntegrationPlan",
      "repeatedRefusal"
    ])
    const act = ReductionGround.ruleOn("refusedActivationOrRehabilitativeWork", "2025-05-01")
    expect(act?.provisions.map((p) => LegalRef.render(p, "fi"))).toEqual([
      "toimeentulotukilaki 1412/1997 10 § 1 mom. 3 kohta (1023/2022)",
      "toimeentulotukilaki 1412/1997 10 § 1 mom. 4 kohta (1023/2022)"
    ])
    expect(ReductionGround.ruleOn("repeatedRefusal", "2025-05-01")).toMatchObject({ percentages: [40], maxMonths: 2 })
  })
  it("from 1.2.2026 (26/2026): 50 % grounds, the sanction 20/40 % for at most six months, integration plan 20 %", () => {
    expect(ReductionGround.ruleOn("primaryBenefitNotApplied", "2026-01-31")).toBeUndefined()
    expect(ReductionGround.ruleOn("primaryBenefitNotApplied", "2026-02-01")?.percentages).toEqual([50])
    expect(ReductionGround.ruleOn("unemploymentBenefitSanction", "2026-03-01")).toMatchObject({
      percentages: [20, 40],
      maxMonths: 6
    })
    expect(ReductionGround.ruleOn("repeatedRefusal", "2026-03-01")).toBeUndefined()
    expect(ReductionGround.ruleOn("neglectedIntegrationPlan", "2026-03-01")?.percentages).toEqual([20])
  })
  it("Kela 28.1.2026 (sttinfo.fi/tiedote/71766190), 1412/1997 10 § (26/2026): the 50 % grounds first reduce 2026-03 (orders from 1.2.2026, one month to act); the other grounds have no such month", () => {
    expect(ReductionGround.ruleOn("primaryBenefitNotApplied", "2026-02-01")?.firstReducedMonth).toBe("2026-03")
    expect(ReductionGround.ruleOn("notRegisteredAsFullTimeJobseeker", "2026-02-01")?.firstReducedMonth).toBe("2026-03")
    expect(ReductionGround.ruleOn("unemploymentBenefitSanction", "2026-02-01")?.firstReducedMonth).toBeUndefined()
    expect(ReductionGround.ruleOn("neglectedIntegrationPlan", "2026-02-01")?.firstReducedMonth).toBeUndefined()
    for (const r of ReductionGround.regimes)
      for (const g of r.grounds)
        if (g.firstReducedMonth !== undefined) expect(g.firstReducedMonth > r.validFrom.slice(0, 7)).toBe(true)
  })
  it("no regime before 2017 (Kela's basic assistance begins 1.1.2017)", () => {
    expect(ReductionGround.regimeOn("2016-12-31")).toBeUndefined()
  })
  it("regimes are contiguous from 2017 and every ground has fi, sv and en names", () => {
    const rs = ReductionGround.regimes
    for (let i = 1; i < rs.length; i++) {
      const prev = rs[i - 1]
      expect(prev?.validTo).toBeDefined()
      const next = new Date(`${prev?.validTo}T00:00:00Z`)
      next.setUTCDate(next.getUTCDate() + 1)
      expect(next.toISOString().slice(0, 10)).toBe(rs[i]?.validFrom)
    }
    for (const g of ReductionGround.grounds) {
      const l = ReductionGround.labels[g]
      expect(l.fi.length * l.sv.length * l.en.length).toBeGreaterThan(0)
    }
  })
  it("the Schema refuses an unknown ground without repeating it", () => {
    const r = Schema.decodeUnknownResult(ReductionGround.ReductionGround)("refusedActivationPlanX")
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r)) expect(String(r.failure)).not.toContain("refusedActivationPlanX")
  })
})

describe("checkFirstReducedMonth (rule reduction-order-period, one check for the calculator and etotu)", () => {
  it("a 50 % ground of 26/2026 reduces 2026-03 and later, not 2026-02; the sanction and pre-2026 grounds have no first month", () => {
    for (const ground of ["primaryBenefitNotApplied", "notRegisteredAsFullTimeJobseeker"] as const) {
      const r = ReductionGround.checkFirstReducedMonth(ground, "2026-02")
      expect(Result.isFailure(r)).toBe(true)
      if (Result.isFailure(r)) {
        expect(r.failure).toBeInstanceOf(RuleViolation)
        expect(r.failure).toMatchObject({ at: "month", rule: "reduction-order-period" })
        expect(r.failure.detail).toContain("2026-03")
      }
      expect(Result.isSuccess(ReductionGround.checkFirstReducedMonth(ground, "2026-03"))).toBe(true)
    }
    expect(Result.isSuccess(ReductionGround.checkFirstReducedMonth("unemploymentBenefitSanction", "2026-02"))).toBe(
      true
    )
    expect(Result.isSuccess(ReductionGround.checkFirstReducedMonth("repeatedRefusal", "2025-05"))).toBe(true)
  })
  it("the regime can be given (a notice's decision date): a month before the first is refused under it", () => {
    const regime = ReductionGround.regimeOn("2026-02-16")
    expect(
      Result.isFailure(ReductionGround.checkFirstReducedMonth("primaryBenefitNotApplied", "2026-01", regime))
    ).toBe(true)
    // Under the regime of the month itself (2023–2026-01) the ground does not exist: not this rule's concern.
    expect(Result.isSuccess(ReductionGround.checkFirstReducedMonth("primaryBenefitNotApplied", "2026-01"))).toBe(true)
  })
})
