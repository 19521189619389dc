import { ReductionGround } from "@osallistava/core"
import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import { Parameters } from "../../src/index.js"

// One source: the parameter table `reductionRegimes` is built from core's `ReductionGround.regimes` (Act 1412/1997
// 10 §); only the dates' provenance (section text, source, evidence) is the parameter's own.
describe("reductionRegimes is core's regime table as a dated parameter", () => {
  it("keeps the entries it has always had: 2017-01-01–2026-01-31 (20 %/40 %, two months, C) and 2026-02-01–2026-12-31 (26/2026, six months, I)", () => {
    expect(Parameters.reductionRegimes.values).toEqual([
      {
        validFrom: "2017-01-01",
        validTo: "2026-01-31",
        value: {
          grounds: [
            { ground: "refusedWorkOrService", percentages: [20] },
            { ground: "neglectPreventingOffer", percentages: [20] },
            { ground: "refusedEducationUnder25", percentages: [20] },
            { ground: "refusedActivationOrRehabilitativeWork", percentages: [20] },
            { ground: "neglectedIntegrationPlan", percentages: [20] },
            { ground: "repeatedRefusal", percentages: [40] }
          ],
          maxMonths: 2,
          section: "1412/1997 10 § (up to 20 %, 40 % on repeated refusal; at most two months at a time)"
        },
        source:
          "1412/1997 10 § 1–3 mom (1023/2022 wording from 2023); kela.fi/toimeentulotuki-perusosan-maaran-alentaminen; Kela applies exactly 20 % or 40 % in practice [I]",
        evidence: "C",
        provisional: false
      },
      {
        validFrom: "2026-02-01",
        validTo: "2026-12-31",
        value: {
          grounds: [
            { ground: "primaryBenefitNotApplied", percentages: [50] },
            { ground: "notRegisteredAsFullTimeJobseeker", percentages: [50] },
            { ground: "unemploymentBenefitSanction", percentages: [20, 40] },
            { ground: "neglectedIntegrationPlan", percentages: [20] }
          ],
          maxMonths: 6,
          section: "1412/1997 10 § as amended by 26/2026"
        },
        source:
          "Law 26/2026 (HE 116/2025); sttinfo.fi/tiedote/71766190, /71700347; labour-policy sanction at most 6 months (mtvuutiset.fi 9282874)",
        evidence: "I",
        provisional: true
      }
    ])
  })

  it("on every regime's first and last day the parameter has core's grounds, percentages and longest maximum", () => {
    for (const r of ReductionGround.regimes) {
      for (const day of [r.validFrom, r.validTo ?? "2026-12-31"]) {
        const e = Parameters.lookup(Parameters.reductionRegimes, day)
        expect(Result.isSuccess(e)).toBe(true)
        if (Result.isFailure(e)) continue
        expect(e.success.value.grounds).toEqual(
          r.grounds.map((g) => ({ ground: g.ground, percentages: g.percentages }))
        )
        const limits = r.grounds.flatMap((g) => (g.maxMonths === undefined ? [] : [g.maxMonths]))
        expect(limits.length).toBeGreaterThan(0)
        expect(e.success.value.maxMonths).toBe(Math.max(...limits))
      }
    }
  })

  it("is not in force after the last confirmed month, though core's last regime is open-ended", () => {
    expect(ReductionGround.regimes.at(-1)?.validTo).toBeUndefined()
    const e = Parameters.lookup(Parameters.reductionRegimes, "2027-01-01")
    expect(Result.isFailure(e) && e.failure._tag).toBe("ParameterNotInForce")
  })

  it("has no entry before core's first regime (2017)", () => {
    expect(Result.isFailure(Parameters.lookup(Parameters.reductionRegimes, "2016-12-31"))).toBe(true)
    expect(ReductionGround.regimes[0]?.validFrom).toBe("2017-01-01")
  })
})
