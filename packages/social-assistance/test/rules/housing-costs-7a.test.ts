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
      "law 815/2015 7 b §: before 2023 the claimed costs at their necessary amount (no decree limit)",
      "2017-05",
      undefined,
      "housing-cost-necessary-size",
      92000
    ],
    [
      "law 1023/2022 7 a §: before 1.4.2024 no decree limit",
      "2024-03",
      { directedInMonth: "2023-06" },
      "housing-cost-necessary-size",
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
