import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { decodeInput, formatPath, Localized, Money, YearMonth } from "../src/index.js"

describe("decodeInput and the issue formatter", () => {
  const Application = Schema.Struct({
    month: YearMonth.YearMonth,
    persons: Schema.Array(Schema.Struct({ name: Schema.String, rent: Money.EuroString }))
  })
  const decode = decodeInput(Application, "application")

  it("names every failing field with its path and the rule", () => {
    const r = decode({ month: "2026-13", persons: [{ name: "Maija Meikäläinen", rent: 675 }, {}] })
    expect(Result.isFailure(r)).toBe(true)
    if (!Result.isFailure(r)) return
    const at = r.failure.issues.map((i) => i.at)
    expect(at).toEqual(["month", "persons[0].rent", "persons[1].name", "persons[1].rent"])
    expect(r.failure.issues[0]?.message).toBe("Expected a year-month YYYY-MM")
    expect(r.failure.issues[2]?.message).toBe("Missing required field")
    expect(r.failure._tag).toBe("InvalidInput")
    expect(r.failure.message).toMatch(/^Invalid application: month: Expected a year-month YYYY-MM/)
  })

  it("never repeats the input value in messages", () => {
    const r = decode({ month: "Maija Meikäläinen", persons: "Maija Meikäläinen" })
    expect(Result.isFailure(r) && r.failure.message.includes("Maija")).toBe(false)
  })

  it("succeeds with decoded values", () => {
    const r = decode({ month: "2026-03", persons: [{ name: "x", rent: "675.00" }] })
    expect(Result.isSuccess(r) && r.success.persons[0]?.rent).toBe(67500)
  })

  it("formats paths", () => {
    expect(formatPath([])).toBe("(root)")
    expect(formatPath(["a", 0, "b-c"])).toBe('a[0]["b-c"]')
  })
})

describe("Localized", () => {
  it("interpolates in every language", () => {
    const t = Localized.interpolate(Localized.make("{n} päivää", "{n} dagar", "{n} days"), { n: 7 })
    expect(t).toEqual({ fi: "7 päivää", sv: "7 dagar", en: "7 days" })
  })
})
