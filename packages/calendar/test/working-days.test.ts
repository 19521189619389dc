import { InvalidInput, LocalDate, RuleViolation } from "@osallistava/core"
import * as Result from "effect/Result"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Easter, Helsinki, Holidays, TimeLimits, WorkingDays, YearOutOfRange } from "../src/index.js"

const d = LocalDate.unsafeFrom
const FIRST = LocalDate.toEpochDay(d("1900-01-01"))
const LAST_START = LocalDate.toEpochDay(d("2099-12-31"))
const anyDate = fc.integer({ min: FIRST, max: LAST_START }).map(LocalDate.fromEpochDay)

describe("working days (Act 150/1930 § 5: pyhäpäivä, itsenäisyyspäivä, vapunpäivä, joulu- tai juhannusaatto, arkilauantai)", () => {
  it("Monday–Friday are working days, Saturday and Sunday are not", () => {
    expect(WorkingDays.isWorkingDay(d("2026-03-02"))).toBe(true) // Monday
    expect(WorkingDays.isWorkingDay(d("2026-03-06"))).toBe(true) // Friday
    expect(WorkingDays.isWorkingDay(d("2026-03-07"))).toBe(false) // Saturday
    expect(WorkingDays.isWorkingDay(d("2026-03-08"))).toBe(false) // Sunday
  })
  it("Christmas Eve, Midsummer Eve, May Day, Independence Day, Epiphany, Good Friday, Easter Monday and Ascension Day are not", () => {
    for (const date of [
      "2026-12-24",
      "2026-06-19",
      "2026-05-01",
      "2024-12-06",
      "2026-01-06",
      "2026-04-03",
      "2026-04-06",
      "2026-05-14"
    ])
      expect(WorkingDays.isWorkingDay(d(date)), date).toBe(false)
  })
  it("next working day and § 5 adjustment", () => {
    expect(WorkingDays.nextWorkingDay(d("2026-12-23"))).toBe("2026-12-28")
    expect(WorkingDays.onOrNextWorkingDay(d("2026-12-23"))).toBe("2026-12-23")
    expect(WorkingDays.onOrNextWorkingDay(d("2026-12-24"))).toBe("2026-12-28")
    expect(WorkingDays.onOrNextWorkingDay(d("2026-12-31"))).toBe("2026-12-31")
    expect(WorkingDays.nextWorkingDay(d("2026-12-31"))).toBe("2027-01-04")
  })
  it("add and count working days around Midsummer 2026", () => {
    expect(WorkingDays.addWorkingDays(d("2026-06-17"), 0)).toBe("2026-06-17")
    expect(WorkingDays.addWorkingDays(d("2026-06-17"), 1)).toBe("2026-06-18")
    expect(WorkingDays.addWorkingDays(d("2026-06-17"), 2)).toBe("2026-06-22")
    expect(WorkingDays.workingDaysBetween(d("2026-06-17"), d("2026-06-22"))).toBe(2)
    expect(WorkingDays.workingDaysBetween(d("2026-06-22"), d("2026-06-17"))).toBe(-2)
    expect(WorkingDays.workingDaysBetween(d("2026-06-19"), d("2026-06-21"))).toBe(0)
  })
  it("2025 has 251 working days (365 − 104 weekend days − 10 holidays and eves on weekdays)", () => {
    // Weekday holidays/eves 2025: 1.1, 6.1, 18.4, 21.4, 1.5, 29.5, 20.6, 24.12, 25.12, 26.12 (STT 2024-11: ten
    // arkivapaat incl. Christmas Eve and Midsummer Eve); Independence Day 6.12 is a Saturday.
    expect(WorkingDays.workingDaysBetween(d("2024-12-31"), d("2025-12-31"))).toBe(365 - 104 - 10)
  })
  it("bad counts and out-of-range dates are typed errors", () => {
    expect(() => WorkingDays.addWorkingDays(d("2026-01-01"), -1)).toThrow(RuleViolation)
    expect(() => WorkingDays.addWorkingDays(d("2026-01-01"), 1.5)).toThrow(RuleViolation)
    expect(() => WorkingDays.addWorkingDays(d("2100-12-30"), 5)).toThrow(YearOutOfRange)
    expect(() => WorkingDays.isWorkingDay(d("1899-12-31"))).toThrow(YearOutOfRange)
    expect(() => WorkingDays.nextWorkingDay(d("2100-12-31"))).toThrow(YearOutOfRange)
  })
})

describe("properties (fast-check)", () => {
  it("adding n ≥ 1 working days lands on a working day after the start", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 250 }), (start, n) => {
        const end = WorkingDays.addWorkingDays(start, n)
        return WorkingDays.isWorkingDay(end) && end > start
      })
    )
  })
  it("the count between a date and date + n working days is n", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 250 }), (start, n) => {
        return WorkingDays.workingDaysBetween(start, WorkingDays.addWorkingDays(start, n)) === n
      })
    )
  })
  it("the count agrees with a day-by-day count and is antisymmetric", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 60 }), (start, span) => {
        const end = LocalDate.addDays(start, span)
        let count = 0
        for (let i = 1; i <= span; i++) if (WorkingDays.isWorkingDay(LocalDate.addDays(start, i))) count++
        return (
          WorkingDays.workingDaysBetween(start, end) === count && WorkingDays.workingDaysBetween(end, start) === -count
        )
      })
    )
  })
  it("the next working day is after the date and every day in between is non-working", () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const next = WorkingDays.nextWorkingDay(date)
        if (!(next > date) || !WorkingDays.isWorkingDay(next)) return false
        for (let x = LocalDate.addDays(date, 1); x < next; x = LocalDate.addDays(x, 1))
          if (WorkingDays.isWorkingDay(x)) return false
        return true
      })
    )
  })
  it("a deadline in days or months is never earlier than its start and always a working day", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 5 }), (start, days, months) => {
        const a = TimeLimits.unsafeAfterDays(start, days)
        const b = TimeLimits.unsafeAfterMonths(start, months)
        const c = TimeLimits.kelaBasicAssistanceDecisionDeadline(start)
        return (
          a >= start &&
          b >= start &&
          c > start &&
          WorkingDays.isWorkingDay(a) &&
          WorkingDays.isWorkingDay(b) &&
          WorkingDays.isWorkingDay(c)
        )
      })
    )
  })
})

describe("Kela basic social assistance: decision within 7 working days counted from the day after arrival (TTL 1412/1997 14 a §)", () => {
  it("Christmas 2026: arrived Mon 21.12. → Mon 4.1.2027 (24.12., 25.12., 26.12., 1.1. and weekends skipped)", () => {
    expect(TimeLimits.kelaBasicAssistanceDecisionDeadline(d("2026-12-21"))).toBe("2027-01-04")
  })
  it("Easter 2026: arrived Wed 1.4. → Tue 14.4. (Good Friday 3.4. and Easter Monday 6.4. skipped)", () => {
    expect(TimeLimits.kelaBasicAssistanceDecisionDeadline(d("2026-04-01"))).toBe("2026-04-14")
  })
  it("Midsummer 2026: arrived Tue 16.6. → Fri 26.6. (Midsummer Eve 19.6. skipped)", () => {
    expect(TimeLimits.kelaBasicAssistanceDecisionDeadline(d("2026-06-16"))).toBe("2026-06-26")
  })
  it("Friday arrival 6.3.2026 → Tue 17.3.; Saturday 7.3. and Sunday 8.3. arrivals also → Tue 17.3. (150/1930 2 §: the arrival day is not counted; hallintolaki 434/2003 18 §: it arrived that day)", () => {
    expect(TimeLimits.kelaBasicAssistanceDecisionDeadline(d("2026-03-06"))).toBe("2026-03-17")
    expect(TimeLimits.kelaBasicAssistanceDecisionDeadline(d("2026-03-07"))).toBe("2026-03-17")
    expect(TimeLimits.kelaBasicAssistanceDecisionDeadline(d("2026-03-08"))).toBe("2026-03-17")
  })
  it("Kela's published count (partner FAQ: a weekend OmaKela application counts as arriving Monday) → Wed 18.3.", () => {
    expect(TimeLimits.kelaBasicAssistanceDecisionDeadline(d("2026-03-07"), "next-working-day")).toBe("2026-03-18")
    expect(TimeLimits.kelaBasicAssistanceDecisionDeadline(d("2026-03-06"), "next-working-day")).toBe("2026-03-17")
  })
  it("afterWorkingDays is the general form (start not counted, Act 150/1930 § 2)", () => {
    expect(TimeLimits.afterWorkingDays(d("2026-03-09"), 7)).toBe("2026-03-18")
  })
})

describe("time limits in days and months (Act 150/1930 §§ 2, 3, 5)", () => {
  it("§ 2 + § 5: 14 days from 10.12.2026 is 24.12. (Christmas Eve) → Mon 28.12.", () => {
    expect(TimeLimits.unsafeAfterDays(d("2026-12-10"), 14)).toBe("2026-12-28")
    expect(TimeLimits.unsafeAfterDays(d("2026-12-01"), 14)).toBe("2026-12-15")
  })
  it("§ 3 month end: 31.1.2026 + 1 month = 28.2. (a Saturday) → Mon 2.3.; overflow rule gives Tue 3.3.", () => {
    expect(TimeLimits.unsafeAfterMonths(d("2026-01-31"), 1)).toBe("2026-03-02")
    expect(TimeLimits.unsafeAfterMonths(d("2026-01-31"), 1, "overflow")).toBe("2026-03-03")
  })
  it("3 months to find a cheaper home: from 30.11.2026 → 28.2.2027 is a Sunday → Mon 1.3.2027", () => {
    expect(TimeLimits.unsafeAfterMonths(d("2026-11-30"), 3)).toBe("2027-03-01")
    expect(TimeLimits.unsafeAfterMonths(d("2026-03-16"), 3)).toBe("2026-06-16")
  })
  it("2 months for an immigrant's initial assessment: 31.10.2026 → Thu 31.12.2026; 6.4.2026 → 6.6. (Sat) → Mon 8.6.", () => {
    expect(TimeLimits.unsafeAfterMonths(d("2026-10-31"), 2)).toBe("2026-12-31")
    expect(TimeLimits.unsafeAfterMonths(d("2026-04-06"), 2)).toBe("2026-06-08")
  })
  it("bad lengths are typed errors naming the field", () => {
    expect(() => TimeLimits.unsafeAfterDays(d("2026-01-01"), -3)).toThrow(RuleViolation)
    expect(() => TimeLimits.unsafeAfterMonths(d("2026-01-01"), 0.5)).toThrow(/months/)
  })
})

describe("Helsinki date of an instant across daylight saving (Intl, Europe/Helsinki)", () => {
  it("DST starts 29.3.2026 03:00 EET → 04:00 EEST", () => {
    expect(Helsinki.unsafeDateOf("2026-03-28T21:59:59Z")).toBe("2026-03-28") // 23:59:59 EET
    expect(Helsinki.unsafeDateOf("2026-03-28T22:00:00Z")).toBe("2026-03-29") // 00:00 EET
    expect(Helsinki.unsafeDateOf("2026-03-29T20:59:59Z")).toBe("2026-03-29") // 23:59:59 EEST
    expect(Helsinki.unsafeDateOf("2026-03-29T21:00:00Z")).toBe("2026-03-30") // 00:00 EEST
  })
  it("DST ends 25.10.2026 04:00 EEST → 03:00 EET", () => {
    expect(Helsinki.unsafeDateOf("2026-10-24T20:59:59Z")).toBe("2026-10-24")
    expect(Helsinki.unsafeDateOf("2026-10-24T21:00:00Z")).toBe("2026-10-25")
    expect(Helsinki.unsafeDateOf("2026-10-25T21:59:59Z")).toBe("2026-10-25") // 23:59:59 EET
    expect(Helsinki.unsafeDateOf("2026-10-25T22:00:00Z")).toBe("2026-10-26")
  })
  it("timestamps with an offset and Date objects", () => {
    expect(Helsinki.unsafeDateOf("2026-12-31T23:30:00-01:00")).toBe("2027-01-01")
    expect(Helsinki.unsafeDateOf(new Date(Date.UTC(2026, 5, 30, 21, 0, 0)))).toBe("2026-07-01")
  })
  it("a timestamp without offset, an invalid Date or another type is InvalidInput", () => {
    expect(() => Helsinki.unsafeDateOf("2026-03-29T01:30:00")).toThrow(InvalidInput)
    expect(() => Helsinki.unsafeDateOf("2026-02-30T01:30:00Z")).toThrow(InvalidInput)
    expect(() => Helsinki.unsafeDateOf(new Date(Number.NaN))).toThrow(InvalidInput)
    expect(() => Helsinki.unsafeDateOf(42 as unknown as string)).toThrow(InvalidInput)
  })
  it("a notice is visible to the municipality on the next working day", () => {
    // Thu 3.12.2026 23:30 EET → still Thursday → Friday 4.12.
    expect(Helsinki.visibleToMunicipalityOn("2026-12-03T21:30:00Z")).toBe("2026-12-04")
    // Fri 4.12.2026 00:30 EET → Friday → Mon 7.12. (Sat 5.12., Independence Day Sun 6.12.)
    expect(Helsinki.visibleToMunicipalityOn("2026-12-03T22:30:00Z")).toBe("2026-12-07")
    // Thu 18.6.2026 23:00 EEST → Midsummer Eve Fri 19.6. is non-working → Mon 22.6.
    expect(Helsinki.visibleToMunicipalityOn("2026-06-18T20:00:00Z")).toBe("2026-06-22")
    // Wed 23.12.2026 → Mon 28.12.
    expect(Helsinki.visibleToMunicipalityOn(new Date("2026-12-23T10:00:00+02:00"))).toBe("2026-12-28")
  })
})

describe("one error convention: the Result siblings of the unsafe… functions", () => {
  it("tryAfterDays and tryAfterMonths give the same day as the unsafe ones, and typed failures", () => {
    expect(TimeLimits.tryAfterDays(d("2026-12-10"), 14)).toEqual(Result.succeed("2026-12-28"))
    expect(TimeLimits.tryAfterMonths(d("2026-11-30"), 3)).toEqual(Result.succeed("2027-03-01"))
    const bad = TimeLimits.tryAfterDays(d("2026-01-01"), -3)
    expect(Result.isFailure(bad) && bad.failure._tag === "RuleViolation" && bad.failure.at).toBe("days")
    const months = TimeLimits.tryAfterMonths(d("2026-01-01"), 0.5)
    expect(Result.isFailure(months) && months.failure._tag === "RuleViolation" && months.failure.rule).toBe(
      "non-negative-integer"
    )
    const late = TimeLimits.tryAfterMonths(d("2100-12-15"), 1)
    expect(Result.isFailure(late) && late.failure._tag).toBe("YearOutOfRange")
  })
  it("tryAddWorkingDays agrees with addWorkingDays and fails past 2100 instead of throwing", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 60 }), (start, n) => {
        expect(WorkingDays.tryAddWorkingDays(start, n)).toEqual(Result.succeed(WorkingDays.addWorkingDays(start, n)))
      })
    )
    const end = WorkingDays.tryAddWorkingDays(d("2100-12-30"), 5)
    expect(Result.isFailure(end) && end.failure._tag).toBe("YearOutOfRange")
    const n = WorkingDays.tryAddWorkingDays(d("2026-01-01"), 1.5)
    expect(Result.isFailure(n) && n.failure._tag === "RuleViolation" && n.failure.at).toBe("workingDays")
  })
  it("tryDateOf fails with InvalidInput whose message does not repeat the timestamp", () => {
    expect(Helsinki.tryDateOf("2026-03-28T22:00:00Z")).toEqual(Result.succeed("2026-03-29"))
    const r = Helsinki.tryDateOf("2026-03-29T04:17:00")
    expect(Result.isFailure(r) && r.failure._tag).toBe("InvalidInput")
    expect(Result.isFailure(r) && r.failure.message.includes("04:17")).toBe(false)
  })
  it("Holidays.tryOf, checkedYear and Easter.trySunday are Results; YearOutOfRange names no year", () => {
    expect(Result.isSuccess(Holidays.tryOf(2026))).toBe(true)
    const r = Holidays.checkedYear(2101)
    expect(Result.isFailure(r) && r.failure._tag).toBe("YearOutOfRange")
    expect(Result.isFailure(r) && r.failure.message.includes("2101")).toBe(false)
    expect(Easter.trySunday(2026)).toEqual(Result.succeed("2026-04-05"))
    const e = Easter.trySunday(1500)
    expect(Result.isFailure(e) && e.failure._tag === "RuleViolation" && e.failure.rule).toBe("gregorian-year")
  })
})
