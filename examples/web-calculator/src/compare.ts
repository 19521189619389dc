/**
 * The "what changed" view: one household under the law of two months (`Reform.ofMonth`), both estimated amounts, the
 * difference and the steps of the calculation that changed with their changed parameters (`Reform.compare`, a diff of
 * the two structured traces). Step and parameter names come from the package's reform catalog (`Reform.messages`),
 * each step's two explanations through the page's estimate wording filter (`estimate.ts`): an estimate, never a
 * decision. Pure: no DOM, testable in Node.
 *
 * @since 0.2.0
 */
import { Catalog, Money } from "@osallistava/core"
import { type Application, Reform } from "@osallistava/social-assistance"
import { Result } from "effect"
import { estimateStep, localizePersonIds } from "./estimate.js"
import type { FieldError } from "./household.js"
import { firstMonth, lastMonth } from "./household.js"
import type { Lang } from "./i18n.js"

/** The two months' default: February 2026 (before law 26/2026) against March 2026 (after). @since 0.2.0 */
export const defaultBaselineMonth = "2026-02"
/** @since 0.2.0 */
export const defaultReformMonth = "2026-03"

/** The ids of the two month inputs of the view. @since 0.2.0 */
export const compareFields = { baseline: "compare-baseline", reform: "compare-reform" } as const

/** One changed step: its name, its two results, the changed parameters and its two explanations. @since 0.2.0 */
export interface ChangedStep {
  readonly step: Reform.Step
  readonly name: string
  readonly before: string
  readonly after: string
  readonly parameters: ReadonlyArray<string>
  readonly beforeText: string | undefined
  readonly afterText: string | undefined
}

/** The view's content for one household. @since 0.2.0 */
export interface ComparisonView {
  readonly month: string
  readonly baselineMonth: string
  readonly reformMonth: string
  readonly baselineCents: number
  readonly reformCents: number
  readonly changeCents: number
  readonly baselineAmount: string
  readonly reformAmount: string
  /** The difference with its sign (`−17,89 €`, `+€150.00`, `0,00 €`). */
  readonly change: string
  readonly steps: ReadonlyArray<ChangedStep>
}

const rt = (key: Reform.MessageKey, lang: Lang, values?: Readonly<Record<string, string | number>>) =>
  Catalog.text(Reform.messages, key, lang, values)

const capitalized = (s: string) => `${s.slice(0, 1).toUpperCase()}${s.slice(1)}`

/** `−17,89 €` / `+€150.00` / `0,00 €`: the sign always written, a true minus sign. */
export const signedEuros = (cents: number, lang: Lang): string => {
  const text = Money.format(Money.unsafeCents(Math.abs(cents)), lang)
  return cents < 0 ? `\u2212${text}` : cents > 0 ? `+${text}` : text
}

/** A changed parameter in words, without the reform catalog's indentation. */
const parameterText = (p: Reform.ParameterChange, lang: Lang): string =>
  capitalized(Reform.parameterChangeText(p, lang).trim())

/** A month the engine has parameters for, as `YYYY-MM`. */
const isMonth = (s: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s) && s >= firstMonth && s <= lastMonth

/**
 * The two months typed in the view, checked: each `YYYY-MM` within the months the engine has parameters for.
 *
 * @since 0.2.0
 */
export const readMonths = (
  baseline: string,
  reform: string
): Result.Result<{ readonly baseline: string; readonly reform: string }, ReadonlyArray<FieldError>> => {
  const b = baseline.trim()
  const r = reform.trim()
  const errors: Array<FieldError> = []
  if (!isMonth(b)) errors.push({ field: compareFields.baseline, message: "errMonth" })
  if (!isMonth(r)) errors.push({ field: compareFields.reform, message: "errMonth" })
  return errors.length > 0 ? Result.fail(errors) : Result.succeed({ baseline: b, reform: r })
}

/**
 * `app` under the law of `baselineMonth` and of `reformMonth` (ages, dates and periods stay those of the application's
 * month), in `lang` and estimate wording. Fails with the engine's typed error message (field path and rule, English,
 * for developers; never an input value).
 *
 * @since 0.2.0
 */
export const compareMonths = (
  app: Application.Application,
  baselineMonth: string,
  reformMonth: string,
  lang: Lang
): Result.Result<ComparisonView, string> => {
  const c = Reform.compare(app, Reform.ofMonth(baselineMonth), Reform.ofMonth(reformMonth))
  if (Result.isFailure(c)) return Result.fail(`${c.failure.law}: ${String(c.failure.error.message)}`)
  const { baseline, reform } = c.success
  const euros = (cents: number | undefined) =>
    cents === undefined ? rt("stepAbsent", lang) : Money.format(Money.unsafeCents(cents), lang)
  const steps = c.success.changes.map((s): ChangedStep => {
    const who = s.personId === undefined ? "" : ` (${localizePersonIds(s.personId, lang)})`
    return {
      step: s.step,
      name: `${capitalized(Reform.stepText(s.step, lang))}${who}`,
      before: euros(s.baseline?.result),
      after: euros(s.reform?.result),
      parameters: s.parameters.map((p) => parameterText(p, lang)),
      beforeText: s.baseline === undefined ? undefined : estimateStep(baseline, s.baseline, lang).text,
      afterText: s.reform === undefined ? undefined : estimateStep(reform, s.reform, lang).text
    }
  })
  return Result.succeed({
    month: c.success.month,
    baselineMonth,
    reformMonth,
    baselineCents: baseline.supportCents,
    reformCents: reform.supportCents,
    changeCents: c.success.changeCents,
    baselineAmount: Money.format(Money.unsafeCents(baseline.supportCents), lang),
    reformAmount: Money.format(Money.unsafeCents(reform.supportCents), lang),
    change: signedEuros(c.success.changeCents, lang),
    steps
  })
}
