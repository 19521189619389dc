import { describe, expect, it } from "vitest"
import { runReform } from "../src/suites/reform.js"

describe("reform suite", () => {
  it("ours and the hand-written two-law baseline agree on every household-month (law of 2026-02 vs 2026-03)", () => {
    const r = runReform(2026, 300)
    expect(r.householdMonths).toBe(3_600)
    expect(r.errors).toBe(0)
    expect(r.differences).toBe(0)
    expect(r.reformEuros).toBeLessThan(r.baselineEuros)
    expect(r.result.byHouseholdType.total.outcomes.gain.count).toBe(0)
    expect(r.result.total.baseline.expenditureCents).toBe(Math.round(r.baselineEuros * 100))
  })
})
