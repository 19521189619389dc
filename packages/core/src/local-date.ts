/**
 * Calendar dates (`"2026-03-31"`) as validated strings.
 *
 * A `LocalDate` is a day in the Finnish calendar, not an instant: it never
 * goes through a `Date` at local midnight, so no time zone or daylight-saving
 * change can move it. Arithmetic uses day numbers counted from 1970-01-01.
 *
 * @since 0.1.0
 */
import { UTCDate } from "@date-fns/utc"
import { addMonths as addMonthsFns } from "date-fns/addMonths"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { RuleViolation } from "./errors.js"

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/** @since 0.1.0 */
export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

/** @since 0.1.0 */
export const daysInMonthOf = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31

const isValidDateText = (text: string): boolean => {
  const m = PATTERN.exec(text)
  if (m === null) return false
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonthOf(year, month)
}

/**
 * A calendar date in ISO 8601 form, `YYYY-MM-DD`, that exists (no 2026-02-29).
 *
 * @since 0.1.0
 */
export const LocalDate = /* @__PURE__ */ Schema.String.pipe(
  /* @__PURE__ */ Schema.check(
    /* @__PURE__ */ Schema.makeFilter(
      (s: string) => isValidDateText(s) || "Expected an existing calendar date YYYY-MM-DD",
      {
        title: "LocalDate",
        description: "A calendar date YYYY-MM-DD"
      }
    )
  ),
  /* @__PURE__ */ Schema.brand("LocalDate")
)

/** @since 0.1.0 */
export type LocalDate = typeof LocalDate.Type

/** @since 0.1.0 */
export const isLocalDate = (u: unknown): u is LocalDate => typeof u === "string" && isValidDateText(u)

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n))
const pad4 = (n: number) => String(n).padStart(4, "0")

const noSuchDate = (at: string) =>
  new RuleViolation({ at, rule: "existing-date", detail: "Expected an existing calendar date YYYY-MM-DD" })

const fromPartsText = (year: number, month: number, day: number): string | undefined => {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined
  const text = `${pad4(year)}-${pad2(month)}-${pad2(day)}`
  return isValidDateText(text) ? text : undefined
}

/**
 * Makes a date from its parts; fails with rule `existing-date` when the date
 * does not exist (2026-02-29, month 13, a fraction).
 *
 * @example
 * ```ts
 * import { LocalDate } from "@osallistava/core"
 * LocalDate.fromParts(2026, 3, 31) // Result.succeed("2026-03-31")
 * ```
 * @since 0.2.0
 */
export const fromParts = (
  year: number,
  month: number,
  day: number,
  at = "(date)"
): Result.Result<LocalDate, RuleViolation> => {
  const text = fromPartsText(year, month, day)
  return text === undefined ? Result.fail(noSuchDate(at)) : Result.succeed(text as LocalDate)
}

/**
 * Parses `YYYY-MM-DD`; fails with rule `existing-date` for any other text or a
 * date that does not exist. The error names the field (`at`), never the text.
 *
 * @since 0.2.0
 */
export const parse = (text: string, at = "(date)"): Result.Result<LocalDate, RuleViolation> =>
  isValidDateText(text) ? Result.succeed(text as LocalDate) : Result.fail(noSuchDate(at))

/**
 * Makes a date from parts known to be valid (literals, computed parts).
 *
 * @throws RangeError when the date does not exist: use {@link fromParts} for input.
 * @since 0.2.0
 */
export const unsafeMake = (year: number, month: number, day: number): LocalDate => {
  const text = fromPartsText(year, month, day)
  if (text === undefined) throw new RangeError("No such calendar date (expected an existing date YYYY-MM-DD)")
  return text as LocalDate
}

/**
 * @deprecated Since 0.2.0: use {@link unsafeMake} (same behaviour) or {@link fromParts} (a `Result`).
 * @since 0.1.0
 */
export const make = unsafeMake

/**
 * Parses a date, throwing on invalid input. For literals in code and tests;
 * use {@link parse} or the {@link LocalDate} schema for input.
 *
 * @throws RangeError when the text is not an existing date YYYY-MM-DD (the message does not repeat it).
 * @since 0.1.0
 */
export const unsafeFrom = (text: string): LocalDate => {
  if (!isValidDateText(text)) throw new RangeError("No such calendar date (expected an existing date YYYY-MM-DD)")
  return text as LocalDate
}

/** @since 0.1.0 */
export const year = (d: LocalDate): number => Number(d.slice(0, 4))
/** @since 0.1.0 */
export const month = (d: LocalDate): number => Number(d.slice(5, 7))
/** @since 0.1.0 */
export const day = (d: LocalDate): number => Number(d.slice(8, 10))

/** Days from civil date (Howard Hinnant's algorithm), proleptic Gregorian. */
const daysFromCivil = (y: number, m: number, d: number): number => {
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const mp = (m + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

const civilFromDays = (z: number): [number, number, number] => {
  const zz = z + 719468
  const era = Math.floor(zz / 146097)
  const doe = zz - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  return [m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d]
}

/**
 * Day number counted from 1970-01-01 (= 0). Useful for fast comparisons and
 * differences in hot loops.
 *
 * @since 0.1.0
 */
export const toEpochDay = (d: LocalDate): number => daysFromCivil(year(d), month(d), day(d))

/** @since 0.1.0 */
export const fromEpochDay = (n: number): LocalDate => {
  const [y, m, dd] = civilFromDays(n)
  return `${pad4(y)}-${pad2(m)}-${pad2(dd)}` as LocalDate
}

/** @since 0.1.0 */
export const addDays = (d: LocalDate, days: number): LocalDate => fromEpochDay(toEpochDay(d) + days)

/**
 * Whole days from `from` to `to` (negative if `to` is earlier).
 *
 * @since 0.1.0
 */
export const daysBetween = (from: LocalDate, to: LocalDate): number => toEpochDay(to) - toEpochDay(from)

/**
 * How {@link addMonths} treats a day that the target month does not have.
 *
 * - `clamp`: to the last day of the target month (31 Jan + 1 month = 28/29 Feb).
 *   This is the rule of Act 150/1930 § 3 on computing time limits: a limit in
 *   months ends on the day with the same number, or on the month's last day
 *   when the month has no such day.
 * - `overflow`: into the next month (31 Jan + 1 month = 3 Mar in a common year).
 *
 * @since 0.1.0
 */
export type MonthEndRule = "clamp" | "overflow"

const monthsAt = (d: LocalDate, months: number, rule: MonthEndRule): string | undefined => {
  if (!Number.isSafeInteger(months)) return undefined
  // date-fns's addMonths is the § 3 rule: the same day number, or the target month's last day when it has no such
  // day. It runs on a UTCDate (date-fns' own UTC Date), so no local time zone or daylight-saving change can move the day.
  const at = new UTCDate(2000, 0, 1)
  at.setFullYear(year(d), month(d) - 1, day(d))
  const r = addMonthsFns(at, months)
  const clamped = fromPartsText(r.getFullYear(), r.getMonth() + 1, r.getDate())
  if (clamped === undefined || rule === "clamp" || r.getDate() === day(d)) return clamped
  // `overflow` carries the days the target month lacks into the next month (31 Jan + 1 month = 3 Mar).
  const overflowed: string = addDays(clamped as LocalDate, day(d) - r.getDate())
  return isValidDateText(overflowed) ? overflowed : undefined
}

const outOfRange = (at: string) =>
  new RuleViolation({
    at,
    rule: "date-in-range",
    detail: "Expected a whole number of months that gives a date in years 0001–9999"
  })

/**
 * Adds calendar months. The default `clamp` follows Act 150/1930 § 3. Fails
 * with rule `date-in-range` (at `at`, default `months`) when `months` is not a
 * whole number or the result falls outside years 0001–9999.
 *
 * @example
 * ```ts
 * import { LocalDate } from "@osallistava/core"
 * LocalDate.tryAddMonths(LocalDate.unsafeFrom("2026-01-31"), 1) // Result.succeed("2026-02-28")
 * ```
 * @since 0.2.0
 */
export const tryAddMonths = (
  d: LocalDate,
  months: number,
  rule: MonthEndRule = "clamp",
  at = "months"
): Result.Result<LocalDate, RuleViolation> => {
  const text = monthsAt(d, months, rule)
  return text === undefined ? Result.fail(outOfRange(at)) : Result.succeed(text as LocalDate)
}

/**
 * {@link tryAddMonths} for counts known to stay in years 0001–9999 (literals, computed counts).
 *
 * @example
 * ```ts
 * import { LocalDate } from "@osallistava/core"
 * LocalDate.unsafeAddMonths(LocalDate.unsafeFrom("2026-01-31"), 1) // "2026-02-28"
 * ```
 * @throws RangeError when `months` is not a whole number or the result is outside years 0001–9999.
 * @since 0.2.0
 */
export const unsafeAddMonths = (d: LocalDate, months: number, rule: MonthEndRule = "clamp"): LocalDate => {
  const text = monthsAt(d, months, rule)
  if (text === undefined) throw new RangeError("Month arithmetic out of range (expected a date in years 0001–9999)")
  return text as LocalDate
}

/**
 * @deprecated Since 0.2.0: use {@link unsafeAddMonths} (same behaviour) or {@link tryAddMonths} (a `Result`).
 * @since 0.1.0
 */
export const addMonths = unsafeAddMonths

/**
 * ISO day of week: 1 = Monday … 7 = Sunday.
 *
 * @since 0.1.0
 */
export const dayOfWeek = (d: LocalDate): 1 | 2 | 3 | 4 | 5 | 6 | 7 => {
  // 1970-01-01 was a Thursday (4).
  const n = (((toEpochDay(d) + 3) % 7) + 7) % 7
  return (n + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7
}

/** @since 0.1.0 */
export const compare = (a: LocalDate, b: LocalDate): -1 | 0 | 1 => (a < b ? -1 : a > b ? 1 : 0)
/** @since 0.1.0 */
export const isBefore = (a: LocalDate, b: LocalDate): boolean => a < b
/** @since 0.1.0 */
export const isAfter = (a: LocalDate, b: LocalDate): boolean => a > b
/** @since 0.1.0 */
export const min = (a: LocalDate, b: LocalDate): LocalDate => (a < b ? a : b)
/** @since 0.1.0 */
export const max = (a: LocalDate, b: LocalDate): LocalDate => (a > b ? a : b)

/**
 * Age in whole years on `on` for a person born on `birthDate`. A person born
 * on 29 February turns a year older on 1 March in common years (Finnish
 * practice: the birthday is the day after 28 February).
 *
 * @since 0.1.0
 */
export const ageOn = (birthDate: LocalDate, on: LocalDate): number => {
  let age = year(on) - year(birthDate)
  const bm = month(birthDate)
  const bd = day(birthDate)
  const om = month(on)
  const od = day(on)
  if (om < bm || (om === bm && od < bd)) age -= 1
  return age
}

const helsinkiDay = /* @__PURE__ */ new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Helsinki",
  year: "numeric",
  month: "2-digit",
  day: "2-digit"
})

const todayText = (instant: Date): string | undefined => {
  // An invalid Date (which Intl refuses) or an instant whose UTC year is outside 0001–9999 has no LocalDate.
  const t = instant.getTime()
  if (!Number.isFinite(t) || instant.getUTCFullYear() < 1 || instant.getUTCFullYear() > 9999) return undefined
  const parts = helsinkiDay.formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value)
  return fromPartsText(part("year"), part("month"), part("day"))
}

/**
 * Today's date in Europe/Helsinki for the given instant. The only function
 * here that looks at a clock or a time zone. Fails with rule `date-in-range`
 * (at `at`, default `instant`) for an invalid `Date` or an instant outside
 * years 0001–9999.
 *
 * @since 0.2.0
 */
export const tryTodayInHelsinki = (instant: Date, at = "instant"): Result.Result<LocalDate, RuleViolation> => {
  const text = todayText(instant)
  return text === undefined
    ? Result.fail(
        new RuleViolation({
          at,
          rule: "date-in-range",
          detail: "Expected a valid instant in years 0001–9999"
        })
      )
    : Result.succeed(text as LocalDate)
}

/**
 * Today's date in Europe/Helsinki for the given instant (default: now).
 *
 * @throws RangeError for an invalid `Date` or an instant outside years 0001–9999: use {@link tryTodayInHelsinki}.
 * @since 0.2.0
 */
export const unsafeTodayInHelsinki = (instant: Date = new Date()): LocalDate => {
  const text = todayText(instant)
  if (text === undefined) throw new RangeError("No such calendar date (expected an instant in years 0001–9999)")
  return text as LocalDate
}

/**
 * @deprecated Since 0.2.0: use {@link unsafeTodayInHelsinki} (same behaviour) or {@link tryTodayInHelsinki} (a `Result`).
 * @since 0.1.0
 */
export const todayInHelsinki = unsafeTodayInHelsinki
