import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  type AvainRecord,
  type EvaluationRecord,
  report,
  reportBuilder,
  type StartRecord,
  score,
  wilsonInterval
} from "../src/index.js"
import { evaluation, start } from "./fixtures.js"

// These tests check the report's definitions on tiny hand-made cohorts: disclosure control off (minCell 1);
// suppression itself is tested in test/disclosure.test.ts.
const raw = { minCell: 1 } as const

// Hand-checked cohort of 4 plans:
// p1: financial-management fairly-well (attained), employment fairly-poorly; methods discussion + assistance
// p2: financial-management very-well, employment neither; methods discussion only
// p3: financial-management not evaluated, employment very-well; methods assistance only, client absent
// p4: started, never evaluated (attrition)
const cohort: ReadonlyArray<AvainRecord> = [
  start("p1"),
  evaluation("p1"),
  start("p2", { methods: [{ code: "discussion" }] }),
  evaluation("p2", {
    goals: [
      { goalId: "g1", area: "financial-management", attainment: "very-well" },
      { goalId: "g2", area: "employment", attainment: "neither" }
    ],
    methods: [{ code: "discussion" }]
  }),
  start("p3", { municipality: "297", clientPresent: false, factors: [{ code: "education", direction: "supports" }] }),
  evaluation("p3", {
    municipality: "297",
    clientPresent: false,
    goals: [
      { goalId: "g1", area: "financial-management", attainment: null },
      { goalId: "g2", area: "employment", attainment: "very-well" }
    ],
    methods: [{ code: "supplementary-preventive-assistance" }]
  }),
  start("p4", { goals: [{ goalId: "g1", area: "housing", intent: "maintain" }] })
]

describe("report: hand-checked cohort (definitions docs/avain/reference.md § 6)", () => {
  const r = report(cohort, raw)
  it("prevalence of goal areas as shares of started plans (multi-response, Kuvio 3 shape)", () => {
    expect(r.population).toEqual({ started: 4, evaluated: 3 })
    expect(r.prevalence.goalAreas.map((x) => [x.code, x.numerator, x.denominator])).toEqual([
      ["employment", 3, 4],
      ["financial-management", 3, 4],
      ["housing", 1, 4]
    ])
  })
  it("factors supporting and hindering apart (Kuvio 4 shape)", () => {
    expect(r.prevalence.factorsSupporting.map((x) => [x.code, x.numerator])).toEqual([
      ["own-motivation", 3],
      ["education", 1]
    ])
    expect(r.prevalence.factorsHindering.map((x) => [x.code, x.numerator, x.share])).toEqual([
      ["mental-health", 3, 0.75]
    ])
  })
  it("attainment per area at 'at least fairly well' with Wilson 95 % intervals", () => {
    const fm = r.attainment.byArea.find((x) => x.code === "financial-management")
    expect(fm).toMatchObject({ numerator: 2, denominator: 2, share: 1, notEvaluated: 1 })
    const em = r.attainment.byArea.find((x) => x.code === "employment")
    expect(em).toMatchObject({ numerator: 1, denominator: 3 })
    // Wilson for 1/3, z = 1.96: centre (1/3 + 0.6403)/(1 + 1.2805) = 0.4269; half 0.3496 → [0.0615, 0.7923]
    expect(em?.ci95?.low).toBeCloseTo(0.0615, 3)
    expect(em?.ci95?.high).toBeCloseTo(0.7923, 3)
    // not evaluated: p3's null financial-management goal and p4's housing goal (plan never evaluated)
    expect(r.attainment.overall).toMatchObject({ numerator: 3, denominator: 5, notEvaluated: 2 })
    expect(r.attainment.byArea.find((x) => x.code === "housing")).toMatchObject({ denominator: 0, notEvaluated: 1 })
    // plan shares 1/2, 1/2, 1/1 → mean 2/3
    expect(r.attainment.clientMean).toEqual({ plans: 3, mean: 2 / 3 })
  })
  it("with and without a method, both denominators", () => {
    const d = r.comparison.find((x) => x.kind === "method" && x.code === "discussion")
    expect(d?.with).toMatchObject({ plans: 2, numerator: 2, denominator: 4, share: 0.5 })
    expect(d?.without).toMatchObject({ plans: 1, numerator: 1, denominator: 1, share: 1 })
    expect(d?.difference).toBe(-0.5)
    const fin = r.comparison.find((x) => x.kind === "family" && x.code === "financial")
    expect(fin?.with).toMatchObject({ plans: 2, numerator: 2, denominator: 3 })
    expect(fin?.without).toMatchObject({ plans: 1, numerator: 1, denominator: 2 })
  })
  it("attrition: started but not evaluated", () => {
    expect(r.attrition).toEqual({ numerator: 1, denominator: 4, share: 0.25, suppressed: false })
  })
  it("says provisional codes are in use", () => {
    expect(r.provisional.inUse).toBe(true)
    expect(r.provisional.entries).toContainEqual({ catalog: "goal-area", code: "employment" })
    expect(r.provisional.notice.fi).toContain("alustavia")
  })
  it("filters: municipality, period, client present, method family", () => {
    expect(report(cohort, { filters: { municipalities: ["297"] }, ...raw }).population).toEqual({
      started: 1,
      evaluated: 1
    })
    expect(report(cohort, { filters: { clientPresent: true }, ...raw }).population).toEqual({
      started: 3,
      evaluated: 2
    })
    expect(report(cohort, { filters: { period: { from: "2018-04-01" } }, ...raw }).population).toEqual({
      started: 0,
      evaluated: 0
    })
    const fam = report(cohort, { filters: { methodFamily: "financial" }, ...raw })
    expect(fam.population).toEqual({ started: 3, evaluated: 2 })
  })
  it("never uses causal wording", () => {
    const text = JSON.stringify(r.notes)
    expect(text).not.toMatch(/\b(caus|effect of|leads to|aiheutt|johtaa)/i)
  })
})

describe("Wilson interval", () => {
  it("5/10 → [0.2366, 0.7634] (Wilson 1927, z = 1.96)", () => {
    const ci = wilsonInterval(5, 10)
    expect(ci?.low).toBeCloseTo(0.2366, 4)
    expect(ci?.high).toBeCloseTo(0.7634, 4)
  })
  it("0/0 has no interval; 0/n starts at 0", () => {
    expect(wilsonInterval(0, 0)).toBeNull()
    expect(wilsonInterval(0, 20)?.low).toBe(0)
  })
})

// Property tests over generated valid cohorts.
const areas = ["financial-management", "subsistence", "employment", "housing", "mental-health"]
const levels = [null, "very-well", "fairly-well", "neither", "fairly-poorly", "very-poorly"]
const methods = [
  "discussion",
  "referral",
  "supplementary-preventive-assistance",
  "client-panel",
  "expert-by-experience"
]
const factors = ["own-motivation", "mental-health", "education", "age"]

const planArb = fc.record({
  goals: fc.uniqueArray(fc.record({ area: fc.constantFrom(...areas), level: fc.constantFrom(...levels) }), {
    minLength: 1,
    maxLength: 4,
    selector: (g) => g.area
  }),
  factors: fc.uniqueArray(
    fc.record({ code: fc.constantFrom(...factors), direction: fc.constantFrom("supports", "hinders") }),
    {
      maxLength: 4,
      selector: (f) => `${f.code}${f.direction}`
    }
  ),
  planned: fc.uniqueArray(fc.constantFrom(...methods), { maxLength: 3 }),
  used: fc.uniqueArray(fc.constantFrom(...methods), { maxLength: 3 }),
  evaluated: fc.boolean(),
  municipality: fc.constantFrom("837", "297", "211"),
  present: fc.boolean()
})

type Plan = typeof planArb extends fc.Arbitrary<infer T> ? T : never

const toRecords = (plans: ReadonlyArray<Plan>, prefix: string): Array<AvainRecord> =>
  plans.flatMap((p, i) => {
    const id = `${prefix}${i}`
    const s: StartRecord = start(id, {
      municipality: p.municipality,
      clientPresent: p.present,
      goals: p.goals.map((g, j) => ({ goalId: `g${j}`, area: g.area, intent: "improve" })),
      factors: p.factors.map((f) => ({ code: f.code, direction: f.direction as "supports" | "hinders" })),
      methods: p.planned.map((code) => ({ code })),
      services: []
    })
    if (!p.evaluated) return [s]
    const e: EvaluationRecord = evaluation(id, {
      municipality: p.municipality,
      clientPresent: p.present,
      goals: p.goals.map((g, j) => ({ goalId: `g${j}`, area: g.area, attainment: g.level })),
      methods: p.used.map((code) => ({ code })),
      services: []
    })
    return [s, e]
  })

describe("report properties (fast-check)", () => {
  it("every share lies in [0, 1] and every interval contains its share", () => {
    fc.assert(
      fc.property(fc.array(planArb, { maxLength: 30 }), (plans) => {
        const r = report(toRecords(plans, "a"), raw)
        const all = [
          ...Object.values(r.prevalence).flat(),
          ...r.attainment.byArea,
          ...r.attainment.levels,
          r.attainment.overall,
          r.attrition,
          ...r.comparison.flatMap((c) => [c.with, c.without])
        ]
        for (const x of all) {
          if (x.share === null) expect(x.denominator).toBe(0)
          else {
            expect(x.share).toBeGreaterThanOrEqual(0)
            expect(x.share).toBeLessThanOrEqual(1)
            expect(x.numerator).toBeLessThanOrEqual(x.denominator as number)
          }
          const ci = (x as { ci95?: { low: number; high: number } | null }).ci95
          if (ci !== undefined && ci !== null && x.share !== null) {
            expect(ci.low).toBeLessThanOrEqual(x.share + 1e-12)
            expect(ci.high).toBeGreaterThanOrEqual(x.share - 1e-12)
          }
        }
      })
    )
  })
  it("the report of the union of two disjoint cohorts equals the merge of their builders", () => {
    fc.assert(
      fc.property(
        fc.array(planArb, { maxLength: 20 }),
        fc.array(planArb, { maxLength: 20 }),
        fc.boolean(),
        (a, b, present) => {
          const ra = toRecords(a, "a")
          const rb = toRecords(b, "b")
          const options = present ? { filters: { clientPresent: true }, ...raw } : raw
          const union = report([...ra, ...rb], options)
          const merged = reportBuilder(options).addAll(ra).merge(reportBuilder(options).addAll(rb)).result()
          expect(merged).toEqual(union)
          // counts of the union are the sums of the parts
          const pa = report(ra, options)
          const pb = report(rb, options)
          expect(union.population.started).toBe((pa.population.started ?? 0) + (pb.population.started ?? 0))
          expect(union.attainment.overall.numerator).toBe(
            (pa.attainment.overall.numerator ?? 0) + (pb.attainment.overall.numerator ?? 0)
          )
        }
      )
    )
  })
  it("goals not evaluated in the report = the sum of the plans' notEvaluated (docs/avain/reference.md § 6, attrition)", () => {
    fc.assert(
      fc.property(fc.array(planArb, { maxLength: 30 }), (plans) => {
        const rs = toRecords(plans, "a")
        const perPlan = score(rs).reduce((a, x) => a + x.attainment.notEvaluated, 0)
        expect(report(rs, raw).attainment.overall.notEvaluated).toBe(perPlan)
      })
    )
  })
  it("order of records does not matter", () => {
    fc.assert(
      fc.property(fc.array(planArb, { maxLength: 20 }), (plans) => {
        const rs = toRecords(plans, "a")
        expect(report([...rs].reverse())).toEqual(report(rs))
      })
    )
  })
})
