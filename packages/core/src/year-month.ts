/**
 * Year-months (`"2026-03"`): the period of a monthly benefit such as basic
 * social assistance, which Kela computes per calendar month.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as LocalDate from "./local-date.js"

const PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/

/**
 * A calendar month in ISO 8601 form, `YYYY-MM`.
 *
 * @since 0.1.0
 */
export const YearMonth = Schema.String.pipe(
  Schema.check(
    Schema.isPattern(PATTERN, {
      message: "Expected a year-month YYYY-MM",
      title: "YearMonth",
      description: "A calendar month YYYY-MM"
    })
  ),
  Schema.brand("YearMonth")
)

/** @since 0.1.0 */
export type YearMonth = typeof YearMonth.Type

/** @since 0.1.0 */
export const isYearMonth = (u: unknown): u is YearMonth => typeof u === "string" && PATTERN.test(u)

/**
 * @throws RangeError for a month outside 1–12: use {@link YearMonth} to decode input.
 * @since 0.1.0
 */
export const make = (year: number, month: number): YearMonth => {
  if (!Number.isInteger(year) || year < 1 || year > 9999 || !Number.isInteger(month) || month < 1 || month > 12)
    throw new RangeError(`No such year-month: ${year}-${month}`)
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}` as YearMonth
}

/**
 * Parses a year-month, throwing on invalid input. For literals in code and tests.
 *
 * @since 0.1.0
 */
export const unsafeFrom = (text: string): YearMonth => {
  if (!PATTERN.test(text)) throw new RangeError(`No such year-month: ${text}`)
  return text as YearMonth
}

/** @since 0.1.0 */
export const year = (ym: YearMonth): number => Number(ym.slice(0, 4))
/** @since 0.1.0 */
export const month = (ym: YearMonth): number => Number(ym.slice(5, 7))

/** @since 0.1.0 */
export const fromLocalDate = (d: LocalDate.LocalDate): YearMonth => d.slice(0, 7) as YearMonth

/**
 * `"2026-03"` → `"2026-03-01"`.
 *
 * @since 0.1.0
 */
export const firstDay = (ym: YearMonth): LocalDate.LocalDate => `${ym}-01` as LocalDate.LocalDate

/**
 * `"2026-02"` → `"2026-02-28"`.
 *
 * @since 0.1.0
 */
export const lastDay = (ym: YearMonth): LocalDate.LocalDate => LocalDate.make(year(ym), month(ym), daysInMonth(ym))

/** @since 0.1.0 */
export const daysInMonth = (ym: YearMonth): number => LocalDate.daysInMonthOf(year(ym), month(ym))

/**
 * @example
 * ```ts
 * import { YearMonth } from "@osallistava/core"
 * YearMonth.addMonths(YearMonth.unsafeFrom("2025-11"), 3) // "2026-02"
 * ```
 * @since 0.1.0
 */
export const addMonths = (ym: YearMonth, months: number): YearMonth => {
  const index = year(ym) * 12 + (month(ym) - 1) + months
  return make(Math.floor(index / 12), (index % 12) + 1)
}

/** @since 0.1.0 */
export const next = (ym: YearMonth): YearMonth => addMonths(ym, 1)
/** @since 0.1.0 */
export const previous = (ym: YearMonth): YearMonth => addMonths(ym, -1)

/**
 * Months from `from` to `to` (negative if `to` is earlier).
 *
 * @since 0.1.0
 */
export const monthsBetween = (from: YearMonth, to: YearMonth): number =>
  year(to) * 12 + month(to) - (year(from) * 12 + month(from))

/** @since 0.1.0 */
export const compare = (a: YearMonth, b: YearMonth): -1 | 0 | 1 => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Every month from `from` to `to`, both included.
 *
 * @since 0.1.0
 */
export const range = (from: YearMonth, to: YearMonth): ReadonlyArray<YearMonth> => {
  const out: Array<YearMonth> = []
  for (let ym = from; ym <= to; ym = next(ym)) out.push(ym)
  return out
}

/**
 * Whether `date` falls in `ym`.
 *
 * @since 0.1.0
 */
export const contains = (ym: YearMonth, date: LocalDate.LocalDate): boolean => date.startsWith(ym)
