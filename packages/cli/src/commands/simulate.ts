/**
 * `osallistava social-assistance simulate`: households (NDJSON, CSV or one JSON) under two laws in one pass, with the
 * totals and who gains and who loses (`Reform` of `@osallistava/social-assistance`; every breakdown through core's
 * disclosure control).
 *
 * @since 0.3.0
 */
import { readFileSync } from "node:fs"
import { errorLines } from "@osallistava/core"
import { decodeApplication, Reform } from "@osallistava/social-assistance"
import * as Result from "effect/Result"
import { inputOptions } from "../app.js"
import { type Command, ExitCode, refuse, UsageError } from "../command.js"
import { InputError, type InputFormat, tryOpenInput } from "../io/input.js"
import * as Progress from "../io/progress.js"
import { batch, batchSummary, errorLanguage, issueLines, text, usageError } from "../messages.js"

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

const monthOption = (
  name: string,
  value: string | boolean | undefined,
  lang: Parameters<typeof usageError>[1]
): Result.Result<string | undefined, UsageError> => {
  if (value === undefined || value === false) return Result.succeed(undefined)
  return typeof value === "string" && MONTH.test(value) && value >= "2017-01" && value <= "2026-12"
    ? Result.succeed(value)
    : Result.fail(
        new UsageError(usageError("monthRange", lang, { option: `--${name}`, first: "2017-01", last: "2026-12" }))
      )
}

/** The reform file, parsed; its errors name the option, never a value or the file's text. */
const readReform = (path: string, lang: Parameters<typeof usageError>[1]): Result.Result<unknown, InputError> => {
  let text: string
  try {
    text = readFileSync(path, "utf8")
  } catch {
    return Result.fail(new InputError(usageError("fileUnreadable", lang, { option: "--reform-file" })))
  }
  try {
    return Result.succeed(JSON.parse(text))
  } catch {
    return Result.fail(new InputError(usageError("fileNotJson", lang, { option: "--reform-file" })))
  }
}

/** `social-assistance simulate [file]` @since 0.3.0 */
export const simulateCommand: Command = {
  path: ["social-assistance", "simulate"],
  summary: "Simulate a reform: the same households under two laws, who gains and who loses",
  usage:
    "osallistava social-assistance simulate [--baseline YYYY-MM] (--reform YYYY-MM | --reform-file reform.json) [<households.ndjson>] [--format json|text] [--lang fi|sv|en]",
  description: [
    "Reads applications (NDJSON, CSV or one JSON, as `calculate` does) from the file or stdin and calculates each under",
    "the baseline law and the reform in one pass, in constant memory. --baseline M and --reform M take the law of month",
    "M for every application (ages and dates stay those of the application's month); without --baseline each month's own",
    "law is the baseline. --reform-file reads a reform (overrides of the dated parameter tables, see the package README);",
    "with --reform as well, the file's overrides apply on top of the law of that month.",
    "Writes one JSON document (totals by month and over the run, the year, recipients, and the households that start or",
    "stop receiving, gain or lose, by household type, number of children, municipality and income decile); --format text",
    "prints the summary in --lang. Every count and figure is shown or suppressed by the disclosure rule (--threshold,",
    "default 5). Bad records and records that cannot be calculated are reported on stderr with their field path and",
    "rule, never a value, and the command then exits with code 2 (the summary is still written)."
  ].join("\n"),
  examples: [
    "osallistava social-assistance simulate --baseline 2026-02 --reform 2026-03 households.ndjson --format text",
    "osallistava social-assistance simulate --reform 2026-03 --reform-file keep-disregard.json households.ndjson > result.json"
  ],
  options: {
    ...inputOptions,
    baseline: {
      type: "string",
      description: "The law of this month (YYYY-MM) as the baseline; default: each month's own"
    },
    reform: {
      type: "string",
      description: "The law of this month (YYYY-MM) as the reform (or the base of --reform-file)"
    },
    "reform-file": { type: "string", description: "A reform as JSON: overrides of the dated parameter tables" },
    threshold: { type: "string", description: "Smallest count shown (disclosure control); default 5" }
  },
  run: async (context) => {
    const usageLang = errorLanguage(context)
    const baselineArg = monthOption("baseline", context.options["baseline"], usageLang)
    if (Result.isFailure(baselineArg)) return refuse(context, baselineArg.failure)
    const reformArg = monthOption("reform", context.options["reform"], usageLang)
    if (Result.isFailure(reformArg)) return refuse(context, reformArg.failure)
    const baselineMonth = baselineArg.success
    const reformMonth = reformArg.success
    const file = context.options["reform-file"]
    if (reformMonth === undefined && typeof file !== "string")
      return refuse(context, new UsageError(usageError("reformOrFile", usageLang)))
    const thresholdText = context.options["threshold"]
    const threshold = thresholdText === undefined ? undefined : Number(thresholdText)
    if (threshold !== undefined && (!Number.isInteger(threshold) || threshold < 1 || threshold > 1000))
      return refuse(
        context,
        new UsageError(usageError("wholeNumberFromTo", usageLang, { option: "--threshold", min: 1, max: 1000 }))
      )
    let reform: Reform.Law
    if (typeof file === "string") {
      const text = readReform(file, usageLang)
      if (Result.isFailure(text)) return refuse(context, text.failure)
      const decoded = Reform.decodeReform(text.success)
      if (Result.isFailure(decoded)) {
        for (const l of issueLines(errorLines(decoded.failure), errorLanguage(context)))
          await context.stderr.write(`--reform-file: ${l.at}: ${l.message}\n`)
        return ExitCode.badInput
      }
      const r = decoded.success
      reform = Reform.fromReform(reformMonth === undefined ? r : { ...r, base: { lawOf: reformMonth } })
    } else reform = Reform.ofMonth(reformMonth!)
    const baseline = baselineMonth === undefined ? Reform.inForce : Reform.ofMonth(baselineMonth)

    const opened = await tryOpenInput(
      context.args[0],
      ((context.options["input-format"] as string | undefined) ?? "auto") as InputFormat,
      context.stdin,
      { csvDelimiter: ((context.options["csv-delimiter"] as string | undefined) ?? "auto") as "auto" | "," | ";" }
    )
    if (Result.isFailure(opened)) return refuse(context, opened.failure)
    const input = opened.success
    const quiet = context.options["quiet"] === true
    const failFast = context.options["fail-fast"] === true
    const progress = Progress.make(context.stderrTty, !quiet)
    const simulation = new Reform.Simulation(baseline, reform, threshold === undefined ? {} : { threshold })
    const lang = errorLanguage(context)
    const started = performance.now()
    let records = 0
    let errors = 0
    for await (const record of input.records) {
      // the input cannot be read to its end: exit 2 with its message, no result (as when it cannot be opened)
      if (record._tag === "Failed") return refuse(context, record.error)
      records++
      let lines: ReadonlyArray<{ readonly at: string; readonly message: string }> = []
      if (record._tag === "Unreadable") lines = [{ at: "(record)", message: record.message }]
      else {
        const app = decodeApplication(record.value)
        if (Result.isFailure(app)) lines = errorLines(app.failure)
        else {
          // The law that failed is in the JSON result's `failures`; the line names the field and the rule.
          const h = simulation.add(app.success)
          if (h._tag === "Failed") lines = errorLines(h.error)
        }
      }
      if (lines.length > 0) {
        errors++
        const where =
          input.mode === "single" ? text(batch, "input", lang) : text(batch, "record", lang, { n: record.index })
        for (const l of issueLines(lines, lang)) await context.stderr.write(`${where}: ${l.at}: ${l.message}\n`)
        if (failFast) break
      }
      const p = input.progress()
      progress.update(records, errors, p.bytes, p.totalBytes)
    }
    progress.done()
    const result = simulation.result()
    if (context.format === "text")
      await context.stdout.write(`${Reform.renderSummary(result, baseline.kind, reform.kind, context.language)}\n`)
    else await context.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
    if (!quiet && input.mode === "batch")
      await context.stderr.write(
        `${batchSummary({ records, ok: records - errors, errors, ms: Math.round(performance.now() - started) }, lang)}\n`
      )
    return errors > 0 ? ExitCode.badInput : ExitCode.ok
  }
}
