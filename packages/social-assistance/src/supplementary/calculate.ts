/**
 * Supplementary social assistance (täydentävä toimeentulotuki, 1412/1997 7 c §) as the wellbeing services county
 * computes it on top of Kela's basic-assistance decision:
 *
 * 1. Kela's calculation as it stands (accepted expenses, counted income and assets, the basic assistance granted),
 *    from this package's `Decision` or as entered from Kela's decision letter. The basic rules are not re-run here:
 *    they are Kela's, computed once in `rules/*`.
 * 2. Each supplementary expense line claimed, accepted under a guideline item (fixed amount, cap, per period) or at
 *    the social worker's amount with a reason (required where the guideline gives no amount, and for any deviation).
 * 3. Income and assets the county counts that were not in Kela's calculation.
 * 4. The surplus: what income and assets leave over after the basic expenses and the basic assistance granted is used
 *    for the supplementary expenses first; the support is the rest. It is never negative, never more than the
 *    accepted supplementary expenses (the basic assistance is never paid twice), and the lines' paid amounts add up
 *    to it.
 *
 * Rules, as data in the trace: every step names its rule and legal reference; amounts are integer cents.
 *
 * @since 0.3.0
 */
import { decodeInput, type InvalidInput, LegalRef, Money, RuleViolation } from "@osallistava/core"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { MonthString } from "../application.js"
import { Decision } from "../decision.js"
import * as Guidelines from "../guidelines/index.js"
import { NonNegativeEuroString } from "../money-fields.js"
import type { DecisionLine, LineRule, SupplementaryDecision, SupplementaryNode } from "./decision.js"
import {
  Category,
  type Condition,
  type Guideline,
  GuidelineId,
  type GuidelineItem,
  inForce,
  item as itemOf,
  type Period
} from "./guideline.js"
import { KELA_FIRST } from "./procedure.js"
import { Reason } from "./reasons.js"

/**
 * Kela's calculation as entered from its decision letter: the totals of the basic-assistance calculation.
 *
 * @since 0.3.0
 */
export const KelaLetter = Schema.Struct({
  source: Schema.Literal("letter"),
  month: MonthString,
  /** Menot yhteensä: basic amounts and other basic expenses as Kela accepted them. */
  expenses: NonNegativeEuroString,
  /** Tulot yhteensä as Kela counted them. */
  income: NonNegativeEuroString,
  /** Varat as Kela counted them. */
  assets: NonNegativeEuroString,
  /** Myönnetty perustoimeentulotuki (0.00 for a negative decision). */
  basicAssistance: NonNegativeEuroString
}).annotate({ title: "KelaLetter" })

/** Kela's decision as this package's `Decision` (from `calculate`). @since 0.3.0 */
export const KelaDecision = Schema.Struct({ source: Schema.Literal("decision"), decision: Decision }).annotate({
  title: "KelaDecision"
})

/**
 * The social worker's accepted amount with its reason (required where the guideline gives no amount, and for any
 * deviation from it).
 *
 * @since 0.3.0
 */
export const WorkerAmount = Schema.Struct({ accepted: NonNegativeEuroString, reason: Reason })

/** @since 0.3.0 */
export const SupplementaryLine = Schema.Struct({
  category: Category,
  claimed: NonNegativeEuroString,
  /** The guideline item applied (an id of the guideline's items). */
  guidelineItem: Schema.optionalKey(GuidelineId),
  /** Children the line is for (items per child). */
  children: Schema.optionalKey(
    Schema.Int.pipe(Schema.check(Schema.makeFilter((n: number) => (n >= 1 && n <= 20) || "Expected 1 to 20")))
  ),
  /** Already granted under the same item in the same period (a per-year cap is used up by it). */
  grantedEarlierInPeriod: Schema.optionalKey(NonNegativeEuroString),
  /** Whether the item's conditions are met (default true); false rejects the line unless the worker decides. */
  conditionsMet: Schema.optionalKey(Schema.Boolean),
  worker: Schema.optionalKey(WorkerAmount)
}).annotate({ title: "SupplementaryLine" })

/** @since 0.3.0 */
export type SupplementaryLine = typeof SupplementaryLine.Type

/** Kinds of income and assets outside Kela's calculation. @since 0.3.0 */
export const otherKinds = [
  "taxRefund",
  "inheritance",
  "insuranceCompensation",
  "benefitArrears",
  "savings",
  "otherIncome",
  "otherAsset"
] as const

/** @since 0.3.0 */
export const OtherResource = Schema.Struct({ kind: Schema.Literals(otherKinds), amount: NonNegativeEuroString })

/**
 * The county's supplementary-assistance application for one family and one month.
 *
 * @since 0.3.0
 */
export const SupplementaryApplication = Schema.Struct({
  month: MonthString,
  /** Kela's basic-assistance decision for the month (1412/1997 14 § 2 mom.: it comes first). */
  kela: Schema.NullOr(Schema.Union([KelaDecision, KelaLetter])),
  /** Urgent handling (14 b §): decided the same or the next working day. */
  urgent: Schema.optionalKey(Schema.Boolean),
  /** A shipped guideline by id; or pass a county's own guideline to `calculate`. */
  guideline: Schema.optionalKey(GuidelineId),
  lines: Schema.Array(SupplementaryLine).pipe(Schema.check(Schema.isMinLength(1), Schema.isMaxLength(200))),
  otherIncome: Schema.optionalKey(Schema.Array(OtherResource).pipe(Schema.check(Schema.isMaxLength(100)))),
  otherAssets: Schema.optionalKey(Schema.Array(OtherResource).pipe(Schema.check(Schema.isMaxLength(100))))
}).annotate({ title: "SupplementaryApplication" })

/** @since 0.3.0 */
export type SupplementaryApplication = typeof SupplementaryApplication.Type

/**
 * Decodes an application (parsed JSON). Failures name the field path and the rule, never a value.
 *
 * @since 0.3.0
 */
export const decodeSupplementaryApplication: (input: unknown) => Result.Result<SupplementaryApplication, InvalidInput> =
  decodeInput(SupplementaryApplication, "supplementary assistance application")

/** The JSON Schema of the application (draft 2020-12 document). @since 0.3.0 */
export const supplementaryApplicationJsonSchema = () => Schema.toJsonSchemaDocument(SupplementaryApplication)

/** A typed failure: RuleViolation naming the field path and the rule, never a value. @since 0.3.0 */
export type SupplementaryError = RuleViolation

const act = (section: string, more: Omit<LegalRef.LegalRef, "act" | "section" | "finlex"> = {}) =>
  LegalRef.make({ act: "1412/1997", section, amendedBy: "1023/2022", ...more })

/** 7 c § (1023/2022): supplementary assistance. */
export const SUPPLEMENTARY = act("7 c", { subsection: 1 })
/** 6 § 2 mom.: the assistance is the amount by which the expenses exceed income and assets. */
export const DIFFERENCE = act("6", { subsection: 2 })
/** 11 §: income counted; 12 §: assets counted. */
const INCOME = LegalRef.make({ act: "1412/1997", section: "11" })
const ASSETS = LegalRef.make({ act: "1412/1997", section: "12" })

const fail = (at: string, rule: string, detail: string) => Result.fail(new RuleViolation({ at, rule, detail }))

const multiplier = (period: Period, line: SupplementaryLine): number =>
  period === "perChildPerYear" ? (line.children ?? 0) : 1

/** Cents computed here (integer sums and minima of decoded cents) as the branded type. */
const cents = (n: number): Money.EuroCents => n as Money.EuroCents
const euros = (n: number): string => Money.toDecimalString(cents(n))

interface Basis {
  readonly source: "decision" | "letter"
  readonly month: string
  readonly expenses: number
  readonly income: number
  readonly assets: number
  readonly basicAssistance: number
}

/**
 * Kela's figures: entered from the letter (decoded euro strings), or the cents fields of this package's `Decision`
 * (decoding the application checked that each euro string of Kela's decision agrees with its cents, rule
 * `euros-match-cents`; the strings are never parsed here).
 */
const basisOf = (kela: NonNullable<SupplementaryApplication["kela"]>): Basis => {
  if (kela.source === "letter") return { ...kela }
  const d = kela.decision
  return {
    source: "decision",
    month: d.month,
    expenses: d.totals.expensesCents,
    income: d.totals.incomeCents,
    assets: d.totals.assetsCents,
    basicAssistance: d.supportCents
  }
}

/** A line's accepted amount before the surplus is applied (plain cents). */
interface Accepted {
  readonly category: SupplementaryLine["category"]
  readonly guidelineItem: string | null
  readonly section: string | null
  readonly claimed: number
  readonly accepted: number
  readonly guidelineAmount: number | null
  readonly rule: LineRule
  readonly reason: Reason | null
  readonly item: {
    readonly amountKind: GuidelineItem["amount"]["kind"]
    readonly amount: number | null
    readonly period: Period
    readonly conditions: ReadonlyArray<Condition>
  } | null
  readonly legal: ReadonlyArray<LegalRef.LegalRef>
}

/** The item's amount per unit of its period as the decision shows it (the top of a range). */
const itemAmount = (it: GuidelineItem): number | null => {
  switch (it.amount.kind) {
    case "fixed":
    case "cap":
    case "typical":
      return it.amount.amount
    case "range":
      return it.amount.max
    case "none":
      return null
  }
}

/**
 * The county's supplementary-assistance decision. Pure and reentrant: it reads only its arguments and the shipped
 * guidelines, which are decoded once into frozen data when the module loads.
 *
 * @param guideline a county's own guideline (from `decodeGuideline`); without it, the shipped guideline the
 *   application names (`guideline`), or none (every line then needs the worker's amount and reason).
 * @since 0.3.0
 */
export const calculate = (
  app: SupplementaryApplication,
  guideline?: Guideline
): Result.Result<SupplementaryDecision, SupplementaryError> => {
  if (app.month < "2023-01")
    return fail(
      "month",
      "county-decision-in-force",
      "The wellbeing services county decides from 2023-01 (1023/2022); earlier months were the municipality's"
    )
  if (app.kela === null)
    return fail(
      "kela",
      "kela-decision-first",
      app.urgent === true
        ? "Supplementary assistance needs Kela's basic assistance decision; in an urgent case decide preventive assistance (1412/1997 8 § 2 mom.)"
        : "Supplementary assistance needs Kela's basic assistance decision for the period first (1412/1997 14 § 2 mom.)"
    )
  const basis = basisOf(app.kela)
  if (basis.month !== app.month)
    return fail("kela.month", "kela-decision-same-month", "Kela's decision must be for the month applied for")
  if (basis.basicAssistance > Math.max(0, basis.expenses - basis.income - basis.assets))
    return fail(
      "kela.basicAssistance",
      "kela-figures-consistent",
      "The basic assistance granted exceeds expenses minus income and assets in Kela's figures"
    )
  let g: Guideline | undefined = guideline
  if (g === undefined && app.guideline !== undefined) {
    g = Guidelines.byId(app.guideline)
    if (g === undefined) return fail("guideline", "guideline-known", "No shipped guideline has this id")
  }
  const firstDay = `${app.month}-01`
  if (g !== undefined && !inForce(g, firstDay))
    return fail("guideline", "guideline-in-force", "The guideline is not in force in the month applied for")

  const nodes: Array<SupplementaryNode> = []
  nodes.push({
    ruleId: "kela-basis",
    legal: [KELA_FIRST],
    inputs: {
      source: basis.source,
      expenses: basis.expenses,
      income: basis.income,
      assets: basis.assets,
      basicAssistance: basis.basicAssistance
    },
    result: cents(basis.basicAssistance)
  })

  const accepted: Array<Accepted> = []
  for (let i = 0; i < app.lines.length; i++) {
    const line = app.lines[i]!
    const at = `lines[${i}]`
    let it: GuidelineItem | undefined
    if (line.guidelineItem !== undefined) {
      if (g === undefined)
        return fail(`${at}.guidelineItem`, "guideline-required", "A guideline item needs a guideline")
      it = itemOf(g, line.guidelineItem)
      if (it === undefined) return fail(`${at}.guidelineItem`, "guideline-item-known", "The guideline has no such item")
      if (it.category !== line.category)
        return fail(`${at}.category`, "guideline-item-category", "The line's category differs from the item's")
      if (it.period === "perChildPerYear" && line.children === undefined)
        return fail(`${at}.children`, "children-required", "An item per child needs the number of children")
    }
    if (line.worker !== undefined && line.worker.accepted > line.claimed)
      return fail(`${at}.worker.accepted`, "accepted-at-most-claimed", "The accepted amount exceeds the amount claimed")
    // The guideline's amount for the line, when it gives one that binds (fixed or cap; a typical amount does not).
    let guide: number | null = null
    if (it !== undefined && (it.amount.kind === "fixed" || it.amount.kind === "cap")) {
      const full = it.amount.amount * multiplier(it.period, line)
      const left = Math.max(0, full - (line.grantedEarlierInPeriod ?? 0))
      guide = Math.min(line.claimed, left)
    }
    const legal = it?.legalBasis === "8" ? [act("8", { subsection: 1 })] : [SUPPLEMENTARY]
    const base = {
      category: line.category,
      guidelineItem: it?.id ?? null,
      section: it?.section ?? null,
      claimed: line.claimed,
      guidelineAmount: guide,
      item:
        it === undefined
          ? null
          : { amountKind: it.amount.kind, amount: itemAmount(it), period: it.period, conditions: it.conditions },
      legal
    }
    let rule: LineRule
    let amount: number
    let reason: Reason | null = null
    if (line.worker !== undefined) {
      amount = line.worker.accepted
      reason = line.worker.reason
      rule =
        it === undefined
          ? "worker-no-guideline"
          : guide === null || guide === amount
            ? "worker-within-guideline"
            : "worker-deviation"
      if (it !== undefined && it.amount.kind === "range" && amount > it.amount.max * multiplier(it.period, line))
        rule = "worker-deviation"
    } else if (line.conditionsMet === false && it !== undefined) {
      amount = 0
      rule = "conditions-not-met"
    } else if (guide !== null && it !== undefined) {
      amount = guide
      rule = it.amount.kind === "fixed" ? "guideline-fixed" : "guideline-cap"
    } else
      return fail(
        `${at}.worker`,
        "worker-amount-required",
        it === undefined
          ? "A line without a guideline item needs the social worker's accepted amount and reason"
          : it.amount.kind === "typical"
            ? "The guideline gives a typical amount, not a limit, for this item: the social worker's accepted amount and reason are required"
            : "The guideline gives no amount for this item: the social worker's accepted amount and reason are required"
      )
    accepted.push({ ...base, accepted: amount, rule, reason })
  }

  let other = 0
  const byKind: Record<string, number> = {}
  for (const r of [...(app.otherIncome ?? []), ...(app.otherAssets ?? [])]) {
    other += r.amount
    byKind[r.kind] = (byKind[r.kind] ?? 0) + r.amount
  }
  if (Object.keys(byKind).length > 0)
    nodes.push({ ruleId: "other-resources", legal: [INCOME, ASSETS], inputs: byKind, result: cents(other) })

  // The deficit of Kela's calculation with the county's further resources; the basic assistance granted covers it.
  const deficit = basis.expenses - basis.income - basis.assets - other
  const available = Math.max(0, basis.basicAssistance - deficit)
  let left = available
  const lines: Array<DecisionLine> = accepted.map((l) => {
    const covered = Math.min(left, l.accepted)
    left -= covered
    const paid = l.accepted - covered
    return {
      category: l.category,
      guidelineItem: l.guidelineItem,
      section: l.section,
      claimed: euros(l.claimed),
      claimedCents: cents(l.claimed),
      accepted: euros(l.accepted),
      acceptedCents: cents(l.accepted),
      guidelineAmount: l.guidelineAmount === null ? null : euros(l.guidelineAmount),
      guidelineAmountCents: l.guidelineAmount === null ? null : cents(l.guidelineAmount),
      rule: l.rule,
      reason: l.reason,
      item:
        l.item === null
          ? null
          : {
              amountKind: l.item.amountKind,
              amount: l.item.amount === null ? null : euros(l.item.amount),
              amountCents: l.item.amount === null ? null : cents(l.item.amount),
              period: l.item.period,
              conditions: l.item.conditions
            },
      coveredBySurplus: euros(covered),
      coveredBySurplusCents: cents(covered),
      paid: euros(paid),
      paidCents: cents(paid),
      legal: l.legal
    }
  })
  for (const [i, l] of accepted.entries())
    nodes.push({
      ruleId: "line",
      legal: l.legal,
      inputs: {
        category: l.category,
        item: l.guidelineItem,
        section: l.section,
        claimed: l.claimed,
        guidelineAmount: l.guidelineAmount,
        rule: l.rule,
        reason: l.reason,
        grantedEarlier: app.lines[i]!.grantedEarlierInPeriod ?? 0,
        children: app.lines[i]!.children ?? 0,
        amountKind: l.item?.amountKind ?? null,
        itemAmount: l.item?.amount ?? null,
        period: l.item?.period ?? null,
        conditions: l.item?.conditions.join(",") ?? null
      },
      result: cents(l.accepted)
    })
  const totalAccepted = accepted.reduce((s, l) => s + l.accepted, 0)
  const totalClaimed = accepted.reduce((s, l) => s + l.claimed, 0)
  const used = available - left
  const support = totalAccepted - used
  nodes.push({
    ruleId: "surplus",
    legal: [DIFFERENCE],
    inputs: { available, accepted: totalAccepted },
    result: cents(used)
  })
  nodes.push({
    ruleId: "support",
    legal: [SUPPLEMENTARY, DIFFERENCE],
    inputs: { accepted: totalAccepted, used },
    result: cents(support)
  })
  return Result.succeed({
    month: app.month,
    outcome: support > 0 ? "granted" : "noSupport",
    support: euros(support),
    supportCents: cents(support),
    guideline: g === undefined ? null : { id: g.id, title: g.document.title, url: g.document.url },
    kela: {
      source: basis.source,
      expenses: euros(basis.expenses),
      expensesCents: cents(basis.expenses),
      income: euros(basis.income),
      incomeCents: cents(basis.income),
      assets: euros(basis.assets),
      assetsCents: cents(basis.assets),
      basicAssistance: euros(basis.basicAssistance),
      basicAssistanceCents: cents(basis.basicAssistance)
    },
    otherResources: euros(other),
    otherResourcesCents: cents(other),
    totals: {
      claimed: euros(totalClaimed),
      claimedCents: cents(totalClaimed),
      accepted: euros(totalAccepted),
      acceptedCents: cents(totalAccepted),
      surplusAvailable: euros(available),
      surplusAvailableCents: cents(available),
      surplusUsed: euros(used),
      surplusUsedCents: cents(used),
      support: euros(support),
      supportCents: cents(support)
    },
    lines,
    urgent: app.urgent === true,
    explanation: nodes
  })
}
