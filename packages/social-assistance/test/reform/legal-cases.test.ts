import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { compare, fromReform, inForce, ofMonth, renderComparison, simulate } from "../../src/reform/index.js"
import { decode, single } from "./helpers.js"

const feb = ofMonth("2026-02")
const mar = ofMonth("2026-03")

const comparison = (app: ReturnType<typeof decode>, a = feb, b = mar) => {
  const c = compare(app, a, b)
  if (Result.isFailure(c)) throw new Error("comparison failed")
  return c.success
}

describe("the 2026 reform, law 26/2026 (HE 116/2025)", () => {
  it("a single person with no income loses exactly the basic-amount cut: 596.32 € → 578.43 €, −17.89 € (Kela release 16.2.2026, sttinfo.fi/tiedote/71815459; 9 § as amended by 26/2026)", () => {
    const c = comparison(single("2026-03", "500.00"))
    expect(c.changeCents).toBe(57843 - 59632)
    expect(c.changes.map((s) => s.step)).toEqual(["basicAmount", "support"])
    const basic = c.changes[0]!
    expect(basic.parameters.find((p) => p.name === "basicAmountSingle")).toMatchObject({
      baseline: { value: 59632 },
      reform: { value: 57843 }
    })
  })

  it("an adult earner loses the 150 € earned-income disregard on top of the cut (11 § 3 mom as amended by 26/2026: abolished for persons aged 18 or more from 1.3.2026)", () => {
    const c = comparison(single("2026-03", "600.00", [{ kind: "wage", amount: "500.00" }]))
    expect(c.changeCents).toBe(57843 - 59632 - 15000)
    const d = c.changes.find((s) => s.step === "earnedIncomeDisregard")!
    expect(d.baseline?.ruleId).toBe("earned-income-disregard")
    expect(d.reform?.ruleId).toBe("earned-income-no-disregard")
    expect(d.reform?.inputs["disregard"]).toBe(0)
    const fi = renderComparison(c, "fi")
    expect(fi).toContain("ansiotulovähennys")
    expect(fi).toMatch(/Muutos: [−-]167,89\s€ kuukaudessa/)
  })

  it("a child earner keeps the disregard (11 § 3 mom as amended by 26/2026 keeps it for persons under 18)", () => {
    const app = decode({
      month: "2026-03",
      municipality: "837",
      persons: [
        { id: "a", role: "applicant", birthDate: "1980-03-03" },
        { id: "c1", role: "child", birthDate: "2010-05-05" }
      ],
      expenses: [{ kind: "rent", amount: "700.00" }],
      incomes: [{ kind: "wage", amount: "300.00", personId: "c1" }]
    })
    const c = comparison(app)
    const node = (d: typeof c.baseline) =>
      d.explanation.find((n) => n.ruleId.startsWith("earned-income") && n.inputs["personId"] === "c1")!
    expect(node(c.baseline).ruleId).toBe("earned-income-disregard")
    expect(node(c.reform).ruleId).toBe("earned-income-disregard")
    expect(node(c.baseline).inputs["disregard"]).toBe(15000)
    expect(node(c.reform).inputs["disregard"]).toBe(15000)
    expect(c.changes.find((s) => s.step === "earnedIncomeDisregard")?.baseline?.result).toBe(
      c.changes.find((s) => s.step === "earnedIncomeDisregard")?.reform?.result
    )
  })

  it("the law of 2026-03 applied to 2026-03 is the law in force then (no change), and the 2026-02 law's month keeps its own ages", () => {
    const app = single("2026-03", "500.00", [{ kind: "wage", amount: "200.00" }])
    expect(comparison(app, inForce, mar).changes).toEqual([])
    expect(comparison(app, inForce, mar).changeCents).toBe(0)
  })

  it("a reform keeping the disregard for adults gives the adult earner back exactly 150 €", () => {
    const keep = fromReform({
      name: "keep-disregard",
      base: { lawOf: "2026-03" },
      overrides: [{ parameter: "earnedIncomeDisregard", value: { adultsIncluded: true } }]
    })
    const c = comparison(single("2026-03", "600.00", [{ kind: "wage", amount: "500.00" }]), mar, keep)
    expect(c.changeCents).toBe(15000)
  })

  it("renders the comparison in fi, sv and en with the glossary's terms", () => {
    const c = comparison(single("2026-03", "600.00", [{ kind: "wage", amount: "500.00" }]))
    expect(renderComparison(c, "sv")).toContain("förvärvsinkomstavdrag")
    expect(renderComparison(c, "en")).toContain("earned-income disregard")
    expect(renderComparison(c, "fi")).toContain("kuukauden 2/2026 laki")
  })

  it("the simulation of these households counts the loser and the change", () => {
    const apps = [single("2026-03", "500.00"), single("2026-03", "600.00", [{ kind: "wage", amount: "500.00" }])]
    const r = simulate(apps, feb, mar, { threshold: 1 })
    expect(r.total.changeCents).toBe(2 * (57843 - 59632) - 15000)
    expect(r.byHouseholdType.rows.find((x) => x.key === "livingAlone")?.outcomes.lose.count).toBe(2)
  })
})
