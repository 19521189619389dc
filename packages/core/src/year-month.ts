/**
 * Year-months (`"2026-03"`): the period of a monthly benefit such as basic
 * social assistance, which Kela computes per calendar month.
 *
 * @since 0.1.0
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { RuleViolation } from "./errors.js"
import * as LocalDate from "./local-date.js"

const PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/

/**
 * A calendar month in ISO 8601 form, `YYYY-MM`.
 *
 * @since 0.1.0
 */
export const YearMonth = /* @__PURE__ */ Schema.String.pipe(
  /* @__PURE__ */ Schema.check(
    /* @__PURE__ */ Schema.isPattern(PATTERN, {
      message: "Expected a year-month YYYY-MM",
      title: "YearMonth",
      description: "A calendar month YYYY-MM"
    })
  ),
  /* @__PURE__ */ Schema.brand("YearMonth")
)

/** @since 0.1.0 */
export type YearMonth = typeof YearMonth.Type

/** @since 0.1.0 */
export const isYearMonth = (u: unknown): u is YearMonth => typeof u === "string" && PATTERN.test(u)

const validParts = (year: number, month: number): boolean =>
  Number.isInteger(year) && year >= 1 && year <= 9999 && Number.isInteger(month) && month >= 1 && month <= 12

const textOf = (year: number, month: number): YearMonth =>
  `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}` as YearMonth

const noSuchMonth = (at: string) =>
  new RuleViolation({ at, rule: "year-month", detail: "Expected a month YYYY-MM (month 1–12, year 1–9999)" })

/**
 * A year-month from its parts; fails with rule `year-month` for a month
 * outside 1–12 or a year outside 1–9999.
 *
 * @since 0.2.0
 */
export const fromParts = (year: number, month: number, at = "(month)"): Result.Result<YearMonth, RuleViolation> =>
  validParts(year, month) ? Result.succeed(textOf(year, month)) : Result.fail(noSuchMonth(at))

/**
 * Parses `YYYY-MM`; fails with rule `year-month` naming the field (`at`), never the text.
 *
 * @since 0.2.0
 */
export const parse = (text: string, at = "(month)"): Result.Result<YearMonth, RuleViolation> =>
  PATTERN.test(text) ? Result.succeed(text as YearMonth) : Result.fail(noSuchMonth(at))

/**
 * A year-month from parts known to be valid.
 *
 * @throws RangeError for a month outside 1–12: use {@link fromParts} for input.
 * @since 0.2.0
 */
export const unsafeMake = (year: number, month: number): YearMonth => {
  if (!validParts(year, month)) throw new RangeError("No such year-month (expected month 1–12, year 1–9999)")
  return textOf(year, month)
}

/**
 * @deprecated Since 0.2.0: use {@link unsafeMake} (same behaviour) or {@link fromParts} (a `Result`).
 * @since 0.1.0
 */
export const make = unsafeMake

/**
 * Parses a year-month, throwing on invalid input. For literals in code and
 * tests; use {@link parse} or the {@link YearMonth} schema for input.
 *
 * @throws RangeError when the text is not YYYY-MM (the message does not repeat it).
 * @since 0.1.0
 */
export const unsafeFrom = (text: string): YearMonth => {
  if (!PATTERN.test(text)) throw new RangeError("No such year-month (expected YYYY-MM)")
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
export const lastDay = (ym: YearMonth): LocalDate.LocalDate =>
  LocalDate.unsafeMake(year(ym), month(ym), daysInMonth(ym))

/** @since 0.1.0 */
export const daysInMonth = (ym: YearMonth): number => LocalDate.daysInMonthOf(year(ym), month(ym))

const shifted = (ym: YearMonth, months: number): YearMonth | undefined => {
  if (!Number.isSafeInteger(months)) return undefined
  const index = year(ym) * 12 + (month(ym) - 1) + months
  const y = Math.floor(index / 12)
  const m = index - y * 12 + 1
  return validParts(y, m) ? textOf(y, m) : undefined
}

const outOfRange = (at: string) =>
  new RuleViolation({
    at,
    rule: "date-in-range",
    detail: "Expected a whole number of months that gives a month in years 0001–9999"
  })

/**
 * Adds `months` (negative: earlier); fails with rule `date-in-range` (at
 * `at`, default `months`) when `months` is not a whole number or the result
 * falls outside years 0001–9999.
 *
 * @example
 * ```ts
 * import { YearMonth } from "@osallistava/core"
 * YearMonth.tryAddMonths(YearMonth.unsafeFrom("2025-11"), 3) // Result.succeed("2026-02")
 * ```
 * @since 0.2.0
 */
export const tryAddMonths = (ym: YearMonth, months: number, at = "months"): Result.Result<YearMonth, RuleViolation> => {
  const r = shifted(ym, months)
  return r === undefined ? Result.fail(outOfRange(at)) : Result.succeed(r)
}

/**
 * {@link tryAddMonths} for counts known to stay in years 0001–9999.
 *
 * @throws RangeError when `months` is not a whole number or the result is outside years 0001–9999.
 * @since 0.2.0
 */
export const unsafeAddMonths = (ym: YearMonth, months: number): YearMonth => {
  const r = shifted(ym, months)
  if (r === undefined) throw new RangeError("Month arithmetic out of range (expected a month in years 0001–9999)")
  return r
}

/**
 * @deprecated Since 0.2.0: use {@link unsafeAddMonths} (same behaviour) or {@link tryAddMonths} (a `Result`).
 * @since 0.1.0
 */
export const addMonths = unsafeAddMonths

/**
 * The month after `ym`; fails with rule `date-in-range` after 9999-12.
 *
 * @since 0.2.0
 */
export const tryNext = (ym: YearMonth, at = "month"): Result.Result<YearMonth, RuleViolation> => tryAddMonths(ym, 1, at)

/**
 * The month before `ym`; fails with rule `date-in-range` before 0001-01.
 *
 * @since 0.2.0
 */
export const tryPrevious = (ym: YearMonth, at = "month"): Result.Result<YearMonth, RuleViolation> =>
  tryAddMonths(ym, -1, at)

/**
 * @throws RangeError for 9999-12: use {@link tryNext}.
 * @since 0.2.0
 */
export const unsafeNext = (ym: YearMonth): YearMonth => unsafeAddMonths(ym, 1)

/**
 * @throws RangeError for 0001-01 (and 0000-…): use {@link tryPrevious}.
 * @since 0.2.0
 */
export const unsafePrevious = (ym: YearMonth): YearMonth => unsafeAddMonths(ym, -1)

/**
 * @deprecated Since 0.2.0: use {@link unsafeNext} (same behaviour) or {@link tryNext} (a `Result`).
 * @since 0.1.0
 */
export const next = unsafeNext

/**
 * @deprecated Since 0.2.0: use {@link unsafePrevious} (same behaviour) or {@link tryPrevious} (a `Result`).
 * @since 0.1.0
 */
export const previous = unsafePrevious

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
  // Month indexes from `from` to `to`: every one lies between two valid months, so no step can leave the calendar
  // (stepping with next would throw after to = 9999-12).
  const out: Array<YearMonth> = []
  const first = year(from) * 12 + month(from) - 1
  const last = year(to) * 12 + month(to) - 1
  for (let i = first; i <= last; i++) out.push(textOf(Math.floor(i / 12), (i % 12) + 1))
  return out
}

/**
 * Whether `date` falls in `ym`.
 *
 * @since 0.1.0
 */
export const contains = (ym: YearMonth, date: LocalDate.LocalDate): boolean => date.startsWith(ym)
