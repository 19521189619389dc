import { describe, expect, it } from "vitest"
import { decide, failure, node, nodes, single } from "./helpers.js"

const ok = { minimumSubsistenceNotEndangered: true, notOtherwiseUnreasonable: true }
const reduced = (month: string, ...reductions: ReadonlyArray<object>) =>
  decide(
    single(month, {
      persons: [
        { id: "a", role: "applicant", birthDate: "1970-01-01" },
        { id: "s", role: "spouse", birthDate: "1971-01-01" }
      ],
      reductions
    })
  )

describe("reduction of the basic amount (Act 1412/1997 10 §, 10 a §)", () => {
  const cases: ReadonlyArray<[string, string, object, number, number]> = [
    [
      "1412/1997 10 § 1 mom, kela.fi/toimeentulotuki-perusosan-maaran-alentaminen: 20 % of a spouse's 499.55 € (2024) = 99.91 €",
      "2024-06",
      { personId: "a", ground: "refusedWorkOrService", percentage: 20, safeguards: ok },
      9991,
      39964
    ],
    [
      "1412/1997 10 § 2 mom, 10 a § 3 mom: 40 % after a refused service-need assessment, 499.55 € → 299.73 €",
      "2024-06",
      {
        personId: "a",
        ground: "repeatedRefusal",
        percentage: 40,
        safeguards: { ...ok, serviceNeedAssessmentRefused: true }
      },
      19982,
      29973
    ],
    [
      "law 26/2026 (HE 116/2025; Kela 16.2.2026 table: spouse 497.45 €): 50 % for a primary benefit not applied for = 248.72 €, 248.73 € kept (half cent stays with the person)",
      "2026-03",
      { personId: "a", ground: "primaryBenefitNotApplied", percentage: 50, safeguards: ok },
      24872,
      24873
    ],
    [
      "1412/1997 10 § 3 mom: no reduction when it would endanger the minimum for a life of dignity",
      "2024-06",
      {
        personId: "a",
        ground: "refusedWorkOrService",
        percentage: 20,
        safeguards: { ...ok, minimumSubsistenceNotEndangered: false }
      },
      0,
      49955
    ]
  ]
  for (const [name, month, r, reduction, kept] of cases)
    it(name, () => {
      const d = reduced(month, r)
      const n = d.explanation.find((x) => x.ruleId.startsWith("basic-amount-reduction"))!
      expect(n.result).toBe(reduction)
      expect(d.basicAmounts[0]!.acceptedCents).toBe(kept)
      expect(d.basicAmounts[1]!.reduction).toBe("0.00") // the spouse is untouched
    })

  it("1412/1997 10 §: each reduction concerns only its own person; two reductions in one family (applicant and spouse, 20 % each of 499.55 €)", () => {
    const d = reduced(
      "2024-06",
      { personId: "a", ground: "refusedWorkOrService", percentage: 20, safeguards: ok },
      { personId: "s", ground: "neglectedIntegrationPlan", percentage: 20, safeguards: ok }
    )
    expect(nodes(d, "basic-amount-reduction").map((n) => [n.inputs["personId"], n.result])).toEqual([
      ["a", 9991],
      ["s", 9991]
    ])
    expect(d.totals.basicAmounts).toBe("799.28")
  })

  it("two reductions of the same person apply one after the other: 50 % then 20 % of 497.45 € (2026-03) leaves 198.98 €, the line shows the whole 298.47 €", () => {
    const d = reduced(
      "2026-03",
      { personId: "a", ground: "primaryBenefitNotApplied", percentage: 50, safeguards: ok },
      { personId: "a", ground: "neglectedIntegrationPlan", percentage: 20, safeguards: ok }
    )
    // 497.45 × 50 % = 248.725 → 248.73 kept; × 80 % = 198.984 → 198.98
    expect(d.basicAmounts[0]).toMatchObject({ acceptedCents: 19898, reduction: "298.47" })
  })

  const refused: ReadonlyArray<[string, string, object, string]> = [
    [
      "law 26/2026: the 50 % ground exists only from 1.2.2026",
      "2026-01",
      { personId: "a", ground: "primaryBenefitNotApplied", percentage: 50, safeguards: ok },
      "ground-in-force"
    ],
    [
      "Kela 28.1.2026 (sttinfo.fi/tiedote/71766190), 1412/1997 10 § (26/2026): no 50 % reduction for a primary benefit not applied for in 2026-02, before the first orders' one-month period has run out",
      "2026-02",
      { personId: "a", ground: "primaryBenefitNotApplied", percentage: 50, safeguards: ok },
      "reduction-order-period"
    ],
    [
      "Kela 28.1.2026 (sttinfo.fi/tiedote/71766190), 1412/1997 10 § (26/2026): no 50 % reduction for not registering as a full-time jobseeker in 2026-02",
      "2026-02",
      { personId: "a", ground: "notRegisteredAsFullTimeJobseeker", percentage: 50, safeguards: ok },
      "reduction-order-period"
    ],
    [
      "1412/1997 10 § (before 2026-02): at most two months at a time",
      "2025-05",
      { personId: "a", ground: "refusedWorkOrService", percentage: 20, safeguards: ok, monthOfReduction: 3 },
      "maximum-duration"
    ],
    [
      "1412/1997 10 a § 3 mom: 40 % needs a refused service-need assessment (before 2026-02)",
      "2025-05",
      { personId: "a", ground: "repeatedRefusal", percentage: 40, safeguards: ok },
      "forty-percent-needs-assessment-refusal"
    ],
    [
      "law 26/2026 (Kela release 16.2.2026): the labour-policy sanction is 20 % in its first month",
      "2026-04",
      { personId: "a", ground: "unemploymentBenefitSanction", percentage: 40, safeguards: ok, monthOfReduction: 1 },
      "sanction-first-month-20"
    ],
    [
      "law 26/2026: the labour-policy sanction lasts at most six months (mtvuutiset.fi 9282874)",
      "2026-04",
      { personId: "a", ground: "unemploymentBenefitSanction", percentage: 20, safeguards: ok, monthOfReduction: 7 },
      "maximum-duration"
    ],
    [
      "a reduction must name a family member",
      "2024-06",
      { personId: "z", ground: "refusedWorkOrService", percentage: 20, safeguards: ok },
      "known-person"
    ]
  ]
  for (const [name, month, r, rule] of refused)
    it(name, () => {
      const e = failure(single(month, { reductions: [r] }))
      expect(e).toMatchObject({ rule })
    })

  it("Kela 28.1.2026 (sttinfo.fi/tiedote/71766190), 1412/1997 10 § (26/2026): the first 50 % reductions are paid from March 2026; 2026-02 is refused at the ground's path, 2026-03 reduces the spouse's 497.45 € to 248.73 €, and the 20 % integration-plan ground is not delayed", () => {
    const fifty = { personId: "a", ground: "notRegisteredAsFullTimeJobseeker", percentage: 50, safeguards: ok }
    const e = failure(single("2026-02", { reductions: [fifty] }))
    expect(e).toMatchObject({ at: "reductions[0].ground", rule: "reduction-order-period" })
    expect(JSON.stringify(e)).not.toContain("notRegisteredAsFullTimeJobseeker")
    expect(reduced("2026-03", fifty).basicAmounts[0]).toMatchObject({ acceptedCents: 24873, reduction: "248.72" })
    const twenty = { personId: "a", ground: "neglectedIntegrationPlan", percentage: 20, safeguards: ok }
    // 2026-02 spouse 85 % of 596.32 = 506.87 (Kela 16.2.2026 table, sttinfo.fi/tiedote/71815459); × 80 % = 405.496 → 405.50
    expect(reduced("2026-02", twenty).basicAmounts[0]).toMatchObject({ acceptedCents: 40550, reduction: "101.37" })
  })

  it("1412/1997 10 § 3 mom 1 kohta in the wording of 1390/2010 and 939/2012 (before 1023/2022): 40 % on repeated refusal in 2022-06 needs no service-need assessment; spouse 437.60 € → 262.56 €", () => {
    const d = reduced("2022-06", { personId: "a", ground: "repeatedRefusal", percentage: 40, safeguards: ok })
    const n = node(d, "basic-amount-reduction")
    // 1–7/2022: single 514.82 € (Kela 2022), spouse 85 % = 437.597 → 437.60; × 60 % = 262.56
    expect(d.basicAmounts[0]).toMatchObject({ acceptedCents: 26256, reduction: "175.04" })
    expect(n.legal).toEqual([
      {
        act: "1412/1997",
        section: "10",
        subsection: 3,
        amendedBy: "939/2012",
        finlex: "https://finlex.fi/fi/laki/alkup/2012/20120939"
      }
    ])
  })

  it("1412/1997 10 § 2 mom 2 kohta and 10 a § 3 mom as enacted by 1023/2022: the service-need-assessment precondition starts on 1.1.2023 (2022-12 no, 2023-01 yes)", () => {
    const r = { personId: "a", ground: "repeatedRefusal", percentage: 40, safeguards: ok }
    expect(reduced("2022-12", r).basicAmounts[0]!.reduction).not.toBe("0.00")
    expect(failure(single("2023-01", { reductions: [r] }))).toMatchObject({
      rule: "forty-percent-needs-assessment-refusal"
    })
  })

  it("the legal reference follows the month: 10 § (26/2026) from 2026-02, 10 a § for 40 % before", () => {
    const n = node(
      reduced("2026-03", { personId: "a", ground: "primaryBenefitNotApplied", percentage: 50, safeguards: ok }),
      "basic-amount-reduction"
    )
    expect(n.legal).toEqual([
      { act: "1412/1997", section: "10", amendedBy: "26/2026", finlex: "https://finlex.fi/fi/laki/alkup/2026/20260026" }
    ])
  })
})
