import { describe, expect, it } from "vitest"
import { score } from "../src/index.js"
import { evaluation, start } from "./fixtures.js"

describe("score: per plan (THL threshold 'vähintään melko hyvin', S8)", () => {
  it("counts 'fairly well' as attained and 'fairly poorly' not", () => {
    const [s] = score([start("p1"), evaluation("p1")])
    expect(s?.status).toBe("evaluated")
    expect(s?.attainment).toEqual({ attained: 1, evaluated: 2, notEvaluated: 0, share: 0.5 })
    expect(s?.goals.map((g) => g.attained)).toEqual([true, false])
    expect(s?.days).toBe(431)
    expect(s?.provisional).toBe(true)
  })
  it("a stricter threshold is a code, compared by rank", () => {
    const [s] = score([start("p1"), evaluation("p1")], { threshold: "very-well" })
    expect(s?.attainment.attained).toBe(0)
  })
  it("factor change: mental health hindering → supporting is an improvement", () => {
    const [s] = score([start("p1"), evaluation("p1")])
    expect(s?.factors.changes).toEqual([
      { code: "mental-health", start: "hinders", evaluation: "supports", change: "improved" },
      { code: "own-motivation", start: "supports", evaluation: "supports", change: "unchanged" }
    ])
  })
  it("a start without evaluation is attrition (status started), goals not evaluated", () => {
    const [s] = score([start("p1")])
    expect(s?.status).toBe("started")
    expect(s?.attainment).toEqual({ attained: 0, evaluated: 0, notEvaluated: 2, share: null })
    expect(s?.methods.families).toEqual(["financial", "intensified-individual-work", "supportive"])
  })
})

import { parseCatalogSet, provisionalCatalogSet } from "../src/index.js"

describe("catalogs load with their sources and provisional flags", () => {
  it("the provisional set round-trips through parseCatalogSet and every entry is provisional", () => {
    const r = parseCatalogSet(JSON.parse(JSON.stringify(provisionalCatalogSet)))
    expect(r._tag).toBe("Success")
    for (const c of Object.values(provisionalCatalogSet.catalogs)) {
      expect(c.source.title.length).toBeGreaterThan(0)
      for (const e of c.entries) expect(e.provisional).toBe(true)
    }
  })
  it("rejects a threshold that is not a level", () => {
    const r = parseCatalogSet({ ...JSON.parse(JSON.stringify(provisionalCatalogSet)), attainmentThreshold: "nope" })
    expect(r._tag === "Failure" && r.failure.issues.map((i) => i.at)).toEqual(["attainmentThreshold"])
  })
})

import { forEachPlanScore } from "../src/index.js"

describe("forEachPlanScore: pairs in any order without keeping scores", () => {
  it("interleaved and reversed records give the same scores as score()", () => {
    const records = [evaluation("p2"), start("p1"), start("p3"), start("p2"), evaluation("p1")]
    const seen: Array<string> = []
    forEachPlanScore(records, (s) =>
      seen.push(`${s.planId}:${s.status}:${s.attainment.attained}/${s.attainment.evaluated}`)
    )
    expect(seen).toEqual(["p2:evaluated:1/2", "p1:evaluated:1/2", "p3:started:0/0"])
    expect(score(records).map((s) => s.planId)).toEqual(["p2", "p1", "p3"])
  })
})
