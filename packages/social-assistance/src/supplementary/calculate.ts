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
import { decodeInput, EuroString, type InvalidInput, LegalRef, Money, RuleViolation } from "@osallistava/core"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { MonthString } from "../application.js"
import { Decision } from "../decision.js"
import * as Guidelines from "../guidelines/index.js"
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

/**
 * The social worker's reasons for an accepted amount (codes; fi/sv/en texts in `messages.ts`).
 *
 * @since 0.3.0
 */
export const reasonCodes = [
  "guidelineGivesNoAmount",
  "actualNecessaryCost",
  "specialCircumstances",
  "childsBestInterest",
  "longOrSeriousIllness",
  "longTermAssistance",
  "cheaperAlternative",
  "notNecessary",
  "coveredElsewhere",
  "preventsEviction",
  "suddenDeterioration",
  "supportsActivation"
] as const

/** @since 0.3.0 */
export const Reason = Schema.Literals(reasonCodes)

/** @since 0.3.0 */
export type Reason = (typeof reasonCodes)[number]

const NonNegativeEuro = EuroString.pipe(
  Schema.check(Schema.makeFilter((n: number) => n >= 0 || "Expected an amount of at least 0.00", { title: "≥ 0" }))
)

/**
 * Kela's calculation as entered from its decision letter: the totals of the basic-assistance calculation.
 *
 * @since 0.3.0
 */
export const KelaLetter = Schema.Struct({
  source: Schema.Literal("letter"),
  month: MonthString,
  /** Menot yhteensä: basic amounts and other basic expenses as Kela accepted them. */
  expenses: NonNegativeEuro,
  /** Tulot yhteensä as Kela counted them. */
  income: NonNegativeEuro,
  /** Varat as Kela counted them. */
  assets: NonNegativeEuro,
  /** Myönnetty perustoimeentulotuki (0.00 for a negative decision). */
  basicAssistance: NonNegativeEuro
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
export const WorkerAmount = Schema.Struct({ accepted: NonNegativeEuro, reason: Reason })

/** @since 0.3.0 */
export const SupplementaryLine = Schema.Struct({
  category: Category,
  claimed: NonNegativeEuro,
  /** The guideline item applied (an id of the guideline's items). */
  guidelineItem: Schema.optionalKey(GuidelineId),
  /** Children the line is for (items per child). */
  children: Schema.optionalKey(
    Schema.Int.pipe(Schema.check(Schema.makeFilter((n: number) => (n >= 1 && n <= 20) || "Expected 1 to 20")))
  ),
  /** Already granted under the same item in the same period (a per-year cap is used up by it). */
  grantedEarlierInPeriod: Schema.optionalKey(NonNegativeEuro),
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
export const OtherResource = Schema.Struct({ kind: Schema.Literals(otherKinds), amount: NonNegativeEuro })

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

/**
 * How a line's accepted amount was set.
 *
 * @since 0.3.0
 */
export const lineRules = [
  "guideline-fixed",
  "guideline-cap",
  "worker-within-guideline",
  "worker-deviation",
  "worker-no-guideline",
  "conditions-not-met"
] as const

/** @since 0.3.0 */
export type LineRule = (typeof lineRules)[number]

/** One line of the county's decision. Amounts in cents. @since 0.3.0 */
export interface DecisionLine {
  readonly category: Category
  readonly guidelineItem: string | null
  /** The guideline's section, or `null` without an item. */
  readonly section: string | null
  readonly claimed: number
  readonly accepted: number
  /** The guideline's amount for the line (fixed, or the remaining cap), when it gives one. */
  readonly guidelineAmount: number | null
  readonly rule: LineRule
  readonly reason: Reason | null
  /** The item's amount kind, amount (fixed or cap, per unit of its period), period and conditions. */
  readonly item: {
    readonly amountKind: "fixed" | "cap" | "range" | "none"
    readonly amount: number | null
    readonly period: Period
    readonly conditions: ReadonlyArray<Condition>
  } | null
  /** Covered by the surplus of Kela's calculation. */
  readonly coveredBySurplus: number
  /** Paid as supplementary assistance. */
  readonly paid: number
  readonly legal: ReadonlyArray<LegalRef.LegalRef>
}

/** A step of the county's calculation (numbers and codes, no sentences). @since 0.3.0 */
export interface SupplementaryNode {
  readonly ruleId: "kela-basis" | "line" | "other-resources" | "surplus" | "support"
  readonly legal: ReadonlyArray<LegalRef.LegalRef>
  readonly inputs: Readonly<Record<string, number | string | boolean | null>>
  readonly result: number
}

/** The county's decision on supplementary assistance. @since 0.3.0 */
export interface SupplementaryDecision {
  readonly month: string
  readonly outcome: "granted" | "noSupport"
  /** Decimal euros, e.g. `"120.00"`. */
  readonly support: string
  readonly supportCents: number
  readonly guideline: { readonly id: string; readonly title: string; readonly url: string } | null
  readonly kela: {
    readonly source: "decision" | "letter"
    readonly expenses: number
    readonly income: number
    readonly assets: number
    readonly basicAssistance: number
  }
  readonly otherResources: number
  readonly totals: {
    readonly claimed: number
    readonly accepted: number
    readonly surplusAvailable: number
    readonly surplusUsed: number
    readonly support: number
  }
  readonly lines: ReadonlyArray<DecisionLine>
  readonly urgent: boolean
  readonly explanation: ReadonlyArray<SupplementaryNode>
}

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

interface Basis {
  readonly source: "decision" | "letter"
  readonly month: string
  readonly expenses: number
  readonly income: number
  readonly assets: number
  readonly basicAssistance: number
}

const basisOf = (kela: NonNullable<SupplementaryApplication["kela"]>): Result.Result<Basis, RuleViolation> => {
  if (kela.source === "letter") return Result.succeed({ ...kela })
  const d = kela.decision
  const parse = (s: string) => {
    const r = Money.parse(s)
    return Result.isSuccess(r) ? r.success : undefined
  }
  const expenses = parse(d.totals.expenses)
  const income = parse(d.totals.income)
  const assets = parse(d.totals.assets)
  if (expenses === undefined || income === undefined || assets === undefined)
    return fail("kela.decision.totals", "kela-decision-totals", "Kela's decision totals are not euro amounts")
  return Result.succeed({
    source: "decision",
    month: d.month,
    expenses,
    income,
    assets,
    basicAssistance: d.supportCents
  })
}

/**
 * The county's supplementary-assistance decision.
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
  const b = basisOf(app.kela)
  if (Result.isFailure(b)) return Result.fail(b.failure)
  const basis = b.success
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
    result: basis.basicAssistance
  })

  const accepted: Array<Omit<DecisionLine, "coveredBySurplus" | "paid">> = []
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
    // The guideline's amount for the line, when it gives one.
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
          : {
              amountKind: it.amount.kind,
              amount:
                it.amount.kind === "fixed" || it.amount.kind === "cap"
                  ? it.amount.amount
                  : it.amount.kind === "range"
                    ? it.amount.max
                    : null,
              period: it.period,
              conditions: it.conditions
            },
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
    nodes.push({ ruleId: "other-resources", legal: [INCOME, ASSETS], inputs: byKind, result: other })

  // The deficit of Kela's calculation with the county's further resources; the basic assistance granted covers it.
  const deficit = basis.expenses - basis.income - basis.assets - other
  const available = Math.max(0, basis.basicAssistance - deficit)
  let left = available
  const lines: Array<DecisionLine> = accepted.map((l) => {
    const covered = Math.min(left, l.accepted)
    left -= covered
    return { ...l, coveredBySurplus: covered, paid: l.accepted - covered }
  })
  for (const [i, l] of lines.entries())
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
      result: l.accepted
    })
  const totalAccepted = lines.reduce((s, l) => s + l.accepted, 0)
  const used = available - left
  const support = totalAccepted - used
  nodes.push({
    ruleId: "surplus",
    legal: [DIFFERENCE],
    inputs: { available, accepted: totalAccepted },
    result: used
  })
  nodes.push({
    ruleId: "support",
    legal: [SUPPLEMENTARY, DIFFERENCE],
    inputs: { accepted: totalAccepted, used },
    result: support
  })
  return Result.succeed({
    month: app.month,
    outcome: support > 0 ? "granted" : "noSupport",
    support: Money.toDecimalString(support as Money.EuroCents),
    supportCents: support,
    guideline: g === undefined ? null : { id: g.id, title: g.document.title, url: g.document.url },
    kela: {
      source: basis.source,
      expenses: basis.expenses,
      income: basis.income,
      assets: basis.assets,
      basicAssistance: basis.basicAssistance
    },
    otherResources: other,
    totals: {
      claimed: lines.reduce((s, l) => s + l.claimed, 0),
      accepted: totalAccepted,
      surplusAvailable: available,
      surplusUsed: used,
      support
    },
    lines,
    urgent: app.urgent === true,
    explanation: nodes
  })
}
