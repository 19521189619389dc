import { describe, expect, it } from "vitest"
import { ANY, takeUpTo } from "../../../src/rules/mechanisms/take-up-to.js"

describe("take from lines up to a limit (the one mechanism of 7 a §, 11 § 2–3 mom, 12 § 2 mom)", () => {
  const cases: ReadonlyArray<[string, ReadonlyArray<number>, number, "rest" | "taken", ReadonlyArray<number>, number]> =
    [
      [
        "11 § 3 mom: a 150 € disregard over wages of 100 € and 80 € leaves 0 € and 30 € counted",
        [10000, 8000],
        15000,
        "rest",
        [0, 3000],
        15000
      ],
      ["11 § 3 mom: a disregard larger than the income takes it all", [10000], 15000, "rest", [0], 10000],
      [
        "7 a §: a limit of 715 € over rent 900 € and heating 20 € accepts 715 € and 0 €",
        [90000, 2000],
        71500,
        "taken",
        [71500, 0],
        71500
      ],
      [
        "11 § 2 mom 2 kohta: a child's need of 411.40 € over a 300 € and a 200 € line counts 300 € and 111.40 €",
        [30000, 20000],
        41140,
        "taken",
        [30000, 11140],
        41140
      ]
    ]
  for (const [name, lines, limit, keep, after, taken] of cases)
    it(name, () => {
      const amounts = Float64Array.from(lines)
      const zeros = new Int32Array(lines.length)
      expect(takeUpTo(amounts, lines.length, zeros, ANY, zeros, ANY, limit, keep)).toBe(taken)
      expect([...amounts]).toEqual(after)
    })

  it("only the lines of the given owner and class are touched", () => {
    const amounts = Float64Array.from([10000, 10000, 10000])
    const owners = Int32Array.from([0, 1, 0])
    const classes = Int32Array.from([2, 2, 1])
    expect(takeUpTo(amounts, 3, owners, 0, classes, 2, 15000, "rest")).toBe(10000)
    expect([...amounts]).toEqual([0, 10000, 10000])
  })
})
