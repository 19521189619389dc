/**
 * The decision (output) of a basic social assistance calculation. Money at this boundary is a decimal euro string
 * (`"238.09"`) next to its integer cents; the explanation is the structured trace of the calculation (rule ids,
 * legal references, parameters read, inputs and results as numbers and codes). `Explain.render` turns it into text.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { categories, flagIds, lineRuleIds, parameterNames, ruleIds } from "./rules/trace.js"

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
  cents: Schema.Int,
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
  result: Schema.Int
}).annotate({ title: "ExplanationNode" })

/** @since 0.1.0 */
export type ExplanationNode = typeof ExplanationNode.Type

/** @since 0.1.0 */
export const BasicAmountLine = Schema.Struct({
  personId: Schema.String,
  category: Schema.Literals(categories),
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
  ruleId: LineRuleId
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
  flags: Schema.Array(Flag),
  explanation: Schema.Array(ExplanationNode)
}).annotate({ title: "Decision", description: "Basic social assistance decision for one family and one month" })

/** @since 0.1.0 */
export type Decision = typeof Decision.Type

/** @since 0.1.0 */
export const decisionJsonSchema = () => Schema.toJsonSchemaDocument(Decision)
