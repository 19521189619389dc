/**
 * The structured trace of a calculation: one node per step, as numbers and codes, no sentences. The text for people
 * is rendered from these nodes on demand (`Explain.render`).
 *
 * @since 0.2.0
 */
import * as CoreLegalRef from "@osallistava/core/legal-ref"

/**
 * Every rule id a trace node can carry. A consumer can switch over them exhaustively; the Decision Schema and its
 * JSON Schema list them.
 *
 * @since 0.2.0
 */
export const ruleIds = [
  "basic-amount",
  "basic-amount-reduction",
  "basic-amount-reduction-not-applied",
  "moving-allowance",
  "coeliac-diet",
  "coeliac-diet-not-accepted",
  "housing-cost-necessary-size",
  "housing-cost-withinLimit",
  "housing-cost-specialGround",
  "housing-cost-directionRequired",
  "housing-cost-directionPeriod",
  "housing-cost-capped",
  "other-basic-expense",
  "income-not-counted",
  "earned-income-disregard",
  "earned-income-no-disregard",
  "minor-assistance-disregard",
  "minor-assistance-no-disregard",
  "child-income-cap",
  "income-total",
  "assets",
  "support",
  "provisional-law"
] as const

/** @since 0.2.0 */
export type RuleId = (typeof ruleIds)[number]

/**
 * The rule that set the accepted amount of one expense, income or asset line.
 *
 * @since 0.2.0
 */
export const lineRuleIds = [
  "housing-cost",
  "housing-cost-capped",
  "other-basic-expense",
  "compensated-elsewhere",
  "moving-allowance",
  "coeliac-diet",
  "coeliac-diet-not-accepted",
  "income-counted",
  "income-counted-next-month",
  "income-not-counted",
  "earned-income",
  "minor-assistance",
  "child-income-cap",
  "asset-available",
  "asset-realisation-period",
  "child-asset-cap"
] as const

/** @since 0.2.0 */
export type LineRuleId = (typeof lineRuleIds)[number]

/**
 * Flags: provisional parameters or missing procedural steps a decision relies on.
 *
 * @since 0.2.0
 */
export const flagIds = [
  "reductionRegimeProvisional",
  "movingAllowanceDateProvisional",
  "housingLimit2026Provisional",
  /** Never raised since the 2025/2026 annexes resolve every municipality (merged ones to their successor); kept for consumers. */
  "housingLimitPreviousAnnexFallback",
  "housingDirectionRequired",
  "kelaHousingNormProvisional",
  "housingNormUnknown",
  "earnedIncomeDisregardProvisional",
  "minorAssistanceDisregardProvisional",
  "basicAmountProvisional",
  /** From 2026-02 (law 26/2026) a health-care cost is accepted under the pre-2026 rule; the new wording was not read. */
  "healthCare2026Provisional",
  /** The month is after the last confirmed parameters and computed with them on request (`assumeLaw: "lastKnown"`). */
  "provisionalLaw"
] as const

/** @since 0.2.0 */
export type FlagId = (typeof flagIds)[number]

/**
 * A legal reference as data: core's `LegalRef` (act, section, subsection, point, the amending act whose wording is
 * applied, its validity and the Finlex link). `Explain.cite` renders it in each language's citation style.
 *
 * @since 0.2.0
 */
export type LegalRef = CoreLegalRef.LegalRef

/**
 * Parameter names read by the rules (the dated tables of `Parameters`, plus the municipal housing limit).
 *
 * @since 0.2.0
 */
export const parameterNames = [
  "basicAmountSingle",
  "categoryPercentages",
  "reductionRegimes",
  "movingAllowance",
  "coeliacDietAllowance",
  "housingLimitRegimes",
  "housingLimit",
  "kelaHousingNormPractice",
  "kelaHousingNorm",
  "earnedIncomeDisregard",
  "minorAssistanceDisregard"
] as const

/** @since 0.2.0 */
export type ParameterName = (typeof parameterNames)[number]

/**
 * A parameter read by a step: the value used (cents, a percentage in millionths, a count, or a code), and the
 * validity and source of the dated entry it came from.
 *
 * @since 0.2.0
 */
export interface ParameterUse {
  readonly name: ParameterName
  readonly value: number | string
  readonly validFrom: string
  readonly validTo: string | null
  readonly source: string
  readonly provisional: boolean
  /** Evidence grade of the dated entry, where the rule reports it. */
  readonly evidence?: "C" | "D" | "I"
}

/**
 * The `parameters` of a step that reads none: one shared empty array, so a traced decision allocates no empty array
 * per step.
 *
 * @since 0.3.0
 */
export const noParameters: ReadonlyArray<ParameterUse> = Object.freeze([])

/**
 * One item of an aggregate step (an expense, income or asset line): its kind, its amount in cents and, for income
 * counted next month, that fact.
 *
 * @since 0.2.0
 */
export interface TraceItem {
  readonly kind: string
  readonly cents: number
  readonly nextMonth?: boolean
}

/** @since 0.2.0 */
export type TraceInput = number | string | boolean | ReadonlyArray<TraceItem>

/**
 * One step of a calculation. Amounts are integer cents, percentages millionths, everything else a number, a
 * boolean or a code (a person id, a kind, a category): never a sentence.
 *
 * @since 0.2.0
 */
export interface TraceNode {
  readonly ruleId: RuleId
  readonly legal: ReadonlyArray<LegalRef>
  readonly parameters: ReadonlyArray<ParameterUse>
  readonly inputs: Readonly<Record<string, TraceInput>>
  /** The step's result in cents. */
  readonly result: number
}

/**
 * Receives the steps of one calculation. Without a tracer the calculation records nothing.
 *
 * @since 0.2.0
 */
export interface Tracer {
  /** A step and its result. */
  readonly node: (node: TraceNode) => void
  /** A flag the decision carries (may repeat; the decision keeps the first of each). */
  readonly flag: (flag: FlagId) => void
  /** The accepted amount and rule of line `index` of the application's `expenses`, `incomes` or `assets`. */
  readonly line: (list: "expenses" | "incomes" | "assets", index: number, accepted: number, ruleId: LineRuleId) => void
  /** Person `index`'s basic amount: category, sibling rank (0 for adults), percentage, full amount and share. */
  readonly basic: (
    index: number,
    category: Category,
    siblingRank: number,
    percentage: number,
    full: number,
    share: number
  ) => void
  /** Person `index`'s basic amount after a reduction (10 §). */
  readonly reduced: (index: number, accepted: number) => void
}

/**
 * Categories of the basic amount (9 §).
 *
 * @since 0.2.0
 */
export const categories = [
  "livingAlone",
  "singleParent",
  "otherAdult",
  "adultWithParents",
  "child10to17",
  "childUnder10"
] as const

/** @since 0.2.0 */
export type Category = (typeof categories)[number]

/**
 * Shorthand for a reference to a section of Act 1412/1997.
 *
 * @since 0.2.0
 */
export const act1412 = (section: string, more: Omit<LegalRef, "act" | "section" | "finlex"> = {}): LegalRef =>
  CoreLegalRef.make({ act: "1412/1997", section, ...more })
