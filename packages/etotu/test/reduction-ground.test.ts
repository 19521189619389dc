import { ReductionGround } from "@osallistava/core"
import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import { Decode, Notice, Rules } from "../src/index.js"
import { notice, rawNotice } from "./fixtures.js"

const reduced = (decisionDate: string, reductionPercent: number, ground: string | undefined, extra = {}) =>
  notice(
    "ReducedBasicAmount",
    "nonUrgent",
    {
      reductionPercent,
      referredToAssessment: reductionPercent === 40,
      continuationMonth: 1,
      ...(ground === undefined ? {} : { ground }),
      ...extra
    },
    decisionDate
  ) as Notice.ReducedBasicAmountNotice

describe("one § 10 vocabulary: the notice's ground is core's ReductionGround (Act 1412/1997 10 §)", () => {
  it.each([
    ["refusedIntegrationPlan", "neglectedIntegrationPlan"],
    ["refusedActivationPlan", "refusedActivationOrRehabilitativeWork"],
    ["refusedRehabilitativeWork", "refusedActivationOrRehabilitativeWork"],
    ["continuedAfterReduction", "repeatedRefusal"]
  ])("format 1's name %s before 0.3.0 is read as %s", (legacy, core) => {
    expect(reduced("2025-05-05", legacy === "continuedAfterReduction" ? 40 : 20, legacy).ground).toBe(core)
  })
  it("2026 names too: notRegisteredAsJobseeker → notRegisteredAsFullTimeJobseeker, integrationPlanNeglected → neglectedIntegrationPlan", () => {
    expect(reduced("2026-03-02", 50, "notRegisteredAsJobseeker").ground).toBe("notRegisteredAsFullTimeJobseeker")
    expect(reduced("2026-03-02", 20, "integrationPlanNeglected").ground).toBe("neglectedIntegrationPlan")
  })
  it("an unknown ground is a Bad record naming the field, without the value", () => {
    const r = Decode.decodeRecord(
      rawNotice(
        "ReducedBasicAmount",
        "nonUrgent",
        { id: "R9", reductionPercent: 20, referredToAssessment: false, continuationMonth: 1, ground: "madeUpGround" },
        "2025-05-05"
      ),
      9
    )
    expect(r._tag).toBe("Bad")
    expect(JSON.stringify(r)).not.toContain("madeUpGround")
  })
})

describe("fromReducedBasicAmountNotice: Kela's notice → a calculator reduction, one function", () => {
  it("2026 (law 26/2026): 50 % for a primary benefit not applied for", () => {
    const r = Notice.fromReducedBasicAmountNotice(reduced("2026-03-02", 50, "primaryBenefitNotApplied"), "p1")
    expect(r).toEqual(
      Result.succeed({
        personId: "p1",
        ground: "primaryBenefitNotApplied",
        percentage: 50,
        safeguards: { minimumSubsistenceNotEndangered: true, notOtherwiseUnreasonable: true },
        monthOfReduction: 1
      })
    )
  })
  it("2025: a 40 % reduction is the continued conduct of 10 § 2 mom. → repeatedRefusal with the refused assessment (10 a § 3 mom.)", () => {
    const r = Notice.fromReducedBasicAmountNotice(reduced("2025-05-05", 40, "refusedWorkOrService"), "p1")
    expect(Result.isSuccess(r) && r.success).toMatchObject({
      ground: "repeatedRefusal",
      percentage: 40,
      safeguards: { serviceNeedAssessmentRefused: true }
    })
  })
  it("continuation month 3 of a 2026 sanction becomes monthOfReduction 3", () => {
    const n = reduced("2026-05-04", 40, "unemploymentBenefitSanction", { continuationMonth: 3 })
    const r = Notice.fromReducedBasicAmountNotice(n, "p1")
    expect(Result.isSuccess(r) && r.success.monthOfReduction).toBe(3)
  })
  it("no ground, a ground not in force, or a henkilötunnus as personId: typed failures naming the field", () => {
    const noGround = Notice.fromReducedBasicAmountNotice(reduced("2025-05-05", 20, undefined), "p1")
    expect(Result.isFailure(noGround) && noGround.failure).toMatchObject({ at: "ground", rule: "ground-needed" })
    const hetu = Notice.fromReducedBasicAmountNotice(reduced("2025-05-05", 20, "refusedWorkOrService"), "010101-123N")
    expect(Result.isFailure(hetu) && hetu.failure).toMatchObject({ at: "personId", rule: "pseudonymous-id" })
    if (Result.isFailure(hetu)) expect(hetu.failure.message).not.toContain("010101")
  })
})

describe("the reduction's months from core's § 10 regimes (issue 14): law 26/2026's 50 % grounds first reduce 2026-03 (Kela 28.1.2026, sttinfo.fi/tiedote/71766190)", () => {
  const fifty = reduced("2026-02-16", 50, "primaryBenefitNotApplied")
  it("a 50 % notice for February 2026 is refused (rule reduction-order-period); March 2026 is the first reduced month", () => {
    const feb = Notice.fromReducedBasicAmountNotice(fifty, "p1", { month: "2026-02" })
    expect(Result.isFailure(feb) && feb.failure).toMatchObject({ at: "month", rule: "reduction-order-period" })
    if (Result.isFailure(feb)) expect(feb.failure.message).toContain("2026-03")
    const mar = Notice.fromReducedBasicAmountNotice(fifty, "p1", { month: "2026-03" })
    expect(Result.isSuccess(mar) && mar.success).toMatchObject({ ground: "primaryBenefitNotApplied", percentage: 50 })
  })
  it("the month is core's firstReducedMonth, not a copy: the same for both 50 % grounds, none for the labour-policy sanction", () => {
    for (const ground of ["primaryBenefitNotApplied", "notRegisteredAsFullTimeJobseeker"] as const) {
      const first = ReductionGround.ruleOn(ground, "2026-02-16")?.firstReducedMonth
      expect(first).toBe("2026-03")
      const before = Notice.fromReducedBasicAmountNotice(reduced("2026-02-16", 50, ground), "p1", { month: "2026-02" })
      expect(Result.isFailure(before)).toBe(true)
    }
    const sanction = reduced("2026-02-16", 20, "unemploymentBenefitSanction")
    expect(Result.isSuccess(Notice.fromReducedBasicAmountNotice(sanction, "p1", { month: "2026-02" }))).toBe(true)
  })
  it("the refusal is core's one check (ReductionGround.checkFirstReducedMonth): the same rule and text as the calculator's", () => {
    const mine = Notice.fromReducedBasicAmountNotice(fifty, "p1", { month: "2026-02" })
    const core = ReductionGround.checkFirstReducedMonth("primaryBenefitNotApplied", "2026-02")
    expect(Result.isFailure(mine) && Result.isFailure(core)).toBe(true)
    if (Result.isFailure(mine) && Result.isFailure(core)) expect(mine.failure).toEqual(core.failure)
  })
  it("a month that is not YYYY-MM is a typed failure naming the field, without the value", () => {
    const r = Notice.fromReducedBasicAmountNotice(fifty, "p1", { month: "March 2026" })
    expect(Result.isFailure(r) && r.failure).toMatchObject({ at: "month", rule: "month-format" })
    if (Result.isFailure(r)) expect(r.failure.message).not.toContain("March")
  })
  it("Rules' dates are core's regime boundaries (no second copy of the 2023 and 2026 dates)", () => {
    const by = (id: string) => ReductionGround.regimes.find((r) => r.id === id)
    expect(Rules.reform2026From).toBe(by("26/2026")?.validFrom)
    expect(Rules.referralBefore40From).toBe(by("1023/2022")?.validFrom)
    expect(Rules.referralBefore40KnownUntil).toBe(by("1023/2022")?.validTo)
    expect([Rules.referralBefore40From, Rules.referralBefore40KnownUntil, Rules.reform2026From]).toEqual([
      "2023-01-01",
      "2026-01-31",
      "2026-02-01"
    ])
  })
})
