/**
 * The decision (output) of a basic social assistance calculation. Every amount is core's branded `Money.EuroCents`
 * (`…Cents` fields: integer cents, a JSON number) next to the same amount as a decimal euro string (`"238.09"`, for
 * people and for JSON readers that want euros). Compute with the cents, never by parsing the strings; decoding a
 * decision (`Schema.decodeUnknownResult(Decision)`, as `Supplementary` does with Kela's decision) refuses a string
 * that is not exactly its cents' two-decimal form. The explanation is the structured trace of the calculation (rule
 * ids, legal references, parameters read, inputs and results as numbers and codes); `Explain.render` turns it into
 * text.
 *
 * @since 0.1.0
 */
import { MunicipalityCodeOrName } from "@osallistava/core"
import type * as Money from "@osallistava/core/money"
import * as Schema from "effect/Schema"
import { MonthString, PersonId } from "./application.js"
import { agree, Cents as CentsField, Euros as EurosField, NonNegativeCents, rule } from "./money-fields.js"
import { categories, flagIds, lineRuleIds, parameterNames, ruleIds } from "./rules/trace.js"

/**
 * Integer euro cents, branded: a consumer's types say "cents" and cannot mix them with other numbers. JSON: a number.
 *
 * @since 0.3.0
 */
export const Cents = CentsField

/** @since 0.3.0 */
export type Cents = Money.EuroCents

/**
 * An amount in euros as the decision writes it: a decimal string with exactly two decimals (`"238.09"`, `"-5.00"`),
 * always `Money.toDecimalString` of the `…Cents` field beside it.
 *
 * @since 0.3.0
 */
export const Euros = EurosField

/** @since 0.2.0 */
export const RuleId = Schema.Literals(ruleIds)

/** @since 0.2.0 */
export const LineRuleId = Schema.Literals(lineRuleIds)

/** @since 0.2.0 */
export const Flag = Schema.Literals(flagIds)

/**
 * A legal reference as data (core's `LegalRef`; `Explain.cite` renders it in the language's citation style).
 *
 * @since 0.2.0
 */
export const LegalRef = Schema.Struct({
  act: Schema.String,
  section: Schema.String,
  subsection: Schema.optionalKey(Schema.Int),
  point: Schema.optionalKey(Schema.Int),
  amendedBy: Schema.optionalKey(Schema.String),
  validFrom: Schema.optionalKey(Schema.String),
  validTo: Schema.optionalKey(Schema.String),
  finlex: Schema.String
}).annotate({ title: "LegalRef" })

/**
 * A parameter read by a step: value (cents, percentage in millionths, or a code) with its validity and source.
 *
 * @since 0.1.0
 */
export const ParameterRead = Schema.Struct({
  name: Schema.Literals(parameterNames),
  value: Schema.Union([Schema.Number, Schema.String]),
  validFrom: Schema.String,
  validTo: Schema.NullOr(Schema.String),
  source: Schema.String,
  provisional: Schema.Boolean,
  /** Evidence grade of the dated entry when the rule reports it (`C` seen in the source, `D` derived, `I` inferred). */
  evidence: Schema.optionalKey(Schema.Literals(["C", "D", "I"]))
}).annotate({ title: "ParameterRead" })

/** @since 0.1.0 */
export type ParameterRead = typeof ParameterRead.Type

/** @since 0.2.0 */
export const TraceItem = Schema.Struct({
  kind: Schema.String,
  cents: Cents,
  nextMonth: Schema.optionalKey(Schema.Boolean)
})

/**
 * One step of the calculation. Amounts are integer cents, percentages millionths.
 *
 * @since 0.1.0
 */
export const ExplanationNode = Schema.Struct({
  ruleId: RuleId,
  legal: Schema.Array(LegalRef),
  parameters: Schema.Array(ParameterRead),
  inputs: Schema.Record(
    Schema.String,
    Schema.Union([Schema.Number, Schema.String, Schema.Boolean, Schema.Array(TraceItem)])
  ),
  /** The step's result in cents. */
  result: Cents
}).annotate({ title: "ExplanationNode" })

/** @since 0.1.0 */
export type ExplanationNode = typeof ExplanationNode.Type

/**
 * One person's basic amount (9 §): the full amount of the category, the person's share, the 10 § reduction and the
 * accepted amount, each in cents and as euros.
 *
 * @since 0.1.0
 */
export const BasicAmountLine = Schema.Struct({
  personId: PersonId,
  category: Schema.Literals(categories),
  siblingRank: Schema.NullOr(Schema.Int),
  percentage: Schema.String,
  fullAmount: Euros,
  /** @since 0.3.0 */
  fullAmountCents: NonNegativeCents,
  share: Euros,
  /** @since 0.3.0 */
  shareCents: NonNegativeCents,
  reduction: Euros,
  /** @since 0.3.0 */
  reductionCents: NonNegativeCents,
  accepted: Euros,
  acceptedCents: NonNegativeCents
}).check(
  agree([
    ["fullAmount", "fullAmountCents"],
    ["share", "shareCents"],
    ["reduction", "reductionCents"],
    ["accepted", "acceptedCents"]
  ])
)

/** @since 0.1.0 */
export type BasicAmountLine = typeof BasicAmountLine.Type

/**
 * One expense, income or asset line of the application: claimed and accepted (counted), in cents and as euros, and
 * the rule that set the accepted amount.
 *
 * @since 0.1.0
 */
export const AmountLine = Schema.Struct({
  kind: Schema.String,
  personId: Schema.NullOr(PersonId),
  claimed: Euros,
  /** @since 0.3.0 */
  claimedCents: NonNegativeCents,
  /** Accepted expense, counted income or counted asset. */
  accepted: Euros,
  acceptedCents: NonNegativeCents,
  ruleId: LineRuleId
}).check(
  agree([
    ["claimed", "claimedCents"],
    ["accepted", "acceptedCents"]
  ])
)

/** @since 0.1.0 */
export type AmountLine = typeof AmountLine.Type

/**
 * The decision's totals (6 §): basic amounts after reductions, other basic expenses, all expenses, income, assets and
 * the difference (expenses − income − assets), each in cents and as euros.
 *
 * @since 0.3.0
 */
export const Totals = Schema.Struct({
  basicAmounts: Euros,
  basicAmountsCents: NonNegativeCents,
  otherBasicExpenses: Euros,
  otherBasicExpensesCents: NonNegativeCents,
  expenses: Euros,
  expensesCents: NonNegativeCents,
  income: Euros,
  incomeCents: NonNegativeCents,
  assets: Euros,
  assetsCents: NonNegativeCents,
  difference: Euros,
  differenceCents: Cents
}).check(
  agree([
    ["basicAmounts", "basicAmountsCents"],
    ["otherBasicExpenses", "otherBasicExpensesCents"],
    ["expenses", "expensesCents"],
    ["income", "incomeCents"],
    ["assets", "assetsCents"],
    ["difference", "differenceCents"]
  ]),
  rule<{
    readonly basicAmountsCents: number
    readonly otherBasicExpensesCents: number
    readonly expensesCents: number
  }>(
    ["expensesCents"],
    "expenses-add-up",
    "Expected the basic amounts plus the other basic expenses (6 §)",
    (t) => t.expensesCents === t.basicAmountsCents + t.otherBasicExpensesCents
  ),
  rule<{
    readonly expensesCents: number
    readonly incomeCents: number
    readonly assetsCents: number
    readonly differenceCents: number
  }>(
    ["differenceCents"],
    "difference-of-totals",
    "Expected the expenses minus the income and the assets (6 § 1 mom.)",
    (t) => t.differenceCents === t.expensesCents - t.incomeCents - t.assetsCents
  )
)

/** @since 0.3.0 */
export type Totals = typeof Totals.Type

/** @since 0.1.0 */
export const Decision = Schema.Struct({
  month: MonthString,
  /** The application's municipality as it was given (a Statistics Finland code or a name core knows). */
  municipality: MunicipalityCodeOrName,
  outcome: Schema.Literals(["granted", "noSupport"]),
  support: Euros,
  supportCents: NonNegativeCents,
  totals: Totals,
  basicAmounts: Schema.Array(BasicAmountLine),
  expenses: Schema.Array(AmountLine),
  incomes: Schema.Array(AmountLine),
  assets: Schema.Array(AmountLine),
  /** Provisional parameters or missing procedural steps the decision relies on. */
  flags: Schema.Array(Flag),
  explanation: Schema.Array(ExplanationNode)
})
  .check(
    agree([["support", "supportCents"]]),
    // 6 §: the support is the positive part of the difference (rules/difference-6.ts), granted exactly when positive.
    rule<{ readonly supportCents: number; readonly totals: { readonly differenceCents: number } }>(
      ["supportCents"],
      "support-is-positive-difference",
      "Expected the difference of the totals when positive, else 0 (6 §)",
      (d) => d.supportCents === Math.max(0, d.totals.differenceCents)
    ),
    rule<{ readonly supportCents: number; readonly outcome: "granted" | "noSupport" }>(
      ["outcome"],
      "outcome-matches-support",
      'Expected "granted" exactly when the support is above 0',
      (d) => (d.outcome === "granted") === d.supportCents > 0
    )
  )
  .annotate({ title: "Decision", description: "Basic social assistance decision for one family and one month" })

/** @since 0.1.0 */
export type Decision = typeof Decision.Type

/** @since 0.1.0 */
export const decisionJsonSchema = () => Schema.toJsonSchemaDocument(Decision)
