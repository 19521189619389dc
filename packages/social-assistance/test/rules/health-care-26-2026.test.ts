/**
 * Legal cases: health-care costs as other basic expenses (1412/1997 7 b §) before and after law 26/2026 (in force
 * 1.2.2026; SISU lakipäivitykset_2026.xlsx). The committee report (ShUB 29/2025) says the reform restricts them to
 * "nödvändiga hälso- och sjukvårdsutgifter"; the enacted wording was not read (docs/social-assistance/open-readings.md
 * § 5). Decided: the claimed amount is still accepted, and a decision from 2026-02 that accepts one is flagged.
 */
import { describe, expect, it } from "vitest"
import { flagTexts } from "../../src/explain.js"
import { decide, single } from "./helpers.js"

const withLine = (month: string, line: object) => decide(single(month, { expenses: [line] }))

describe("health-care costs under law 26/2026 (7 b §; ShUB 29/2025)", () => {
  it("2026-01 (7 b §, 847/2024): a 40 € public health-care fee is accepted, no flag", () => {
    const d = withLine("2026-01", { kind: "healthCare", amount: "40" })
    expect(d.totals.otherBasicExpenses).toBe("40.00")
    expect(d.flags).not.toContain("healthCare2026Provisional")
  })

  it("2026-02: the same fee is accepted at the same amount, and the decision says it rests on the pre-2026 rule", () => {
    const d = withLine("2026-02", { kind: "healthCare", amount: "40" })
    expect(d.totals.otherBasicExpenses).toBe("40.00")
    expect(d.flags).toContain("healthCare2026Provisional")
  })

  it("2026-06: a prescription medicine is flagged too; a cost compensated from elsewhere (8 §) is not accepted and not flagged", () => {
    expect(withLine("2026-06", { kind: "prescriptionMedicine", amount: "12.50" }).flags).toContain(
      "healthCare2026Provisional"
    )
    const compensated = withLine("2026-06", { kind: "healthCare", amount: "40", compensatedElsewhere: true })
    expect(compensated.totals.otherBasicExpenses).toBe("0.00")
    expect(compensated.flags).not.toContain("healthCare2026Provisional")
  })

  it("other expenses in 2026 raise no such flag", () => {
    expect(withLine("2026-06", { kind: "householdElectricity", amount: "40" }).flags).not.toContain(
      "healthCare2026Provisional"
    )
  })

  it("the flag text names law 26/2026 in fi, sv and en", () => {
    expect(flagTexts.healthCare2026Provisional.fi).toContain("26/2026")
    expect(flagTexts.healthCare2026Provisional.sv).toContain("26/2026")
    expect(flagTexts.healthCare2026Provisional.en).toContain("26/2026")
  })
})
