/**
 * `osallistava calendar holidays|deadline`: Finnish public holidays and
 * statutory time limits (Act 150/1930) from `@osallistava/calendar`.
 *
 * @since 0.1.0
 */
import { Holidays, StatutoryLimits, TimeLimits, WorkingDays } from "@osallistava/calendar"
import { type Language, LocalDate, Localized, StatuteNumbering } from "@osallistava/core"
import * as Result from "effect/Result"
import { type Command, ExitCode, refuse, UsageError } from "../command.js"
import { calendar, date, errorLanguage, text, timeLimitsAct, usageError, weekdays } from "../messages.js"

const parseYear = (text: string | undefined, name: string, l: Language): Result.Result<number, UsageError> => {
  if (text === undefined || !/^\d{4}$/.test(text))
    return Result.fail(new UsageError(usageError("year", l, { option: name })))
  const year = Number(text)
  return year < Holidays.firstYear || year > Holidays.lastYear
    ? Result.fail(outsideTables(name, l))
    : Result.succeed(year)
}

const outsideTables = (option: string, l: Language): UsageError =>
  new UsageError(usageError("yearRange", l, { option, first: Holidays.firstYear, last: Holidays.lastYear }))

const parseDate = (
  text: string | undefined,
  name: string,
  l: Language
): Result.Result<LocalDate.LocalDate, UsageError> =>
  text === undefined || !LocalDate.isLocalDate(text)
    ? Result.fail(new UsageError(usageError("date", l, { option: name })))
    : Result.succeed(text)

const parseCount = (text: string, name: string, l: Language): Result.Result<number, UsageError> =>
  /^\d{1,4}$/.test(text)
    ? Result.succeed(Number(text))
    : Result.fail(new UsageError(usageError("wholeNumberRange", l, { option: `--${name}`, min: 0, max: 9999 })))

/** A time limit's last day, or a usage error when it falls outside the holiday tables (never an internal error). */
const inCalendar = <A>(r: Result.Result<A, unknown>, l: Language): Result.Result<A, UsageError> =>
  Result.isSuccess(r) ? Result.succeed(r.success) : Result.fail(outsideTables("start-date", l))

const dayName = (date: LocalDate.LocalDate, language: Language): string =>
  text(weekdays, String(LocalDate.dayOfWeek(date)) as keyof typeof weekdays, language)

/** `calendar holidays <year> [<last-year>]` @since 0.1.0 */
export const holidays: Command = {
  path: ["calendar", "holidays"],
  summary: "List Finnish public holidays (and the eves that are not working days) of a year",
  usage: "osallistava calendar holidays <year> [<last-year>] [--public-only]",
  description:
    "Public holidays under the Church Act and Acts 388/1937 and 150/1930 § 5, with Midsummer, Christmas Eve and the other days on which no statutory time limit ends. Tables cover 1900–2100.",
  examples: [
    "osallistava calendar holidays 2026 --format text --lang sv",
    "osallistava calendar holidays 2026 2027 --public-only"
  ],
  options: {
    "public-only": { type: "boolean", description: "Only public holidays (pyhäpäivät), not the eves" }
  },
  run: async (context) => {
    const errors = errorLanguage(context)
    const firstYear = parseYear(context.args[0], "year", errors)
    if (Result.isFailure(firstYear)) return refuse(context, firstYear.failure)
    const first = firstYear.success
    const lastYear = context.args[1] === undefined ? firstYear : parseYear(context.args[1], "last-year", errors)
    if (Result.isFailure(lastYear)) return refuse(context, lastYear.failure)
    const last = lastYear.success
    if (last < first)
      return refuse(
        context,
        new UsageError(usageError("lastBeforeFirst", errors, { option: "last-year", other: "year" }))
      )
    if (last - first > 200)
      return refuse(context, new UsageError(usageError("tooManyYears", errors, { option: "last-year", max: 200 })))
    const publicOnly = context.options["public-only"] === true
    const rows: Array<Holidays.Holiday> = []
    for (let year = first; year <= last; year++) {
      const list = inCalendar(publicOnly ? Holidays.tryPublicHolidaysOf(year) : Holidays.tryOf(year), errors)
      if (Result.isFailure(list)) return refuse(context, list.failure)
      rows.push(...list.success)
    }
    if (context.format === "text") {
      const lines = rows.map(
        (h) =>
          `${date(h.date, context.language).padEnd(10)} ${dayName(h.date, context.language).padEnd(3)} ${Localized.get(h.name, context.language)}${h.kind === "eve" ? " *" : ""}`
      )
      const note = publicOnly
        ? []
        : ["", text(calendar, "eveNote", context.language, { ref: timeLimitsAct("5", context.language) })]
      await context.stdout.write(`${[...lines, ...note].join("\n")}\n`)
    } else {
      await context.stdout.write(
        `${JSON.stringify(
          rows.map((h) => ({ date: h.date, id: h.id, kind: h.kind, name: h.name })),
          null,
          2
        )}\n`
      )
    }
    return ExitCode.ok
  }
}

/** `calendar deadline <start> --days|--months|--working-days N` @since 0.1.0 */
export const deadline: Command = {
  path: ["calendar", "deadline"],
  summary: "Compute a statutory deadline (Act 150/1930) or Kela's decision deadline",
  usage: "osallistava calendar deadline <start-date> (--days N | --months N | --working-days N | --kela-decision)",
  description: [
    "The start day is not counted (Act 150/1930 § 2). A limit in months ends on the day with the same number, or the month's last day (§ 3).",
    "A last day on a Saturday, Sunday, public holiday, Independence Day, May Day, Christmas Eve or Midsummer Eve moves to the next working day (§ 5).",
    "--kela-decision: the 7th working day after a complete application arrives (Act 1412/1997 § 14 a from 2023, § 14 c as amended by 815/2015 in 2017–2022); an application arriving on a non-working day counts from its own day (hallintolaki 434/2003 § 18; docs/calendar/README.md)."
  ].join("\n"),
  examples: [
    "osallistava calendar deadline 2026-12-10 --days 14",
    "osallistava calendar deadline 2026-11-30 --months 3 --format text --lang en",
    "osallistava calendar deadline 2026-12-21 --kela-decision"
  ],
  options: {
    days: { type: "string", description: "A limit of N calendar days" },
    months: { type: "string", description: "A limit of N months" },
    "working-days": { type: "string", description: "The N-th working day after the start" },
    "kela-decision": {
      type: "boolean",
      description: "Kela's 7-working-day decision deadline (Act 1412/1997 § 14 a; § 14 c before 2023)"
    }
  },
  run: async (context) => {
    const errors = errorLanguage(context)
    const startDate = parseDate(context.args[0], "start-date", errors)
    if (Result.isFailure(startDate)) return refuse(context, startDate.failure)
    const start = startDate.success
    const chosen = (["days", "months", "working-days", "kela-decision"] as const).filter(
      (k) => context.options[k] !== undefined && context.options[k] !== false
    )
    if (chosen.length !== 1)
      return refuse(
        context,
        new UsageError(
          usageError("exactlyOne", errors, { options: "--days, --months, --working-days, --kela-decision" })
        )
      )
    const kind = chosen[0] as (typeof chosen)[number]
    let unadjusted: LocalDate.LocalDate
    let result: LocalDate.LocalDate
    let basis: string
    let localBasis: Localized.Localized
    let count: number | undefined
    const countOf = (name: "days" | "months" | "working-days") =>
      parseCount(String(context.options[name]), name, errors)
    switch (kind) {
      case "days": {
        const n = countOf("days")
        if (Result.isFailure(n)) return refuse(context, n.failure)
        count = n.success
        unadjusted = LocalDate.addDays(start, count)
        const r = inCalendar(TimeLimits.tryAfterDays(start, count), errors)
        if (Result.isFailure(r)) return refuse(context, r.failure)
        result = r.success
        basis = "Act 150/1930 §§ 2, 5"
        localBasis = Localized.byLanguage((l) => timeLimitsAct("2", l))
        break
      }
      case "months": {
        const n = countOf("months")
        if (Result.isFailure(n)) return refuse(context, n.failure)
        count = n.success
        const r = inCalendar(TimeLimits.tryAfterMonths(start, count), errors)
        if (Result.isFailure(r)) return refuse(context, r.failure)
        const u = inCalendar(LocalDate.tryAddMonths(start, count), errors)
        if (Result.isFailure(u)) return refuse(context, u.failure)
        unadjusted = u.success
        result = r.success
        basis = "Act 150/1930 §§ 3, 5"
        localBasis = Localized.byLanguage((l) => timeLimitsAct("3", l))
        break
      }
      case "working-days": {
        const n = countOf("working-days")
        if (Result.isFailure(n)) return refuse(context, n.failure)
        count = n.success
        const r = inCalendar(TimeLimits.tryAfterWorkingDays(start, count), errors)
        if (Result.isFailure(r)) return refuse(context, r.failure)
        result = r.success
        unadjusted = result
        basis = "Act 150/1930 § 5 (working days)"
        localBasis = Localized.byLanguage((l) => text(calendar, "workingDays", l, { ref: timeLimitsAct("5", l) }))
        break
      }
      case "kela-decision": {
        // The rule, the provision and its wording on the arrival day (14 c § 1 mom. (815/2015) in 2017–2022, 14 a §
        // 1 mom. (1023/2022) from 2023) come from calendar's StatutoryLimits and core's StatuteNumbering, the same
        // as social-assistance, etotu and model use.
        if (Result.isFailure(StatuteNumbering.at("social-assistance/decision", start)))
          return refuse(
            context,
            new UsageError(
              usageError("kelaDecisionFrom", errors, { option: "start-date", date: date("2017-01-01", errors) })
            )
          )
        const r = inCalendar(StatutoryLimits.trySocialAssistanceDecision(start), errors)
        if (Result.isFailure(r)) return refuse(context, r.failure)
        const d = r.success
        result = d.due
        unadjusted = result
        basis = StatutoryLimits.citation(d, "en")
        localBasis = Localized.byLanguage((language) => StatutoryLimits.citation(d, language))
        break
      }
    }
    const moved = unadjusted !== result
    const between = inCalendar(WorkingDays.tryWorkingDaysBetween(start, result), errors)
    if (Result.isFailure(between)) return refuse(context, between.failure)
    const json = {
      start,
      kind,
      ...(count === undefined ? {} : { count }),
      deadline: result,
      weekday: LocalDate.dayOfWeek(result),
      movedFrom: moved ? unadjusted : null,
      workingDaysFromStart: between.success,
      basis
    }
    if (context.format === "text") {
      const l = context.language
      const ends = text(calendar, "deadlineEnds", l, { date: date(result, l), weekday: dayName(result, l) })
      const movedText = moved
        ? ` ${text(calendar, "movedFrom", l, { date: date(unadjusted, l), ref: timeLimitsAct("5", l) })}`
        : ""
      await context.stdout.write(`${ends}${movedText}. ${Localized.get(localBasis, l)}\n`)
    } else {
      await context.stdout.write(`${JSON.stringify(json, null, 2)}\n`)
    }
    return ExitCode.ok
  }
}

/** @since 0.1.0 */
export const calendarCommands: ReadonlyArray<Command> = [holidays, deadline]
