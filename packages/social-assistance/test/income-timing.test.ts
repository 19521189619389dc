import { LocalDate } from "@osallistava/core"
import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import { PaymentTiming } from "../src/index.js"

const d = LocalDate.unsafeFrom

describe("payment timing (1412/1997 13 §; Kela: a wage paid on a month's last banking day counts for the next month)", () => {
  it("the last working day of a month, a Friday before a weekend month end (2026-07-31) and before holidays (2026-12-23)", () => {
    expect(PaymentTiming.tryIsLastWorkingDayOfMonth(d("2026-07-31"))).toEqual(Result.succeed(true))
    expect(PaymentTiming.tryIsLastWorkingDayOfMonth(d("2026-07-30"))).toEqual(Result.succeed(false))
    // 24.12. Christmas Eve, 25.–26. holidays, 28.–31.12.2026 are working days
    expect(PaymentTiming.tryIsLastWorkingDayOfMonth(d("2026-12-23"))).toEqual(Result.succeed(false))
    expect(PaymentTiming.tryIsLastWorkingDayOfMonth(d("2026-12-31"))).toEqual(Result.succeed(true))
    // a Saturday is no banking day
    expect(PaymentTiming.tryIsLastWorkingDayOfMonth(d("2026-10-31"))).toEqual(Result.succeed(false))
    expect(PaymentTiming.tryIsLastWorkingDayOfMonth(d("2026-10-30"))).toEqual(Result.succeed(true))
  })

  it("the calendar's last month has an answer (only the month's own days are looked at); outside 1900–2100 a YearOutOfRange", () => {
    expect(Result.isSuccess(PaymentTiming.tryIsLastWorkingDayOfMonth(d("2100-12-31")))).toBe(true)
    const r = PaymentTiming.tryIsLastWorkingDayOfMonth(d("2101-01-03"))
    expect(Result.isFailure(r) && r.failure._tag).toBe("YearOutOfRange")
    expect(() => PaymentTiming.unsafeIsLastWorkingDayOfMonth("2101-01-03")).toThrow()
    expect(PaymentTiming.isLastWorkingDayOfMonth).toBe(PaymentTiming.unsafeIsLastWorkingDayOfMonth)
  })

  it("timingFromPaymentDate gives no timing (the calculator's paid-by-end-of-month at the income's paidOn) outside the calendar, never a throw", () => {
    expect(PaymentTiming.timingFromPaymentDate("2101-01-30", "2101-01", true)).toBeUndefined()
    expect(PaymentTiming.timingFromPaymentDate("2026-13-40", "2026-12", true)).toBeUndefined()
    expect(PaymentTiming.timingFromPaymentDate("2026-07-31", "2026-07", true)).toBe("thisMonthsLastWorkingDay")
    expect(PaymentTiming.timingFromPaymentDate("2026-07-31", "2026-08", true)).toBe("previousMonthsLastWorkingDay")
    expect(PaymentTiming.timingFromPaymentDate("2026-07-31", "2026-07", false)).toBe("thisMonth")
  })
})
