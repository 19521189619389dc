/**
 * Statutory time limits (määräajat) under Act 150/1930 on computing time limits.
 *
 * - § 2: a limit of N days after a named day does not count that day.
 * - § 3: a limit in months ends on the day with the same number; if the month
 *   has no such day, on its last day (core's `LocalDate.tryAddMonths`, rule `clamp`).
 * - § 5: when the last day is a Sunday or other pyhäpäivä, Independence Day,
 *   May Day, Christmas or Midsummer Eve or a Saturday, the limit ends on the next
 *   working day.
 *
 * @since 0.1.0
 */
import { LocalDate, RuleViolation } from "@osallistava/core"
import * as Result from "effect/Result"
import { attempt, type LimitError } from "./attempt.js"
import * as Holidays from "./holidays.js"
import { YearOutOfRange } from "./holidays.js"
import * as StatutoryLimits from "./statutory-limits.js"
import * as WorkingDays from "./working-days.js"

/**
 * Moves a last day that is not a working day to the next working day (§ 5).
 *
 * @throws YearOutOfRange outside 1900–2100: use {@link tryAdjustToWorkingDay} for input.
 * @since 0.4.0 (as `adjustToWorkingDay` since 0.1.0)
 */
export const unsafeAdjustToWorkingDay = WorkingDays.unsafeOnOrNextWorkingDay

/** {@link unsafeAdjustToWorkingDay} as a `Result`: `YearOutOfRange` outside 1900–2100. @since 0.4.0 */
export const tryAdjustToWorkingDay = WorkingDays.tryOnOrNextWorkingDay

/**
 * @deprecated Since 0.4.0: use {@link unsafeAdjustToWorkingDay} (same behaviour) or {@link tryAdjustToWorkingDay}.
 * @since 0.1.0
 */
export const adjustToWorkingDay = unsafeAdjustToWorkingDay

/**
 * The last day of a limit of `days` calendar days after `start` (§ 2: `start`
 * not counted), moved to the next working day when needed (§ 5).
 *
 * @example
 * ```ts
 * import { LocalDate } from "@osallistava/core"
 * import { TimeLimits } from "@osallistava/calendar"
 * TimeLimits.unsafeAfterDays(LocalDate.unsafeFrom("2026-12-10"), 14) // "2026-12-28": 24 Dec is Christmas Eve, then holidays and a weekend
 * ```
 * @since 0.1.0
 */
export const unsafeAfterDays = (start: LocalDate.LocalDate, days: number): LocalDate.LocalDate => {
  const r = tryAfterDays(start, days)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * {@link unsafeAfterDays} as a `Result`: `RuleViolation` (rule
 * `non-negative-integer`, at `days`) for a count that is not a whole number ≥ 0,
 * `YearOutOfRange` when the last day is outside 1900–2100.
 *
 * @since 0.2.0
 */
export const tryAfterDays = (
  start: LocalDate.LocalDate,
  days: number
): Result.Result<LocalDate.LocalDate, RuleViolation | YearOutOfRange> =>
  !Number.isInteger(days) || days < 0
    ? Result.fail(
        new RuleViolation({ at: "days", rule: "non-negative-integer", detail: "Expected a whole number of days ≥ 0" })
      )
    : adjusted(LocalDate.addDays(start, days))

/**
 * @deprecated Since 0.2.0: use {@link unsafeAfterDays} (same behaviour) or {@link tryAfterDays} (a `Result`).
 * @since 0.1.0
 */
export const afterDays = unsafeAfterDays

const adjusted = (last: LocalDate.LocalDate): Result.Result<LocalDate.LocalDate, RuleViolation | YearOutOfRange> => {
  const y = LocalDate.year(last)
  if (y < Holidays.firstYear || y > Holidays.lastYear) return Result.fail(new YearOutOfRange({ year: y }))
  // § 5: a last day that is not a working day moves to the next one (which may fall past the table).
  return Result.flatMap(WorkingDays.tryIsWorkingDay(last), (working) =>
    working ? Result.succeed(last) : WorkingDays.tryAddWorkingDays(last, 1)
  )
}

/**
 * The last day of a limit of `months` months after `start` (§ 3), moved to the
 * next working day when needed (§ 5). `monthEnd` says what 31 January + 1 month
 * is: `clamp` (default, § 3: 28/29 February) or `overflow` (3/2 March).
 *
 * @example
 * ```ts
 * import { LocalDate } from "@osallistava/core"
 * import { TimeLimits } from "@osallistava/calendar"
 * // 3 months to find a cheaper home, from 30 Nov 2026: 28 Feb 2027 is a Sunday → 1 Mar 2027
 * TimeLimits.unsafeAfterMonths(LocalDate.unsafeFrom("2026-11-30"), 3) // "2027-03-01"
 * ```
 * @since 0.1.0
 */
export const unsafeAfterMonths = (
  start: LocalDate.LocalDate,
  months: number,
  monthEnd: LocalDate.MonthEndRule = "clamp"
): LocalDate.LocalDate => {
  const r = tryAfterMonths(start, months, monthEnd)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * {@link unsafeAfterMonths} as a `Result`: `RuleViolation` (rule
 * `non-negative-integer`, at `months`) for a count that is not a whole number ≥ 0,
 * `YearOutOfRange` when the last day is outside 1900–2100.
 *
 * @since 0.2.0
 */
export const tryAfterMonths = (
  start: LocalDate.LocalDate,
  months: number,
  monthEnd: LocalDate.MonthEndRule = "clamp"
): Result.Result<LocalDate.LocalDate, RuleViolation | YearOutOfRange> =>
  !Number.isInteger(months) || months < 0 || months > 12 * 200
    ? Result.fail(
        new RuleViolation({
          at: "months",
          rule: "non-negative-integer",
          detail: "Expected a whole number of months ≥ 0"
        })
      )
    : Result.flatMap(LocalDate.tryAddMonths(start, months, monthEnd), adjusted)

/**
 * @deprecated Since 0.2.0: use {@link unsafeAfterMonths} (same behaviour) or {@link tryAfterMonths} (a `Result`).
 * @since 0.1.0
 */
export const afterMonths = unsafeAfterMonths

/**
 * The `n`-th working day after `start` (`start` not counted). Already a working
 * day, so § 5 never moves it.
 *
 * @throws RuleViolation when `n` is not a whole number ≥ 0; YearOutOfRange past 2100.
 * @since 0.4.0 (as `afterWorkingDays` since 0.1.0)
 */
export const unsafeAfterWorkingDays = (start: LocalDate.LocalDate, n: number): LocalDate.LocalDate =>
  WorkingDays.unsafeAddWorkingDays(start, n)

/** {@link unsafeAfterWorkingDays} as a `Result` (the failures of `WorkingDays.tryAddWorkingDays`). @since 0.4.0 */
export const tryAfterWorkingDays = WorkingDays.tryAddWorkingDays

/**
 * @deprecated Since 0.4.0: use {@link unsafeAfterWorkingDays} (same behaviour) or {@link tryAfterWorkingDays}.
 * @since 0.1.0
 */
export const afterWorkingDays = unsafeAfterWorkingDays

/**
 * How an application that arrives on a non-working day is treated.
 *
 * - `as-received` (default): the actual day of arrival (hallintolaki 434/2003 18 § 1 mom.
 *   and 20 §; 13/2003 10 § for electronic messages); 150/1930 2 § leaves that day out.
 * - `next-working-day`: it counts as arriving on the next working day, Kela's published
 *   practice (partner FAQ kela.fi/yhteistyokumppanit-toimeentulotuki-usein-kysyttya),
 *   one working day more than the statute allows (docs/calendar/README.md).
 *
 * @since 0.1.0
 */
export type NonWorkingArrival = "next-working-day" | "as-received"

/**
 * Last day for the decision on basic social assistance: the 7th working day
 * counted from the day after a complete application arrives (toimeentulotukilaki
 * 1412/1997 14 a § 1 mom. from 2023 (1023/2022), 14 c § 1 mom. in 2017–2022
 * (815/2015)). The same rule as `StatutoryLimits.socialAssistanceDecision`, which
 * also returns the provision; this is its date only. Since 0.2.0 an arrival on a
 * non-working day counts from the actual day by default (Saturday 7.3.2026 →
 * Tue 17.3.2026); pass `"next-working-day"` for Kela's count (Wed 18.3.2026).
 *
 * @example
 * ```ts
 * import { LocalDate } from "@osallistava/core"
 * import { TimeLimits } from "@osallistava/calendar"
 * TimeLimits.unsafeKelaBasicAssistanceDecisionDeadline(LocalDate.unsafeFrom("2026-12-21")) // "2027-01-04"
 * ```
 * @throws YearOutOfRange outside 1900–2100: use {@link tryKelaBasicAssistanceDecisionDeadline} for input.
 * @since 0.4.0 (as `kelaBasicAssistanceDecisionDeadline` since 0.1.0)
 */
export const unsafeKelaBasicAssistanceDecisionDeadline = (
  arrived: LocalDate.LocalDate,
  arrivalOnNonWorkingDay: NonWorkingArrival = "as-received"
): LocalDate.LocalDate =>
  StatutoryLimits.unsafeSocialAssistanceDecisionDue(arrived, {
    arrival: arrivalOnNonWorkingDay === "next-working-day" ? "kela-practice" : "statute"
  })

/**
 * {@link unsafeKelaBasicAssistanceDecisionDeadline} as a `Result`:
 * `YearOutOfRange` outside 1900–2100.
 *
 * @since 0.4.0
 */
export const tryKelaBasicAssistanceDecisionDeadline = (
  arrived: LocalDate.LocalDate,
  arrivalOnNonWorkingDay: NonWorkingArrival = "as-received"
): Result.Result<LocalDate.LocalDate, LimitError> =>
  attempt(() => unsafeKelaBasicAssistanceDecisionDeadline(arrived, arrivalOnNonWorkingDay))

/**
 * @deprecated Since 0.4.0: use {@link unsafeKelaBasicAssistanceDecisionDeadline} (same behaviour) or
 * {@link tryKelaBasicAssistanceDecisionDeadline}.
 * @since 0.1.0
 */
export const kelaBasicAssistanceDecisionDeadline = unsafeKelaBasicAssistanceDecisionDeadline
