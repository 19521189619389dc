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
    for (const h of Holidays.unsafeOf(y)) table[LocalDate.toEpochDay(h.date) - FIRST] = 0
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

/** `YearOutOfRange` for an epoch day outside 1900–2100, else `undefined`. */
const outside = (epochDay: number): Holidays.YearOutOfRange | undefined =>
  Number.isSafeInteger(epochDay) && epochDay >= FIRST && epochDay <= LAST
    ? undefined
    : new Holidays.YearOutOfRange({
        year: Number.isSafeInteger(epochDay) ? LocalDate.year(LocalDate.fromEpochDay(epochDay)) : Number.NaN
      })

const notCount = (at: string) =>
  new RuleViolation({ at, rule: "non-negative-integer", detail: "Expected a whole number of working days ≥ 0" })

/**
 * Whether the day with this epoch-day number is a working day (for hot loops
 * over epoch days; see {@link LocalDate.toEpochDay}).
 *
 * @throws YearOutOfRange outside 1900–2100: use {@link tryIsWorkingEpochDay} for input.
 * @since 0.4.0 (as `isWorkingEpochDay` since 0.1.0)
 */
export const unsafeIsWorkingEpochDay = (epochDay: number): boolean => table()[unsafeIndexOf(epochDay)] === 1

/** {@link unsafeIsWorkingEpochDay} as a `Result`: `YearOutOfRange` outside 1900–2100. @since 0.4.0 */
export const tryIsWorkingEpochDay = (epochDay: number): Result.Result<boolean, Holidays.YearOutOfRange> => {
  const e = outside(epochDay)
  return e === undefined ? Result.succeed(unsafeIsWorkingEpochDay(epochDay)) : Result.fail(e)
}

/**
 * @deprecated Since 0.4.0: use {@link unsafeIsWorkingEpochDay} (same behaviour) or {@link tryIsWorkingEpochDay}.
 * @since 0.1.0
 */
export const isWorkingEpochDay = unsafeIsWorkingEpochDay

/**
 * Whether `date` is a working day.
 *
 * @example
 * ```ts
 * import { LocalDate } from "@osallistava/core"
 * import { WorkingDays } from "@osallistava/calendar"
 * WorkingDays.unsafeIsWorkingDay(LocalDate.unsafeFrom("2026-12-24")) // false (Christmas Eve)
 * ```
 * @throws YearOutOfRange outside 1900–2100: use {@link tryIsWorkingDay} for input.
 * @since 0.4.0 (as `isWorkingDay` since 0.1.0)
 */
export const unsafeIsWorkingDay = (date: LocalDate.LocalDate): boolean =>
  unsafeIsWorkingEpochDay(LocalDate.toEpochDay(date))

/**
 * {@link unsafeIsWorkingDay} as a `Result`: `YearOutOfRange` outside 1900–2100.
 *
 * @example
 * ```ts
 * import { LocalDate } from "@osallistava/core"
 * import { WorkingDays } from "@osallistava/calendar"
 * WorkingDays.tryIsWorkingDay(LocalDate.unsafeFrom("2026-12-24")) // Result.succeed(false)
 * ```
 * @since 0.4.0
 */
export const tryIsWorkingDay = (date: LocalDate.LocalDate): Result.Result<boolean, Holidays.YearOutOfRange> =>
  tryIsWorkingEpochDay(LocalDate.toEpochDay(date))

/**
 * @deprecated Since 0.4.0: use {@link unsafeIsWorkingDay} (same behaviour) or {@link tryIsWorkingDay}.
 * @since 0.1.0
 */
export const isWorkingDay = unsafeIsWorkingDay

/** @throws YearOutOfRange outside 1900–2100. @since 0.4.0 (as `isNonWorkingDay` since 0.1.0) */
export const unsafeIsNonWorkingDay = (date: LocalDate.LocalDate): boolean => !unsafeIsWorkingDay(date)

/** {@link unsafeIsNonWorkingDay} as a `Result`. @since 0.4.0 */
export const tryIsNonWorkingDay = (date: LocalDate.LocalDate): Result.Result<boolean, Holidays.YearOutOfRange> =>
  Result.map(tryIsWorkingDay(date), (w) => !w)

/**
 * @deprecated Since 0.4.0: use {@link unsafeIsNonWorkingDay} (same behaviour) or {@link tryIsNonWorkingDay}.
 * @since 0.1.0
 */
export const isNonWorkingDay = unsafeIsNonWorkingDay

/**
 * The first working day strictly after `date`.
 *
 * @throws YearOutOfRange when `date` or that day is outside 1900–2100: use {@link tryNextWorkingDay} for input.
 * @since 0.4.0 (as `nextWorkingDay` since 0.1.0)
 */
export const unsafeNextWorkingDay = (date: LocalDate.LocalDate): LocalDate.LocalDate => {
  const t = table()
  let i = unsafeIndexOf(LocalDate.toEpochDay(date)) + 1
  while (i < SIZE && t[i] === 0) i++
  return LocalDate.fromEpochDay(FIRST + unsafeIndexOf(FIRST + i))
}

/** {@link unsafeNextWorkingDay} as a `Result`: `YearOutOfRange` outside 1900–2100. @since 0.4.0 */
export const tryNextWorkingDay = (
  date: LocalDate.LocalDate
): Result.Result<LocalDate.LocalDate, Holidays.YearOutOfRange> => {
  const start = LocalDate.toEpochDay(date)
  const e = outside(start)
  if (e !== undefined) return Result.fail(e)
  const t = table()
  let i = start - FIRST + 1
  while (i < SIZE && t[i] === 0) i++
  return i < SIZE
    ? Result.succeed(LocalDate.fromEpochDay(FIRST + i))
    : Result.fail(new Holidays.YearOutOfRange({ year: Holidays.lastYear + 1 }))
}

/**
 * @deprecated Since 0.4.0: use {@link unsafeNextWorkingDay} (same behaviour) or {@link tryNextWorkingDay}.
 * @since 0.1.0
 */
export const nextWorkingDay = unsafeNextWorkingDay

/**
 * `date` itself if it is a working day, else the next working day: the rule
 * of Act 150/1930 § 5 for a limit whose last day is not a working day.
 *
 * @throws YearOutOfRange outside 1900–2100: use {@link tryOnOrNextWorkingDay} for input.
 * @since 0.4.0 (as `onOrNextWorkingDay` since 0.1.0)
 */
export const unsafeOnOrNextWorkingDay = (date: LocalDate.LocalDate): LocalDate.LocalDate =>
  unsafeIsWorkingDay(date) ? date : unsafeNextWorkingDay(date)

/** {@link unsafeOnOrNextWorkingDay} as a `Result`: `YearOutOfRange` outside 1900–2100. @since 0.4.0 */
export const tryOnOrNextWorkingDay = (
  date: LocalDate.LocalDate
): Result.Result<LocalDate.LocalDate, Holidays.YearOutOfRange> =>
  Result.flatMap(tryIsWorkingDay(date), (w) => (w ? Result.succeed(date) : tryNextWorkingDay(date)))

/**
 * @deprecated Since 0.4.0: use {@link unsafeOnOrNextWorkingDay} (same behaviour) or {@link tryOnOrNextWorkingDay}.
 * @since 0.1.0
 */
export const onOrNextWorkingDay = unsafeOnOrNextWorkingDay

const unsafeCheckCount = (n: number, at: string): void => {
  if (!Number.isInteger(n) || n < 0) throw notCount(at)
}

/**
 * The `n`-th working day after `date`; `date` itself is not counted (Act
 * 150/1930 § 2). `n = 0` returns `date` unchanged.
 *
 * @example
 * ```ts
 * import { LocalDate } from "@osallistava/core"
 * import { WorkingDays } from "@osallistava/calendar"
 * WorkingDays.unsafeAddWorkingDays(LocalDate.unsafeFrom("2026-06-17"), 3) // "2026-06-23"
 * ```
 * @throws RuleViolation when `n` is not a whole number ≥ 0; YearOutOfRange past 2100: use {@link tryAddWorkingDays}.
 * @since 0.4.0 (as `addWorkingDays` since 0.1.0)
 */
export const unsafeAddWorkingDays = (date: LocalDate.LocalDate, n: number): LocalDate.LocalDate =>
  LocalDate.fromEpochDay(unsafeAddWorkingDaysToEpochDay(LocalDate.toEpochDay(date), n))

/**
 * @deprecated Since 0.4.0: use {@link unsafeAddWorkingDays} (same behaviour) or {@link tryAddWorkingDays}.
 * @since 0.1.0
 */
export const addWorkingDays = unsafeAddWorkingDays

/**
 * {@link unsafeAddWorkingDays} as a `Result`: `RuleViolation` (rule
 * `non-negative-integer`, at `workingDays`) for a count that is not a whole
 * number ≥ 0, `YearOutOfRange` when the count runs past 2100 or `date` is outside
 * 1900–2100.
 *
 * @since 0.2.0
 */
export const tryAddWorkingDays = (
  date: LocalDate.LocalDate,
  n: number
): Result.Result<LocalDate.LocalDate, RuleViolation | Holidays.YearOutOfRange> =>
  Result.map(tryAddWorkingDaysToEpochDay(LocalDate.toEpochDay(date), n), LocalDate.fromEpochDay)

/**
 * {@link unsafeAddWorkingDays} on epoch-day numbers, for batch loops: no string
 * parsing or allocation.
 *
 * @throws RuleViolation when `n` is not a whole number ≥ 0; YearOutOfRange past 2100: use
 * {@link tryAddWorkingDaysToEpochDay}.
 * @since 0.4.0 (as `addWorkingDaysToEpochDay` since 0.1.0)
 */
export const unsafeAddWorkingDaysToEpochDay = (epochDay: number, n: number): number => {
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

/** {@link unsafeAddWorkingDaysToEpochDay} as a `Result` (the failures of {@link tryAddWorkingDays}). @since 0.4.0 */
export const tryAddWorkingDaysToEpochDay = (
  epochDay: number,
  n: number
): Result.Result<number, RuleViolation | Holidays.YearOutOfRange> => {
  if (!Number.isInteger(n) || n < 0) return Result.fail(notCount("workingDays"))
  const e = outside(epochDay)
  if (e !== undefined) return Result.fail(e)
  if (unsafeCountWorkingEpochDays(epochDay + 1, LAST) < n)
    return Result.fail(new Holidays.YearOutOfRange({ year: Holidays.lastYear + 1 }))
  return Result.succeed(unsafeAddWorkingDaysToEpochDay(epochDay, n))
}

/**
 * @deprecated Since 0.4.0: use {@link unsafeAddWorkingDaysToEpochDay} (same behaviour) or
 * {@link tryAddWorkingDaysToEpochDay}.
 * @since 0.1.0
 */
export const addWorkingDaysToEpochDay = unsafeAddWorkingDaysToEpochDay

/**
 * Working days `d` with `from < d ≤ to`; negative (the same count, negated)
 * when `to` is before `from`. Agrees with {@link unsafeAddWorkingDays}:
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
 *
 * @throws YearOutOfRange outside 1900–2100: use {@link tryWorkingDaysBetween} for input.
 * @since 0.4.0 (as `workingDaysBetween` since 0.1.0)
 */
export const unsafeWorkingDaysBetween = (from: LocalDate.LocalDate, to: LocalDate.LocalDate): number => {
  table()
  const a = unsafeIndexOf(LocalDate.toEpochDay(from))
  const b = unsafeIndexOf(LocalDate.toEpochDay(to))
  const p = prefix!
  return b >= a ? p[b + 1]! - p[a + 1]! : -(p[a + 1]! - p[b + 1]!)
}

/** {@link unsafeWorkingDaysBetween} as a `Result`: `YearOutOfRange` outside 1900–2100. @since 0.4.0 */
export const tryWorkingDaysBetween = (
  from: LocalDate.LocalDate,
  to: LocalDate.LocalDate
): Result.Result<number, Holidays.YearOutOfRange> => {
  const e = outside(LocalDate.toEpochDay(from)) ?? outside(LocalDate.toEpochDay(to))
  return e === undefined ? Result.succeed(unsafeWorkingDaysBetween(from, to)) : Result.fail(e)
}

/**
 * @deprecated Since 0.4.0: use {@link unsafeWorkingDaysBetween} (same behaviour) or {@link tryWorkingDaysBetween}.
 * @since 0.1.0
 */
export const workingDaysBetween = unsafeWorkingDaysBetween

/**
 * Working days of an inclusive range of epoch days, for batch statistics.
 *
 * @throws YearOutOfRange outside 1900–2100 (when the range is not empty): use {@link tryCountWorkingEpochDays}.
 * @since 0.4.0 (as `countWorkingEpochDays` since 0.1.0)
 */
export const unsafeCountWorkingEpochDays = (firstEpochDay: number, lastEpochDay: number): number => {
  table()
  if (lastEpochDay < firstEpochDay) return 0
  const p = prefix!
  return p[unsafeIndexOf(lastEpochDay) + 1]! - p[unsafeIndexOf(firstEpochDay)]!
}

/** {@link unsafeCountWorkingEpochDays} as a `Result`: `YearOutOfRange` outside 1900–2100. @since 0.4.0 */
export const tryCountWorkingEpochDays = (
  firstEpochDay: number,
  lastEpochDay: number
): Result.Result<number, Holidays.YearOutOfRange> => {
  if (lastEpochDay < firstEpochDay) return Result.succeed(0)
  const e = outside(firstEpochDay) ?? outside(lastEpochDay)
  return e === undefined ? Result.succeed(unsafeCountWorkingEpochDays(firstEpochDay, lastEpochDay)) : Result.fail(e)
}

/**
 * @deprecated Since 0.4.0: use {@link unsafeCountWorkingEpochDays} (same behaviour) or {@link tryCountWorkingEpochDays}.
 * @since 0.1.0
 */
export const countWorkingEpochDays = unsafeCountWorkingEpochDays
