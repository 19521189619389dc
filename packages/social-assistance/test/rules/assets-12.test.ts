import { describe, expect, it } from "vitest"
import { decide, example, node } from "./helpers.js"

const withAssets = (assets: ReadonlyArray<object>) =>
  decide({
    month: "2024-06",
    municipality: "091",
    persons: [
      { id: "p", role: "applicant", birthDate: "1980-01-01" },
      { id: "c", role: "child", birthDate: "2012-01-01" }
    ],
    expenses: [],
    incomes: [],
    assets
  })

describe("assets (Act 1412/1997 12 §)", () => {
  it("kela.fi/news/thinking-of-applying… (E5, 2024): 4 400 € of savings are counted", () => {
    expect(node(decide(example("e5-2024-hyvinkaa-couple-assets.json")), "assets").result).toBe(440000)
  })

  it("Kela (12 §): an asset that is not immediately available gets a realisation period and is not counted yet", () => {
    const d = withAssets([{ kind: "property", amount: "50000", immediatelyAvailable: false }])
    expect(d.assets[0]).toMatchObject({ acceptedCents: 0, ruleId: "asset-realisation-period" })
    expect(node(d, "assets").inputs["pending"]).toEqual([{ kind: "property", cents: 5000000 }])
  })

  it("12 § 2 mom 3 kohta (provisional reading, Verkkouutiset 2/2017): a child's savings count only up to the child's own need, 411.40 € in 2024", () => {
    const d = withAssets([{ kind: "bankSavings", amount: "10000", personId: "c", immediatelyAvailable: true }])
    expect(d.assets[0]).toMatchObject({ acceptedCents: 41140, ruleId: "child-asset-cap" })
    expect(node(d, "assets").legal).toContainEqual(
      expect.objectContaining({ act: "1412/1997", section: "12", subsection: 2, point: 3 })
    )
  })

  it("12 § 2 mom 3 kohta: what the child's income used of the need is not available for the child's assets", () => {
    const d = decide({
      month: "2024-06",
      municipality: "091",
      persons: [
        { id: "p", role: "applicant", birthDate: "1980-01-01" },
        { id: "c", role: "child", birthDate: "2012-01-01" }
      ],
      expenses: [],
      incomes: [{ kind: "pension", amount: "400", personId: "c" }],
      assets: [{ kind: "bankSavings", amount: "100", personId: "c", immediatelyAvailable: true }]
    })
    expect(d.assets[0]!.acceptedCents).toBe(1140) // 411.40 − 400.00
  })
})
