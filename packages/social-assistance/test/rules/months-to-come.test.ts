import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import { calculateSupportBatch, supportCents } from "../../src/amount.js"
import { decodeApplication } from "../../src/application.js"
import { calculate, calculateBatch, lastKnownMonth } from "../../src/engine.js"
import { renderNode } from "../../src/explain.js"
import { failure, single } from "./helpers.js"

const decoded = (json: unknown) => {
  const app = decodeApplication(json)
  if (Result.isFailure(app)) throw new Error(app.failure.message)
  return app.success
}

const rent = (month: string) => single(month, { expenses: [{ kind: "rent", amount: "600" }], incomes: [] })

describe("the months to come (9 a §: a year's amounts are confirmed by Kela's index release)", () => {
  it("the Schema accepts any month from 2017-01, not only up to 2026-12; 2016-12 is refused", () => {
    expect(Result.isSuccess(decodeApplication(single("2027-01")))).toBe(true)
    expect(Result.isSuccess(decodeApplication(single("2031-06")))).toBe(true)
    expect(Result.isFailure(decodeApplication(single("2016-12")))).toBe(true)
  })

  it("the last confirmed month is the earliest end of the required tables: 2026-12 (no 2027 index release, open-readings.md § 1)", () => {
    expect(lastKnownMonth()).toBe("2026-12")
  })

  it("9 a § (1218/2005), kela.fi/kansanelakeindeksi: 2027-01 by default → ParameterNotInForce naming the parameter and 2026-12, never the month asked for", () => {
    const e = failure(rent("2027-01"))
    expect(e).toMatchObject({ _tag: "ParameterNotInForce", parameter: "basicAmountSingle", lastKnownMonth: "2026-12" })
    expect(e.message).toBe(
      "No value of parameter basicAmountSingle is in force after 2026-12, the last month it is known for"
    )
    expect(e.message).not.toContain("2027")
    const app = decoded(rent("2027-01"))
    expect(Result.isFailure(supportCents(app))).toBe(true)
    expect(calculateSupportBatch([app]).errors.get(0)).toMatchObject({ lastKnownMonth: "2026-12" })
  })

  it("9 a §: 2027-01 with assumeLaw 'lastKnown' is computed with the law of 2026-12 and flagged provisional, in every entry point", () => {
    const app = decoded(rent("2027-01"))
    const d = calculate(app, { assumeLaw: "lastKnown" })
    if (Result.isFailure(d)) throw new Error(d.failure.message)
    const dec2026 = calculate(decoded(rent("2026-12")))
    if (Result.isFailure(dec2026)) throw new Error(dec2026.failure.message)
    expect(d.success.supportCents).toBe(dec2026.success.supportCents)
    expect(d.success.month).toBe("2027-01")
    expect(d.success.flags).toContain("provisionalLaw")
    expect(dec2026.success.flags).not.toContain("provisionalLaw")
    const n = d.success.explanation.find((x) => x.ruleId === "provisional-law")!
    expect(n.inputs).toEqual({ month: "2027-01", lawOf: "2026-12" })
    expect(renderNode(n, "fi")).toContain("alustava")
    expect(renderNode(n, "sv")).toContain("preliminär")
    expect(renderNode(n, "en")).toContain("provisional")
    expect(supportCents(app, { assumeLaw: "lastKnown" })).toEqual(Result.succeed(d.success.supportCents))
    expect(calculateSupportBatch([app], { assumeLaw: "lastKnown" }).supportCents[0]).toBe(d.success.supportCents)
    const batch = calculateBatch([app], { assumeLaw: "lastKnown" })[0]!
    expect(Result.isSuccess(batch) && batch.success.flags.includes("provisionalLaw")).toBe(true)
  })

  it("assumeLaw 'lastKnown' changes nothing for a confirmed month (2026-06): no flag, no node", () => {
    const d = calculate(decoded(rent("2026-06")), { assumeLaw: "lastKnown" })
    expect(Result.isSuccess(d) && d.success.flags.includes("provisionalLaw")).toBe(false)
    expect(Result.isSuccess(d) && d.success.explanation.some((x) => x.ruleId === "provisional-law")).toBe(false)
  })

  it("ages follow the calendar month, not the assumed law's month: 9 § (1023/2022): a child turning 10 on 15.1.2027 is in the 10–17 category in 2027-02, not yet in 2027-01", () => {
    const fam = (month: string) =>
      decoded({
        month,
        municipality: "091",
        persons: [
          { id: "p", role: "applicant", birthDate: "1980-01-01" },
          { id: "c", role: "child", birthDate: "2017-01-15" }
        ],
        expenses: [],
        incomes: []
      })
    const jan = calculate(fam("2027-01"), { assumeLaw: "lastKnown" })
    const feb = calculate(fam("2027-02"), { assumeLaw: "lastKnown" })
    expect(Result.isSuccess(jan) && Result.isSuccess(feb)).toBe(true)
    if (Result.isSuccess(jan) && Result.isSuccess(feb))
      expect(jan.success.basicAmounts[1]!.category).not.toBe(feb.success.basicAmounts[1]!.category)
  })
})
