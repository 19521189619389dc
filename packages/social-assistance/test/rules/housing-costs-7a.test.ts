import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import { decodeApplication } from "../../src/application.js"
import { calculate } from "../../src/engine.js"
import { decide, example, failure, node, single } from "./helpers.js"

const rent = (month: string, amount: string, housingDirection?: object) =>
  decide(
    single(month, {
      expenses: [
        { kind: "rent", amount },
        { kind: "heating", amount: "20.00" }
      ],
      ...(housingDirection ? { housingDirection } : {})
    })
  )

describe("housing costs (Act 1412/1997 7 a § from 2023, 7 b § 1 mom 1 kohta before) and the municipal limit (from 1.4.2024)", () => {
  it("law 1242/2023, VNA 144/2024 annex: Hyvinkää 4 persons 904.00 €; 700.00 € is within it (E5, kela.fi/news/thinking-of-applying…)", () => {
    const n = node(decide(example("e5-2024-hyvinkaa-couple-assets.json")), "housing-cost-withinLimit")
    expect(n.parameters[1]).toMatchObject({ name: "housingLimit", value: 90400 })
    expect(n.result).toBe(70000)
  })

  const cases: ReadonlyArray<[string, string, object | undefined, string, number]> = [
    [
      "law 815/2015 7 b § 2 mom: 2017 Helsinki 1 person above Kela's norm 675 € (Kaleva 3/2017) without a direction → accepted, direction required",
      "2017-05",
      undefined,
      "housing-cost-directionRequired",
      92000
    ],
    [
      "law 1023/2022 7 a § 2 mom: directed, but the end of Kela's period not given → the period is not known to have ended, costs in full",
      "2024-03",
      { directedInMonth: "2023-06" },
      "housing-cost-directionPeriod",
      92000
    ],
    [
      "law 1242/2023 7 a § 4 mom: during the three months after the direction the costs are accepted in full (directed 2024-04 → June in full)",
      "2024-06",
      { directedInMonth: "2024-04" },
      "housing-cost-directionPeriod",
      92000
    ],
    [
      "law 1242/2023 7 a §, VNA 144/2024 annex (Helsinki 1 person 715.00 €): after the period only the limit (directed 2024-04 → July capped)",
      "2024-07",
      { directedInMonth: "2024-04" },
      "housing-cost-capped",
      71500
    ],
    [
      "law 1242/2023 7 a §: an extension of the period keeps the costs in full",
      "2024-07",
      { directedInMonth: "2024-04", extensionMonths: 1 },
      "housing-cost-directionPeriod",
      92000
    ],
    [
      "law 1242/2023 7 a § 3 mom: a special ground (health or age) keeps the costs in full",
      "2024-07",
      { specialGround: "healthOrAge" },
      "housing-cost-specialGround",
      92000
    ],
    [
      "law 1242/2023 7 a §: above the limit without a direction, the costs are accepted and a direction is required",
      "2024-07",
      undefined,
      "housing-cost-directionRequired",
      92000
    ]
  ]
  for (const [name, month, direction, ruleId, accepted] of cases)
    it(name, () => {
      const d = rent(month, "900.00", direction)
      expect(node(d, ruleId as never).result).toBe(accepted)
      expect(d.totals.otherBasicExpenses).toBe((accepted / 100).toFixed(2))
    })

  it("the capped lines are cut in order: rent 900 € → 715 €, heating → 0 € (law 1242/2023 7 a §)", () => {
    const d = rent("2024-07", "900.00", { directedInMonth: "2024-04" })
    expect(d.expenses.map((l) => [l.acceptedCents, l.ruleId])).toEqual([
      [71500, "housing-cost-capped"],
      [0, "housing-cost-capped"]
    ])
  })

  it("a required direction is a flag of the decision (7 a §)", () => {
    expect(rent("2024-07", "900.00").flags).toContain("housingDirectionRequired")
  })

  describe("before 1.4.2024: Kela's municipal norms (7 b § 2–3 mom 815/2015; 7 a § 2–3 mom 1023/2022)", () => {
    // Helsinki 2023 – 3/2024, Kela's norm for 1 person 694 € (SISU asummenorajat_2023, StatisticsFinland/mikrosimulointi
    // 3d93dcd); Kela applied it only above norm + 5 % and not to families with children (SISU
    // TOIMTUKIlakimakrot.sas, AsumMenoRajat). Rent + heating 20 € as in `rent` above.
    const directed = { directedInMonth: "2023-02", periodEndsInMonth: "2023-07" }

    it("2023 Helsinki 1 person 900 € + 20 €, after the period Kela set (ended 2023-07) → capped at the norm 694 €", () => {
      const d = rent("2023-09", "900.00", directed)
      const n = node(d, "housing-cost-capped")
      expect(n.result).toBe(69400)
      expect(n.parameters[1]).toMatchObject({ name: "kelaHousingNorm", value: 69400, provisional: true, evidence: "I" })
      expect(n.parameters[1]!.source).toMatch(/SISU, asummenorajat_2023/)
      expect(n.parameters[2]).toMatchObject({ name: "kelaHousingNormPractice", value: "all", evidence: "I" })
      expect(d.expenses.map((l) => [l.acceptedCents, l.ruleId])).toEqual([
        [69400, "housing-cost-capped"],
        [0, "housing-cost-capped"]
      ])
      expect(d.flags).toContain("kelaHousingNormProvisional")
      expect(d.flags).not.toContain("housingNormUnknown")
    })

    it("2023: during the period Kela set (to 2023-07, plus an extension of 1 month) the costs count in full", () => {
      expect(node(rent("2023-07", "900.00", directed), "housing-cost-directionPeriod").result).toBe(92000)
      expect(
        node(rent("2023-08", "900.00", { ...directed, extensionMonths: 1 }), "housing-cost-directionPeriod").result
      ).toBe(92000)
      expect(node(rent("2023-08", "900.00", directed), "housing-cost-capped").result).toBe(69400)
    })

    it("7 a § 3 mom (1023/2022): no real possibility of a cheaper home in the municipality → full costs after the period", () => {
      const d = rent("2023-09", "900.00", { ...directed, noCheaperHomeInMunicipality: true })
      expect(node(d, "housing-cost-specialGround").result).toBe(92000)
    })

    it("2023: within the 5 % tolerance (694 € × 1.05 = 728.70 €) → accepted: 708.70 € + 20 € yes, 708.71 € + 20 € no", () => {
      const n = node(rent("2023-09", "708.70", directed), "housing-cost-withinLimit")
      expect(n.result).toBe(72870)
      expect(n.inputs["tolerancePercent"]).toBe(5)
      expect(node(rent("2023-09", "708.71", directed), "housing-cost-capped").result).toBe(69400)
    })

    it("2023: a family with children is exempt from the norm (SISU: 'poikkeuksena lapsiperheet') → accepted in full", () => {
      const d = decide(
        single("2023-09", {
          persons: [
            { id: "a", role: "applicant", birthDate: "1970-01-01" },
            { id: "c", role: "child", birthDate: "2015-01-01" }
          ],
          expenses: [{ kind: "rent", amount: "2000.00" }],
          housingDirection: directed
        })
      )
      const n = node(d, "housing-cost-necessary-size")
      expect(n.result).toBe(200000)
      expect(n.inputs["familiesWithChildrenExempt"]).toBe(true)
      expect(d.flags).toContain("kelaHousingNormProvisional")
    })

    it("2017 Helsinki (Kaleva 3/2017: 675 €; no tolerance documented): after the period capped at 675 €", () => {
      const d = rent("2017-09", "900.00", { directedInMonth: "2017-02", periodEndsInMonth: "2017-07" })
      expect(node(d, "housing-cost-capped").result).toBe(67500)
    })

    it("2019: no public Kela norm → the claimed costs are accepted, flagged housingNormUnknown, never silently", () => {
      const d = rent("2019-06", "1500.00", { directedInMonth: "2019-01", periodEndsInMonth: "2019-03" })
      const n = node(d, "housing-cost-necessary-size")
      expect(n.result).toBe(152000)
      expect(n.inputs["kelaHousingNorm"]).toBe("notPublic")
      expect(n.parameters.map((p) => p.name)).toEqual(["housingLimitRegimes", "kelaHousingNormPractice"])
      expect(d.flags).toContain("housingNormUnknown")
      expect(d.flags).not.toContain("kelaHousingNormProvisional")
    })

    it("2017 outside Helsinki (Sipoo): no public norm → accepted and housingNormUnknown", () => {
      const sipoo = decide(single("2017-06", { municipality: "753", expenses: [{ kind: "rent", amount: "1500" }] }))
      expect(sipoo.flags).toContain("housingNormUnknown")
      expect(node(sipoo, "housing-cost-necessary-size").result).toBe(150000)
    })

    it("a period that ends before the direction is refused with the field path, not echoed", () => {
      expect(
        failure(
          single("2023-09", {
            expenses: [{ kind: "rent", amount: "900" }],
            housingDirection: { directedInMonth: "2023-05", periodEndsInMonth: "2023-04" }
          })
        )
      ).toMatchObject({ at: "housingDirection.periodEndsInMonth", rule: "housing-cost-direction-period" })
    })
  })

  it("VNA 144/2024 has no limit for an unknown municipality: ParameterNotInForce (or refused at decoding), never a silent zero", () => {
    const app = decodeApplication(
      single("2024-06", { municipality: "Atlantis", expenses: [{ kind: "rent", amount: "500" }] })
    )
    const e = Result.isFailure(app) ? app.failure : calculate(app.success)
    if (!Result.isFailure(app)) {
      expect(Result.isFailure(e as never)).toBe(true)
      expect((e as { failure: { _tag: string } }).failure._tag).toBe("ParameterNotInForce")
    }
    expect(JSON.stringify(e)).not.toContain("Atlantis")
  })

  it("kela.fi/toimeentulotuki-muuttokustannukset (E8): a self-organised move in the same town → moving allowance 120 €, further 180 €", () => {
    const move = (distance: string) =>
      node(
        decide(single("2025-05", { expenses: [{ kind: "movingAllowance", amount: "0", distance }] })),
        "moving-allowance"
      ).result
    expect([move("short"), move("long")]).toEqual([12000, 18000])
    expect(failure(single("2025-05", { expenses: [{ kind: "movingAllowance", amount: "0" }] }))).toMatchObject({
      rule: "moving-distance"
    })
  })
})

describe("housing limit looked up by code or by name (one cached limit per month, municipality and size)", () => {
  it("VNA 144/2024: Helsinki by code 091 and by name give the same limit and the same cap", () => {
    const capped = (municipality: string) =>
      decide(
        single("2025-06", {
          municipality,
          expenses: [{ kind: "rent", amount: "1500" }],
          housingDirection: { directedInMonth: "2025-01" }
        })
      )
    const byCode = capped("091")
    const byName = capped("Helsinki")
    expect(node(byCode, "housing-cost-capped").result).toBe(node(byName, "housing-cost-capped").result)
    expect(node(byCode, "housing-cost-capped").result).toBeLessThan(150000)
  })
})
