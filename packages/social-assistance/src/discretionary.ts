/**
 * Supplementary (täydentävä, 7 c §) and preventive (ehkäisevä, 8 §; 13 § before 2023) social assistance:
 * discretionary grants decided by the wellbeing services county (municipality before 2023). A typed record, no formula.
 *
 * @since 0.1.0
 */
import { EuroString } from "@osallistava/core"
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

/** Legal basis by date (renumbering by law 1023/2022, in force 1.1.2023). @since 0.1.0 */
export const legalBasis = (type: "supplementary" | "preventive", date: string): string =>
  type === "supplementary"
    ? "1412/1997 7 c §"
    : date < "2023-01-01"
      ? "1412/1997 13 § (municipality)"
      : "1412/1997 8 § (wellbeing services county)"
