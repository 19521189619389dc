/**
 * Easter Sunday in the Gregorian calendar (the date "as has been customary in
 * Western Christendom", Kirkkolaki 1054/1993 4 luku 3 §).
 *
 * @since 0.1.0
 */
import { LocalDate } from "@osallistava/core"

/**
 * Easter Sunday of `year` by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 *
 * @example
 * ```ts
 * import { Easter } from "@osallistava/calendar"
 * Easter.sunday(2026) // "2026-04-05"
 * ```
 * @throws RangeError for a year that is not an integer in 1583–9999.
 * @since 0.1.0
 */
export const sunday = (year: number): LocalDate.LocalDate => {
  if (!Number.isInteger(year) || year < 1583 || year > 9999)
    throw new RangeError(`Easter: year must be an integer in 1583–9999, got ${String(year)}`)
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
  return LocalDate.make(year, month, day)
}
