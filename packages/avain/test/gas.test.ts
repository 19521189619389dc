import { describe, expect, it } from "vitest"
import { gasChange, gasTScore, gasWeight, ladderChange } from "../src/index.js"

const t = (r: ReturnType<typeof gasTScore>) => (r._tag === "Score" ? r.t : Number.NaN)

describe("GAS T-score (Kiresuk & Sherman 1968; worked examples docs/avain/reference.md § 8.1)", () => {
  it("example B (gasr docs): x = (−2,0,−1,2,0,1), w = (3,5,1,4,2,6) → T = 55 exactly", () => {
    const r = gasTScore(
      [
        { outcome: -2, weight: 3 },
        { outcome: 0, weight: 5 },
        { outcome: -1, weight: 1 },
        { outcome: 2, weight: 4 },
        { outcome: 0, weight: 2 },
        { outcome: 1, weight: 6 }
      ],
      { rho: 0.3 }
    )
    expect(r).toEqual({ _tag: "Score", t: 55, goals: 6 })
  })
  it("example A (unweighted, n = 3, x = +1, 0, +2): T = 63.69; baseline all −1: 36.31; change 27.39", () => {
    const follow = [{ outcome: 1 }, { outcome: 0 }, { outcome: 2 }] as const
    const base = [{ outcome: -1 }, { outcome: -1 }, { outcome: -1 }] as const
    expect(t(gasTScore(follow))).toBeCloseTo(63.69, 2)
    expect(t(gasTScore(base))).toBeCloseTo(36.31, 2)
    expect(gasChange(base, follow).change).toBeCloseTo(27.39, 2)
  })
  it("all goals at the expected level give T = 50", () => {
    expect(
      t(
        gasTScore([
          { outcome: 0, weight: 2 },
          { outcome: 0, weight: 1 }
        ])
      )
    ).toBe(50)
  })
  it("gasr conventions: all-zero weights count as 1; unscored goals dropped; rho = 0 is independence", () => {
    expect(
      t(
        gasTScore([
          { outcome: 1, weight: 0 },
          { outcome: 0, weight: 0 }
        ])
      )
    ).toBe(t(gasTScore([{ outcome: 1 }, { outcome: 0 }])))
    expect(gasTScore([{ outcome: null }, { outcome: 2 }])).toMatchObject({ goals: 1 })
    expect(t(gasTScore([{ outcome: 1 }, { outcome: 1 }], { rho: 0 }))).toBeCloseTo(50 + 20 / Math.sqrt(2), 10)
  })
  it("typed problems instead of NaN", () => {
    expect(gasTScore([])).toEqual({ _tag: "Problem", problem: { _tag: "NoScoredGoals" } })
    expect(gasTScore([{ outcome: 3 as never }])).toEqual({
      _tag: "Problem",
      problem: { _tag: "InvalidOutcome", goal: 0 }
    })
    expect(gasTScore([{ outcome: 1, weight: -1 }])).toEqual({
      _tag: "Problem",
      problem: { _tag: "InvalidWeight", goal: 0 }
    })
    expect(gasTScore([{ outcome: 1 }], { rho: 1.01 })).toEqual({ _tag: "Problem", problem: { _tag: "InvalidRho" } })
    expect(gasTScore([{ outcome: 1 }], { rho: -0.1 })).toEqual({ _tag: "Problem", problem: { _tag: "InvalidRho" } })
  })
  it("rho = 1 (fully correlated goals) is defined: T = 50 + 10 · Σwx / Σw (Kiresuk & Sherman 1968 formula)", () => {
    expect(
      t(
        gasTScore(
          [
            { outcome: 2, weight: 1 },
            { outcome: -1, weight: 3 }
          ],
          { rho: 1 }
        )
      )
    ).toBeCloseTo(50 + (10 * (2 - 3)) / 4, 10)
  })
  it("weight = importance × difficulty", () => {
    expect(gasWeight(3, 2)).toBe(6)
  })
})

describe("generic ladder scale", () => {
  it("per-area change with five two-point bands on 1–10", () => {
    const r = ladderChange(
      { housing: 3, money: 5, health: 6 },
      { housing: 7, money: 5, health: 5, work: 2 },
      {
        min: 1,
        max: 10,
        bandUpperBounds: [2, 4, 6, 8, 10]
      }
    )
    expect(r.areas.map((a) => [a.area, a.change, a.bandChange])).toEqual([
      ["health", -1, 0],
      ["housing", 4, 2],
      ["money", 0, 0]
    ])
    expect(r).toMatchObject({ compared: 3, movedUp: 1, movedDown: 0, shareMovedUp: 1 / 3, meanChange: 1 })
    expect(r.skipped).toEqual([{ area: "work", reason: "missing" }])
  })
  it("off-scale values are skipped, never scored", () => {
    expect(ladderChange({ a: 0 }, { a: 11 }, { min: 1, max: 10 }).skipped).toEqual([{ area: "a", reason: "off-scale" }])
  })
})
