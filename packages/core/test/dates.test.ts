import { Schema } from "effect"
import * as Result from "effect/Result"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { LocalDate, type RuleViolation, YearMonth } from "../src/index.js"

const d = LocalDate.unsafeFrom
const arbDate = fc
  .integer({ min: LocalDate.toEpochDay(d("1900-01-01")), max: LocalDate.toEpochDay(d("2100-12-31")) })
  .map(LocalDate.fromEpochDay)

describe("LocalDate", () => {
  it("rejects dates that do not exist", () => {
    const decode = Schema.decodeUnknownExit(LocalDate.LocalDate)
    expect(decode("2026-02-29")._tag).toBe("Failure")
    expect(decode("2024-02-29")._tag).toBe("Success")
    expect(decode("2100-02-29")._tag).toBe("Failure")
    expect(decode("2000-02-29")._tag).toBe("Success")
    expect(decode("2026-13-01")._tag).toBe("Failure")
    expect(decode("2026-3-1")._tag).toBe("Failure")
  })

  it("knows the day of the week", () => {
    expect(LocalDate.dayOfWeek(d("2026-11-24"))).toBe(2) // Tuesday
    expect(LocalDate.dayOfWeek(d("1970-01-01"))).toBe(4)
    expect(LocalDate.dayOfWeek(d("1917-12-06"))).toBe(4)
  })

  it("adds months with the month-end rule of Act 150/1930 § 3", () => {
    expect(LocalDate.addMonths(d("2026-01-31"), 1)).toBe("2026-02-28")
    expect(LocalDate.addMonths(d("2024-01-31"), 1)).toBe("2024-02-29")
    expect(LocalDate.addMonths(d("2026-01-31"), 1, "overflow")).toBe("2026-03-03")
    expect(LocalDate.addMonths(d("2026-11-30"), 3)).toBe("2027-02-28")
    expect(LocalDate.addMonths(d("2026-03-31"), -1)).toBe("2026-02-28")
  })

  it("computes ages on a date", () => {
    expect(LocalDate.ageOn(d("2008-03-01"), d("2026-02-28"))).toBe(17)
    expect(LocalDate.ageOn(d("2008-03-01"), d("2026-03-01"))).toBe(18)
    expect(LocalDate.ageOn(d("2004-02-29"), d("2022-02-28"))).toBe(17)
    expect(LocalDate.ageOn(d("2004-02-29"), d("2022-03-01"))).toBe(18)
  })

  it("property: epoch day round-trips and agrees with Date.UTC", () => {
    fc.assert(
      fc.property(arbDate, (date) => {
        expect(LocalDate.fromEpochDay(LocalDate.toEpochDay(date))).toBe(date)
        const utc = Date.UTC(LocalDate.year(date), LocalDate.month(date) - 1, LocalDate.day(date))
        expect(LocalDate.toEpochDay(date)).toBe(utc / 86_400_000)
      })
    )
  })

  it("property: addDays and daysBetween agree", () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        expect(LocalDate.daysBetween(date, LocalDate.addDays(date, n))).toBe(n)
      })
    )
  })

  it("today in Helsinki crosses midnight at Helsinki time, not UTC", () => {
    expect(LocalDate.todayInHelsinki(new Date("2026-11-23T22:30:00Z"))).toBe("2026-11-24")
    expect(LocalDate.todayInHelsinki(new Date("2026-06-30T20:59:00Z"))).toBe("2026-06-30")
    expect(LocalDate.todayInHelsinki(new Date("2026-06-30T21:00:00Z"))).toBe("2026-07-01")
  })
})

describe("YearMonth", () => {
  const ym = YearMonth.unsafeFrom
  it("validates and walks months", () => {
    expect(Schema.decodeUnknownExit(YearMonth.YearMonth)("2026-00")._tag).toBe("Failure")
    expect(YearMonth.addMonths(ym("2025-11"), 3)).toBe("2026-02")
    expect(YearMonth.addMonths(ym("2026-01"), -1)).toBe("2025-12")
    expect(YearMonth.lastDay(ym("2026-02"))).toBe("2026-02-28")
    expect(YearMonth.lastDay(ym("2024-02"))).toBe("2024-02-29")
    expect(YearMonth.daysInMonth(ym("2026-04"))).toBe(30)
    expect(YearMonth.range(ym("2025-11"), ym("2026-02"))).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"])
    expect(YearMonth.monthsBetween(ym("2024-04"), ym("2026-03"))).toBe(23)
    expect(YearMonth.fromLocalDate(d("2026-03-31"))).toBe("2026-03")
  })
})

describe("LocalDate.addMonths on date-fns: the Act 150/1930 § 3 rule in every time zone", () => {
  /** The month arithmetic written out, as an oracle independent of date-fns. */
  const oracle = (date: string, months: number, rule: "clamp" | "overflow"): string => {
    const [y, m, dd] = date.split("-").map(Number) as [number, number, number]
    const index = y * 12 + (m - 1) + months
    const ty = Math.floor(index / 12)
    const tm = (index % 12) + 1
    const last = LocalDate.daysInMonthOf(ty, tm)
    const base = LocalDate.unsafeMake(ty, tm, Math.min(dd, last))
    return rule === "clamp" || dd <= last ? base : LocalDate.addDays(base, dd - last)
  }
  const anyDate = fc
    .integer({ min: LocalDate.toEpochDay(d("0200-03-01")), max: LocalDate.toEpochDay(d("9000-12-31")) })
    .map(LocalDate.fromEpochDay)
  for (const zone of ["UTC", "Europe/Helsinki", "Pacific/Apia", "America/Santiago", "Pacific/Kiritimati"])
    it(`agrees with the written-out arithmetic (TZ=${zone}; Samoa skipped 30.12.2011, Santiago moves clocks at midnight)`, () => {
      const before = process.env["TZ"]
      process.env["TZ"] = zone
      try {
        expect(LocalDate.addMonths(d("2011-11-30"), 1)).toBe("2011-12-30")
        expect(LocalDate.addMonths(d("2026-08-31"), 1)).toBe("2026-09-30")
        fc.assert(
          fc.property(
            anyDate,
            fc.integer({ min: -1200, max: 1200 }),
            fc.constantFrom("clamp", "overflow"),
            (date, n, rule) => {
              expect(LocalDate.addMonths(date, n, rule as "clamp" | "overflow")).toBe(
                oracle(date, n, rule as "clamp" | "overflow")
              )
            }
          ),
          { numRuns: 2000 }
        )
      } finally {
        if (before === undefined) delete process.env["TZ"]
        else process.env["TZ"] = before
      }
    })
})

describe("month arithmetic and today's date as Results (issue 15): years 0001–9999, the field and rule named", () => {
  const ym = YearMonth.unsafeFrom
  const failure = (r: Result.Result<unknown, RuleViolation>) =>
    Result.isFailure(r) ? [r.failure.at, r.failure.rule] : ["succeeded", r.success]
  it("LocalDate.tryAddMonths: the same date as unsafeAddMonths, or date-in-range", () => {
    expect(LocalDate.tryAddMonths(d("2026-01-31"), 1)).toEqual(Result.succeed("2026-02-28"))
    expect(LocalDate.tryAddMonths(d("2026-01-31"), 1, "overflow")).toEqual(Result.succeed("2026-03-03"))
    expect(LocalDate.tryAddMonths(d("9999-12-01"), -1, "clamp")).toEqual(Result.succeed("9999-11-01"))
    expect(failure(LocalDate.tryAddMonths(d("9999-12-01"), 1))).toEqual(["months", "date-in-range"])
    expect(failure(LocalDate.tryAddMonths(d("9999-12-31"), 0, "overflow"))).toEqual(["succeeded", "9999-12-31"])
    expect(failure(LocalDate.tryAddMonths(d("9999-11-30"), 1, "overflow"))).toEqual(["succeeded", "9999-12-30"])
    expect(failure(LocalDate.tryAddMonths(d("0001-01-31"), -1, "clamp", "limit.months"))).toEqual([
      "limit.months",
      "date-in-range"
    ])
    expect(failure(LocalDate.tryAddMonths(d("2026-01-31"), 1.5))).toEqual(["months", "date-in-range"])
    expect(failure(LocalDate.tryAddMonths(d("2026-01-31"), Number.NaN))).toEqual(["months", "date-in-range"])
    expect(() => LocalDate.unsafeAddMonths(d("9999-12-01"), 1)).toThrow(/^(?!.*9999-12).*$/)
    expect(LocalDate.addMonths).toBe(LocalDate.unsafeAddMonths)
    fc.assert(
      fc.property(
        arbDate,
        fc.integer({ min: -2400, max: 2400 }),
        fc.constantFrom("clamp", "overflow"),
        (date, n, rule) => {
          expect(LocalDate.tryAddMonths(date, n, rule as "clamp" | "overflow")).toEqual(
            Result.succeed(LocalDate.unsafeAddMonths(date, n, rule as "clamp" | "overflow"))
          )
        }
      )
    )
  })
  it("YearMonth.tryAddMonths, tryNext, tryPrevious; range reaches 9999-12 without stepping past it", () => {
    expect(YearMonth.tryAddMonths(ym("2025-11"), 3)).toEqual(Result.succeed("2026-02"))
    expect(YearMonth.tryNext(ym("2026-12"))).toEqual(Result.succeed("2027-01"))
    expect(YearMonth.tryPrevious(ym("2026-01"))).toEqual(Result.succeed("2025-12"))
    expect(failure(YearMonth.tryNext(ym("9999-12")))).toEqual(["month", "date-in-range"])
    expect(failure(YearMonth.tryPrevious(ym("0001-01"), "from"))).toEqual(["from", "date-in-range"])
    expect(failure(YearMonth.tryAddMonths(ym("2026-01"), 0.5))).toEqual(["months", "date-in-range"])
    expect(() => YearMonth.unsafeNext(ym("9999-12"))).toThrow(/^(?!.*9999-12).*$/)
    expect(YearMonth.range(ym("9999-11"), ym("9999-12"))).toEqual(["9999-11", "9999-12"])
    expect(YearMonth.range(ym("2026-03"), ym("2026-02"))).toEqual([])
  })
  it("LocalDate.tryTodayInHelsinki: an invalid Date or an instant outside 0001–9999 is date-in-range at instant", () => {
    expect(LocalDate.tryTodayInHelsinki(new Date("2026-11-23T22:30:00Z"))).toEqual(Result.succeed("2026-11-24"))
    expect(LocalDate.tryTodayInHelsinki(new Date("0500-06-01T12:00:00Z"))).toEqual(Result.succeed("0500-06-01"))
    expect(failure(LocalDate.tryTodayInHelsinki(new Date(Number.NaN)))).toEqual(["instant", "date-in-range"])
    expect(failure(LocalDate.tryTodayInHelsinki(new Date("+010000-01-01T00:00:00Z"), "now"))).toEqual([
      "now",
      "date-in-range"
    ])
    expect(failure(LocalDate.tryTodayInHelsinki(new Date("9999-12-31T23:00:00Z")))).toEqual([
      "instant",
      "date-in-range"
    ])
    expect(() => LocalDate.unsafeTodayInHelsinki(new Date(Number.NaN))).toThrow(RangeError)
  })
})
