/**
 * Regression tests from an audit against docs/avain/reference.md, each named
 * with its source.
 */
import { describe, expect, it } from "vitest"
import {
  type AvainRecord,
  type CatalogId,
  gasTScore,
  provisionalCatalogSet,
  report,
  score,
  wilsonInterval,
  withCatalogs,
  z95
} from "../src/index.js"
import { evaluation, start } from "./fixtures.js"

// These tests check the report's definitions on tiny hand-made cohorts: disclosure control off (minCell 1);
// suppression itself is tested in test/disclosure.test.ts.
const raw = { minCell: 1 } as const

describe("docs/avain/reference.md § 6: Wilson 95 % interval with z = 1.96", () => {
  it("uses z = 1.96 as the reference (and the README) define it", () => {
    expect(z95).toBe(1.96)
    // 1/3, z = 1.96, computed by hand from docs/avain/reference.md § 6:
    // centre (p + z²/2n)/(1 + z²/n), half-width z·sqrt(p(1−p)/n + z²/4n²)/(1 + z²/n)
    const z = 1.96
    const n = 3
    const p = 1 / 3
    const d = 1 + (z * z) / n
    const c = (p + (z * z) / (2 * n)) / d
    const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d
    const ci = wilsonInterval(1, 3)
    expect(ci?.low).toBeCloseTo(c - h, 12)
    expect(ci?.high).toBeCloseTo(c + h, 12)
  })
})

describe("gasr::calc_tscore (docs/avain/reference.md § 8.1, G1): NA pairs dropped", () => {
  it("a scored goal without a weight among weighted goals is dropped, not weighted 1", () => {
    // gasr: non_na <- !is.na(scores) & !is.na(weights); scores/weights subset to non_na
    const r = gasTScore([{ outcome: 2, weight: 3 }, { outcome: -2 }, { outcome: 1, weight: 1 }])
    const expected = gasTScore([
      { outcome: 2, weight: 3 },
      { outcome: 1, weight: 1 }
    ])
    expect(r).toEqual(expected)
    expect(r).toMatchObject({ goals: 2 })
  })
  it("no weights at all still means every weight 1 (gasr: weights = NULL → rep(1, n))", () => {
    expect(gasTScore([{ outcome: 1 }, { outcome: 0 }, { outcome: 2 }])).toMatchObject({ goals: 3 })
  })
})

describe("docs/avain/reference.md § 6: the count of goals not evaluated (attrition) per goal area", () => {
  // p1: both goals evaluated; p2: g1 not evaluated (null), g2 left out of the evaluation record;
  // p3: started, never evaluated.
  const records: ReadonlyArray<AvainRecord> = [
    start("p1"),
    evaluation("p1"),
    start("p2"),
    evaluation("p2", { goals: [{ goalId: "g1", area: "financial-management", attainment: null }] }),
    start("p3", { goals: [{ goalId: "g1", area: "housing", intent: "maintain" }] })
  ]
  it("report counts every goal set at start without a level, as score() does per plan", () => {
    const r = report(records, raw)
    const perPlan = score(records).reduce((a, s) => a + s.attainment.notEvaluated, 0)
    expect(perPlan).toBe(3)
    expect(r.attainment.overall).toMatchObject({ numerator: 1, denominator: 2, notEvaluated: 3 })
    const row = (code: string) => r.attainment.byArea.find((x) => x.code === code)
    expect(row("financial-management")).toMatchObject({ numerator: 1, denominator: 1, notEvaluated: 1 })
    expect(row("employment")).toMatchObject({ numerator: 0, denominator: 1, notEvaluated: 1 })
    expect(row("housing")).toMatchObject({ numerator: 0, denominator: 0, share: null, notEvaluated: 1 })
  })
})

describe("docs/avain/reference.md § 9.1: reports warn while any provisional entry is in use", () => {
  // Every catalog official except goal intents, assessment levels and method families.
  const official = (id: CatalogId) => ({
    ...provisionalCatalogSet.catalogs[id],
    entries: provisionalCatalogSet.catalogs[id].entries.map((e) => ({ ...e, provisional: false }))
  })
  const set = withCatalogs(
    provisionalCatalogSet,
    {
      "goal-area": official("goal-area"),
      "attainment-level": official("attainment-level"),
      factor: official("factor"),
      method: official("method"),
      service: official("service")
    },
    { version: "mixed-1", validFrom: "2011-01-01", source: { title: "test" } }
  )
  const records = [start("p1"), evaluation("p1")]
  it("a provisional goal intent, assessment level or method family in use triggers the notice", () => {
    const r = report(records, { catalogSets: [set], ...raw })
    expect(r.provisional.inUse).toBe(true)
    expect(r.provisional.entries).toEqual(
      expect.arrayContaining([
        { catalog: "goal-intent", code: "improve" },
        { catalog: "assessment-level", code: "helped-much" },
        { catalog: "method-family", code: "supportive" }
      ])
    )
    expect(score(records, { catalogSets: [set] })[0]?.provisional).toBe(true)
  })
  it("no notice when every code in use is official", () => {
    const all = withCatalogs(
      set,
      {
        "goal-intent": official("goal-intent"),
        "assessment-level": official("assessment-level"),
        "method-family": official("method-family")
      },
      { version: "official-1", validFrom: "2011-01-01", source: { title: "test" } }
    )
    expect(report(records, { catalogSets: [all], ...raw }).provisional).toMatchObject({ inUse: false, entries: [] })
    expect(score(records, { catalogSets: [all] })[0]?.provisional).toBe(false)
  })
})
