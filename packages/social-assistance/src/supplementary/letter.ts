/**
 * The county's decisions as decision-letter text in Finnish, Swedish or English, rendered from the structured trace
 * and the messages catalog (`messages.ts`): the Kela basis, each line with the guideline section or the reason, the
 * surplus, the support, the procedure (decision deadline) and the request-for-review instructions.
 *
 * @since 0.3.0
 */
import { Catalog, FormatDate, type Language, LegalRef, type LocalDate, Money, RuleViolation } from "@osallistava/core"
import * as Result from "effect/Result"
import type { DecisionLine, SupplementaryDecision } from "./decision.js"
import {
  categoryLabels,
  conditionLabels,
  otherKindLabels,
  preventiveConditionLabels,
  purposeLabels,
  reasonLabels,
  texts
} from "./messages.js"
import type { PreventiveDecision } from "./preventive.js"
import { APPEAL_REFS, type LimitError, tryAppealDeadline, tryDecisionDeadline } from "./procedure.js"

const eur = (cents: Money.EuroCents | number, lang: Language) => Money.format(cents as Money.EuroCents, lang)
const cite = (refs: ReadonlyArray<LegalRef.LegalRef>, lang: Language) =>
  refs.map((r) => LegalRef.render(r, lang)).join("; ")
const t = (key: keyof typeof texts, lang: Language, values: Readonly<Record<string, string | number>> = {}) =>
  Catalog.text(texts, key, lang, values)

/** The date in the language's style (fi/sv 2.3.2026, en 2 March 2026). */
const date = (d: string, lang: Language): string => {
  const [y, m, day] = d.split("-").map(Number) as [number, number, number]
  if (lang === "en") {
    const months = [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December"
    ]
    return `${day} ${months[m - 1]} ${y}`
  }
  return FormatDate.date(d, lang)
}

/** Options of the letter: the arrival day (the decision deadline is printed) and the notification day (the review limit). @since 0.3.0 */
export interface LetterOptions {
  readonly arrivedOn?: LocalDate.LocalDate
  readonly notifiedOn?: LocalDate.LocalDate
}

const period = (l: DecisionLine, lang: Language): string =>
  l.item === null || l.item.period === "once" ? "" : t(l.item.period, lang)

const lineText = (l: DecisionLine, lang: Language): string => {
  const v = {
    category: Catalog.text(categoryLabels, l.category, lang),
    claimed: eur(l.claimedCents, lang),
    accepted: eur(l.acceptedCents, lang),
    section: l.section ?? "",
    amount: l.item === null || l.item.amountCents === null ? "" : eur(l.item.amountCents, lang),
    period: period(l, lang),
    guide:
      l.guidelineAmountCents !== null
        ? eur(l.guidelineAmountCents, lang)
        : l.item?.amountKind === "range" && l.item.amountCents !== null
          ? eur(l.item.amountCents, lang)
          : "",
    reason: l.reason === null ? "" : Catalog.text(reasonLabels, l.reason, lang),
    conditions: (l.item?.conditions ?? []).map((c) => Catalog.text(conditionLabels, c, lang)).join(", ")
  }
  switch (l.rule) {
    case "guideline-fixed":
      return t("lineFixed", lang, v)
    case "guideline-cap":
      return t("lineCap", lang, v)
    case "worker-within-guideline":
      return l.item?.amountKind === "typical" ? t("lineTypical", lang, v) : t("lineWorker", lang, v)
    case "worker-deviation":
      return v.guide === "" ? t("lineWorker", lang, v) : t("lineDeviation", lang, v)
    case "worker-no-guideline":
      return t("lineNoGuideline", lang, v)
    case "conditions-not-met":
      return t("lineConditions", lang, v)
  }
}

/** A time limit that cannot be computed for the option's day, at the option's name (no date repeated). */
const limitFailure = (at: keyof LetterOptions, e: LimitError): RuleViolation =>
  e._tag === "YearOutOfRange"
    ? new RuleViolation({ at, rule: "year-in-range", detail: "The calendar covers the years 1900–2100" })
    : new RuleViolation({
        at,
        rule: "provision-in-force",
        detail: "No provision of the time limit is in force on that day (basic assistance at Kela from 2017)"
      })

const appealBlock = (lang: Language, options: LetterOptions): Result.Result<Array<string>, RuleViolation> => {
  const out = [t("appeal", lang, { citation: cite(APPEAL_REFS, lang) })]
  if (options.notifiedOn === undefined) return Result.succeed(out)
  const notifiedOn = options.notifiedOn
  return Result.mapBoth(tryAppealDeadline(notifiedOn), {
    onFailure: (e) => limitFailure("notifiedOn", e),
    onSuccess: (d) => [...out, t("appealDue", lang, { notified: date(notifiedOn, lang), due: date(d.due, lang) })]
  })
}

const deadlineBlock = (
  lang: Language,
  urgent: boolean,
  options: LetterOptions
): Result.Result<Array<string>, RuleViolation> => {
  if (options.arrivedOn === undefined) return Result.succeed([])
  return Result.mapBoth(tryDecisionDeadline(options.arrivedOn, { urgent }), {
    onFailure: (e) => limitFailure("arrivedOn", e),
    onSuccess: (d) => [t("deadline", lang, { due: date(d.due, lang), citation: cite([d.ref], lang) })]
  })
}

/** The closing lines: the decision deadline, a blank line and the request for review. */
const closing = (
  lang: Language,
  urgent: boolean,
  options: LetterOptions
): Result.Result<Array<string>, RuleViolation> =>
  Result.flatMap(deadlineBlock(lang, urgent, options), (deadline) =>
    Result.map(appealBlock(lang, options), (appeal) => [...deadline, "", ...appeal])
  )

/**
 * The supplementary decision as letter text, or a `RuleViolation` at `arrivedOn`/`notifiedOn` when that day's time
 * limit cannot be computed (`provision-in-force` before 2017, `year-in-range` outside the calendar's 1900–2100).
 *
 * @example
 * ```ts
 * import { Supplementary } from "@osallistava/social-assistance"
 * const letter = Supplementary.tryRender(decision, "fi", { notifiedOn: "2026-03-09" }) // Result.succeed("…")
 * ```
 * @since 0.4.0 (as `render` since 0.3.0)
 */
export const tryRender = (
  d: SupplementaryDecision,
  lang: Language,
  options: LetterOptions = {}
): Result.Result<string, RuleViolation> => {
  const out: Array<string> = [`${t("title", lang, { month: FormatDate.month(d.month, lang) })}`, ""]
  if (d.guideline !== null) out.push(t("guideline", lang, { title: d.guideline.title, url: d.guideline.url }))
  for (const n of d.explanation) {
    const refs = ` [${cite(n.legal, lang)}]`
    switch (n.ruleId) {
      case "kela-basis":
        out.push(
          `- ${t("kelaBasis", lang, {
            expenses: eur(Number(n.inputs["expenses"]), lang),
            income: eur(Number(n.inputs["income"]), lang),
            assets: eur(Number(n.inputs["assets"]), lang),
            basic: eur(Number(n.inputs["basicAssistance"]), lang)
          })}${refs}`
        )
        break
      case "other-resources":
        out.push(
          `- ${t("otherResources", lang, {
            list: Object.entries(n.inputs)
              .map(
                ([k, v]) =>
                  `${Catalog.text(otherKindLabels, k as keyof typeof otherKindLabels, lang)} ${eur(Number(v), lang)}`
              )
              .join(", ")
          })}${refs}`
        )
        break
      case "line":
        break
      case "surplus":
        out.push(
          `- ${
            Number(n.inputs["available"]) > 0
              ? t("surplus", lang, { available: eur(Number(n.inputs["available"]), lang), used: eur(n.result, lang) })
              : t("noSurplus", lang)
          }${refs}`
        )
        break
      case "support":
        out.push(
          `- ${t(n.result > 0 ? "granted" : "notGranted", lang, {
            accepted: eur(Number(n.inputs["accepted"]), lang),
            used: eur(Number(n.inputs["used"]), lang),
            support: eur(n.result, lang)
          })}${refs}`
        )
        break
    }
    if (n.ruleId === "kela-basis") for (const l of d.lines) out.push(`- ${lineText(l, lang)} [${cite(l.legal, lang)}]`)
  }
  return Result.map(closing(lang, d.urgent, options), (end) => [...out, "", t("discretion", lang), ...end].join("\n"))
}

/**
 * {@link tryRender} that throws.
 *
 * @throws RuleViolation at `arrivedOn`/`notifiedOn`: use {@link tryRender} for input.
 * @since 0.4.0 (as `render` since 0.3.0)
 */
export const unsafeRender = (d: SupplementaryDecision, lang: Language, options: LetterOptions = {}): string =>
  Result.getOrThrow(tryRender(d, lang, options))

/**
 * @deprecated Since 0.4.0: use {@link unsafeRender} (same behaviour) or {@link tryRender} (a `Result`).
 * @since 0.3.0
 */
export const render = unsafeRender

/**
 * The preventive decision as letter text, or a `RuleViolation` at `arrivedOn`/`notifiedOn` as in {@link tryRender}.
 *
 * @since 0.4.0 (as `renderPreventive` since 0.3.0)
 */
export const tryRenderPreventive = (
  d: PreventiveDecision,
  lang: Language,
  options: LetterOptions = {}
): Result.Result<string, RuleViolation> => {
  const purpose = Catalog.text(purposeLabels, d.purpose, lang)
  const out = [t("titlePreventive", lang), ""]
  out.push(
    `- ${
      d.outcome === "granted"
        ? t("preventiveGranted", lang, { amount: eur(d.amountCents, lang), purpose })
        : t("preventiveRejected", lang, { purpose })
    } [${cite(d.legal, lang)}]`
  )
  if (d.conditions.length > 0)
    out.push(
      `- ${t("preventiveConditions", lang, { list: d.conditions.map((c) => Catalog.text(preventiveConditionLabels, c, lang)).join("; ") })}`
    )
  out.push(
    `- ${t("preventiveReasons", lang, { list: d.reasons.map((r) => Catalog.text(reasonLabels, r, lang)).join("; ") })}`
  )
  if (d.withoutKelaDecision) out.push(`- ${t("preventiveUrgent", lang)}`)
  return Result.map(closing(lang, d.urgent, options), (end) => [...out, ...end].join("\n"))
}

/**
 * {@link tryRenderPreventive} that throws.
 *
 * @throws RuleViolation at `arrivedOn`/`notifiedOn`: use {@link tryRenderPreventive} for input.
 * @since 0.4.0 (as `renderPreventive` since 0.3.0)
 */
export const unsafeRenderPreventive = (d: PreventiveDecision, lang: Language, options: LetterOptions = {}): string =>
  Result.getOrThrow(tryRenderPreventive(d, lang, options))

/**
 * @deprecated Since 0.4.0: use {@link unsafeRenderPreventive} (same behaviour) or {@link tryRenderPreventive} (a `Result`).
 * @since 0.3.0
 */
export const renderPreventive = unsafeRenderPreventive
