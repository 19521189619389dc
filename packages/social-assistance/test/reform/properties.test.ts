import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { calculateSupportBatch } from "../../src/amount.js"
import { type Application, decodeApplication } from "../../src/application.js"
import {
  fromReform,
  householdTypeOf,
  inForce,
  ofMonth,
  type Reform,
  Simulation,
  simulate
} from "../../src/reform/index.js"

const months = fc
  .tuple(fc.constantFrom(2024, 2025, 2026), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`)
const euros = fc
  .integer({ min: 0, max: 200_000 })
  .map((c) => `${Math.trunc(c / 100)}.${String(c % 100).padStart(2, "0")}`)
const incomeKind = fc.constantFrom("wage", "labourMarketSubsidy", "housingAllowance", "childBenefit", "pension")

const household = fc.record({
  month: months,
  children: fc.array(fc.integer({ min: 0, max: 17 }), { maxLength: 3 }),
  spouse: fc.boolean(),
  withParents: fc.boolean(),
  municipality: fc.constantFrom("091", "837", "564", "049", "999x"),
  rent: euros,
  incomes: fc.array(fc.record({ kind: incomeKind, amount: euros, who: fc.constantFrom("a", "s", "c0") }), {
    maxLength: 4
  })
})

type Gen = typeof household extends fc.Arbitrary<infer A> ? A : never

const build = (g: Gen): Application | undefined => {
  const y = Number(g.month.slice(0, 4))
  const alone = !g.spouse && g.children.length === 0
  const persons: Array<object> = [
    {
      id: "a",
      role: "applicant",
      birthDate: "1990-03-03",
      ...(alone && g.withParents ? { livingWithParents: true } : {})
    }
  ]
  if (g.spouse) persons.push({ id: "s", role: "spouse", birthDate: "1992-04-04" })
  for (const [i, age] of g.children.entries())
    persons.push({ id: `c${i}`, role: "child", birthDate: `${y - age - 1}-12-${10 + i}` })
  const ids = new Set(persons.map((p) => (p as { id: string }).id))
  const app = decodeApplication({
    month: g.month,
    municipality: g.municipality,
    persons,
    expenses: [{ kind: "rent", amount: g.rent }],
    incomes: g.incomes.map((i) => ({ kind: i.kind, amount: i.amount, personId: ids.has(i.who) ? i.who : "a" }))
  })
  return Result.isSuccess(app) ? app.success : undefined
}

const population = fc.array(household, { minLength: 1, maxLength: 30 }).map((gs) => gs.flatMap((g) => build(g) ?? []))

/** Overrides that can only raise support: higher amounts, a larger disregard kept for everyone. */
const raising = fc.record({
  basic: fc.integer({ min: 0, max: 20_000 }),
  disregard: fc.integer({ min: 0, max: 30_000 }),
  adults: fc.boolean(),
  percent: fc.integer({ min: 0, max: 10 })
})

const raise = (r: { basic: number; disregard: number; adults: boolean; percent: number }): Reform => ({
  name: "raise",
  base: { lawOf: "2026-03" },
  overrides: [
    { parameter: "basicAmountSingle", value: ((57843 + r.basic) / 100).toFixed(2) },
    {
      parameter: "earnedIncomeDisregard",
      value: { maximum: ((15000 + r.disregard) / 100).toFixed(2), ...(r.adults ? { adultsIncluded: true } : {}) }
    },
    {
      parameter: "categoryPercentages",
      value: { otherAdult: String(86 + r.percent), child10to17: (72.2 + r.percent).toFixed(1) }
    }
  ]
})

describe("reform simulation invariants (fast-check)", () => {
  it("a reform equal to the baseline changes nothing", () => {
    fc.assert(
      fc.property(population, (apps) => {
        const r = simulate(apps, inForce, fromReform({ name: "same", overrides: [] }), { threshold: 1 })
        expect(r.total.changeCents).toBe(0)
        const o = r.byHouseholdType.total.outcomes
        expect([o.gain.count, o.lose.count, o.start.count, o.stop.count]).toEqual([0, 0, 0, 0])
        const m = simulate(
          apps,
          ofMonth("2025-06"),
          fromReform({ name: "same", base: { lawOf: "2025-06" }, overrides: [] }),
          {
            threshold: 1
          }
        )
        expect(m.total.changeCents).toBe(0)
      }),
      { numRuns: 60 }
    )
  })

  it("the law in force gives the same amounts as calculateSupportBatch", () => {
    fc.assert(
      fc.property(population, (apps) => {
        const s = new Simulation(inForce, inForce)
        const batch = calculateSupportBatch(apps)
        apps.forEach((app, i) => {
          const h = s.add(app)
          if (h._tag === "Calculated") expect(h.baselineCents).toBe(batch.supportCents[i])
          else expect(batch.errors.has(i)).toBe(true)
        })
      }),
      { numRuns: 60 }
    )
  })

  it("overrides that only raise amounts never lower anyone's support", () => {
    fc.assert(
      fc.property(population, raising, (apps, r) => {
        const s = new Simulation(ofMonth("2026-03"), fromReform(raise(r)))
        for (const app of apps) {
          const h = s.add(app)
          if (h._tag === "Calculated") expect(h.reformCents).toBeGreaterThanOrEqual(h.baselineCents)
        }
        const o = s.result().byHouseholdType.total.outcomes
        expect(o.lose.count ?? 0).toBe(0)
        expect(o.stop.count ?? 0).toBe(0)
      }),
      { numRuns: 60 }
    )
  })

  it("the totals equal the sums of the households (threshold 1: nothing suppressed)", () => {
    fc.assert(
      fc.property(population, (apps) => {
        const s = new Simulation(ofMonth("2026-02"), ofMonth("2026-03"), { threshold: 1 })
        const s2 = new Simulation(ofMonth("2026-02"), ofMonth("2026-03"), { threshold: 1 })
        let base = 0
        let reform = 0
        let recipients = 0
        let persons = 0
        let calculated = 0
        for (const app of apps) {
          const h = s.add(app)
          if (h._tag !== "Calculated") continue
          calculated++
          base += h.baselineCents
          reform += h.reformCents
          if (h.baselineCents > 0) {
            recipients++
            persons += app.persons.length
          }
        }
        const r = s.result()
        const types = new Map<string, number>()
        for (const app of apps)
          if (s2.add(app)._tag === "Calculated")
            types.set(householdTypeOf(app), (types.get(householdTypeOf(app)) ?? 0) + 1)
        for (const row of r.byHouseholdType.rows) expect(row.households.count).toBe(types.get(row.key) ?? 0)
        expect(r.calculated).toBe(calculated)
        expect(r.total.baseline.expenditureCents ?? 0).toBe(base)
        expect(r.total.reform.expenditureCents ?? 0).toBe(reform)
        expect(r.total.changeCents ?? 0).toBe(reform - base)
        expect(r.total.baseline.recipientHouseholds.count).toBe(recipients)
        expect(r.total.baseline.recipientPersons.count).toBe(persons)
        expect(r.months.reduce((a, m) => a + (m.baseline.expenditureCents ?? 0), 0)).toBe(base)
        for (const b of [r.byHouseholdType, r.byChildren, r.byMunicipality, r.byIncomeDecile]) {
          expect(b.rows.reduce((a, x) => a + (x.changeCents ?? 0), 0)).toBe(reform - base)
          expect(b.rows.reduce((a, x) => a + (x.households.count ?? 0), 0)).toBe(calculated)
          expect(b.total.households.count).toBe(calculated)
        }
      }),
      { numRuns: 60 }
    )
  })

  it("every breakdown is suppressed by core's Disclosure at the default threshold (no count 1–4 shown)", () => {
    fc.assert(
      fc.property(population, (apps) => {
        const r = simulate(apps, ofMonth("2026-02"), ofMonth("2026-03"))
        for (const b of [r.byHouseholdType, r.byChildren, r.byMunicipality, r.byIncomeDecile])
          for (const row of b.rows) {
            for (const c of [row.households, ...Object.values(row.outcomes)])
              if (c.count !== null) expect(c.count === 0 || c.count >= 5).toBe(true)
            const changed = row.outcomes.gain.count
            if (row.meanChangeCents !== null) expect(changed === null || changed >= 0).toBe(true)
          }
      }),
      { numRuns: 40 }
    )
  })

  it("a free-text municipality is never a row: it is counted as unknown", () => {
    const apps = fc.sample(population, { numRuns: 20, seed: 7 }).flat()
    const r = simulate(apps, ofMonth("2026-02"), ofMonth("2026-03"), { threshold: 1 })
    expect(r.byMunicipality.rows.map((x) => x.key)).not.toContain("999x")
  })
})
