/**
 * `osallistava social-assistance calculate`: basic social assistance (Act 1412/1997) for one application (JSON) or a
 * batch (NDJSON), with the justification in Finnish, Swedish or English (`@osallistava/social-assistance`).
 *
 * @since 0.1.0
 */

import { errorLines, Money } from "@osallistava/core"
import { calculate, type Decision as D, decodeApplication, Explain } from "@osallistava/social-assistance"
import * as Result from "effect/Result"
import { inputOptions } from "../app.js"
import { invalid, ok } from "../batch.js"
import type { Command } from "../command.js"
import { errorLanguage, issueLines, month, socialAssistance, text } from "../messages.js"
import { runRecords } from "../records.js"
import { parametersCommand } from "./parameters.js"
import { simulateCommand } from "./simulate.js"

/** The amount by which income and assets exceed expenses, in the language's style (from the decision's cents). */
const excess = (d: D.Decision, language: "fi" | "sv" | "en"): string =>
  Money.format(Money.negate(d.totals.differenceCents), language)

/** One line per decision, from the CLI's catalog: the month and amounts as the language writes them. */
const outcomeText = (d: D.Decision, language: "fi" | "sv" | "en"): string =>
  d.outcome === "granted"
    ? text(socialAssistance, "granted", language, {
        month: month(d.month, language),
        amount: Money.format(d.supportCents, language)
      })
    : text(socialAssistance, "refused", language, { month: month(d.month, language), excess: excess(d, language) })

/** `social-assistance calculate [file]` @since 0.1.0 */
export const calculateCommand: Command = {
  path: ["social-assistance", "calculate"],
  summary: "Calculate basic social assistance (toimeentulotuki) as Kela does, with a legal justification",
  usage:
    "osallistava social-assistance calculate [<application.json | applications.ndjson>] [--explain [fi|sv|en]] [--lang fi|sv|en]",
  description: [
    "Reads one application (JSON) or many (NDJSON, one per line) from the file or stdin and writes the decision JSON",
    "(NDJSON for a batch): support, every expense, income and asset line with the amount claimed and accepted, and",
    "every step as an explanation node (rule, section of Act 1412/1997 in force, parameters with dates and sources).",
    'Every amount is integer cents (supportCents, acceptedCents, totals.differenceCents) beside its decimal string of euros ("238.09").',
    "Any month from 2017-01; a month after the last confirmed parameters",
    "(see `social-assistance parameters`) is refused with the parameter and its last known month, unless",
    "--assume-law last-known computes it with the last known values, flagged provisionalLaw.",
    "--explain adds the justification text in --lang (fi, sv or en; `--explain sv` sets both): with --format text it prints the justification,",
    "with JSON output it adds a `justification` field. Without --explain, --format text prints one line per decision.",
    "Bad input exits with code 2 and names the field and the rule, never a value or a personal identity code."
  ].join("\n"),
  examples: [
    "osallistava social-assistance calculate packages/social-assistance/examples/e1-2017-single.json",
    "osallistava social-assistance calculate e2.json --explain sv --format text",
    "cat applications.ndjson | osallistava social-assistance calculate --input-format ndjson > decisions.ndjson"
  ],
  options: {
    ...inputOptions,
    "assume-law": {
      type: "string",
      choices: ["confirmed", "last-known"],
      default: "confirmed",
      description:
        "confirmed (default): only a month's own law; last-known: a month after the last confirmed parameters is computed with them and flagged provisionalLaw"
    },
    explain: {
      type: "boolean",
      description:
        "Include the justification, in --lang or in the language given right after it (--explain sv); text output: the justification; JSON: a `justification` field",
      optionalValueOf: { option: "lang", values: ["fi", "sv", "en"] }
    }
  },
  run: async (context) => {
    const explain = context.options["explain"] === true
    const assumeLaw = context.options["assume-law"] === "last-known" ? "lastKnown" : "confirmed"
    const language = context.language
    const errors = errorLanguage(context)
    const { exitCode } = await runRecords(context, (value) => {
      const app = decodeApplication(value)
      if (Result.isFailure(app)) return invalid(issueLines(errorLines(app.failure), errors))
      const decision = calculate(app.success, { assumeLaw })
      if (Result.isFailure(decision)) return invalid(issueLines(errorLines(decision.failure), errors))
      const d = decision.success
      const justification = explain ? Explain.render(d, language) : undefined
      return ok(justification === undefined ? d : { ...d, justification }, justification ?? outcomeText(d, language))
    })
    return exitCode
  }
}

/** @since 0.1.0 */
export const socialAssistanceCommands: ReadonlyArray<Command> = [calculateCommand, simulateCommand, parametersCommand]
