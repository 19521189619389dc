/**
 * Working days for statutory time limits.
 *
 * A working day (arkipäivä) is Monday–Friday that is not a public holiday,
 * Independence Day, May Day, Christmas Eve or Midsummer Eve. This follows Act
 * 150/1930 on computing time limits (laki säädettyjen määräaikain laskemisesta)
 * § 5 as amended by 211/1938 and 358/1966: "Kun määräpäivä tai määräajan
 * viimeinen päivä on pyhäpäivä, itsenäisyyspäivä, vapunpäivä, joulu- tai
 * juhannusaatto tahi arkilauantai, saa tehtävän toimittaa ensimmäisenä
 * arkipäivänä sen jälkeen" (finlex.fi/fi/laki/ajantasa/1930/19300150, consolidated
 * up to 1053/2023; the text is not in eliask/finlex-data). Sundays are
 * pyhäpäiviä; Saturdays are non-working since the 358/1966 amendment added
 * "arkilauantai". The current rule is applied to every year 1900–2100; before
 * 1966 Saturdays were in fact still working days for time limits.
 *
 * All days 1900-01-01 … 2100-12-31 are precomputed once into a byte table
 * and a prefix-sum table indexed by epoch day, so the functions below do no
 * allocation per call and counting between two dates is O(1).
 *
 * @since 0.1.0
 */
import { RuleViolation } from "@osallistava/core/errors"
import * as LocalDate from "@osallistava/core/local-date"
import * as Result from "effect/Result"
import * as Holidays from "./holidays.js"

const FIRST = LocalDate.toEpochDay(LocalDate.unsafeMake(Holidays.firstYear, 1, 1))
const LAST = LocalDate.toEpochDay(LocalDate.unsafeMake(Holidays.lastYear, 12, 31))
const SIZE = LAST - FIRST + 1

let working: Uint8Array | undefined
/** prefix[i] = number of working days among table indexes 0 … i-1. */
let prefix: Int32Array | undefined

const build = (): Uint8Array => {
  const table = new Uint8Array(SIZE)
  for (let i = 0; i < SIZE; i++) {
    // 1970-01-01 (epoch day 0) was a Thursday; ISO weekday 1 = Monday.
    const dow = (((((FIRST + i + 3) % 7) + 7) % 7) + 1) as number
    table[i] = dow <= 5 ? 1 : 0
  }
  for (let y = Holidays.firstYear; y <= Holidays.lastYear; y++)
    for (const h of Holidays.of(y)) table[LocalDate.toEpochDay(h.date) - FIRST] = 0
  const sums = new Int32Array(SIZE + 1)
  for (let i = 0; i < SIZE; i++) sums[i + 1] = sums[i]! + table[i]!
  prefix = sums
  working = table
  return table
}

const table = (): Uint8Array => working ?? build()

/** Table index of an epoch day; throws `YearOutOfRange` outside the table (each public caller documents it). */
const unsafeIndexOf = (epochDay: number): number => {
  const i = epochDay - FIRST
  if (!(i >= 0 && i < SIZE)) {
    throw new Holidays.YearOutOfRange({ year: LocalDate.year(LocalDate.fromEpochDay(epochDay)) })
  }
  return i
}

/**
 * Whether the day with this epoch-day number is a working day (for hot loops
 * over epoch days; see {@link LocalDate.toEpochDay}).
 *
 * @throws YearOutOfRange outside 1900–2100.
 * @since 0.1.0
 */
export const isWorkingEpochDay = (epochDay: number): boolean => table()[unsafeIndexOf(epochDay)] === 1

/**
 * Whether `date` is a working day.
 *
 * @example
 * ```ts
 * import { LocalDate } from "@osallistava/core"
 * import { WorkingDays } from "@osallistava/calendar"
 * WorkingDays.isWorkingDay(LocalDate.unsafeFrom("2026-12-24")) // false (Christmas Eve)
 * ```
 * @since 0.1.0
 */
export const isWorkingDay = (date: LocalDate.LocalDate): boolean => isWorkingEpochDay(LocalDate.toEpochDay(date))

/** @since 0.1.0 */
export const isNonWorkingDay = (date: LocalDate.LocalDate): boolean => !isWorkingDay(date)

/**
 * The first working day strictly after `date`.
 *
 * @since 0.1.0
 */
export const nextWorkingDay = (date: LocalDate.LocalDate): LocalDate.LocalDate => {
  const t = table()
  let i = unsafeIndexOf(LocalDate.toEpochDay(date)) + 1
  while (i < SIZE && t[i] === 0) i++
  return LocalDate.fromEpochDay(FIRST + unsafeIndexOf(FIRST + i))
}

/**
 * `date` itself if it is a working day, else the next working day: the rule
 * of Act 150/1930 § 5 for a limit whose last day is not a working day.
 *
 * @since 0.1.0
 */
export const onOrNextWorkingDay = (date: LocalDate.LocalDate): LocalDate.LocalDate =>
  isWorkingDay(date) ? date : nextWorkingDay(date)

const unsafeCheckCount = (n: number, at: string): void => {
  if (!Number.isInteger(n) || n < 0)
    throw new RuleViolation({ at, rule: "non-negative-integer", detail: "Expected a whole number of working days ≥ 0" })
}

/**
 * The `n`-th working day after `date`; `date` itself is not counted (Act
 * 150/1930 § 2). `n = 0` returns `date` unchanged.
 *
 * @example
 * ```ts
 * import { LocalDate } from "@osallistava/core"
 * import { WorkingDays } from "@osallistava/calendar"
 * WorkingDays.addWorkingDays(LocalDate.unsafeFrom("2026-06-17"), 3) // "2026-06-23"
 * ```
 * @throws RuleViolation when `n` is not a whole number ≥ 0; YearOutOfRange past 2100.
 * @since 0.1.0
 */
export const addWorkingDays = (date: LocalDate.LocalDate, n: number): LocalDate.LocalDate =>
  LocalDate.fromEpochDay(addWorkingDaysToEpochDay(LocalDate.toEpochDay(date), n))

/**
 * {@link addWorkingDays} as a `Result`: `RuleViolation` (rule
 * `non-negative-integer`, at `workingDays`) for a count that is not a whole
 * number ≥ 0, `YearOutOfRange` when the count runs past 2100 or `date` is outside
 * 1900–2100.
 *
 * @since 0.2.0
 */
export const tryAddWorkingDays = (
  date: LocalDate.LocalDate,
  n: number
): Result.Result<LocalDate.LocalDate, RuleViolation | Holidays.YearOutOfRange> => {
  if (!Number.isInteger(n) || n < 0)
    return Result.fail(
      new RuleViolation({
        at: "workingDays",
        rule: "non-negative-integer",
        detail: "Expected a whole number of working days ≥ 0"
      })
    )
  const start = LocalDate.toEpochDay(date)
  if (start < FIRST || start > LAST || countWorkingEpochDays(start + 1, LAST) < n)
    return Result.fail(
      new Holidays.YearOutOfRange({ year: start < FIRST ? LocalDate.year(date) : Holidays.lastYear + 1 })
    )
  return Result.succeed(addWorkingDays(date, n))
}

/**
 * {@link addWorkingDays} on epoch-day numbers, for batch loops: no string
 * parsing or allocation.
 *
 * @since 0.1.0
 */
export const addWorkingDaysToEpochDay = (epochDay: number, n: number): number => {
  unsafeCheckCount(n, "workingDays")
  const t = table()
  let i = unsafeIndexOf(epochDay)
  let left = n
  while (left > 0) {
    i++
    if (i >= SIZE) unsafeIndexOf(FIRST + i)
    left -= t[i]!
  }
  return FIRST + i
}

/**
 * Working days `d` with `from < d ≤ to`; negative (the same count, negated)
 * when `to` is before `from`. Agrees with {@link addWorkingDays}:
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
 *
 * @since 0.1.0
 */
export const workingDaysBetween = (from: LocalDate.LocalDate, to: LocalDate.LocalDate): number => {
  table()
  const a = unsafeIndexOf(LocalDate.toEpochDay(from))
  const b = unsafeIndexOf(LocalDate.toEpochDay(to))
  const p = prefix!
  return b >= a ? p[b + 1]! - p[a + 1]! : -(p[a + 1]! - p[b + 1]!)
}

/**
 * Working days of an inclusive range of epoch days, for batch statistics.
 *
 * @since 0.1.0
 */
export const countWorkingEpochDays = (firstEpochDay: number, lastEpochDay: number): number => {
  table()
  if (lastEpochDay < firstEpochDay) return 0
  const p = prefix!
  return p[unsafeIndexOf(lastEpochDay) + 1]! - p[unsafeIndexOf(firstEpochDay)]!
}
