/**
 * The simulation summary and the comparison of one household as text for people, in fi, sv or en (messages from
 * `reform/messages.ts`, money through core's `Money.format`, suppressed figures as `Disclosure.marker`).
 *
 * @since 0.3.0
 */
import { Catalog, Disclosure, FormatNumber, Money, Municipality } from "@osallistava/core"
import { renderNode } from "../explain.js"
import type { ParameterName, ParameterUse } from "../rules/trace.js"
import type { Comparison, ParameterChange, Step } from "./compare.js"
import type { Law } from "./law.js"
import { type MessageKey, messages } from "./messages.js"
import type { Breakdown, Figure, SimulationResult } from "./simulate.js"

/** @since 0.3.0 */
export type Language = "fi" | "sv" | "en"

const t = (key: MessageKey, lang: Language, values?: Readonly<Record<string, string | number>>) =>
  Catalog.text(messages, key, lang, values)

const money = (c: Figure, lang: Language): string =>
  c === null ? Disclosure.marker : Money.format(Money.unsafeCents(Math.round(c)), lang)

const count = (c: Disclosure.Cell, lang: Language): string =>
  c.count === null ? Disclosure.marker : FormatNumber.decimal(c.count, 0, lang)
const whole = (n: number, lang: Language): string => FormatNumber.decimal(n, 0, lang)

/** `3/2026`. */
const monthText = (month: string): string => `${Number(month.slice(5, 7))}/${month.slice(0, 4)}`

/** The law in words. @since 0.3.0 */
export const lawText = (kind: Law["kind"], lang: Language): string =>
  kind._tag === "InForce"
    ? t("lawInForce", lang)
    : kind._tag === "OfMonth"
      ? t("lawOfMonth", lang, { month: monthText(kind.month) })
      : t("lawReform", lang, { name: kind.name })

const typeKeys: Readonly<Record<string, MessageKey>> = {
  livingAlone: "livingAlone",
  adultWithParents: "adultWithParents",
  couple: "couple",
  singleParent: "singleParent",
  coupleWithChildren: "coupleWithChildren",
  other: "other"
}

const rows = (b: Breakdown, label: (key: string) => string, lang: Language, limit?: number): Array<string> => {
  const list =
    limit === undefined
      ? b.rows
      : [...b.rows].sort((x, y) => (y.households.count ?? 0) - (x.households.count ?? 0)).slice(0, limit)
  return list.map((r) =>
    t("row", lang, {
      key: label(r.key),
      households: count(r.households, lang),
      gain: count(r.outcomes.gain, lang),
      lose: count(r.outcomes.lose, lang),
      start: count(r.outcomes.start, lang),
      stop: count(r.outcomes.stop, lang),
      mean: money(r.meanChangeCents, lang)
    })
  )
}

const municipalityName = (code: string, lang: Language): string => {
  const m = Municipality.findByCode(code)
  return m === undefined ? t("unknownMunicipality", lang) : lang === "sv" ? m.sv : m.fi
}

/**
 * The summary of a simulation: totals, the year, recipients, the outcomes and each breakdown (municipalities: the
 * `municipalities` largest, default 10).
 *
 * @since 0.3.0
 */
export const renderSummary = (
  r: SimulationResult,
  baseline: Law["kind"],
  reform: Law["kind"],
  lang: Language,
  options: { readonly municipalities?: number } = {}
): string => {
  const limit = options.municipalities ?? 10
  const out: Array<string> = []
  out.push(t("summaryHeading", lang, { baseline: lawText(baseline, lang), reform: lawText(reform, lang) }))
  out.push(t("records", lang, { records: whole(r.records, lang), calculated: whole(r.calculated, lang) }))
  const failed = r.records - r.calculated
  if (failed > 0) out.push(t("failures", lang, { n: whole(failed, lang) }))
  out.push(
    t("expenditure", lang, {
      before: money(r.total.baseline.expenditureCents, lang),
      after: money(r.total.reform.expenditureCents, lang),
      change: money(r.total.changeCents, lang)
    })
  )
  out.push(
    t("annual", lang, {
      before: money(r.total.annual.baselineCents, lang),
      after: money(r.total.annual.reformCents, lang),
      change: money(r.total.annual.changeCents, lang),
      months: r.total.annual.months
    })
  )
  if (r.months.length > 1)
    for (const m of r.months)
      out.push(
        t("monthLine", lang, {
          month: monthText(m.month),
          before: money(m.baseline.expenditureCents, lang),
          after: money(m.reform.expenditureCents, lang),
          change: money(m.changeCents, lang)
        })
      )
  out.push(
    t("recipients", lang, {
      before: count(r.total.baseline.recipientHouseholds, lang),
      after: count(r.total.reform.recipientHouseholds, lang)
    })
  )
  out.push(
    t("persons", lang, {
      before: count(r.total.baseline.recipientPersons, lang),
      after: count(r.total.reform.recipientPersons, lang)
    })
  )
  out.push(
    t("average", lang, {
      before: money(r.total.baseline.averageCents, lang),
      after: money(r.total.reform.averageCents, lang)
    })
  )
  const o = r.byHouseholdType.total.outcomes
  out.push(
    t("outcomes", lang, {
      start: count(o.start, lang),
      stop: count(o.stop, lang),
      gain: count(o.gain, lang),
      lose: count(o.lose, lang),
      same: count(o.same, lang),
      none: count(o.none, lang)
    })
  )
  out.push("", t("byHouseholdType", lang))
  out.push(...rows(r.byHouseholdType, (k) => t(typeKeys[k] ?? "other", lang), lang))
  out.push("", t("byChildren", lang))
  out.push(...rows(r.byChildren, (k) => t("children", lang, { n: k }), lang))
  out.push("", t("byMunicipality", lang, { n: limit }))
  out.push(...rows(r.byMunicipality, (k) => municipalityName(k, lang), lang, limit))
  out.push("", t("byIncomeDecile", lang))
  out.push(...rows(r.byIncomeDecile, (k) => t("decile", lang, { n: k }), lang))
  out.push("", t("suppressed", lang, { marker: Disclosure.marker, threshold: r.threshold }))
  return out.join("\n")
}

const stepKeys: Readonly<Record<Step, MessageKey>> = {
  other: "stepOther",
  basicAmount: "stepBasicAmount",
  reduction: "stepReduction",
  movingAllowance: "stepMovingAllowance",
  coeliacDiet: "stepCoeliacDiet",
  housingCosts: "stepHousingCosts",
  otherExpense: "stepOtherExpense",
  incomeNotCounted: "stepIncomeNotCounted",
  earnedIncomeDisregard: "stepEarnedIncomeDisregard",
  minorAssistance: "stepMinorAssistance",
  childIncomeCap: "stepChildIncomeCap",
  incomeTotal: "stepIncomeTotal",
  assets: "stepAssets",
  support: "stepSupport"
}

/** Parameters without a name of their own here are named generically (a parameter added to the rules later). */
const parameterKeys: Readonly<Partial<Record<ParameterName, MessageKey>>> = {
  basicAmountSingle: "parameterBasicAmountSingle",
  categoryPercentages: "parameterCategoryPercentages",
  earnedIncomeDisregard: "parameterEarnedIncomeDisregard",
  minorAssistanceDisregard: "parameterMinorAssistanceDisregard",
  coeliacDietAllowance: "parameterCoeliacDietAllowance",
  movingAllowance: "parameterMovingAllowance",
  reductionRegimes: "parameterReductionRegimes",
  housingLimitRegimes: "parameterHousingLimitRegimes",
  housingLimit: "parameterHousingLimit",
  kelaHousingNormPractice: "parameterKelaHousingNormPractice",
  kelaHousingNorm: "parameterKelaHousingNorm"
}

const moneyParameters: ReadonlySet<ParameterName> = new Set([
  "basicAmountSingle",
  "housingLimit",
  "kelaHousingNorm",
  "movingAllowance",
  "coeliacDietAllowance",
  "minorAssistanceDisregard"
])

/** A parameter's value in the language, or undefined for a code (a rule or a regime, not a number). */
const valueText = (name: ParameterName, p: ParameterUse | undefined, lang: Language): string | undefined => {
  if (p === undefined) return t("stepAbsent", lang)
  if (typeof p.value !== "number") return undefined
  if (moneyParameters.has(name)) return Money.format(Money.unsafeCents(p.value), lang)
  if (name === "categoryPercentages") {
    const s = Money.percentageToString(p.value as Money.Percentage)
    return `${lang === "en" ? s : s.replace(".", ",")} %`
  }
  return String(p.value)
}

/**
 * A step of the calculation named in the language (`housingCosts` → "asumismenot").
 *
 * @since 0.4.0
 */
export const stepText = (step: Step, lang: Language): string => t(stepKeys[step], lang)

/**
 * One changed parameter as the reform catalog's line (with its indentation): its name and both values, or only its
 * name when the value is a rule or a regime rather than a number. Used by {@link renderComparison} and by callers
 * that lay out a comparison themselves.
 *
 * @since 0.4.0
 */
export const parameterChangeText = (p: ParameterChange, lang: Language): string => {
  const parameter = t(parameterKeys[p.name] ?? "parameterOther", lang)
  const before = valueText(p.name, p.baseline, lang)
  const after = valueText(p.name, p.reform, lang)
  return before === undefined || after === undefined
    ? t("parameterChangedRule", lang, { parameter })
    : t("parameterChanged", lang, { parameter, before, after })
}

/**
 * The comparison of one household as text: both amounts, the change and every step that changed, with the two
 * explanations of the step (`Explain.renderNode`) and its changed parameters.
 *
 * @since 0.3.0
 */
export const renderComparison = (c: Comparison, lang: Language): string => {
  const out: Array<string> = []
  out.push(t("comparisonHeading", lang, { month: monthText(c.month) }))
  out.push(t("supportUnder", lang, { law: lawText(c.baselineLaw, lang), amount: money(c.baseline.supportCents, lang) }))
  out.push(t("supportUnder", lang, { law: lawText(c.reformLaw, lang), amount: money(c.reform.supportCents, lang) }))
  if (c.changeCents === 0 && c.changes.length === 0) {
    out.push(t("noChange", lang))
    return out.join("\n")
  }
  out.push(t("change", lang, { amount: money(c.changeCents, lang) }), t("changedSteps", lang))
  for (const s of c.changes) {
    out.push(
      t("step", lang, {
        step: stepText(s.step, lang),
        before: s.baseline === undefined ? t("stepAbsent", lang) : money(s.baseline.result, lang),
        after: s.reform === undefined ? t("stepAbsent", lang) : money(s.reform.result, lang)
      })
    )
    for (const p of s.parameters) out.push(parameterChangeText(p, lang))
    if (s.baseline !== undefined) out.push(t("before", lang, { text: renderNode(s.baseline, lang) }))
    if (s.reform !== undefined) out.push(t("after", lang, { text: renderNode(s.reform, lang) }))
  }
  return out.join("\n")
}
