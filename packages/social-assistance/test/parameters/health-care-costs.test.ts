/**
 * The dated entry for health-care costs as other basic expenses (1412/1997 7 b §; law 26/2026 in force 1.2.2026,
 * SISU lakipäivitykset_2026.xlsx): each period has its source, the periods follow each other without a gap, the
 * restricted period starts on the same day as core's reduction regime of law 26/2026 (one reform, one date), and the
 * rule `health-care-26-2026` flags exactly from that day's month.
 */
import * as ReductionGround from "@osallistava/core/reduction-ground"
import { describe, expect, it } from "vitest"
import { healthCareCosts } from "../../src/parameters/tables.js"
import { decide, single } from "../rules/helpers.js"

const dayBefore = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - 1)
  return d.toISOString().slice(0, 10)
}

describe("healthCareCosts (7 b §, law 26/2026)", () => {
  const values = healthCareCosts.values

  it("every period has a source and a section; the periods follow each other day by day", () => {
    for (const [i, v] of values.entries()) {
      expect(v.source.length).toBeGreaterThan(10)
      expect(v.value.section).toMatch(/^1412\/1997 7 b §/)
      const next = values[i + 1]
      if (next !== undefined) expect(v.validTo).toBe(dayBefore(next.validFrom))
    }
    expect(values[0]!.validFrom).toBe("2017-01-01")
  })

  it("the restriction starts on the day law 26/2026 is in force, core's regime 26/2026 (provisional reading)", () => {
    const restricted = values.filter((v) => v.value.restrictedToNecessary)
    expect(restricted).toHaveLength(1)
    const law = ReductionGround.regimes.find((r) => r.id === "26/2026")
    expect(law).toBeDefined()
    expect(restricted[0]!.validFrom).toBe(String(law!.validFrom))
    expect(restricted[0]!.provisional).toBe(true)
  })

  it("the rule flags a health-care cost from the entry's first month, not in the month before", () => {
    const from = values.find((v) => v.value.restrictedToNecessary)!.validFrom.slice(0, 7)
    const before = dayBefore(`${from}-01`).slice(0, 7)
    const line = { kind: "healthCare", amount: "40" }
    expect(decide(single(from, { expenses: [line] })).flags).toContain("healthCare2026Provisional")
    expect(decide(single(before, { expenses: [line] })).flags).not.toContain("healthCare2026Provisional")
  })
})
