import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { decodeApplication } from "../src/application.js"
import { calculate } from "../src/engine.js"
import { render } from "../src/explain.js"
import { run } from "./helpers.js"
import { example } from "./rules/helpers.js"

// Kela's worked examples, from the package's `examples/` (the one copy the README, the rule tests, the CLI and the
// examples read); the expected figures and their sources stay here, in each test's name.
const e1 = example("e1-2017-single.json")
const e2 = example("e2-2021-sipoo-single-parent.json")
const e5 = example("e5-2024-hyvinkaa-couple-assets.json")

describe("Kela worked examples (docs/social-assistance/reference.md §9)", () => {
  it("E1 2017 Kela FAQ 'miksi sain perusosaa pienemmän määrän': single, 238.09 €", () => {
    const d = run(e1)
    expect(d.support).toBe("238.09")
    expect(d.basicAmounts[0]!.accepted).toBe("487.89")
  })

  it("E2 2021 kela.fi/web/en/faq-social-assistance, Sipoo single parent + 2 children 10–17: 191.33 €", () => {
    const d = run(e2)
    expect(d.basicAmounts.map((b) => b.accepted)).toEqual(["574.63", "352.84", "327.64"])
    expect(d.totals.expenses).toBe("2110.11")
    expect(d.totals.income).toBe("1918.78")
    expect(d.support).toBe("191.33")
  })

  it("E5 2024 kela.fi/news/thinking-of-applying…, Hyvinkää couple + 2 children: assets exceed deficit → no support", () => {
    const d = run(e5)
    expect(d.totals.basicAmounts).toBe("1792.51")
    expect(d.totals.income).toBe("2078.54")
    expect(d.totals.difference).toBe("-3906.03")
    expect(d.outcome).toBe("noSupport")
    expect(d.support).toBe("0.00")
    expect(d.totals.expenses).toBe("2572.51")
    // deficit before assets 493.97 < immediately available assets 4400.00
    expect(d.totals.assets).toBe("4400.00")
  })

  it("E7 kela.fi/toimeentulotuki-miten-tulot-ja-varat-vaikuttavat: gifts 40 + 50 → 40 counted (pre-2026)", () => {
    const d = run({
      ...e1,
      month: "2025-05",
      expenses: [],
      incomes: [
        { kind: "minorAssistance", amount: "40", personId: "a" },
        { kind: "minorAssistance", amount: "50", personId: "a" }
      ]
    })
    expect(d.totals.income).toBe("40.00")
  })

  it("E8 kela.fi/toimeentulotuki-muuttokustannukset: self-organised move in the same town → muuttoraha 120 €", () => {
    const d = run({ ...e1, month: "2024-09", expenses: [{ kind: "movingAllowance", amount: "0", distance: "short" }] })
    expect(d.expenses[0]!.accepted).toBe("120.00")
    expect(d.explanation.some((n) => n.ruleId === "moving-allowance")).toBe(true)
  })

  it("E10 2026 reform (derived): single with net wage 500 in March 2026 → 500 counted (Feb 2026: 350)", () => {
    const base = { ...e1, expenses: [], incomes: [{ kind: "wage", amount: "500", personId: "a" }] }
    expect(run({ ...base, month: "2026-03" }).totals.income).toBe("500.00")
    expect(run({ ...base, month: "2026-02" }).totals.income).toBe("350.00")
  })

  it("E1 renders a justification in fi, sv and en", () => {
    const d = run(e1)
    expect(render(d, "fi")).toContain("Perustoimeentulotukea myönnetään 238,09")
    expect(render(d, "sv")).toContain("Grunddel, ensamboende: 100 %")
    expect(render(d, "en")).toContain("€238.09")
  })

  it("bad input → InvalidInput naming the path, without the value", () => {
    const r = decodeApplication({ ...e1, expenses: [{ kind: "rent", amount: 675 }] })
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r)) {
      expect(r.failure.issues[0]!.at).toBe("expenses[0].amount")
      expect(r.failure.message).not.toContain("675")
    }
  })

  it("month with no parameter in force → ParameterNotInForce, never zero", () => {
    const app = decodeApplication(e1)
    if (Result.isFailure(app)) throw new Error("decode")
    const r = calculate({ ...app.success, month: "2016-12" })
    expect(Result.isFailure(r) && r.failure._tag).toBe("ParameterNotInForce")
  })
})
