/**
 * `osallistava social-assistance supplementary`: the wellbeing services county's supplementary social assistance
 * (1412/1997 7 c §) on top of Kela's basic-assistance decision, under a county guideline, with the decision letter in
 * Finnish, Swedish or English (`@osallistava/social-assistance`'s `Supplementary`). Same input conventions and exit
 * codes as `calculate`: one application (JSON) or many (NDJSON) from the file or stdin; bad input exits 2 naming the
 * field and the rule, never a value.
 *
 * @since 0.3.0
 */

import { errorLines, type Language, LocalDate, Money } from "@osallistava/core"
import { Supplementary } from "@osallistava/social-assistance"
import * as Result from "effect/Result"
import { inputOptions } from "../app.js"
import { invalid, ok } from "../batch.js"
import { type Command, refuse, UsageError } from "../command.js"
import { InputError, tryOpenInput } from "../io/input.js"
import {
  errorLanguage,
  guidelineErrors,
  issueLine,
  issueLines,
  month,
  supplementary,
  text,
  usageError
} from "../messages.js"
import { runRecords } from "../records.js"

type Decision = Supplementary.SupplementaryDecision

/** The outcome of one month as text, from the CLI's message catalog (`messages.ts`, `supplementary`). */
const outcomeText = (d: Decision, language: Language): string =>
  d.outcome === "granted"
    ? text(supplementary, "granted", language, {
        month: month(d.month, language),
        amount: Money.format(d.supportCents, language)
      })
    : text(supplementary, "refused", language, { month: month(d.month, language) })

/** Reads and decodes a county's own guideline (one JSON document); never names the file or quotes it. */
const readGuideline = async (path: string): Promise<Result.Result<Supplementary.Guideline, InputError>> => {
  const opened = await tryOpenInput(path, "json")
  if (Result.isFailure(opened)) return Result.fail(opened.failure)
  const input = opened.success
  const failure = (key: "unreadable" | "invalid", problem: (language: Language) => string) => {
    const localized = (language: Language) => text(guidelineErrors, key, language, { problem: problem(language) })
    return Result.fail(new InputError(localized("en"), localized))
  }
  for await (const record of input.records) {
    if (record._tag === "Failed") return Result.fail(record.error)
    if (record._tag === "Unreadable")
      return failure("unreadable", (l) => issueLine({ at: "(record)", message: record.message }, l).message)
    const g = Supplementary.decodeGuideline(record.value)
    if (Result.isFailure(g)) {
      const lines = errorLines(g.failure)
      return failure("invalid", (l) =>
        issueLines(lines, l)
          .map((x) => `${x.at}: ${x.message}`)
          .join("; ")
      )
    }
    return Result.succeed(g.success)
  }
  const empty = (language: Language) => text(guidelineErrors, "empty", language)
  return Result.fail(new InputError(empty("en"), empty))
}

/** `social-assistance supplementary [file]` @since 0.3.0 */
export const supplementaryCommand: Command = {
  path: ["social-assistance", "supplementary"],
  summary:
    "Calculate the county's supplementary social assistance (7 c §) on top of Kela's decision, under a guideline",
  usage:
    "osallistava social-assistance supplementary [<application.json | applications.ndjson>] [--guideline <guideline.json>] [--explain [fi|sv|en]] [--lang fi|sv|en]",
  description: [
    "Reads one supplementary-assistance application (JSON) or many (NDJSON) from the file or stdin: Kela's decision",
    '(`kela: { "source": "decision", "decision": … }` from `calculate`, or `{ "source": "letter", month, expenses, income,',
    "assets, basicAssistance }` as entered from Kela's decision letter), the supplementary lines claimed, and income or",
    "assets outside Kela's calculation. Writes the county's decision: each line claimed and accepted (…Cents fields beside euro strings) with the",
    "guideline section or the social worker's reason, the surplus used first, and the support.",
    "The guideline is a shipped one named in the application (`guideline`), or a county's own JSON with --guideline.",
    "--explain adds the decision letter in --lang (with the request-for-review instructions; --arrived-on and",
    "--notified-on add the decision deadline and the last day for the request).",
    "Bad input exits with code 2 and names the field and the rule, never a value or a personal identity code."
  ].join("\n"),
  examples: [
    "osallistava social-assistance supplementary packages/cli/examples/sa-supplementary.json --explain fi --format text",
    "osallistava social-assistance supplementary application.json --guideline our-county-2026.json",
    "cat applications.ndjson | osallistava social-assistance supplementary --input-format ndjson > decisions.ndjson"
  ],
  options: {
    ...inputOptions,
    guideline: { type: "string", description: "A county's own guideline as JSON (Supplementary.Guideline)" },
    "arrived-on": {
      type: "string",
      description:
        "With --explain: the day the application arrived (YYYY-MM-DD); the letter gives the decision deadline"
    },
    "notified-on": {
      type: "string",
      description:
        "With --explain: the day of notification (YYYY-MM-DD); the letter gives the last day for a request for review"
    },
    explain: {
      type: "boolean",
      description:
        "Include the decision letter, in --lang or in the language given right after it (--explain sv); text output: the letter; JSON: a `justification` field",
      optionalValueOf: { option: "lang", values: ["fi", "sv", "en"] }
    }
  },
  run: async (context) => {
    const explain = context.options["explain"] === true
    const language = context.language
    const path = context.options["guideline"]
    const read = typeof path === "string" ? await readGuideline(path) : undefined
    if (read !== undefined && Result.isFailure(read)) return refuse(context, read.failure)
    const guideline = read?.success
    const badDay = (["arrived-on", "notified-on"] as const).find((name) => {
      const v = context.options[name]
      return v !== undefined && (typeof v !== "string" || !LocalDate.isLocalDate(v))
    })
    if (badDay !== undefined)
      return refuse(context, new UsageError(usageError("dateShort", errorLanguage(context), { option: `--${badDay}` })))
    const arrivedOn = context.options["arrived-on"] as LocalDate.LocalDate | undefined
    const notifiedOn = context.options["notified-on"] as LocalDate.LocalDate | undefined
    const letterOptions = {
      ...(arrivedOn === undefined ? {} : { arrivedOn }),
      ...(notifiedOn === undefined ? {} : { notifiedOn })
    }
    const { exitCode } = await runRecords(context, (value) => {
      const app = Supplementary.decodeSupplementaryApplication(value)
      if (Result.isFailure(app)) return invalid(errorLines(app.failure))
      const decision = Supplementary.calculate(app.success, guideline)
      if (Result.isFailure(decision)) return invalid(errorLines(decision.failure))
      const d = decision.success
      if (!explain) return ok(d, outcomeText(d, language))
      // the time limits of --arrived-on/--notified-on (before 2017, outside 1900–2100): exit 2 at the option, unechoed
      const letter = Supplementary.tryRender(d, language, letterOptions)
      if (Result.isFailure(letter)) return invalid(errorLines(letter.failure))
      return ok({ ...d, justification: letter.success }, letter.success)
    })
    return exitCode
  }
}

/** @since 0.3.0 */
export const supplementaryCommands: ReadonlyArray<Command> = [supplementaryCommand]
