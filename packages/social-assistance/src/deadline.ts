/**
 * Kela's decision deadline for basic social assistance. The rule and its section are computed once, in
 * `@osallistava/calendar`'s `StatutoryLimits.socialAssistanceDecision` (working days of Act 150/1930, the section from
 * core's dated `StatuteNumbering`); this module only names the result for the calculator's callers.
 *
 * @since 0.1.0
 */
import { StatutoryLimits, type YearOutOfRange } from "@osallistava/calendar"
import { LegalRef, type LocalDate, type StatuteNumbering } from "@osallistava/core"
import * as Result from "effect/Result"

/** @since 0.1.0 */
export interface DecisionDeadline {
  readonly deadline: LocalDate.LocalDate
  /** The provision as a Finnish citation, e.g. `toimeentulotukilaki 1412/1997 14 a § 1 mom. (1023/2022)`. */
  readonly section: string
  /** The provision as data. @since 0.2.0 */
  readonly ref: LegalRef.LegalRef
  readonly urgent: boolean
}

/**
 * Last day for the decision, as a `Result`.
 * - Non-urgent: the 7th working day counted from the day after the complete application arrived (14 a § 1 mom. from
 *   2023, 14 c § 1 mom. in the 815/2015 numbering). An arrival on a Saturday, Sunday or holiday counts from that day
 *   (hallintolaki 434/2003 18 §, 150/1930 2 §; docs/calendar/README.md); `arrival: "kela-practice"` gives Kela's count.
 * - Urgent: the same or at the latest the next working day after arrival (14 b §).
 * - For a later period (`periodStart`, the first day of the period applied for, e.g. `2027-01-01` for January): the
 *   month after arrival by its first working day if more than seven working days have passed by then, a later period
 *   by its first working day (14 a § 2 mom. (1023/2022); 14 c § 2 mom. (815/2015) in 2017–2022): the later of that
 *   day and the 7th working day. Not for an urgent application.
 *
 * @example
 * ```ts
 * import { LocalDate } from "@osallistava/core"
 * import { Deadline } from "@osallistava/social-assistance"
 * Deadline.tryDecisionDeadline(LocalDate.unsafeFrom("2026-12-21"), false) // Result.succeed({ deadline: "2027-01-04", … })
 * // February 2027 applied for on 1.12.2026: by its first working day
 * Deadline.unsafeDecisionDeadline(LocalDate.unsafeFrom("2026-12-01"), false, "statute", LocalDate.unsafeFrom("2027-02-01")).deadline // "2027-02-01"
 * ```
 * Fails with `ProvisionNotInForce` before 2017, `YearOutOfRange` (from the calendar) outside 1900–2100.
 * @since 0.4.0 (the same rule as `decisionDeadline` since 0.1.0)
 */
export const tryDecisionDeadline = (
  completeApplicationArrived: LocalDate.LocalDate,
  urgent: boolean,
  arrival: StatutoryLimits.Arrival = "statute",
  periodStart?: LocalDate.LocalDate
): Result.Result<DecisionDeadline, StatuteNumbering.ProvisionNotInForce | YearOutOfRange> =>
  Result.map(
    StatutoryLimits.trySocialAssistanceDecision(
      completeApplicationArrived,
      periodStart === undefined ? { urgent, arrival } : { urgent, arrival, periodStart }
    ),
    (d): DecisionDeadline => ({ deadline: d.due, section: LegalRef.render(d.ref, "fi"), ref: d.ref, urgent })
  )

/**
 * {@link tryDecisionDeadline} that throws.
 *
 * @throws ProvisionNotInForce before 2017; YearOutOfRange outside 1900–2100: use {@link tryDecisionDeadline} for input.
 * @since 0.4.0 (as `decisionDeadline` since 0.1.0)
 */
export const unsafeDecisionDeadline = (
  completeApplicationArrived: LocalDate.LocalDate,
  urgent: boolean,
  arrival: StatutoryLimits.Arrival = "statute",
  periodStart?: LocalDate.LocalDate
): DecisionDeadline => Result.getOrThrow(tryDecisionDeadline(completeApplicationArrived, urgent, arrival, periodStart))

/**
 * @deprecated Since 0.4.0: use {@link unsafeDecisionDeadline} (same behaviour) or {@link tryDecisionDeadline} (a `Result`).
 * @since 0.1.0
 */
export const decisionDeadline = unsafeDecisionDeadline
