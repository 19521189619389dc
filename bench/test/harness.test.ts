import { describe, expect, it } from "vitest"
import { measure, table } from "../src/harness.js"

describe("bench harness", () => {
  it("reports throughput and the ratio against the baseline in the same run", () => {
    const xs = Array.from({ length: 10_000 }, (_, i) => i)
    const r = measure(
      {
        name: "sum",
        unit: "items",
        items: xs.length,
        ours: () => xs.reduce((a, b) => a + b, 0),
        baseline: () => {
          let s = 0
          for (let i = 0; i < xs.length; i++) s += xs[i]!
          return s
        },
        targetRatio: 1e9
      },
      3
    )
    expect(r.oursPerSecond).toBeGreaterThan(0)
    expect(r.ratio).toBeGreaterThan(0)
    expect(r.meetsTargets).toBe(true)
    expect(table([r])).toContain("sum")
  })
})
