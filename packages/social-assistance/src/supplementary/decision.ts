/**
 * The county's supplementary-assistance decision (output of `Supplementary.calculate`) as a Schema, with the same
 * money convention as the basic `Decision` (`src/decision.ts`): every amount is core's branded `Money.EuroCents` in a
 * `…Cents` field (integer cents, a JSON number) next to the same amount as a decimal euro string with two decimals
 * (`"120.00"`, for people and for JSON readers that want euros). Compute with the cents, never by parsing the strings;
 * decoding a decision refuses a string that is not exactly its cents' two-decimal form (rule `euros-match-cents`).
 * Rule ids, line rules, categories, reasons, periods, conditions and amount kinds are literal unions, so the JSON
 * Schema (`supplementaryDecisionJsonSchema`) enumerates them.
 *
 * @since 0.3.0
 */
import { decodeInput, type InvalidInput } from "@osallistava/core"
import { LegalRef } from "@osallistava/core/legal-ref"
import type * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { MonthString } from "../application.js"
import { agree, Euros, NonNegativeCents, rule } from "../money-fields.js"
import { Category, Condition, Guideline, GuidelineId, itemAmountKinds, Period } from "./guideline.js"
import { Reason } from "./reasons.js"

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
export const LineRule = Schema.Literals(lineRules)

/** @since 0.3.0 */
export type LineRule = (typeof lineRules)[number]

/**
 * The steps of the county's calculation, in the order of the trace.
 *
 * @since 0.3.0
 */
export const supplementaryRuleIds = ["kela-basis", "line", "other-resources", "surplus", "support"] as const

/** @since 0.3.0 */
export const SupplementaryRuleId = Schema.Literals(supplementaryRuleIds)

/**
 * The guideline item a line was decided under: its amount kind, amount (fixed, cap, typical, or the top of a range;
 * per unit of its period), period and conditions.
 *
 * @since 0.3.0
 */
export const DecisionLineItem = Schema.Struct({
  amountKind: Schema.Literals(itemAmountKinds),
  amount: Schema.NullOr(Euros),
  amountCents: Schema.NullOr(NonNegativeCents),
  period: Period,
  conditions: Schema.Array(Condition)
})
  .check(agree([["amount", "amountCents"]]))
  .annotate({ title: "DecisionLineItem" })

/**
 * One line of the county's decision: claimed, accepted, covered by the surplus of Kela's calculation and paid.
 *
 * @since 0.3.0
 */
export const DecisionLine = Schema.Struct({
  category: Category,
  guidelineItem: Schema.NullOr(GuidelineId),
  /** The guideline's section, or `null` without an item. */
  section: Schema.NullOr(Schema.String),
  claimed: Euros,
  claimedCents: NonNegativeCents,
  accepted: Euros,
  acceptedCents: NonNegativeCents,
  /** The guideline's amount for the line (fixed, or the remaining cap), when it gives one. */
  guidelineAmount: Schema.NullOr(Euros),
  guidelineAmountCents: Schema.NullOr(NonNegativeCents),
  rule: LineRule,
  reason: Schema.NullOr(Reason),
  item: Schema.NullOr(DecisionLineItem),
  /** Covered by the surplus of Kela's calculation. */
  coveredBySurplus: Euros,
  coveredBySurplusCents: NonNegativeCents,
  /** Paid as supplementary assistance. */
  paid: Euros,
  paidCents: NonNegativeCents,
  legal: Schema.Array(LegalRef)
})
  .check(
    agree([
      ["claimed", "claimedCents"],
      ["accepted", "acceptedCents"],
      ["guidelineAmount", "guidelineAmountCents"],
      ["coveredBySurplus", "coveredBySurplusCents"],
      ["paid", "paidCents"]
    ]),
    rule<{ readonly claimedCents: number; readonly acceptedCents: number }>(
      ["acceptedCents"],
      "accepted-at-most-claimed",
      "Expected at most the amount claimed",
      (l) => l.acceptedCents <= l.claimedCents
    ),
    rule<{ readonly acceptedCents: number; readonly coveredBySurplusCents: number; readonly paidCents: number }>(
      ["paidCents"],
      "paid-is-accepted-less-surplus",
      "Expected the accepted amount less the part covered by the surplus",
      (l) => l.coveredBySurplusCents <= l.acceptedCents && l.paidCents === l.acceptedCents - l.coveredBySurplusCents
    )
  )
  .annotate({ title: "SupplementaryDecisionLine" })

/** @since 0.3.0 */
export type DecisionLine = typeof DecisionLine.Type

/**
 * A step of the county's calculation: rule id, legal references as data, inputs (cents and codes, no sentences) and
 * the result in cents.
 *
 * @since 0.3.0
 */
export const SupplementaryNode = Schema.Struct({
  ruleId: SupplementaryRuleId,
  legal: Schema.Array(LegalRef),
  inputs: Schema.Record(Schema.String, Schema.Union([Schema.Number, Schema.String, Schema.Boolean, Schema.Null])),
  result: NonNegativeCents
}).annotate({ title: "SupplementaryNode" })

/** @since 0.3.0 */
export type SupplementaryNode = typeof SupplementaryNode.Type

/** Kela's calculation as the county used it. @since 0.3.0 */
export const KelaBasis = Schema.Struct({
  source: Schema.Literals(["decision", "letter"]),
  expenses: Euros,
  expensesCents: NonNegativeCents,
  income: Euros,
  incomeCents: NonNegativeCents,
  assets: Euros,
  assetsCents: NonNegativeCents,
  basicAssistance: Euros,
  basicAssistanceCents: NonNegativeCents
})
  .check(
    agree([
      ["expenses", "expensesCents"],
      ["income", "incomeCents"],
      ["assets", "assetsCents"],
      ["basicAssistance", "basicAssistanceCents"]
    ])
  )
  .annotate({ title: "KelaBasis" })

/** The decision's totals: claimed, accepted, the surplus available and used, the support. @since 0.3.0 */
export const SupplementaryTotals = Schema.Struct({
  claimed: Euros,
  claimedCents: NonNegativeCents,
  accepted: Euros,
  acceptedCents: NonNegativeCents,
  surplusAvailable: Euros,
  surplusAvailableCents: NonNegativeCents,
  surplusUsed: Euros,
  surplusUsedCents: NonNegativeCents,
  support: Euros,
  supportCents: NonNegativeCents
})
  .check(
    agree([
      ["claimed", "claimedCents"],
      ["accepted", "acceptedCents"],
      ["surplusAvailable", "surplusAvailableCents"],
      ["surplusUsed", "surplusUsedCents"],
      ["support", "supportCents"]
    ]),
    rule<{ readonly surplusAvailableCents: number; readonly surplusUsedCents: number; readonly acceptedCents: number }>(
      ["surplusUsedCents"],
      "surplus-used-within-available",
      "Expected at most the surplus available and the accepted expenses",
      (t) => t.surplusUsedCents <= t.surplusAvailableCents && t.surplusUsedCents <= t.acceptedCents
    ),
    rule<{ readonly acceptedCents: number; readonly surplusUsedCents: number; readonly supportCents: number }>(
      ["supportCents"],
      "support-is-accepted-less-surplus",
      "Expected the accepted expenses less the surplus used (6 § 2 mom.)",
      (t) => t.supportCents === t.acceptedCents - t.surplusUsedCents
    )
  )
  .annotate({ title: "SupplementaryTotals" })

/**
 * The county's decision on supplementary assistance for one family and one month.
 *
 * @since 0.3.0
 */
export const SupplementaryDecision = Schema.Struct({
  month: MonthString.pipe(
    Schema.check(
      Schema.makeFilter(
        (m: string) =>
          m >= "2023-01" ||
          "Expected a month from 2023-01, when the county decides (1023/2022; rule county-decision-in-force)",
        { title: "county-decision-in-force" }
      )
    )
  ),
  outcome: Schema.Literals(["granted", "noSupport"]),
  support: Euros,
  supportCents: NonNegativeCents,
  guideline: Schema.NullOr(
    Schema.Struct({
      id: GuidelineId,
      title: Guideline.fields.document.fields.title,
      url: Guideline.fields.document.fields.url
    })
  ),
  kela: KelaBasis,
  /** Income and assets the county counted that were not in Kela's calculation. */
  otherResources: Euros,
  otherResourcesCents: NonNegativeCents,
  totals: SupplementaryTotals,
  lines: Schema.Array(DecisionLine),
  urgent: Schema.Boolean,
  explanation: Schema.Array(SupplementaryNode)
})
  .check(
    agree([
      ["support", "supportCents"],
      ["otherResources", "otherResourcesCents"]
    ]),
    rule<{ readonly supportCents: number; readonly totals: { readonly supportCents: number } }>(
      ["totals", "supportCents"],
      "totals-match-support",
      "Expected the decision's support",
      (d) => d.totals.supportCents === d.supportCents
    ),
    rule<{ readonly supportCents: number; readonly lines: ReadonlyArray<{ readonly paidCents: number }> }>(
      ["supportCents"],
      "lines-add-up-to-support",
      "Expected the sum of the lines' paid amounts",
      (d) => d.lines.reduce((sum, l) => sum + l.paidCents, 0) === d.supportCents
    ),
    rule<{ readonly supportCents: number; readonly outcome: "granted" | "noSupport" }>(
      ["outcome"],
      "outcome-matches-support",
      'Expected "granted" exactly when the support is above 0',
      (d) => (d.outcome === "granted") === d.supportCents > 0
    )
  )
  .annotate({
    title: "SupplementaryDecision",
    description: "The wellbeing services county's supplementary social assistance decision for one family and one month"
  })

/** @since 0.3.0 */
export type SupplementaryDecision = typeof SupplementaryDecision.Type

/**
 * Decodes a stored decision (parsed JSON), e.g. one the CLI wrote. Failures name the field path and the rule, never a
 * value.
 *
 * @since 0.3.0
 */
export const decodeSupplementaryDecision: (input: unknown) => Result.Result<SupplementaryDecision, InvalidInput> =
  decodeInput(SupplementaryDecision, "supplementary assistance decision")

/**
 * The decision as JSON-ready data (`Schema.encodeSync`): the same shape, cents as plain numbers.
 *
 * @since 0.3.0
 */
export const encodeSupplementaryDecision = (d: SupplementaryDecision): typeof SupplementaryDecision.Encoded =>
  Schema.encodeSync(SupplementaryDecision)(d)

/** The JSON Schema of the decision (draft 2020-12 document). @since 0.3.0 */
export const supplementaryDecisionJsonSchema = () => Schema.toJsonSchemaDocument(SupplementaryDecision)
