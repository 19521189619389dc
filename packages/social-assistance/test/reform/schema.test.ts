import { errorLines } from "@osallistava/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { decodeReform, encodeReform, fromReform, monthUnder } from "../../src/reform/index.js"

const lines = (input: unknown) => {
  const r = decodeReform(input)
  if (Result.isSuccess(r)) throw new Error("expected a failure")
  return errorLines(r.failure)
}

const good = {
  name: "keep-disregard",
  description: "The law of March 2026 with the earned-income disregard kept for adults",
  source: "Law 26/2026 (HE 116/2025)",
  base: { lawOf: "2026-03" },
  overrides: [
    { parameter: "earnedIncomeDisregard", value: { adultsIncluded: true }, from: "2026-03", source: "what-if" },
    { parameter: "basicAmountSingle", value: "596.32" },
    { parameter: "categoryPercentages", value: { singleParent: "114" } },
    { parameter: "housingLimitRegimes", value: { annex: "2025" } },
    { parameter: "minorAssistanceDisregard", value: "none" },
    { parameter: "reductionRegimes", value: { grounds: [{ ground: "primaryBenefitNotApplied", percentages: [30] }] } }
  ]
}

describe("reform files", () => {
  it("decode and encode back to the same JSON", () => {
    const r = decodeReform(good)
    expect(Result.isSuccess(r)).toBe(true)
    if (Result.isSuccess(r)) expect(encodeReform(r.success)).toEqual(good)
  })

  it("applies the overrides to the law of the base month", () => {
    const r = decodeReform(good)
    if (Result.isFailure(r)) throw new Error("decode")
    const M = monthUnder(fromReform(r.success), "2026-05")
    if (Result.isFailure(M)) throw new Error("month")
    const p = M.success.parameters
    expect(p.single.value).toBe(59632)
    expect(p.disregard.value.adultsIncluded).toBe(true)
    expect(p.disregard.value.maximum).toBe(15000)
    expect(p.percentages.value.singleParent).toBe(1_140_000)
    expect(p.percentages.value.otherAdult).toBe(860_000)
    expect(p.housing.value.annex).toBe("2025")
    expect(p.minorAssistance).toBeUndefined()
    expect(p.reductions.value.grounds).toEqual([{ ground: "primaryBenefitNotApplied", percentages: [30] }])
    expect(p.single.source).toBe("Reform, overrides[1]")
    expect(M.success.dateKey).toBe(20260501)
  })

  it("an override outside its months leaves the base law", () => {
    const law = fromReform({
      name: "x",
      overrides: [{ parameter: "basicAmountSingle", value: "600", from: "2026-06", to: "2026-07" }]
    })
    const may = monthUnder(law, "2026-05")
    const june = monthUnder(law, "2026-06")
    expect(Result.isSuccess(may) && may.success.parameters.single.value).toBe(57843)
    expect(Result.isSuccess(june) && june.success.parameters.single.value).toBe(60000)
  })

  it("a bad value names the field path and the rule, never the value", () => {
    const secret = "131052-308T"
    const bad = {
      name: "bad",
      overrides: [
        { parameter: "basicAmountSingle", value: "12,5" },
        { parameter: "earnedIncomeDisregard", value: { maximum: "-150" } },
        { parameter: "categoryPercentages", value: { childUnder10: "900" } },
        { parameter: "housingLimitRegimes", value: { annex: "2031" } },
        { parameter: "basicAmountSingle", value: "1", from: "2026-05", to: "2026-02" }
      ],
      description: `contains ${secret}`
    }
    const text = JSON.stringify(lines(bad))
    expect(text).not.toContain(secret)
    expect(text).not.toContain("12,5")
    const at = lines(bad).map((l) => l.at)
    expect(at).toContain("overrides[0].value")
    expect(at).toContain("overrides[1].value.maximum")
    expect(at).toContain("overrides[2].value.childUnder10")
    expect(at).toContain("overrides[3].value.annex")
    expect(at).toContain("description")
  })

  it("from after to fails at the override's to", () => {
    expect(
      lines({ name: "x", overrides: [{ parameter: "basicAmountSingle", value: "1", from: "2026-05", to: "2026-02" }] })
    ).toEqual([{ at: "overrides[0].to", message: "Expected a month not before `from`" }])
  })

  it("an unknown parameter, a missing name and a henkilötunnus-shaped name are refused", () => {
    expect(lines({ name: "x", overrides: [{ parameter: "nope", value: 1 }] })[0]?.at).toMatch(/^overrides\[0\]/)
    expect(lines({ overrides: [] })[0]?.at).toBe("name")
    expect(lines({ name: "131052-308T", overrides: [] })[0]?.at).toBe("name")
  })

  it("a partial override of a parameter the base law lacks fails in the month, naming the missing field", () => {
    const law = fromReform({
      name: "x",
      base: { lawOf: "2026-03" },
      overrides: [{ parameter: "minorAssistanceDisregard", value: { singlePerson: "50" } }]
    })
    const M = monthUnder(law, "2026-03")
    expect(Result.isFailure(M) && errorLines(M.failure)).toEqual([
      {
        at: "overrides[0].value.family",
        message:
          "The base law has no value of this parameter in the month: the override must give every field (rule override-complete)"
      }
    ])
  })
})

import fc from "fast-check"

describe("reform files (fuzz): no error line repeats an input value", () => {
  const secret = fc.constantFrom("131052-308T", "010190-123A", "Matti Meikäläinen", "secret-note-42")
  const anyValue = fc.oneof(secret, fc.string(), fc.integer(), fc.boolean(), fc.constant(null))
  const override = fc.record({
    parameter: fc.oneof(
      secret,
      fc.constantFrom("basicAmountSingle", "earnedIncomeDisregard", "categoryPercentages", "housingLimitRegimes")
    ),
    value: fc.oneof(anyValue, fc.dictionary(fc.constantFrom("maximum", "annex", "livingAlone", "rule"), anyValue)),
    from: fc.option(anyValue, { nil: undefined }),
    source: fc.option(anyValue, { nil: undefined })
  })
  it("names field paths and rules only", () => {
    fc.assert(
      fc.property(
        fc.record({
          name: anyValue,
          description: anyValue,
          base: anyValue,
          overrides: fc.array(override, { maxLength: 3 })
        }),
        secret,
        (input, s) => {
          const r = decodeReform({ ...input, note: s })
          if (Result.isSuccess(r)) return
          const text = JSON.stringify(errorLines(r.failure))
          for (const v of ["131052-308T", "010190-123A", "Matti Meikäläinen", "secret-note-42"])
            expect(text).not.toContain(v)
        }
      ),
      { numRuns: 300 }
    )
  })
})
