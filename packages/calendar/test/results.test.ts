import { LocalDate, RuleViolation, StatuteNumbering } from "@osallistava/core"
import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import { Helsinki, Holidays, StatutoryLimits, TimeLimits, WorkingDays } from "../src/index.js"

const d = LocalDate.unsafeFrom
const tag = (r: Result.Result<unknown, { readonly _tag: string }>) => (Result.isFailure(r) ? r.failure._tag : "success")

describe("one error convention (issue 15): every throwing function has a try… Result sibling with the same answer", () => {
  it("inside 1900–2100 the try… and unsafe… forms agree (Act 150/1930 § 5: 24.12.2026 is Christmas Eve)", () => {
    const eve = d("2026-12-24")
    expect(WorkingDays.tryIsWorkingDay(eve)).toEqual(Result.succeed(WorkingDays.unsafeIsWorkingDay(eve)))
    expect(WorkingDays.tryNextWorkingDay(eve)).toEqual(Result.succeed(d("2026-12-28")))
    expect(WorkingDays.tryOnOrNextWorkingDay(eve)).toEqual(Result.succeed(WorkingDays.unsafeOnOrNextWorkingDay(eve)))
    expect(WorkingDays.tryWorkingDaysBetween(d("2026-12-21"), d("2027-01-04"))).toEqual(
      Result.succeed(WorkingDays.unsafeWorkingDaysBetween(d("2026-12-21"), d("2027-01-04")))
    )
    expect(Holidays.tryOn(d("2026-06-20"))).toEqual(Result.succeed(Holidays.unsafeOn(d("2026-06-20"))))
    expect(Holidays.tryIsPublicHoliday(d("2026-12-06"))).toEqual(Result.succeed(true))
    expect(Holidays.tryPublicHolidaysOf(2026)).toEqual(Result.succeed(Holidays.unsafePublicHolidaysOf(2026)))
    expect(StatutoryLimits.trySocialAssistanceDecision(d("2026-03-07"))).toEqual(
      Result.succeed(StatutoryLimits.unsafeSocialAssistanceDecision(d("2026-03-07")))
    )
    expect(TimeLimits.tryKelaBasicAssistanceDecisionDeadline(d("2026-12-21"))).toEqual(Result.succeed(d("2027-01-04")))
    expect(Helsinki.tryVisibleToMunicipalityOn("2026-06-18T20:00:00Z")).toEqual(Result.succeed(d("2026-06-22")))
  })

  it("outside 1900–2100: YearOutOfRange as a failure, the unsafe… form throws it, the message repeats no date", () => {
    const early = d("1850-05-01")
    expect(tag(WorkingDays.tryIsWorkingDay(early))).toBe("YearOutOfRange")
    expect(tag(WorkingDays.tryNextWorkingDay(d("2100-12-31")))).toBe("YearOutOfRange")
    expect(tag(WorkingDays.tryWorkingDaysBetween(early, d("2026-01-01")))).toBe("YearOutOfRange")
    expect(tag(WorkingDays.tryCountWorkingEpochDays(LocalDate.toEpochDay(early), 0))).toBe("YearOutOfRange")
    expect(WorkingDays.tryCountWorkingEpochDays(10, 5)).toEqual(Result.succeed(0))
    expect(tag(Holidays.tryOn(early))).toBe("YearOutOfRange")
    expect(tag(StatutoryLimits.tryRequestForReview(d("2100-12-20")))).toBe("YearOutOfRange")
    expect(tag(TimeLimits.tryAdjustToWorkingDay(early))).toBe("YearOutOfRange")
    expect(() => WorkingDays.unsafeIsWorkingDay(early)).toThrow(Holidays.YearOutOfRange)
    expect(() => WorkingDays.unsafeIsWorkingDay(early)).toThrow(/^(?!.*1850).*$/)
  })

  it("before a provision is in force: ProvisionNotInForce (1412/1997 14 a § from 2017, Kela's basic assistance)", () => {
    const r = StatutoryLimits.trySocialAssistanceDecision(d("2016-12-30"))
    expect(Result.isFailure(r) && r.failure).toBeInstanceOf(StatuteNumbering.ProvisionNotInForce)
    expect(() => StatutoryLimits.unsafeSocialAssistanceDecision(d("2016-12-30"))).toThrow(
      StatuteNumbering.ProvisionNotInForce
    )
  })

  it("a bad count is core's RuleViolation at workingDays; a bad instant is InvalidInput, also past year 9999", () => {
    const r = TimeLimits.tryAfterWorkingDays(d("2026-01-01"), 1.5)
    expect(Result.isFailure(r) && r.failure).toBeInstanceOf(RuleViolation)
    expect(Result.isFailure(r) && r.failure instanceof RuleViolation && r.failure.at).toBe("workingDays")
    expect(tag(WorkingDays.tryAddWorkingDaysToEpochDay(0, -1))).toBe("RuleViolation")
    expect(tag(Helsinki.tryVisibleToMunicipalityOn("not a time"))).toBe("InvalidInput")
    expect(tag(Helsinki.tryDateOf(new Date(8.64e15)))).toBe("InvalidInput")
  })

  it("the names without a prefix are the unsafe… functions (deprecated aliases)", () => {
    expect(WorkingDays.isWorkingDay).toBe(WorkingDays.unsafeIsWorkingDay)
    expect(Holidays.of).toBe(Holidays.unsafeOf)
    expect(StatutoryLimits.socialAssistanceDecision).toBe(StatutoryLimits.unsafeSocialAssistanceDecision)
    expect(TimeLimits.kelaBasicAssistanceDecisionDeadline).toBe(TimeLimits.unsafeKelaBasicAssistanceDecisionDeadline)
    expect(Helsinki.visibleToMunicipalityOn).toBe(Helsinki.unsafeVisibleToMunicipalityOn)
  })
})
