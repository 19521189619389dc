/**
 * Which month an income counts for, from its payment date (Act 1412/1997 13 §; Kela: a wage paid on a month's last
 * banking day counts as the next month's income, kela.fi/social-assistance-assets-affecting and
 * kela.fi/toimeentulotuki-miten-tulot-ja-varat-vaikuttavat).
 *
 * Banking days are taken as the working days of `@osallistava/calendar` (Mon–Fri except public holidays, Christmas
 * Eve, Midsummer Eve, Independence Day and May Day), which are also the days Finnish banks do not settle payments.
 *
 * @since 0.1.0
 */
import type { Holidays } from "@osallistava/calendar"
import * as WorkingDays from "@osallistava/calendar/working-days"
import * as LocalDate from "@osallistava/core/local-date"
import * as Result from "effect/Result"
import type { IncomeTiming } from "./application.js"

/** @since 0.1.0 */
export type Timing = typeof IncomeTiming.Type

/**
 * Whether `date` is the last working (banking) day of its month: a working day with no working day after it in the
 * same month. Only days of `date`'s own month are looked at, so every date of the calendar's years (1900–2100) has an
 * answer, 2100-12-31 included.
 *
 * @example
 * ```ts
 * import { LocalDate } from "@osallistava/core"
 * import { PaymentTiming } from "@osallistava/social-assistance"
 * PaymentTiming.tryIsLastWorkingDayOfMonth(LocalDate.unsafeFrom("2026-07-31")) // Result.succeed(true) (a Friday)
 * ```
 * @since 0.4.0
 */
export const tryIsLastWorkingDayOfMonth = (
  date: LocalDate.LocalDate
): Result.Result<boolean, Holidays.YearOutOfRange> => {
  const epochDay = LocalDate.toEpochDay(date)
  const first = WorkingDays.tryIsWorkingEpochDay(epochDay)
  if (Result.isFailure(first) || !first.success) return first
  const end = epochDay + LocalDate.daysInMonthOf(LocalDate.year(date), LocalDate.month(date)) - LocalDate.day(date)
  for (let d = epochDay + 1; d <= end; d++) {
    const w = WorkingDays.tryIsWorkingEpochDay(d)
    if (Result.isFailure(w)) return w
    if (w.success) return Result.succeed(false)
  }
  return first
}

/**
 * {@link tryIsLastWorkingDayOfMonth} that throws.
 *
 * @throws YearOutOfRange outside the calendar's years 1900–2100: use {@link tryIsLastWorkingDayOfMonth} for input.
 * @since 0.4.0 (as `isLastWorkingDayOfMonth` since 0.1.0)
 */
export const unsafeIsLastWorkingDayOfMonth = (date: string): boolean =>
  Result.getOrThrow(tryIsLastWorkingDayOfMonth(date as LocalDate.LocalDate))

/**
 * @deprecated Since 0.4.0: use {@link unsafeIsLastWorkingDayOfMonth} (same behaviour) or
 * {@link tryIsLastWorkingDayOfMonth} (a `Result`).
 * @since 0.1.0
 */
export const isLastWorkingDayOfMonth = unsafeIsLastWorkingDayOfMonth

const previousMonth = (month: string): string => {
  const y = Number(month.slice(0, 4))
  const m = Number(month.slice(5, 7))
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`
}

/**
 * The timing of an income paid on `paidOn` in the application for `month`, or `undefined` if it was paid after the
 * month (not income of this month), before 2000 or after the calendar's last year (outside the calendar's use here;
 * the calculator then fails at the income's `paidOn` with `paid-by-end-of-month`).
 * `earned`: the last-banking-day rule applies to wages and self-employment income.
 *
 * @since 0.1.0
 */
export const timingFromPaymentDate = (paidOn: string, month: string, earned: boolean): Timing | undefined => {
  if (paidOn < "2000-01-01") return undefined
  const paidMonth = paidOn.slice(0, 7)
  if (paidMonth > month) return undefined
  let last = false
  if (earned) {
    const r = tryIsLastWorkingDayOfMonth(paidOn as LocalDate.LocalDate)
    // Outside the calendar's years (or not a date: the Schema lets neither through): not a payment date to time.
    if (Result.isFailure(r)) return undefined
    last = r.success
  }
  if (paidMonth === month) return last ? "thisMonthsLastWorkingDay" : "thisMonth"
  if (paidMonth === previousMonth(month) && last) return "previousMonthsLastWorkingDay"
  return "earlierMonthNotYetCounted"
}
