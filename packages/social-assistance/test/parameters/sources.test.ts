import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import { supportCents } from "../../src/amount.js"
import { decodeApplication } from "../../src/application.js"
import { calculate } from "../../src/engine.js"
import { parameterSources, reductionRegimeSources } from "../../src/parameters/sources.js"
import * as T from "../../src/parameters/tables.js"
import * as V from "../../src/parameters/values.js"

/** Each public table and the source-less table of `values.ts` it is built from. */
const pairs: ReadonlyArray<readonly [T.Dated<unknown>[] | ReadonlyArray<T.Dated<unknown>>, V.ValueTable<unknown>]> = [
  [T.basicAmountSingle.values, V.basicAmountSingle],
  [T.categoryPercentages.values, V.categoryPercentages],
  [T.earnedIncomeDisregard.values, V.earnedIncomeDisregard],
  [T.minorAssistanceDisregard.values, V.minorAssistanceDisregard],
  [T.coeliacDietAllowance.values, V.coeliacDietAllowance],
  [T.movingAllowance.values, V.movingAllowance],
  [T.reductionRegimes.values, V.reductionRegimes],
  [T.housingLimitRegimes.values, V.housingLimitRegimes],
  [T.healthCareCosts.values, V.healthCareCosts]
]

describe("source texts apart from the values (issue #13)", () => {
  it("every entry of every public table has a source text, and the same validity, value and evidence as in values.ts", () => {
    for (const [sourced, values] of pairs) {
      expect(sourced.length).toBe(values.values.length)
      sourced.forEach((e, i) => {
        expect(typeof e.source).toBe("string")
        expect(e.source.length, `${values.name}[${i}]`).toBeGreaterThan(10)
        const { source: _, ...rest } = e
        expect(rest).toEqual(values.values[i])
      })
    }
    for (const t of T.allTables) for (const e of t.values) expect(e.source.length, t.name).toBeGreaterThan(10)
  })

  it("sources.ts has exactly one text per entry (no text left over, none missing)", () => {
    for (const [, values] of pairs) {
      if (values.name === "reductionRegimes") continue
      expect(parameterSources[values.name]?.length, values.name).toBe(values.values.length)
    }
    const periods = V.reductionRegimes.values.map(V.reductionRegimePeriod)
    expect(periods.every((p) => p >= 0 && p < reductionRegimeSources.length)).toBe(true)
    expect(new Set(periods).size).toBe(reductionRegimeSources.length)
    expect(Object.keys(parameterSources).sort()).toEqual(
      pairs
        .map(([, v]) => v.name)
        .filter((n) => n !== "reductionRegimes")
        .sort()
    )
  })

  it("the trace shows every parameter's source, and the amount path gives the same support without them", () => {
    for (const month of ["2017-06", "2020-06", "2023-06", "2024-06", "2025-06", "2026-06"]) {
      const app = decodeApplication({
        month,
        municipality: "837",
        persons: [
          { id: "a", role: "applicant", birthDate: "1980-01-01" },
          { id: "c", role: "child", birthDate: "2015-01-01" }
        ],
        expenses: [{ kind: "rent", amount: "900" }],
        incomes: [{ kind: "wage", amount: "300", personId: "a" }]
      })
      if (Result.isFailure(app)) throw new Error(app.failure.message)
      const d = calculate(app.success)
      if (Result.isFailure(d)) throw new Error(d.failure.message)
      const uses: Array<{ source: string }> = []
      const walk = (x: unknown): void => {
        if (Array.isArray(x)) x.forEach(walk)
        else if (typeof x === "object" && x !== null) {
          const o = x as Record<string, unknown>
          if (Array.isArray(o.parameters)) uses.push(...(o.parameters as Array<{ source: string }>))
          for (const v of Object.values(o)) if (typeof v === "object") walk(v)
        }
      }
      walk(d.success.explanation)
      expect(uses.length, month).toBeGreaterThan(3)
      for (const u of uses) expect(u.source.length, month).toBeGreaterThan(10)
      const sources = new Set(uses.map((u) => u.source))
      expect(
        sources.has(
          T.basicAmountSingle.values.find((e) => e.validFrom <= `${month}-01` && `${month}-01` <= e.validTo!)!.source
        )
      ).toBe(true)
      expect(supportCents(app.success)).toEqual(Result.succeed(d.success.supportCents))
    }
  })
})
