/**
 * Supplementary (täydentävä, 7 c §) and preventive (ehkäisevä, 8 §; 13 § before 2023) social assistance:
 * discretionary grants decided by the wellbeing services county (municipality before 2023). A typed record, no formula.
 *
 * @since 0.1.0
 */
import { EuroString, LegalRef, StatuteNumbering } from "@osallistava/core"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"

/**
 * Expense categories named in the domain reference (omahame.fi, paijat-sote.fi FAQ; 1412/1997 7 c § and 8 §).
 *
 * @since 0.1.0
 */
export const DiscretionaryExpenseCategory = Schema.Literals([
  "childrenHobbies",
  "householdAppliance",
  "furniture",
  "studyCosts",
  "guardianFees",
  "funeralCosts",
  "rentDeposit",
  "rentArrears",
  "otherHousingCost",
  "suddenFinancialDeterioration",
  "longTermAssistanceNeed",
  "seriousIllness",
  "otherSpecialNeed"
])

/** @since 0.1.0 */
export const DiscretionaryGrant = Schema.Struct({
  type: Schema.Literals(["supplementary", "preventive"]),
  month: Schema.String,
  items: Schema.Array(
    Schema.Struct({
      category: DiscretionaryExpenseCategory,
      description: Schema.String,
      claimed: EuroString,
      granted: EuroString
    })
  ),
  decision: Schema.Literals(["granted", "partlyGranted", "rejected"]),
  /** The decision-maker's reasons (discretion), free text. */
  reasons: Schema.String,
  /** Whether a Kela basic-assistance decision for the period exists (14 § 2 mom; needed except in urgent cases). */
  basicAssistanceDecisionExists: Schema.Boolean
}).annotate({ title: "DiscretionaryGrant" })

/** @since 0.1.0 */
export type DiscretionaryGrant = typeof DiscretionaryGrant.Type

/**
 * Legal basis on `date` as a Finnish citation, from core's dated `StatuteNumbering` (supplementary 7 c §; preventive
 * 13 § (923/2000) to 2022, 8 § (1023/2022) from 2023, when the county took over from the municipality).
 *
 * @throws ProvisionNotInForce before 2017 or for a text that is not a date: use {@link tryLegalBasis} for input.
 * @since 0.4.0 (as `legalBasis` since 0.1.0)
 */
export const unsafeLegalBasis = (type: "supplementary" | "preventive", date: string): string =>
  LegalRef.render(StatuteNumbering.unsafeAt(provisionOf(type), date), "fi")

const provisionOf = (type: "supplementary" | "preventive") =>
  type === "supplementary" ? "social-assistance/supplementary" : "social-assistance/preventive"

/**
 * {@link unsafeLegalBasis} as a `Result`: `ProvisionNotInForce` (rule `no-row-for-date` before 2017, `not-a-date`).
 *
 * @since 0.4.0
 */
export const tryLegalBasis = (
  type: "supplementary" | "preventive",
  date: string
): Result.Result<string, StatuteNumbering.ProvisionNotInForce> =>
  Result.map(StatuteNumbering.at(provisionOf(type), date), (ref) => LegalRef.render(ref, "fi"))

/**
 * @deprecated Since 0.4.0: use {@link unsafeLegalBasis} (same behaviour) or {@link tryLegalBasis} (a `Result`).
 * @since 0.1.0
 */
export const legalBasis = unsafeLegalBasis
