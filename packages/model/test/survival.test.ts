import type { RuleViolation } from "@osallistava/core"
import { Survival, Synthetic } from "@osallistava/model"
import * as Result from "effect/Result"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"

// Freireich et al. (1963) leukaemia remission data (Gehan 1965), the textbook
// Kaplan–Meier example: Kleinbaum & Klein, Survival Analysis (3rd ed.), ch. 2;
// Klein & Moeschberger, Survival Analysis, table 4.1A. `*` = censored.
const sixMP = [6, 6, 6, -6, 7, -9, 10, -10, -11, 13, 16, -17, -19, -20, 22, 23, -25, -32, -32, -34, -35]
const placebo = [1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23]
const obs = (xs: ReadonlyArray<number>) => xs.map((x) => ({ time: Math.abs(x), event: x > 0 && !Object.is(x, -0) }))

describe("Kaplan–Meier reproduces the textbook 6-MP example exactly", () => {
  const km = Survival.unsafeKaplanMeier(obs(sixMP))
  it.each([
    // time, at risk, events, S(t), Greenwood SE (Klein & Moeschberger table 4.1A)
    [6, 21, 3, 0.857, 0.076],
    [7, 17, 1, 0.807, 0.087],
    [10, 15, 1, 0.753, 0.096],
    [13, 12, 1, 0.69, 0.107],
    [16, 11, 1, 0.627, 0.114],
    [22, 7, 1, 0.538, 0.128],
    [23, 6, 1, 0.448, 0.135]
  ])("t=%i: n=%i d=%i S=%f se=%f", (t, n, d, s, se) => {
    const row = km.rows.find((r) => r.time === t)
    expect(row?.atRisk).toBe(n)
    expect(row?.events).toBe(d)
    expect(row?.survival).toBeCloseTo(s, 3)
    expect(row?.standardError).toBeCloseTo(se, 3)
  })
  it("median 23 weeks; 9 events of 21", () => {
    expect(km.median).toBe(23)
    expect(km.events).toBe(9)
    expect(km.n).toBe(21)
  })
  it("placebo median 8 weeks (Kleinbaum & Klein)", () => {
    expect(Survival.unsafeKaplanMeier(obs(placebo)).median).toBe(8)
  })
  it("log-rank 6-MP vs placebo: chi-square 16.79 (Kleinbaum & Klein ch. 2), O = 9 and 21, E = 19.25 and 10.75", () => {
    const lr = Survival.logRank(obs(sixMP), obs(placebo))
    expect(lr.chiSquare).toBeCloseTo(16.79, 2)
    expect(lr.observed).toEqual([9, 21])
    expect(lr.expected[0]).toBeCloseTo(19.25, 2)
    expect(lr.expected[1]).toBeCloseTo(10.75, 2)
    expect(lr.pValue).toBeLessThan(0.0001)
  })
  it("bands contain the estimate and stay in [0, 1]; survival never increases (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ time: fc.integer({ min: 0, max: 60 }), event: fc.boolean() }), { maxLength: 80 }),
        (xs) => {
          const k = Survival.unsafeKaplanMeier(xs)
          let prev = 1
          for (const r of k.rows) {
            expect(r.survival).toBeLessThanOrEqual(prev + 1e-12)
            expect(r.lower).toBeGreaterThanOrEqual(0)
            expect(r.upper).toBeLessThanOrEqual(1 + 1e-12)
            expect(r.lower).toBeLessThanOrEqual(r.survival + 1e-12)
            expect(r.upper).toBeGreaterThanOrEqual(r.survival - 1e-12)
            prev = r.survival
          }
        }
      )
    )
  })
  it("a negative time is a typed error naming the field", () => {
    expect(() => Survival.unsafeKaplanMeier([{ time: -1, event: true }])).toThrow(/observations\[0\]\.time/)
  })
})

describe("spells of receipt from monthly records (gap rule explicit)", () => {
  const r = (personRef: string, months: ReadonlyArray<string>, group = "experiment") =>
    months.map((month) => ({ personRef, month, group }))
  const window = { from: "2018-01", to: "2019-12" }
  it("gap 0: any month without assistance ends the spell", () => {
    const s = Survival.unsafeSpells(r("p1", ["2018-03", "2018-04", "2018-06"]), { window })
    expect(s.map((x) => [x.firstMonth, x.lastMonth, x.months, x.ended])).toEqual([
      ["2018-03", "2018-04", 2, true],
      ["2018-06", "2018-06", 1, true]
    ])
  })
  it("gap 1: a one-month break is bridged and counts in the length", () => {
    const s = Survival.unsafeSpells(r("p1", ["2018-03", "2018-04", "2018-06"]), { window, maxGapMonths: 1 })
    expect(s.map((x) => [x.firstMonth, x.lastMonth, x.months])).toEqual([["2018-03", "2018-06", 4]])
  })
  it("a spell reaching the window's end is censored; one at the start is left-censored", () => {
    const s = Survival.unsafeSpells([...r("p1", ["2019-11", "2019-12"]), ...r("p2", ["2018-01", "2018-02"])], {
      window
    })
    expect(s.find((x) => x.personRef === "p1")).toMatchObject({ ended: false, leftCensored: false })
    expect(s.find((x) => x.personRef === "p2")).toMatchObject({ ended: true, leftCensored: true })
  })
  it("with gap 2 a spell ending 2 months before the window's end is not known to have ended", () => {
    const s = Survival.unsafeSpells(r("p1", ["2019-09", "2019-10"]), { window, maxGapMonths: 2 })
    expect(s[0]?.ended).toBe(false)
    expect(Survival.unsafeSpells(r("p1", ["2019-08", "2019-09"]), { window, maxGapMonths: 2 })[0]?.ended).toBe(true)
  })
  it("a bad month is a typed error naming the record", () => {
    expect(() => Survival.unsafeSpells([{ personRef: "p", month: "2018-13", group: "g" }], { window })).toThrow(
      /records\[0\]\.month/
    )
  })
  it("compares groups and draws an SVG", () => {
    const recs = [
      ...r("a1", ["2018-03", "2018-04"]),
      ...r("a2", ["2018-03", "2018-04", "2018-05", "2018-06"]),
      ...r("b1", ["2018-03", "2018-04", "2018-05", "2018-06", "2018-07", "2018-08"], "comparison"),
      ...r("b2", ["2018-05", "2018-06", "2018-07"], "comparison")
    ]
    const cmp = Survival.compareGroups(Survival.unsafeSpells(recs, { window }))
    expect(cmp.groups.map((g) => [g.group, g.curve.median])).toEqual([
      ["comparison", 3],
      ["experiment", 2]
    ])
    expect(cmp.logRank?.observed).toEqual([2, 2])
    // Two spells per group: published with the default threshold 5, nothing of the curves is shown.
    const svg = Survival.survivalSvg(cmp.groups)
    expect(svg.startsWith("<svg")).toBe(true)
    expect(svg).toContain("experiment (n=..)")
    expect(svg).not.toContain(" V")
    expect(svg).toContain("</svg>")
    expect(Survival.survivalSvg(cmp.groups, undefined, 1)).toContain("experiment (n=2)")
  })
  it("the published table (Disclosure): the curve stops where fewer than 5 are at risk; small counts hide", () => {
    const obs = [
      ...Array.from({ length: 20 }, (_, i) => ({ time: 1 + (i % 10), event: i % 4 !== 0 })),
      { time: 12, event: true }
    ]
    const km = Survival.unsafeKaplanMeier(obs)
    const rep = Survival.reportKaplanMeier(km)
    expect(rep.n).toBe(21)
    expect(rep.events).toBe(16)
    expect(rep.rows.every((r) => r.atRisk >= 5)).toBe(true)
    expect(rep.rows.length).toBeLessThan(km.rows.length)
    expect(rep.rows.some((r) => "events" in r)).toBe(false)
    const tiny = Survival.reportKaplanMeier(
      Survival.unsafeKaplanMeier([
        { time: 1, event: true },
        { time: 2, event: false }
      ])
    )
    expect(tiny).toMatchObject({ n: null, events: null, rows: [], median: null })
  })
})

describe("survival on a synthetic register", () => {
  const window = { from: "2018-01", to: "2019-12" }
  const recs = Synthetic.syntheticRegister(
    [
      { group: "comparison", persons: 400, monthlyExit: 0.1, breakProbability: 0.05 },
      { group: "experiment", persons: 400, monthlyExit: 0.2, breakProbability: 0.05 }
    ],
    window,
    42
  )
  it("is deterministic for a seed", () => {
    expect(Synthetic.syntheticRegister([{ group: "g", persons: 5, monthlyExit: 0.3 }], window, 7)).toEqual(
      Synthetic.syntheticRegister([{ group: "g", persons: 5, monthlyExit: 0.3 }], window, 7)
    )
  })
  it("finds the shorter spells of the group with the higher exit rate", () => {
    const cmp = Survival.compareGroups(Survival.unsafeSpells(recs, { window, maxGapMonths: 1 }))
    const [comparison, experiment] = cmp.groups
    expect(comparison?.group).toBe("comparison")
    expect((experiment?.curve.median ?? 99) < (comparison?.curve.median ?? 0)).toBe(true)
    expect(cmp.logRank?.pValue).toBeLessThan(0.001)
  })
  it("the gap rule changes the spells: bridging one-month breaks gives fewer, longer spells", () => {
    const strict = Survival.unsafeSpells(recs, { window })
    const bridged = Survival.unsafeSpells(recs, { window, maxGapMonths: 1 })
    expect(bridged.length).toBeLessThan(strict.length)
    const total = (xs: ReadonlyArray<Survival.Spell>) => xs.reduce((a, s) => a + s.months, 0)
    expect(total(bridged)).toBeGreaterThan(total(strict))
  })
})

describe("survival as Results (one error convention, issue 15)", () => {
  const window = { from: "2018-01", to: "2019-12" }
  it("trySpells and tryKaplanMeier give what the unsafe ones give", () => {
    const records = [
      { personRef: "p1", month: "2018-03", group: "g" },
      { personRef: "p1", month: "2018-04", group: "g" }
    ]
    expect(Survival.trySpells(records, { window })).toEqual(Result.succeed(Survival.unsafeSpells(records, { window })))
    const obs = [
      { time: 3, event: true },
      { time: 5, event: false }
    ]
    expect(Survival.tryKaplanMeier(obs)).toEqual(Result.succeed(Survival.unsafeKaplanMeier(obs)))
  })
  it("fail with the field path and the rule, never the value", () => {
    const at = (r: Result.Result<unknown, RuleViolation>) =>
      Result.isFailure(r) ? [r.failure.at, r.failure.rule] : null
    expect(at(Survival.trySpells([{ personRef: "p", month: "2018-13", group: "g" }], { window }))).toEqual([
      "records[0].month",
      "year-month"
    ])
    expect(at(Survival.trySpells([], { window: { from: "2019-01", to: "2018-01" } }))).toEqual([
      "window",
      "from-before-to"
    ])
    expect(at(Survival.trySpells([], { window, maxGapMonths: -1 }))).toEqual(["maxGapMonths", "non-negative-integer"])
    expect(at(Survival.tryKaplanMeier([{ time: -1, event: true }]))).toEqual(["observations[0].time", "non-negative"])
    expect(at(Survival.trySpells([{ personRef: "p", month: "2018-1", group: "g" }], { window }))).toEqual([
      "records[0].month",
      "year-month"
    ])
    const spell = { personRef: "p", group: "g", firstMonth: "2018-01", lastMonth: "2018-02", ended: true }
    const spells = [
      { ...spell, months: 2, leftCensored: false },
      { ...spell, months: Number.NaN, leftCensored: false }
    ]
    expect(at(Survival.tryCompareGroups(spells))).toEqual(["spells[1].months", "non-negative"])
    expect(() => Survival.unsafeCompareGroups(spells)).toThrow(/spells\[1\]\.months/)
  })
  it("tryCompareGroups gives what unsafeCompareGroups gives, for spells of trySpells", () => {
    const records = ["p1", "p2", "p3"].flatMap((personRef, i) =>
      ["2018-03", "2018-04", "2018-05"].slice(i).map((month) => ({ personRef, month, group: i === 1 ? "b" : "a" }))
    )
    const spells = Result.getOrThrow(Survival.trySpells(records, { window }))
    expect(Survival.tryCompareGroups(spells)).toEqual(Result.succeed(Survival.unsafeCompareGroups(spells)))
    expect(Survival.compareGroups).toBe(Survival.unsafeCompareGroups)
  })
})
