import { errorLines, RuleViolation } from "@osallistava/core"
import { describe, expect, it } from "vitest"
import { AvainRuleViolation, provisionalCatalogSet, type ValidationRule, validate } from "../src/index.js"
import { evaluation, start } from "./fixtures.js"

const rulesOf = (inputs: ReadonlyArray<unknown>): ReadonlyArray<ValidationRule> =>
  validate(inputs).issues.map((i) => i.rule)

describe("AvainRuleViolation is core's RuleViolation with the record it is about (issue 15: one error type)", () => {
  it("tag, class, fields and core's formatter; JSON with the record reference", () => {
    const [issue] = validate([evaluation("p1")]).issues
    expect(issue).toBeInstanceOf(RuleViolation)
    expect(issue).toBeInstanceOf(AvainRuleViolation)
    expect(issue?._tag).toBe("RuleViolation")
    expect(issue && [issue.at, issue.rule, issue.record, issue.recordId]).toEqual([
      "planId",
      "evaluation-needs-start",
      0,
      "p1-e"
    ])
    expect(errorLines(issue)).toEqual([{ at: "planId", message: `${issue?.detail} (rule evaluation-needs-start)` }])
    expect(JSON.parse(JSON.stringify(issue))).toEqual({
      record: 0,
      recordId: "p1-e",
      at: "planId",
      rule: "evaluation-needs-start",
      detail: issue?.detail
    })
  })
})

describe("validate: shapes (every boundary a Schema)", () => {
  it("accepts a start and its evaluation", () => {
    const r = validate([start("p1"), evaluation("p1")])
    expect(r.issues).toEqual([])
    expect(r.valid).toBe(true)
    expect(r.records).toHaveLength(2)
  })
  it("rejects a henkilötunnus as client reference without printing it", () => {
    const r = validate([start("p1", { clientRef: "131052-308T" })])
    expect(r.issues[0]).toMatchObject({ rule: "schema", at: "clientRef", record: 0, recordId: "p1-s" })
    expect(r.issues[0]?.message).not.toContain("131052")
  })
  it("rejects a henkilötunnus inside the client's goal text", () => {
    const s = start("p1")
    const bad = { ...s, goals: [{ ...s.goals[0], text: "hetu 131052-308T" }] }
    expect(validate([bad]).issues[0]).toMatchObject({ rule: "schema", at: "goals[0].text" })
  })
  it("names the field of a bad date and an unknown phase", () => {
    expect(validate([start("p1", { date: "2018-02-30" })]).issues[0]).toMatchObject({ at: "date", rule: "schema" })
    expect(validate([{ ...start("p1"), phase: "middle" }]).issues[0]?.rule).toBe("schema")
  })
  it("upgrades format version 1 (numeric attainment 1–5)", () => {
    const e = evaluation("p1")
    const v1 = { ...e, formatVersion: 1, goals: [{ goalId: "g1", area: "financial-management", attainment: 4 }] }
    const r = validate([start("p1"), v1])
    expect(r.valid).toBe(true)
    expect(r.records[1]).toMatchObject({ formatVersion: 2, goals: [{ attainment: "fairly-well" }] })
  })
})

describe("validate: rules beyond shapes (docs/avain/reference.md § 9.3)", () => {
  it("evaluation-needs-start", () => {
    expect(rulesOf([evaluation("p1")])).toEqual(["evaluation-needs-start"])
  })
  it("an evaluation before its start in the input is checked when the start arrives", () => {
    expect(validate([evaluation("p1"), start("p1")]).valid).toBe(true)
    expect(validate([evaluation("p1", { date: "2018-01-01" }), start("p1")]).issues[0]).toMatchObject({
      record: 0,
      rule: "dates-in-order"
    })
  })
  it("goal-exists-at-start and goal-area-matches-start", () => {
    const e = evaluation("p1", {
      goals: [
        { goalId: "g9", area: "employment", attainment: "very-well" },
        { goalId: "g1", area: "housing", attainment: "very-well" }
      ]
    })
    const issues = validate([start("p1"), e]).issues
    expect(issues.map((i) => [i.at, i.rule])).toEqual([
      ["goals[0].goalId", "goal-exists-at-start"],
      ["goals[1].area", "goal-area-matches-start"]
    ])
  })
  it("dates-in-order and start-date-matches", () => {
    expect(rulesOf([start("p1"), evaluation("p1", { date: "2018-03-14" })])).toEqual(["dates-in-order"])
    expect(rulesOf([start("p1"), evaluation("p1", { startDate: "2018-03-16" })])).toEqual(["start-date-matches"])
  })
  it("same-client", () => {
    expect(rulesOf([start("p1"), evaluation("p1", { clientRef: "other" })])).toEqual(["same-client"])
  })
  it("one-start-per-plan, one-evaluation-per-plan, unique-record-id", () => {
    expect(rulesOf([start("p1"), start("p1", { recordId: "x" })])).toEqual(["one-start-per-plan"])
    expect(rulesOf([start("p1"), evaluation("p1"), evaluation("p1", { recordId: "y" })])).toEqual([
      "one-evaluation-per-plan"
    ])
    expect(rulesOf([start("p1"), start("p2", { recordId: "p1-s" })])).toEqual(["unique-record-id"])
  })
  it("unique-goal-id and unique-entry", () => {
    const s = start("p1")
    expect(rulesOf([{ ...s, goals: [s.goals[0], s.goals[0]] }])).toEqual(["unique-goal-id"])
    expect(rulesOf([start("p1", { methods: [{ code: "discussion" }, { code: "discussion" }] })])).toEqual([
      "unique-entry"
    ])
  })
  it("evaluation-needs-start: a start that broke a rule does not let its evaluation be scored alone (either order)", () => {
    const bad = start("p1", { factors: [{ code: "luck", direction: "supports" }] })
    for (const inputs of [
      [bad, evaluation("p1")],
      [evaluation("p1"), bad]
    ]) {
      const r = validate(inputs)
      expect(r.records).toEqual([])
      const e = r.issues.find((i) => i.rule === "evaluation-needs-start")
      expect(e).toMatchObject({ recordId: "p1-e", at: "planId" })
      expect(e?.detail).toContain("broke a rule")
    }
    // A valid start keeps its evaluation valid.
    expect(validate([start("p1"), evaluation("p1")]).records).toHaveLength(2)
  })
  it("code-in-catalog: unknown codes in each catalog", () => {
    const s = start("p1", {
      goals: [{ goalId: "g1", area: "moon-landing", intent: "sideways" }],
      factors: [{ code: "luck", direction: "supports" }],
      methods: [{ code: "magic" }],
      services: [{ code: "spa" }]
    })
    expect(validate([s]).issues.map((i) => i.at)).toEqual([
      "goals[0].area",
      "goals[0].intent",
      "factors[0].code",
      "methods[0].code",
      "services[0].code"
    ])
    const e = evaluation("p1", {
      goals: [{ goalId: "g1", area: "financial-management", attainment: "perfect" }],
      methods: [{ code: "discussion", assessment: "meh" }]
    })
    expect(validate([start("p1"), e]).issues.map((i) => [i.at, i.rule])).toEqual([
      ["goals[0].attainment", "code-in-catalog"],
      ["methods[0].assessment", "code-in-catalog"]
    ])
  })
  it("code-in-catalog: a code valid only from a later date, and catalog-in-force", () => {
    const later = {
      ...provisionalCatalogSet,
      catalogs: {
        ...provisionalCatalogSet.catalogs,
        method: {
          ...provisionalCatalogSet.catalogs.method,
          entries: provisionalCatalogSet.catalogs.method.entries.map((e) =>
            e.code === "discussion" ? { ...e, validFrom: "2020-01-01" } : e
          )
        }
      }
    }
    const issues = validate([start("p1")], { catalogSets: [later] }).issues
    expect(issues.map((i) => [i.at, i.rule])).toEqual([["methods[0].code", "code-in-catalog"]])
    expect(rulesOf([start("p1", { date: "2010-12-31" })])).toEqual(["catalog-in-force"])
  })
})
