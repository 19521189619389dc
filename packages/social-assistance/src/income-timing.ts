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
import * as WorkingDays from "@osallistava/calendar/working-days"
import type { LocalDate } from "@osallistava/core"
import type { IncomeTiming } from "./application.js"

/** @since 0.1.0 */
export type Timing = typeof IncomeTiming.Type

/**
 * True if `date` is the last working (banking) day of its month.
 *
 * @since 0.1.0
 */
export const isLastWorkingDayOfMonth = (date: string): boolean =>
  WorkingDays.isWorkingDay(date as LocalDate.LocalDate) &&
  WorkingDays.nextWorkingDay(date as LocalDate.LocalDate).slice(0, 7) !== date.slice(0, 7)

const previousMonth = (month: string): string => {
  const y = Number(month.slice(0, 4))
  const m = Number(month.slice(5, 7))
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`
}

/**
 * The timing of an income paid on `paidOn` in the application for `month`, or `undefined` if it was paid after the
 * month (not income of this month) or before 2000 (outside the calendar's use here).
 * `earned`: the last-banking-day rule applies to wages and self-employment income.
 *
 * @since 0.1.0
 */
export const timingFromPaymentDate = (paidOn: string, month: string, earned: boolean): Timing | undefined => {
  if (paidOn < "2000-01-01") return undefined
  const paidMonth = paidOn.slice(0, 7)
  if (paidMonth > month) return undefined
  const last = earned && isLastWorkingDayOfMonth(paidOn)
  if (paidMonth === month) return last ? "thisMonthsLastWorkingDay" : "thisMonth"
  if (paidMonth === previousMonth(month) && last) return "previousMonthsLastWorkingDay"
  return "earlierMonthNotYetCounted"
}
