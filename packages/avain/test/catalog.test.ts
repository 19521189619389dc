import { formatError, RuleViolation } from "@osallistava/core"
import { describe, expect, it } from "vitest"
import {
  catalogFromCodeList,
  catalogSetOn,
  provisionalCatalogSet,
  report,
  validate,
  withCatalogs
} from "../src/index.js"
import { evaluation, start } from "./fixtures.js"

// These tests check the report's definitions on tiny hand-made cohorts: disclosure control off (minCell 1);
// suppression itself is tested in test/disclosure.test.ts.
const raw = { minCell: 1 } as const

describe("official lists drop in without code changes (docs/avain/reference.md § 11)", () => {
  const { catalog, problems } = catalogFromCodeList({
    id: "attainment-level",
    version: "2024.1",
    title: { fi: "Toteutuminen", sv: "Uppfyllelse", en: "Attainment" },
    source: { title: "test list" },
    classificationOid: "1.2.246.537.6.9999",
    rows: [
      { code: "1", fi: "Toteutui hyvin", sv: "Väl", en: "Well", rank: "3" },
      { code: "2", fi: "Toteutui melko hyvin", sv: "Ganska väl", en: "", rank: "2", validFrom: "1.1.2024" },
      { code: "3", fi: "Ei toteutunut", sv: "Inte", en: "Not", rank: "1" },
      { code: "3", fi: "dup", sv: "dup", en: "dup", rank: "1" }
    ]
  })
  it("every problem of a row: a date, a code, a rank, a missing Finnish label, each a RuleViolation naming row, column and rule", () => {
    const { problems: found } = catalogFromCodeList({
      id: "goal-area",
      version: "t",
      title: { fi: "T", sv: "T", en: "T" },
      source: { title: "test list" },
      rows: [
        { code: "a b", fi: "x" },
        { code: "ok", fi: "" },
        { code: "d", fi: "x", sv: "x", en: "x", validFrom: "2024/01/01", rank: "high" }
      ]
    })
    expect(found.every((p) => p instanceof RuleViolation)).toBe(true)
    expect(found.map((p) => [p.at, p.rule])).toEqual([
      ["rows[0].code", "code-format"],
      ["rows[1].fi", "label-fi-present"],
      ["rows[2].validFrom", "date-format"],
      ["rows[2].rank", "rank-number"]
    ])
    expect(found.map((p) => p.message).join(" ")).not.toMatch(/a b|2024\/01\/01|high/)
  })
  it("a date that does not exist is a date-format problem, not an entry's date: 31.2.2026, 2026-13-45, 2026-02-29", () => {
    const { catalog: c, problems: found } = catalogFromCodeList({
      id: "goal-area",
      version: "t",
      title: { fi: "T", sv: "T", en: "T" },
      source: { title: "test list" },
      rows: [
        { code: "a", fi: "x", sv: "x", en: "x", validFrom: "31.2.2026" },
        { code: "b", fi: "x", sv: "x", en: "x", validFrom: "2026-13-45", validTo: "2026-02-29" },
        { code: "c", fi: "x", sv: "x", en: "x", validFrom: "29.2.2024", validTo: "2026-12-31" }
      ]
    })
    expect(found.every((p) => p instanceof RuleViolation)).toBe(true)
    expect(found.map((p) => [p.at, p.rule])).toEqual([
      ["rows[0].validFrom", "date-format"],
      ["rows[1].validFrom", "date-format"],
      ["rows[1].validTo", "date-format"]
    ])
    expect(found.map((p) => p.message).join(" ")).not.toMatch(/31\.2|2026-13|2026-02-29/)
    expect(c.entries.map((e) => [e.code, e.validFrom, e.validTo])).toEqual([
      ["a", undefined, undefined],
      ["b", undefined, undefined],
      ["c", "2024-02-29", "2026-12-31"]
    ])
  })
  it("builds entries from rows, converting Finnish dates and reporting gaps", () => {
    expect(catalog.entries.map((e) => [e.code, e.rank, e.provisional])).toEqual([
      ["1", 3, false],
      ["2", 2, false],
      ["3", 1, false]
    ])
    expect(catalog.entries[1]?.validFrom).toBe("2024-01-01")
    expect(catalog.entries[1]?.label.en).toBe("Toteutui melko hyvin")
    expect(problems.map((p) => [p._tag, p.at, p.rule, p.detail])).toEqual([
      ["RuleViolation", "rows[1].en", "label-present", "Missing label; the Finnish one is used"],
      ["RuleViolation", "rows[3].code", "unique-code", "Code appears twice"]
    ])
    // core's one formatter reads them: field path and rule, no cell of the list.
    expect(problems.map(formatError)).toEqual([
      "rows[1].en: Missing label; the Finnish one is used (rule label-present)",
      "rows[3].code: Code appears twice (rule unique-code)"
    ])
  })
  it("a set with the official levels and threshold scores by the new codes and ranks, picked by date", () => {
    const official = withCatalogs(
      provisionalCatalogSet,
      { "attainment-level": catalog },
      { version: "official-2024", validFrom: "2024-01-01", source: { title: "test" }, attainmentThreshold: "2" }
    )
    const sets = [provisionalCatalogSet, official]
    expect(catalogSetOn(sets, "2023-12-31")?.version).toBe("provisional-2026.1")
    expect(catalogSetOn(sets, "2024-09-01")?.version).toBe("official-2024")
    const s = start("p1", { date: "2024-02-01" })
    const e = evaluation("p1", {
      date: "2024-09-01",
      startDate: "2024-02-01",
      goals: [
        { goalId: "g1", area: "financial-management", attainment: "2" },
        { goalId: "g2", area: "employment", attainment: "3" }
      ]
    })
    const v = validate([s, e], { catalogSets: sets })
    expect(v.issues).toEqual([])
    const r = report(v.records, { catalogSets: sets, ...raw })
    expect(r.attainment.overall).toMatchObject({ numerator: 1, denominator: 2 })
    expect(r.threshold).toEqual({
      code: "2",
      label: { fi: "Toteutui melko hyvin", sv: "Ganska väl", en: "Toteutui melko hyvin" }
    })
    // the old provisional level codes are not valid in the official set
    const old = validate([s, evaluation("p1", { date: "2024-09-01", startDate: "2024-02-01" })], { catalogSets: sets })
    expect(old.issues.map((i) => i.rule)).toEqual(["code-in-catalog", "code-in-catalog"])
  })
})

describe("Kuvio 3–5 shape (THL 2018 interim report, N=148)", () => {
  // 148 clients; counts chosen by hand: 90 financial management, 60 work ability, 45 mental health, 30 employment.
  const areas: Array<[string, number]> = [
    ["financial-management", 90],
    ["work-ability", 60],
    ["mental-health", 45],
    ["employment", 30]
  ]
  const records = Array.from({ length: 148 }, (_, i) =>
    start(`k${i}`, {
      goals: areas.filter(([, n]) => i < n).map(([area], j) => ({ goalId: `g${j}`, area, intent: "improve" })),
      factors:
        i < 74
          ? [
              { code: "own-motivation", direction: "supports" },
              { code: "mental-health", direction: "hinders" }
            ]
          : [],
      methods: i < 100 ? [{ code: "discussion" }] : [{ code: "financial-situation-review" }]
    })
  )
  const r = report(records, raw)
  it("every share has N=148 as its denominator; rows in descending order; multi-response", () => {
    expect(r.population.started).toBe(148)
    expect(r.prevalence.goalAreas.map((x) => [x.code, x.numerator, x.denominator])).toEqual(
      areas.map(([a, n]) => [a, n, 148])
    )
    expect(r.prevalence.goalAreas.reduce((s, x) => s + (x.share ?? 0), 0)).toBeGreaterThan(1)
    expect(r.prevalence.factorsSupporting[0]).toMatchObject({ code: "own-motivation", numerator: 74, share: 0.5 })
    expect(r.prevalence.factorsHindering[0]).toMatchObject({ code: "mental-health", numerator: 74 })
    expect(r.prevalence.methodsPlanned.map((x) => [x.code, x.numerator])).toEqual([
      ["discussion", 100],
      ["financial-situation-review", 48]
    ])
  })
})
