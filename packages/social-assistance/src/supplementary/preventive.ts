/**
 * Preventive social assistance (ehkäisevä toimeentulotuki, 1412/1997 8 § (1023/2022); 13 § (923/2000) before 2023)
 * as a typed decision. The law names purposes, not a formula: "1 §:n 2 momentissa mainittujen tavoitteiden
 * saavuttamiseksi [promoting social security and independent coping, preventing exclusion and long-term dependence]
 * tuen saajan aktivointia tukeviin toimenpiteisiin, asumisen turvaamiseksi, ylivelkaantumisesta tai taloudellisen
 * tilanteen äkillisestä heikentymisestä aiheutuvien vaikeuksien lieventämiseksi sekä muihin tuen saajan omatoimista
 * suoriutumista edistäviin tarkoituksiin" (8 § 1 mom.), and "Hyvinvointialue päättää tuen myöntämisen perusteista"
 * (8 § 2 mom.). So the amount is the social worker's, with the purpose, the conditions and the reasons; nothing is
 * computed.
 *
 * @since 0.3.0
 */
import { decodeInput, type InvalidInput, LegalRef, Money, RuleViolation } from "@osallistava/core"
import { LegalRef as LegalRefSchema } from "@osallistava/core/legal-ref"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { DateString } from "../application.js"
import { agree, Euros, NonNegativeCents, NonNegativeEuroString, rule } from "../money-fields.js"
import { checkKelaDecisionFirst, PREVENTIVE_DEVIATION } from "./procedure.js"
import { Reason } from "./reasons.js"

/** The first day the wellbeing services county decides preventive assistance under 8 § (1023/2022). */
const PREVENTIVE_FROM = "2023-01-01"

/** The purposes of 8 § 1 mom. @since 0.3.0 */
export const purposes = [
  "activation",
  "securingHousing",
  "overIndebtedness",
  "suddenDeterioration",
  "otherIndependentCoping"
] as const

/** @since 0.3.0 */
export const Purpose = Schema.Literals(purposes)

/** @since 0.3.0 */
export type Purpose = (typeof purposes)[number]

/** Conditions a preventive grant may carry (codes; texts in the messages). @since 0.3.0 */
export const preventiveConditions = [
  "paidToCreditor",
  "paymentPlanAgreed",
  "debtCounselling",
  "clientPlanFollowUp",
  "paymentCommitment"
] as const

/** @since 0.3.0 */
export const PreventiveCondition = Schema.Literals(preventiveConditions)

/** @since 0.3.0 */
export const PreventiveApplication = Schema.Struct({
  decidedOn: DateString,
  purpose: Purpose,
  outcome: Schema.Literals(["granted", "rejected"]),
  /** The amount granted (0.00 when rejected): the social worker's, no formula. */
  amount: NonNegativeEuroString,
  conditions: Schema.Array(PreventiveCondition).pipe(Schema.check(Schema.isMaxLength(10))),
  reasons: Schema.Array(Reason).pipe(Schema.check(Schema.isMinLength(1), Schema.isMaxLength(10))),
  kelaDecisionExists: Schema.Boolean,
  urgent: Schema.optionalKey(Schema.Boolean),
  /** A special reason to decide without Kela's decision (8 § 2 mom.). */
  specialReason: Schema.optionalKey(Schema.Boolean)
}).annotate({ title: "PreventiveApplication" })

/** @since 0.3.0 */
export type PreventiveApplication = typeof PreventiveApplication.Type

/** Decodes a preventive-assistance decision's input; failures name field and rule, never a value. @since 0.3.0 */
export const decodePreventiveApplication: (input: unknown) => Result.Result<PreventiveApplication, InvalidInput> =
  decodeInput(PreventiveApplication, "preventive assistance decision")

/**
 * The typed preventive decision, a Schema with the money convention of the basic `Decision`: `amountCents` (core's
 * branded `Money.EuroCents`, a JSON number) beside `amount`, the same amount as a two-decimal euro string.
 *
 * @since 0.3.0
 */
export const PreventiveDecision = Schema.Struct({
  type: Schema.Literal("preventive"),
  decidedOn: DateString.pipe(
    Schema.check(
      Schema.makeFilter(
        (d: string) =>
          d >= PREVENTIVE_FROM ||
          "Expected a date from 2023-01-01, when the county decides (1023/2022; rule preventive-in-force)",
        { title: "preventive-in-force" }
      )
    )
  ),
  purpose: Purpose,
  outcome: Schema.Literals(["granted", "rejected"]),
  amount: Euros,
  amountCents: NonNegativeCents,
  conditions: Schema.Array(PreventiveCondition),
  reasons: Schema.Array(Reason),
  urgent: Schema.Boolean,
  /** Decided without Kela's basic-assistance decision (8 § 2 mom.). */
  withoutKelaDecision: Schema.Boolean,
  legal: Schema.Array(LegalRefSchema)
})
  .check(
    agree([["amount", "amountCents"]]),
    rule<{ readonly outcome: "granted" | "rejected"; readonly amountCents: number }>(
      ["amountCents"],
      "grant-has-amount",
      "A grant needs an amount above 0.00",
      (d) => d.outcome !== "granted" || d.amountCents > 0
    ),
    rule<{ readonly outcome: "granted" | "rejected"; readonly amountCents: number }>(
      ["amountCents"],
      "rejection-has-no-amount",
      "A rejection has the amount 0.00",
      (d) => d.outcome !== "rejected" || d.amountCents === 0
    )
  )
  .annotate({ title: "PreventiveDecision" })

/** @since 0.3.0 */
export type PreventiveDecision = typeof PreventiveDecision.Type

/** Decodes a stored preventive decision; failures name the field path and the rule, never a value. @since 0.3.0 */
export const decodePreventiveDecision: (input: unknown) => Result.Result<PreventiveDecision, InvalidInput> =
  decodeInput(PreventiveDecision, "preventive assistance decision (output)")

/** The JSON Schema of the preventive decision (draft 2020-12 document). @since 0.3.0 */
export const preventiveDecisionJsonSchema = () => Schema.toJsonSchemaDocument(PreventiveDecision)

const PREVENTIVE = LegalRef.make({ act: "1412/1997", section: "8", subsection: 1, amendedBy: "1023/2022" })
const PURPOSE = LegalRef.make({ act: "1412/1997", section: "1", subsection: 2 })

/**
 * The typed preventive decision: checks the procedure (Kela's decision first unless urgent or for a special reason)
 * and that a grant has an amount and a rejection none.
 *
 * @since 0.3.0
 */
export const decidePreventive = (app: PreventiveApplication): Result.Result<PreventiveDecision, RuleViolation> => {
  if (app.decidedOn < PREVENTIVE_FROM)
    return Result.fail(
      new RuleViolation({
        at: "decidedOn",
        rule: "preventive-in-force",
        detail: "Preventive assistance by the wellbeing services county under 8 § (1023/2022) starts on 2023-01-01"
      })
    )
  const first = checkKelaDecisionFirst({
    type: "preventive",
    kelaDecisionExists: app.kelaDecisionExists,
    ...(app.urgent === undefined ? {} : { urgent: app.urgent }),
    ...(app.specialReason === undefined ? {} : { specialReason: app.specialReason })
  })
  if (Result.isFailure(first)) return Result.fail(first.failure)
  if (app.outcome === "granted" && app.amount === 0)
    return Result.fail(
      new RuleViolation({ at: "amount", rule: "grant-has-amount", detail: "A grant needs an amount above 0.00" })
    )
  if (app.outcome === "rejected" && app.amount !== 0)
    return Result.fail(
      new RuleViolation({ at: "amount", rule: "rejection-has-no-amount", detail: "A rejection has the amount 0.00" })
    )
  const withoutKela = !app.kelaDecisionExists
  return Result.succeed({
    type: "preventive",
    decidedOn: app.decidedOn,
    purpose: app.purpose,
    outcome: app.outcome,
    amount: Money.toDecimalString(app.amount as Money.EuroCents),
    amountCents: app.amount,
    conditions: app.conditions,
    reasons: app.reasons,
    urgent: app.urgent === true,
    withoutKelaDecision: withoutKela,
    legal: withoutKela ? [PREVENTIVE, PURPOSE, PREVENTIVE_DEVIATION] : [PREVENTIVE, PURPOSE]
  })
}
