/**
 * `osallistava social-assistance parameters [--month YYYY-MM]`: every parameter of basic social assistance in force
 * in a month (`@osallistava/social-assistance`'s dated tables), with its value, validity, source and evidence grade.
 * A month after the last confirmed parameters lists them as not confirmed, with the last month they are known for.
 *
 * @since 0.3.0
 */
import { type Language, LocalDate, Money, ReductionGround } from "@osallistava/core"
import { Engine, Labels, Parameters } from "@osallistava/social-assistance"
import * as Result from "effect/Result"
import { type Command, ExitCode, refuse, UsageError } from "../command.js"
import { date, errorLanguage, month, parameters as P, text } from "../messages.js"

type Key = keyof typeof P

const money = (cents: number, l: Language) => Money.format(Money.unsafeCents(cents), l)
const pct = (p: number, l: Language) => {
  const s = Money.percentageToString(p as Money.Percentage)
  return `${l === "en" ? s : s.replace(".", ",")} %`
}
const points = (p: number, l: Language) => pct(p, l).replace(" %", "")

/** The value of one dated entry as people read it; the tables' shapes are the social-assistance package's. */
const valueText = (name: string, v: unknown, l: Language): string => {
  const o = v as Record<string, unknown>
  switch (name) {
    case "basicAmountSingle":
      return money(v as number, l)
    case "categoryPercentages": {
      const cats = ["livingAlone", "singleParent", "otherAdult", "adultWithParents", "child10to17", "childUnder10"]
      const parts = cats.map((c) => `${Labels.categoryLabels[c]![l]} ${pct(o[c] as number, l)}`)
      const steps = text(P, "siblingSteps", l, {
        second: points(o["secondChildStep"] as number, l),
        later: points(o["laterChildStep"] as number, l)
      })
      return `${parts.join(", ")}; ${steps}`
    }
    case "earnedIncomeDisregard": {
      const max = money(o["maximum"] as number, l)
      const rule = text(P, o["rule"] === "firstAmount" ? "firstAmount" : "twentyPercentMax", l, { max })
      if (o["adultsIncluded"] === true) return rule
      return `${rule} (${text(P, o["carersFeeIncluded"] === true ? "under18AndCarersFee" : "under18Only", l)})`
    }
    case "minorAssistanceDisregard":
      return text(P, "personFamily", l, {
        person: money(o["singlePerson"] as number, l),
        family: money(o["family"] as number, l)
      })
    case "coeliacDietAllowance":
      return text(P, "fromAge", l, { amount: money(o["amount"] as number, l), age: o["minimumAge"] as number })
    case "movingAllowance":
      return text(P, "shortLong", l, { short: money(o["short"] as number, l), long: money(o["long"] as number, l) })
    case "reductionRegimes": {
      const grounds = o["grounds"] as ReadonlyArray<{ ground: string; percentages: ReadonlyArray<number> }>
      const list = grounds.map((g) => {
        const label = (ReductionGround.labels as Record<string, Record<Language, string>>)[g.ground]?.[l] ?? g.ground
        return `${label} ${g.percentages.map((x) => `${x} %`).join("/")}`
      })
      return `${list.join("; ")}; ${text(P, "maxMonths", l, { months: o["maxMonths"] as number })}`
    }
    case "housingLimitRegimes":
      return o["annex"] === null
        ? text(P, "noDecreeLimit", l)
        : text(P, "annex", l, { annex: o["annex"] as string, months: o["directionMonths"] as number })
    case "kelaHousingNormPractice": {
      const norm = text(
        P,
        o["publicNorm"] === "all" ? "normAll" : o["publicNorm"] === "partial" ? "normPartial" : "normNone",
        l
      )
      return typeof o["tolerancePercent"] === "number"
        ? `${norm}, ${text(P, "tolerance", l, { percent: o["tolerancePercent"] })}`
        : norm
    }
    default:
      return JSON.stringify(v)
  }
}

interface Row {
  readonly parameter: string
  readonly inForce: boolean
  readonly entry?: Parameters.Dated<unknown>
  /** For a month after the last confirmed month: the last month the table is known for. */
  readonly lastKnownMonth?: string
  /** For a rule not in force in a confirmed month: the last day of its last earlier entry. */
  readonly endedOn?: string
}

/**
 * A table without a value for the month: after the last confirmed month (`Engine.lastKnownMonth()`) it is not
 * confirmed yet and names the last month it is known for; before that, the rule is simply not in force (it ended or
 * had not begun, e.g. the minor-income disregard after 2/2026), and the row names the end of its last entry if any.
 */
const rowsFor = (ym: string): ReadonlyArray<Row> => {
  const confirmedTo = Engine.lastKnownMonth()
  return Parameters.allTables.map((t) => {
    const r = Parameters.lookup(t, `${ym}-01`)
    if (Result.isSuccess(r)) return { parameter: t.name, inForce: true, entry: r.success }
    const ended: string | undefined =
      t.values.filter((v) => v.validTo !== null && v.validTo < `${ym}-01`).at(-1)?.validTo ?? undefined
    if (ym > confirmedTo && ended !== undefined && ended.slice(0, 7) >= confirmedTo)
      return { parameter: t.name, inForce: false, lastKnownMonth: ended.slice(0, 7) }
    return ended === undefined
      ? { parameter: t.name, inForce: false }
      : { parameter: t.name, inForce: false, endedOn: ended }
  })
}

const rowText = (row: Row, l: Language): string => {
  const name = row.parameter in P ? text(P, row.parameter as Key, l) : row.parameter
  if (row.entry === undefined)
    return `${name}: ${
      row.lastKnownMonth !== undefined
        ? text(P, "notInForceAfter", l, { month: month(row.lastKnownMonth, l) })
        : row.endedOn !== undefined
          ? text(P, "ended", l, { date: date(row.endedOn, l) })
          : text(P, "notInForce", l)
    }`
  const e = row.entry
  const validity = text(P, "validity", l, {
    from: date(e.validFrom, l),
    to: e.validTo === null ? text(P, "openEnded", l) : date(e.validTo, l)
  })
  return [
    `${name}: ${valueText(row.parameter, e.value, l)}`,
    `  ${validity}; ${text(P, "evidence", l)}: ${text(P, e.evidence, l)}`,
    `  ${text(P, "source", l)}: ${e.source}`
  ].join("\n")
}

/** `social-assistance parameters [--month YYYY-MM]` @since 0.3.0 */
export const parametersCommand: Command = {
  path: ["social-assistance", "parameters"],
  summary: "List every social assistance parameter in force in a month, with value, validity, source and evidence",
  usage: "osallistava social-assistance parameters [--month YYYY-MM] [--lang fi|sv|en] [--format json|text]",
  description: [
    "Prints each dated parameter of basic social assistance (Act 1412/1997) in force in the month (default: the",
    "current month in Helsinki): its value, the dates of the entry, its source and its evidence grade (C read in the",
    "source, D derived by arithmetic, I inferred and provisional). The municipal housing-cost limits are named by their",
    "annex. A month after the last confirmed parameters lists them as not confirmed, with the last month they are known",
    "for (`calculate --assume-law last-known` computes such a month provisionally). JSON output gives the raw values",
    "(amounts in cents, percentages in ten-thousandths of a per cent)."
  ].join("\n"),
  examples: [
    "osallistava social-assistance parameters --month 2026-06 --format text",
    "osallistava social-assistance parameters --month 2027-01 --lang sv --format text"
  ],
  options: {
    month: { type: "string", description: "The month YYYY-MM (from 2017-01); default the current month" }
  },
  run: async (context) => {
    const errors = errorLanguage(context)
    const given = context.options["month"]
    const ym = typeof given === "string" ? given : LocalDate.unsafeTodayInHelsinki().slice(0, 7)
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(ym) || ym < "2017-01")
      return refuse(context, new UsageError(text(P, "badMonth", errors, { option: "--month" })))
    const rows = rowsFor(ym)
    const l = context.language
    if (context.format === "text") {
      const head = text(P, "title", l, { month: month(ym, l) })
      await context.stdout.write(`${[head, "", ...rows.map((r) => rowText(r, l))].join("\n")}\n`)
    } else {
      await context.stdout.write(
        `${JSON.stringify(
          {
            month: ym,
            lastKnownMonth: Engine.lastKnownMonth(),
            parameters: rows.map((r) =>
              r.entry === undefined
                ? {
                    parameter: r.parameter,
                    inForce: false,
                    ...(r.lastKnownMonth === undefined ? {} : { lastKnownMonth: r.lastKnownMonth }),
                    ...(r.endedOn === undefined ? {} : { endedOn: r.endedOn })
                  }
                : {
                    parameter: r.parameter,
                    inForce: true,
                    value: r.entry.value,
                    validFrom: r.entry.validFrom,
                    validTo: r.entry.validTo,
                    source: r.entry.source,
                    evidence: r.entry.evidence,
                    provisional: r.entry.provisional
                  }
            )
          },
          null,
          2
        )}\n`
      )
    }
    return ExitCode.ok
  }
}
