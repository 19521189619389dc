/**
 * `osallistava avain validate|score|report`: THL's AVAIN records from
 * `@osallistava/avain`. Records stream from a file or stdin (NDJSON, a JSON
 * array or CSV in the package's exchange format) one at a time. `validate`
 * checks every rule; `score` pairs start and evaluation records per plan;
 * `report` folds records into a constant-memory cohort report (the same
 * figures as `report(validate(inputs).records)` in the library).
 *
 * @since 0.1.0
 */
import {
  type AvainRecord,
  type AvainRuleViolation,
  formatReportText,
  fromCsvRow,
  indexCatalogSet,
  makeValidator,
  provisionalCatalogSet,
  type ReportFilters,
  reportBuilder,
  reportCharts,
  score
} from "@osallistava/avain"
import { errorLines, LocalDate } from "@osallistava/core"
import * as Result from "effect/Result"
import { inputOptions } from "../app.js"
import { invalid, type Outcome, ok } from "../batch.js"
import { type Command, type Context, ExitCode, refuse, UsageError } from "../command.js"
import type { Output } from "../io/output.js"
import { avain, batch, errorLanguage, issueLine as localIssue, text, usageError } from "../messages.js"
import { runRecords } from "../records.js"

const discard: Output = { write: async () => {} }

/** CSV rows arrive as header → string; the list cells (goals, …) are strings there, objects in JSON. */
const toInput = (value: unknown): unknown =>
  typeof value === "object" && value !== null && typeof (value as { goals?: unknown }).goals === "string"
    ? fromCsvRow(value as Record<string, string>)
    : value

const issueLine = (i: AvainRuleViolation) => errorLines(i)[0] ?? { at: i.at, message: i.rule }

const thresholdOption = {
  threshold: {
    type: "string",
    description:
      "Attainment level code counted as attained 'at least' (default: the catalog's, fairly-well = melko hyvin)"
  }
} as const

const parseThreshold = (context: Context): Result.Result<string | undefined, UsageError> => {
  const t = context.options["threshold"]
  if (t === undefined) return Result.succeed(undefined)
  const codes = provisionalCatalogSet.catalogs["attainment-level"].entries.map((e) => e.code)
  return typeof t === "string" && codes.includes(t)
    ? Result.succeed(t)
    : Result.fail(
        new UsageError(
          usageError("oneOf", errorLanguage(context), { option: "--threshold", choices: codes.join(", ") })
        )
      )
}

/**
 * Runs the validator over the input; `onValid` receives each record that
 * broke no per-record rule. Issues found later about earlier records (an
 * evaluation whose start came after it, or never came) go to stderr with the
 * record number, and make the exit code 2.
 */
const validateStream = async (
  context: Context,
  onValid: (record: AvainRecord, index: number) => Outcome
): Promise<number> => {
  const validator = makeValidator()
  const errors = errorLanguage(context)
  const positions: Array<number> = []
  const late: Array<AvainRuleViolation> = []
  const { exitCode } = await runRecords(context, (value, index): Outcome => {
    positions.push(index)
    const check = validator.add(toInput(value))
    const own: Array<AvainRuleViolation> = []
    const self = positions.length - 1
    for (const i of check.issues) (i.record === self ? own : late).push(i)
    if (own.length > 0 || check.record === undefined) return invalid(own.map((i) => localIssue(issueLine(i), errors)))
    return onValid(check.record, index)
  })
  late.push(...validator.finish())
  for (const i of late) {
    const line = localIssue(issueLine(i), errors)
    const where = text(batch, "record", errors, { n: positions[i.record] ?? i.record + 1 })
    await context.stderr.write(`${where}: ${line.at}: ${line.message}\n`)
  }
  return late.length > 0 ? ExitCode.badInput : exitCode
}

/** `avain validate` @since 0.1.0 */
export const validate: Command = {
  path: ["avain", "validate"],
  summary: "Validate AVAIN start and evaluation records (shapes, catalog codes, start/evaluation pairing)",
  usage: "osallistava avain validate [<file>|-] [--input-format ndjson|json|csv]",
  description: [
    "Checks each record against the AVAIN record format (formatVersion 2; version 1 is upgraded) and the rules: an evaluation needs its start,",
    "every evaluated goal exists at start with the same area, dates in order, codes valid in the catalog set in force on the record's date,",
    "no henkilötunnus anywhere. Good records print as {record, recordId, planId, phase}; each failure goes to stderr with record number,",
    "field path and rule. The catalogs are PROVISIONAL (THL's official code lists not yet loaded). Exit 2 if any record was bad."
  ].join("\n"),
  examples: ["osallistava avain validate records.ndjson", "osallistava avain validate export.csv --quiet"],
  options: { ...inputOptions },
  run: (context) =>
    validateStream(context, (r, index) =>
      ok(
        { record: index, recordId: r.recordId, planId: r.planId, phase: r.phase },
        `${index}\t${text(avain, "valid", context.language)}\t${r.recordId}`
      )
    )
}

/** `avain score` @since 0.1.0 */
export const scoreCommand: Command = {
  path: ["avain", "score"],
  summary: "Score each client plan: goal attainment per goal and overall, factor change, methods",
  usage: "osallistava avain score [<file>|-] [--threshold <level>]",
  description: [
    "Validates the records, pairs each plan's start and evaluation, and prints one score per plan (NDJSON):",
    "attainment per goal and overall against THL's threshold 'at least fairly well' (vähintään melko hyvin),",
    "situational factors supporting/hindering at start and evaluation and their change, methods planned and used.",
    "Bad records are reported on stderr and left out; exit 2 if any record was bad. Holds the valid records of the input in memory."
  ].join("\n"),
  examples: ["osallistava avain score records.ndjson", "osallistava avain score records.csv --format text --lang en"],
  options: { ...inputOptions, ...thresholdOption },
  run: async (context) => {
    const thresholdArg = parseThreshold(context)
    if (Result.isFailure(thresholdArg)) return refuse(context, thresholdArg.failure)
    const threshold = thresholdArg.success
    const records: Array<AvainRecord> = []
    const exitCode = await validateStream({ ...context, stdout: discard }, (r) => {
      records.push(r)
      return ok(null)
    })
    const l = context.language
    const labels = indexCatalogSet(provisionalCatalogSet)
    for (const s of score(records, threshold === undefined ? {} : { threshold })) {
      if (context.format === "text") {
        const goals = s.goals.map(
          (g) =>
            `${labels.label("goal-area", g.area, l)}: ${g.attainment === null ? text(avain, "notAssessed", l) : labels.label("attainment-level", g.attainment, l)}`
        )
        const attained = text(avain, "attained", l, {
          attained: s.attainment.attained,
          evaluated: s.attainment.evaluated
        })
        await context.stdout.write(`${s.planId}\t${text(avain, s.status, l)}\t${attained}\t${goals.join("; ")}\n`)
      } else await context.stdout.write(`${JSON.stringify(s)}\n`)
    }
    return exitCode
  }
}

const charts = ["goal-areas", "factors-supporting", "factors-hindering", "methods", "attainment"] as const

const parseFilters = (context: Context): Result.Result<ReportFilters, UsageError> => {
  const o = context.options
  const l = errorLanguage(context)
  const refused = (key: Parameters<typeof usageError>[0], values: Parameters<typeof usageError>[2]) =>
    Result.fail(new UsageError(usageError(key, l, values)))
  const isDate = (name: string): boolean => {
    const v = o[name]
    return v === undefined || (typeof v === "string" && LocalDate.isLocalDate(v))
  }
  if (!isDate("from")) return refused("date", { option: "--from" })
  if (!isDate("to")) return refused("date", { option: "--to" })
  const from = o["from"] as string | undefined
  const to = o["to"] as string | undefined
  const m = o["municipality"]
  const family = o["method-family"]
  const families = provisionalCatalogSet.catalogs["method-family"].entries.map((e) => e.code)
  if (family !== undefined && (typeof family !== "string" || !families.includes(family)))
    return refused("oneOf", { option: "--method-family", choices: families.join(", ") })
  const present = o["client-present"]
  if (present !== undefined && present !== "true" && present !== "false")
    return refused("trueOrFalse", { option: "--client-present" })
  if (typeof m === "string" && !/^\d{3}(,\d{3})*$/.test(m))
    return refused("municipalityCodes", { option: "--municipality" })
  return Result.succeed({
    ...(typeof m === "string" ? { municipalities: m.split(",") } : {}),
    ...(from !== undefined || to !== undefined
      ? { period: { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) } }
      : {}),
    ...(typeof family === "string" ? { methodFamily: family } : {}),
    ...(present === undefined ? {} : { clientPresent: present === "true" })
  })
}

/** `avain report` @since 0.1.0 */
export const reportCommand: Command = {
  path: ["avain", "report"],
  summary:
    "Cohort report: prevalence of goals, factors and methods; attainment per goal area with Wilson 95 % CI; attrition",
  usage:
    "osallistava avain report [<file>|-] [--municipality 837,297] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--method-family F] [--client-present true|false] [--min-cell N] [--chart goal-areas]",
  description: [
    "Streams the records into a constant-memory report (the shape of Kuvio 3–5 of THL's 2018 report): shares of clients with each goal area,",
    "supporting and hindering factor, method and service (numerator and denominator); attainment per goal area 'at least fairly well'",
    "with Wilson 95 % intervals; attainment with and without each method and family (descriptive, not causal); attrition.",
    "--period filters on the plan's start date. --format text prints tables in --lang fi|sv|en; --chart prints one SVG bar chart.",
    "The report says when provisional catalog codes are in use. Records breaking a rule are reported on stderr (exit 2).",
    "Disclosure control (Statistics Finland's frequency rule, docs/privacy/disclosure-control.md): counts under --min-cell (default 5),",
    "the counts they could be derived from, and every figure computed from fewer evaluated plans are suppressed (null in JSON, '..' in text)."
  ].join("\n"),
  examples: [
    "osallistava avain report records.ndjson --format text --lang fi",
    "osallistava avain report records.csv --municipality 837 --from 2018-03-01 --to 2018-10-31",
    "osallistava avain report records.ndjson --chart goal-areas --lang sv > kuvio3.svg"
  ],
  options: {
    ...inputOptions,
    ...thresholdOption,
    municipality: { type: "string", description: "Only these municipality codes (comma-separated)" },
    from: { type: "string", description: "Plans started on or after this date" },
    to: { type: "string", description: "Plans started on or before this date" },
    "method-family": { type: "string", description: "Only records with a method of this family" },
    "client-present": {
      type: "string",
      description: "Only records made with (true) or without (false) the client",
      choices: ["true", "false"]
    },
    chart: { type: "string", description: "Print this chart as SVG instead of the report", choices: [...charts] },
    "min-cell": {
      type: "string",
      description:
        "Smallest count shown (disclosure control; default 5); smaller counts and what reveals them are suppressed"
    }
  },
  run: async (context) => {
    const thresholdArg = parseThreshold(context)
    if (Result.isFailure(thresholdArg)) return refuse(context, thresholdArg.failure)
    const threshold = thresholdArg.success
    const filterOptions = parseFilters(context)
    if (Result.isFailure(filterOptions)) return refuse(context, filterOptions.failure)
    const filters = filterOptions.success
    const chart = context.options["chart"]
    if (chart !== undefined && !charts.includes(chart as (typeof charts)[number]))
      return refuse(
        context,
        new UsageError(usageError("oneOf", errorLanguage(context), { option: "--chart", choices: charts.join(", ") }))
      )
    const minCellText = context.options["min-cell"]
    if (minCellText !== undefined && (typeof minCellText !== "string" || !/^[1-9]\d{0,6}$/.test(minCellText)))
      return refuse(
        context,
        new UsageError(usageError("wholeNumberAtLeast", errorLanguage(context), { option: "--min-cell", min: 1 }))
      )
    const minCell = minCellText === undefined ? undefined : Number(minCellText)
    const builder = reportBuilder({
      filters,
      ...(threshold === undefined ? {} : { threshold }),
      ...(minCell === undefined ? {} : { minCell })
    })
    const exitCode = await validateStream({ ...context, stdout: discard }, (r) => {
      builder.add(r)
      return ok(null)
    })
    const result = builder.result()
    if (chart !== undefined) {
      const c = reportCharts(result, context.language)
      const svg = {
        "goal-areas": c.goalAreas,
        "factors-supporting": c.factorsSupporting,
        "factors-hindering": c.factorsHindering,
        methods: c.methods,
        attainment: c.attainment
      }[chart as (typeof charts)[number]]
      await context.stdout.write(`${svg}\n`)
    } else if (context.format === "text") await context.stdout.write(formatReportText(result, context.language))
    else await context.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
    return exitCode
  }
}

/** The `avain` commands. @since 0.1.0 */
export const avainCommands: ReadonlyArray<Command> = [validate, scoreCommand, reportCommand]
