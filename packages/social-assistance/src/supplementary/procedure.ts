/**
 * Procedure of the county's supplementary and preventive assistance decisions, through calendar's `StatutoryLimits`
 * (every statutory time limit written once there):
 *
 * - the decision by the 7th working day from the arrival of the application, urgent the same or the next working day
 *   (1412/1997 14 a § 1 mom. (1023/2022), 14 b §): `StatutoryLimits.socialAssistanceDecision`;
 * - the county decides after Kela's basic-assistance decision for the period (14 § 2 mom. (1023/2022)); without it,
 *   only preventive assistance, in an urgent case or for a special reason (8 § 2 mom.: "erityisestä syystä poiketen …
 *   14 §:ssä tuen hakemisesta");
 * - the request for review (oikaisuvaatimus): the county's decision is reviewed under sosiaalihuoltolaki 1301/2014
 *   6 luku (1412/1997 24 § 1 mom. (1023/2022)), "oikaisua hyvinvointialueelta" (1301/2014 50 § (589/2022), from 2023),
 *   within 30 days of notification (hallintolaki 434/2003 49 c § 1 mom. (581/2010)), with no direct appeal (49 b §);
 *   a decision sent as an ordinary letter is deemed notified on the 7th day after sending (59 § 2 mom.):
 *   `StatutoryLimits.requestForReview`.
 *
 * Sections read in eliask/finlex-data: asd20221023.xml (14 §, 14 a §, 8 §, 24 §), asd20220589.xml (50 §),
 * asd20100581.xml (49 b §, 49 c §), asd20030434.xml (59 §).
 *
 * @since 0.3.0
 */
import { StatutoryLimits, type YearOutOfRange } from "@osallistava/calendar"
import { LegalRef, LocalDate, RuleViolation, type StatuteNumbering } from "@osallistava/core"
import * as Result from "effect/Result"

/** The failures of a statutory time limit (calendar's `ProvisionNotInForce`, `YearOutOfRange`). @since 0.4.0 */
export type LimitError = StatuteNumbering.ProvisionNotInForce | YearOutOfRange

/** 1412/1997 14 § 2 mom. (1023/2022). @since 0.3.0 */
export const KELA_FIRST: LegalRef.LegalRef = LegalRef.make({
  act: "1412/1997",
  section: "14",
  subsection: 2,
  amendedBy: "1023/2022"
})

/** 1412/1997 8 § 2 mom. (1023/2022): preventive assistance may deviate from 6, 13 and 14 § for a special reason. @since 0.3.0 */
export const PREVENTIVE_DEVIATION: LegalRef.LegalRef = LegalRef.make({
  act: "1412/1997",
  section: "8",
  subsection: 2,
  amendedBy: "1023/2022"
})

/** The provisions of the request for review, in the order the letter cites them. @since 0.3.0 */
export const APPEAL_REFS: ReadonlyArray<LegalRef.LegalRef> = [
  LegalRef.make({ act: "1412/1997", section: "24", subsection: 1, amendedBy: "1023/2022" }),
  LegalRef.make({ act: "1301/2014", section: "50", amendedBy: "589/2022" }),
  LegalRef.make({ act: "434/2003", section: "49 b", amendedBy: "581/2010" }),
  LegalRef.make({ act: "434/2003", section: "49 c", subsection: 1, amendedBy: "581/2010" }),
  LegalRef.make({ act: "434/2003", section: "59", subsection: 2 })
]

/**
 * The last day for the county's decision (7 working days from arrival; urgent: 1), as a `Result`:
 * `ProvisionNotInForce` for an arrival before 2017, `YearOutOfRange` outside the calendar's years 1900–2100.
 *
 * @example
 * ```ts
 * import { LocalDate } from "@osallistava/core"
 * import { Supplementary } from "@osallistava/social-assistance"
 * Supplementary.tryDecisionDeadline(LocalDate.unsafeFrom("2026-03-02")) // Result.succeed({ due: "2026-03-11", … })
 * ```
 * @since 0.4.0
 */
export const tryDecisionDeadline = (
  arrived: LocalDate.LocalDate,
  options: { readonly urgent?: boolean; readonly completed?: boolean } = {}
): Result.Result<StatutoryLimits.StatutoryDeadline, LimitError> =>
  StatutoryLimits.trySocialAssistanceDecision(arrived, options)

/**
 * {@link tryDecisionDeadline} that throws.
 *
 * @example
 * ```ts
 * import { LocalDate } from "@osallistava/core"
 * import { Supplementary } from "@osallistava/social-assistance"
 * Supplementary.unsafeDecisionDeadline(LocalDate.unsafeFrom("2026-03-02")).due // "2026-03-11"
 * ```
 * @throws ProvisionNotInForce before 2017; YearOutOfRange outside 1900–2100: use {@link tryDecisionDeadline} for input.
 * @since 0.4.0 (as `decisionDeadline` since 0.3.0)
 */
export const unsafeDecisionDeadline = (
  arrived: LocalDate.LocalDate,
  options: { readonly urgent?: boolean; readonly completed?: boolean } = {}
): StatutoryLimits.StatutoryDeadline => Result.getOrThrow(tryDecisionDeadline(arrived, options))

/**
 * @deprecated Since 0.4.0: use {@link unsafeDecisionDeadline} (same behaviour) or {@link tryDecisionDeadline} (a `Result`).
 * @since 0.3.0
 */
export const decisionDeadline = unsafeDecisionDeadline

/**
 * Whether the county may decide now: supplementary assistance needs Kela's decision for the period; preventive
 * assistance without it only when urgent or for a special reason (8 § 2 mom.).
 *
 * @since 0.3.0
 */
export const checkKelaDecisionFirst = (input: {
  readonly type: "supplementary" | "preventive"
  readonly kelaDecisionExists: boolean
  readonly urgent?: boolean
  readonly specialReason?: boolean
}): Result.Result<void, RuleViolation> => {
  if (input.kelaDecisionExists) return Result.succeed(undefined)
  if (input.type === "preventive" && (input.urgent === true || input.specialReason === true))
    return Result.succeed(undefined)
  return Result.fail(
    new RuleViolation({
      at: "kelaDecisionExists",
      rule: "kela-decision-first",
      detail:
        input.type === "supplementary"
          ? "Supplementary assistance needs Kela's basic assistance decision for the period first (1412/1997 14 § 2 mom.)"
          : "Preventive assistance without Kela's decision needs an urgent case or a special reason (1412/1997 8 § 2 mom.)"
    })
  )
}

/**
 * The day a decision sent as an ordinary letter is deemed notified: the 7th day after sending (434/2003 59 § 2 mom.).
 *
 * @since 0.3.0
 */
export const notifiedByLetter = (sentOn: LocalDate.LocalDate): LocalDate.LocalDate => LocalDate.addDays(sentOn, 7)

/**
 * The request-for-review limit from the day of notification (calendar's `StatutoryLimits.tryRequestForReview`), as a
 * `Result`: `ProvisionNotInForce` before the provision is in force, `YearOutOfRange` outside 1900–2100.
 *
 * @example
 * ```ts
 * import { LocalDate } from "@osallistava/core"
 * import { Supplementary } from "@osallistava/social-assistance"
 * Supplementary.tryAppealDeadline(LocalDate.unsafeFrom("2026-03-02")) // Result.succeed({ due: "2026-04-01", … })
 * ```
 * @since 0.4.0
 */
export const tryAppealDeadline = (
  notifiedOn: LocalDate.LocalDate
): Result.Result<StatutoryLimits.StatutoryDeadline, LimitError> => StatutoryLimits.tryRequestForReview(notifiedOn)

/**
 * {@link tryAppealDeadline} that throws.
 *
 * @example
 * ```ts
 * import { LocalDate } from "@osallistava/core"
 * import { Supplementary } from "@osallistava/social-assistance"
 * Supplementary.unsafeAppealDeadline(LocalDate.unsafeFrom("2026-03-02")).due // "2026-04-01"
 * ```
 * @throws ProvisionNotInForce, YearOutOfRange: use {@link tryAppealDeadline} for input.
 * @since 0.4.0 (as `appealDeadline` since 0.3.0)
 */
export const unsafeAppealDeadline = (notifiedOn: LocalDate.LocalDate): StatutoryLimits.StatutoryDeadline =>
  Result.getOrThrow(tryAppealDeadline(notifiedOn))

/**
 * @deprecated Since 0.4.0: use {@link unsafeAppealDeadline} (same behaviour) or {@link tryAppealDeadline} (a `Result`).
 * @since 0.3.0
 */
export const appealDeadline = unsafeAppealDeadline
