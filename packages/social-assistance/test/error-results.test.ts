/**
 * One error convention (issue 15): the time limits of the calculator and of the county's procedure, and the decision
 * letter that prints them, return a `Result` (try…), throw only under an unsafe… name, and keep the deprecated name
 * as an alias. The data the package ships (county guidelines, the rules' code tables) is checked here, since its
 * module-load throws are allowed only as defects of that data.
 */
import { LocalDate } from "@osallistava/core"
import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import * as Guidelines from "../src/guidelines/index.js"
import { Deadline, Supplementary } from "../src/index.js"
import { expenseCodes, incomeClassCodes } from "../src/rules/kinds.js"
import { codeTable } from "../src/rules/mechanisms/code-table.js"
import { decodeGuideline } from "../src/supplementary/guideline.js"
import { decide, letter } from "./supplementary/helpers.js"

const d = LocalDate.unsafeFrom
const tagOf = <A, E extends { readonly _tag: string }>(r: Result.Result<A, E>) =>
  Result.isFailure(r) ? r.failure._tag : "success"

describe("Deadline.tryDecisionDeadline (1412/1997 14 a §, 14 b §; calendar's StatutoryLimits)", () => {
  it("the same day as the unsafe… form and the deprecated name: 21.12.2026 → 4.1.2027", () => {
    const r = Deadline.tryDecisionDeadline(d("2026-12-21"), false)
    expect(Result.isSuccess(r) && r.success.deadline).toBe("2027-01-04")
    expect(Deadline.unsafeDecisionDeadline(d("2026-12-21"), false)).toEqual(Result.getOrThrow(r))
    expect(Deadline.decisionDeadline).toBe(Deadline.unsafeDecisionDeadline)
  })
  it("before 2017 (Kela's basic assistance) ProvisionNotInForce, after 2100 YearOutOfRange, as a failure", () => {
    expect(tagOf(Deadline.tryDecisionDeadline(d("2016-12-30"), false))).toBe("ProvisionNotInForce")
    expect(tagOf(Deadline.tryDecisionDeadline(d("2101-01-03"), true))).toBe("YearOutOfRange")
    expect(() => Deadline.unsafeDecisionDeadline(d("2016-12-30"), false)).toThrow()
  })
})

describe("Supplementary.tryDecisionDeadline, tryAppealDeadline (14 a § 1 mom., 434/2003 49 c § 1 mom.)", () => {
  it("arrived Mon 2.3.2026 → 11.3.2026; notified 2.3.2026 → 1.4.2026", () => {
    const r = Supplementary.tryDecisionDeadline(d("2026-03-02"))
    expect(Result.isSuccess(r) && r.success.due).toBe("2026-03-11")
    const a = Supplementary.tryAppealDeadline(d("2026-03-02"))
    expect(Result.isSuccess(a) && a.success.due).toBe("2026-04-01")
    expect(Supplementary.unsafeAppealDeadline(d("2026-03-02")).due).toBe("2026-04-01")
    expect(Supplementary.decisionDeadline).toBe(Supplementary.unsafeDecisionDeadline)
    expect(Supplementary.appealDeadline).toBe(Supplementary.unsafeAppealDeadline)
  })
  it("outside the provisions or the calendar: a failure, not a throw", () => {
    expect(tagOf(Supplementary.tryDecisionDeadline(d("2016-06-01")))).toBe("ProvisionNotInForce")
    expect(tagOf(Supplementary.tryAppealDeadline(d("2100-12-30")))).toBe("YearOutOfRange")
    expect(() => Supplementary.unsafeAppealDeadline(d("2100-12-30"))).toThrow()
  })
})

describe("Supplementary.tryRender: a day whose time limit cannot be computed is a RuleViolation at its option", () => {
  const decision = () =>
    decide({
      month: "2025-03",
      kela: letter("2025-03", "1000.00", "1100.00", "0.00", "0.00"),
      lines: [
        { category: "glasses", claimed: "180.00", worker: { accepted: "150.00", reason: "longOrSeriousIllness" } }
      ]
    })
  it("arrivedOn before 2017: provision-in-force at arrivedOn; notifiedOn in 2100-12: year-in-range at notifiedOn", () => {
    const a = Supplementary.tryRender(decision(), "fi", { arrivedOn: d("2016-06-01") })
    expect(Result.isFailure(a) && [a.failure.at, a.failure.rule]).toEqual(["arrivedOn", "provision-in-force"])
    const n = Supplementary.tryRender(decision(), "sv", { notifiedOn: d("2100-12-30") })
    expect(Result.isFailure(n) && [n.failure.at, n.failure.rule]).toEqual(["notifiedOn", "year-in-range"])
    // the error repeats no date
    expect(Result.isFailure(n) && n.failure.message).not.toContain("2100-12-30")
    expect(() => Supplementary.unsafeRender(decision(), "fi", { arrivedOn: d("2016-06-01") })).toThrow()
  })
  it("in range: the same letter as the deprecated render", () => {
    const options = { arrivedOn: d("2025-03-03"), notifiedOn: d("2025-03-10") }
    const r = Supplementary.tryRender(decision(), "en", options)
    expect(Result.isSuccess(r) && r.success).toBe(Supplementary.render(decision(), "en", options))
    expect(Result.isSuccess(r) && r.success).toContain("2025")
  })
})

describe("the package's own data (module-load throws allowed only as its defects)", () => {
  it("every shipped county guideline decodes through the Guideline Schema", () => {
    expect(Guidelines.data.length).toBeGreaterThan(0)
    for (const [i, g] of Guidelines.data.entries())
      expect(Result.isSuccess(decodeGuideline(g)), `guideline ${i}`).toBe(true)
    expect(Guidelines.shipped.length).toBe(Guidelines.data.length)
  })
  it("the rules' code tables build (kinds.ts loads); a list no hash separates (an empty name) is refused when built", () => {
    expect(incomeClassCodes.names.length).toBeGreaterThan(0)
    expect(expenseCodes.names.length).toBeGreaterThan(0)
    expect(() => codeTable([["", 0]])).toThrow("no collision-free hash")
  })
})
