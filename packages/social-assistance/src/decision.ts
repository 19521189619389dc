/**
 * The decision (output) of a basic social assistance calculation. Money as decimal euro strings, plus cents.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

const Text = Schema.Struct({ fi: Schema.String, sv: Schema.String, en: Schema.String })

/** @since 0.1.0 */
export const ParameterRead = Schema.Struct({
  name: Schema.String,
  value: Schema.String,
  validFrom: Schema.String,
  validTo: Schema.NullOr(Schema.String),
  source: Schema.String,
  provisional: Schema.Boolean
})

/** @since 0.1.0 */
export type ParameterRead = typeof ParameterRead.Type

/** @since 0.1.0 */
export const ExplanationNode = Schema.Struct({
  ruleId: Schema.String,
  /** Legal section and the version in force, e.g. `1412/1997 9 § as amended by 1220/2019`. */
  section: Schema.String,
  parameters: Schema.Array(ParameterRead),
  inputs: Schema.Record(Schema.String, Schema.String),
  result: Schema.String,
  text: Text
})

/** @since 0.1.0 */
export type ExplanationNode = typeof ExplanationNode.Type

/** @since 0.1.0 */
export const BasicAmountLine = Schema.Struct({
  personId: Schema.String,
  category: Schema.Literals([
    "livingAlone",
    "singleParent",
    "otherAdult",
    "adultWithParents",
    "child10to17",
    "childUnder10"
  ]),
  siblingRank: Schema.NullOr(Schema.Int),
  percentage: Schema.String,
  fullAmount: Schema.String,
  share: Schema.String,
  reduction: Schema.String,
  accepted: Schema.String,
  acceptedCents: Schema.Int
})

/** @since 0.1.0 */
export type BasicAmountLine = typeof BasicAmountLine.Type

/** @since 0.1.0 */
export const AmountLine = Schema.Struct({
  kind: Schema.String,
  personId: Schema.NullOr(Schema.String),
  claimed: Schema.String,
  /** Accepted expense, counted income or counted asset. */
  accepted: Schema.String,
  acceptedCents: Schema.Int,
  ruleId: Schema.String
})

/** @since 0.1.0 */
export type AmountLine = typeof AmountLine.Type

/** @since 0.1.0 */
export const Decision = Schema.Struct({
  month: Schema.String,
  municipality: Schema.String,
  outcome: Schema.Literals(["granted", "noSupport"]),
  support: Schema.String,
  supportCents: Schema.Int,
  totals: Schema.Struct({
    basicAmounts: Schema.String,
    otherBasicExpenses: Schema.String,
    expenses: Schema.String,
    income: Schema.String,
    assets: Schema.String,
    difference: Schema.String
  }),
  basicAmounts: Schema.Array(BasicAmountLine),
  expenses: Schema.Array(AmountLine),
  incomes: Schema.Array(AmountLine),
  assets: Schema.Array(AmountLine),
  /** Provisional parameters or missing procedural steps the decision relies on. */
  flags: Schema.Array(Schema.String),
  explanation: Schema.Array(ExplanationNode)
}).annotate({ title: "Decision", description: "Basic social assistance decision for one family and one month" })

/** @since 0.1.0 */
export type Decision = typeof Decision.Type

/** @since 0.1.0 */
export const decisionJsonSchema = () => Schema.toJsonSchemaDocument(Decision)
