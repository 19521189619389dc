/**
 * Invariants of the county's calculation (fast-check): support ≥ 0; adding an accepted expense never lowers the
 * support; the surplus is consumed before support is paid; the lines add up to the totals; the basic assistance is
 * never paid twice (support ≤ accepted supplementary expenses).
 */

import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { calculate, decodeSupplementaryApplication } from "../../src/supplementary/calculate.js"

const euro = (cents: number) => (cents / 100).toFixed(2)

const kelaArb = fc
  .record({
    expenses: fc.integer({ min: 0, max: 400000 }),
    income: fc.integer({ min: 0, max: 400000 }),
    assets: fc.integer({ min: 0, max: 200000 })
  })
  .chain((k) => {
    const deficit = Math.max(0, k.expenses - k.income - k.assets)
    return fc.integer({ min: 0, max: deficit }).map((basic) => ({ ...k, basic }))
  })
const lineArb = fc.record({ claimed: fc.integer({ min: 0, max: 300000 }), share: fc.integer({ min: 0, max: 100 }) })

const build = (
  k: { expenses: number; income: number; assets: number; basic: number },
  lines: ReadonlyArray<{ claimed: number; share: number }>,
  other: number
) => ({
  month: "2025-06",
  kela: {
    source: "letter",
    month: "2025-06",
    expenses: euro(k.expenses),
    income: euro(k.income),
    assets: euro(k.assets),
    basicAssistance: euro(k.basic)
  },
  lines: lines.map((l) => ({
    category: "otherSpecialNeed",
    claimed: euro(l.claimed),
    worker: { accepted: euro(Math.floor((l.claimed * l.share) / 100)), reason: "actualNecessaryCost" }
  })),
  otherIncome: other > 0 ? [{ kind: "otherIncome", amount: euro(other) }] : []
})

const run = (json: unknown) => {
  const app = decodeSupplementaryApplication(json)
  if (Result.isFailure(app)) throw new Error(app.failure.message)
  const d = calculate(app.success)
  if (Result.isFailure(d)) throw new Error(d.failure.message)
  return d.success
}

const args = [kelaArb, fc.array(lineArb, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 100000 })] as const

describe("supplementary assistance invariants", () => {
  it("support ≥ 0 and ≤ the accepted supplementary expenses (basic assistance never paid twice)", () => {
    fc.assert(
      fc.property(...args, (k, lines, other) => {
        const d = run(build(k, lines, other))
        expect(d.supportCents).toBeGreaterThanOrEqual(0)
        expect(d.supportCents).toBeLessThanOrEqual(d.totals.acceptedCents)
      })
    )
  })

  it("the lines add up: Σ paid = support, Σ covered = surplus used, Σ accepted = total, support + surplus used = accepted", () => {
    fc.assert(
      fc.property(...args, (k, lines, other) => {
        const d = run(build(k, lines, other))
        const sum = (f: (l: (typeof d.lines)[number]) => number) => d.lines.reduce((s, l) => s + f(l), 0)
        expect(sum((l) => l.paidCents)).toBe(d.supportCents)
        expect(sum((l) => l.coveredBySurplusCents)).toBe(d.totals.surplusUsedCents)
        expect(sum((l) => l.acceptedCents)).toBe(d.totals.acceptedCents)
        expect(d.supportCents + d.totals.surplusUsedCents).toBe(d.totals.acceptedCents)
        for (const l of d.lines) expect(l.paidCents + l.coveredBySurplusCents).toBe(l.acceptedCents)
      })
    )
  })

  it("the surplus is consumed before support is paid", () => {
    fc.assert(
      fc.property(...args, (k, lines, other) => {
        const d = run(build(k, lines, other))
        if (d.supportCents > 0) expect(d.totals.surplusUsedCents).toBe(d.totals.surplusAvailableCents)
        expect(d.totals.surplusUsedCents).toBe(Math.min(d.totals.surplusAvailableCents, d.totals.acceptedCents))
      })
    )
  })

  it("adding an accepted expense never lowers the support", () => {
    fc.assert(
      fc.property(...args, lineArb, (k, lines, other, extra) => {
        const before = run(build(k, lines, other)).supportCents
        const after = run(build(k, [...lines, extra], other)).supportCents
        expect(after).toBeGreaterThanOrEqual(before)
      })
    )
  })
})

describe("invariants under guideline items (county release 1.10.2024)", () => {
  const items = [
    { category: "childrenHobbies", guidelineItem: "children-hobbies", children: 2 },
    { category: "specialDiet", guidelineItem: "special-diet" },
    { category: "funeralCoffin", guidelineItem: "funeral-coffin" },
    { category: "funeralUrn", guidelineItem: "funeral-urn" }
  ] as const
  const itemLine = fc.record({
    item: fc.integer({ min: 0, max: items.length - 1 }),
    claimed: fc.integer({ min: 0, max: 200000 }),
    earlier: fc.integer({ min: 0, max: 100000 })
  })
  const build2 = (
    k: { expenses: number; income: number; assets: number; basic: number },
    lines: ReadonlyArray<{ item: number; claimed: number; earlier: number }>
  ) => ({
    month: "2025-06",
    guideline: "county-release-2024-10",
    kela: {
      source: "letter",
      month: "2025-06",
      expenses: euro(k.expenses),
      income: euro(k.income),
      assets: euro(k.assets),
      basicAssistance: euro(k.basic)
    },
    lines: lines.map((l) => ({ ...items[l.item]!, claimed: euro(l.claimed), grantedEarlierInPeriod: euro(l.earlier) }))
  })

  it("each line is at most its claim and its remaining cap; support ≥ 0; adding a line never lowers support", () => {
    fc.assert(
      fc.property(kelaArb, fc.array(itemLine, { minLength: 1, maxLength: 5 }), itemLine, (k, lines, extra) => {
        const d = run(build2(k, lines))
        for (const l of d.lines) {
          expect(l.acceptedCents).toBeLessThanOrEqual(l.claimedCents)
          expect(l.acceptedCents).toBe(l.guidelineAmountCents)
        }
        expect(d.supportCents).toBeGreaterThanOrEqual(0)
        expect(run(build2(k, [...lines, extra])).supportCents).toBeGreaterThanOrEqual(d.supportCents)
      })
    )
  })
})
