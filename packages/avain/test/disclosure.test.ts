import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { type AvainRecord, formatReportText, report, reportBuilder } from "../src/index.js"
import { evaluation, start } from "./fixtures.js"

// Disclosure control of the cohort report (core's Disclosure, docs/privacy/disclosure-control.md): every figure is
// computed from a number of plans; below the threshold (default 5) it is suppressed, whatever the started count.

const cohort = (started: number, evaluated: number): Array<AvainRecord> => {
  const out: Array<AvainRecord> = []
  for (let i = 0; i < started; i++) {
    out.push(start(`p${i}`))
    if (i < evaluated) out.push(evaluation(`p${i}`))
  }
  return out
}

const shownFigures = (r: ReturnType<typeof report>) => [
  r.attainment.overall,
  ...r.attainment.byArea,
  ...r.attainment.levels,
  ...r.comparison.flatMap((c) => [c.with, c.without]),
  ...r.prevalence.methodsUsed
]

describe("AVAIN cohort report: disclosure control (Statistics Finland's frequency rule, threshold 5)", () => {
  it("a minCell that is not a whole number ≥ 1 fails closed: every count and figure suppressed, none thrown", () => {
    for (const minCell of [0, 2.5, Number.NaN]) {
      const r = report(cohort(40, 30), { minCell })
      expect(r.population).toEqual({ started: null, evaluated: null })
      expect(r.attrition).toMatchObject({ numerator: null, share: null, suppressed: true })
      expect(r.prevalence.goalAreas.every((g) => g.share === null)).toBe(true)
    }
    expect(report(cohort(40, 30), { minCell: 5 }).population).toEqual({ started: 40, evaluated: 30 })
  })
  it("5 005 started, 1 evaluated: no attainment figure of that one client is shown", () => {
    const b = reportBuilder()
    for (const r of cohort(5005, 1)) b.add(r)
    const r = b.result()
    expect(r.minCell).toBe(5)
    expect(r.population).toEqual({ started: 5005, evaluated: null })
    // evaluated 1 is hidden, so "not evaluated" 5 004 is hidden with it (5 005 − 5 004 = 1).
    expect(r.attrition).toEqual({ numerator: null, denominator: null, share: null, suppressed: true })
    for (const f of shownFigures(r)) expect(f).toMatchObject({ numerator: null, share: null, suppressed: true })
    expect(r.attainment.clientMean).toEqual({ plans: null, mean: null })
    expect(r.attainment.overall.notEvaluated).toBeNull()
    expect(r.comparison.every((c) => c.difference === null)).toBe(true)
    // Prevalence over the 5 005 started plans stays (every plan has the same goals: 5 005/5 005).
    expect(r.prevalence.goalAreas[0]).toMatchObject({ numerator: 5005, denominator: 5005, share: 1 })
    const text = formatReportText(r, "en")
    expect(text).toContain("Plans started: 5005\nPlans evaluated: ..")
    expect(text).toContain("All goals                ../..  ..")
  })

  it("a share whose rest is small is hidden: 5 005 started, 5 003 evaluated shows no attrition 2/5 005", () => {
    const r = report(cohort(5005, 5003))
    expect(r.population).toEqual({ started: 5005, evaluated: null })
    expect(r.attrition.suppressed).toBe(true)
  })

  it("a hidden evaluated count is not given back by the plan counts of attainment or comparisons", () => {
    // 12 started, 10 evaluated: 2 not evaluated is small, so evaluated (10) hides; 10 = with + without a method.
    const r = report(cohort(12, 10))
    expect(r.population.evaluated).toBeNull()
    expect(r.attainment.overall.plans).toBeNull()
    expect(r.attainment.clientMean.plans).toBeNull()
    for (const a of r.attainment.byArea) expect(a.plans).toBeNull()
    for (const c of r.comparison) expect([c.with.plans, c.without.plans]).toEqual([null, null])
  })

  it("enough evaluated plans: the figures are shown", () => {
    const r = report(cohort(12, 10))
    expect(r.population).toEqual({ started: 12, evaluated: null }) // 2 not evaluated: hidden with its complement
    const r2 = report(cohort(20, 10))
    expect(r2.population).toEqual({ started: 20, evaluated: 10 })
    expect(r2.attainment.overall).toMatchObject({ numerator: 10, denominator: 20, share: 0.5, plans: 10 })
    expect(r2.attainment.clientMean).toEqual({ plans: 10, mean: 0.5 })
    expect(r2.attrition).toMatchObject({ numerator: 10, denominator: 20, share: 0.5 })
  })

  it("the threshold is a parameter (minCell 3)", () => {
    const r = report(cohort(8, 4), { minCell: 3 })
    expect(r.minCell).toBe(3)
    expect(r.population).toEqual({ started: 8, evaluated: 4 })
    expect(r.attainment.overall).toMatchObject({ numerator: 4, denominator: 8 })
  })

  it("property: no attainment figure is computed from fewer evaluated plans than the threshold", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 2, max: 8 }),
        (started, ev, minCell) => {
          const evaluated = Math.min(ev, started)
          const r = report(cohort(started, evaluated), { minCell })
          if (evaluated < minCell) {
            for (const f of shownFigures(r)) expect(f.share).toBeNull()
            expect(r.attainment.clientMean.mean).toBeNull()
          }
          // Shown counts are never small (0 < n < minCell).
          const counts = [
            r.population.started,
            r.population.evaluated,
            r.attrition.numerator,
            ...shownFigures(r).flatMap((f) => [f.numerator, f.denominator])
          ]
          for (const c of counts) if (c !== null && c > 0 && c < minCell) expect.unreachable(`small count ${c} shown`)
          // The population line: evaluated + not evaluated = started never gives a hidden one back.
          const hidden = [r.population.evaluated === null, r.attrition.numerator === null]
          expect(hidden[0] === hidden[1] || r.population.started === null).toBe(true)
        }
      ),
      { numRuns: 60 }
    )
  })
})
