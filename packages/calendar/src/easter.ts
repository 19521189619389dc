/**
 * Easter Sunday in the Gregorian calendar (the date "as has been customary in
 * Western Christendom", Kirkkolaki 1054/1993 4 luku 3 §).
 *
 * @since 0.1.0
 */
import { RuleViolation } from "@osallistava/core/errors"
import * as LocalDate from "@osallistava/core/local-date"
import * as Result from "effect/Result"

/**
 * Easter Sunday of `year` by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 *
 * @example
 * ```ts
 * import { Easter } from "@osallistava/calendar"
 * Easter.unsafeSunday(2026) // "2026-04-05"
 * ```
 * @throws RangeError for a year that is not an integer in 1583–9999: use {@link trySunday} for input.
 * @since 0.2.0
 */
export const unsafeSunday = (year: number): LocalDate.LocalDate => {
  if (!inRange(year)) throw new RangeError("Easter: year must be an integer in 1583–9999")
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return LocalDate.unsafeMake(year, month, day)
}

const inRange = (year: number): boolean => Number.isInteger(year) && year >= 1583 && year <= 9999

/**
 * @deprecated Since 0.2.0: use {@link unsafeSunday} (same behaviour) or {@link trySunday} (a `Result`).
 * @since 0.1.0
 */
export const sunday = unsafeSunday

/**
 * Easter Sunday of `year`; fails with rule `gregorian-year` for a year that is
 * not an integer in 1583–9999.
 *
 * @since 0.2.0
 */
export const trySunday = (year: number, at = "year"): Result.Result<LocalDate.LocalDate, RuleViolation> =>
  inRange(year)
    ? Result.succeed(unsafeSunday(year))
    : Result.fail(new RuleViolation({ at, rule: "gregorian-year", detail: "Expected a whole year in 1583–9999" }))
