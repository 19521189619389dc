/**
 * Kela's decision deadline for basic social assistance. The rule and its section are computed once, in
 * `@osallistava/calendar`'s `StatutoryLimits.socialAssistanceDecision` (working days of Act 150/1930, the section from
 * core's dated `StatuteNumbering`); this module only names the result for the calculator's callers.
 *
 * @since 0.1.0
 */
import { StatutoryLimits } from "@osallistava/calendar"
import { LegalRef, type LocalDate } from "@osallistava/core"

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
 * Last day for the decision.
 * - Non-urgent: the 7th working day counted from the day after the complete application arrived (14 a § 1 mom. from
 *   2023, 14 c § 1 mom. in the 815/2015 numbering). An arrival on a Saturday, Sunday or holiday counts from that day
 *   (hallintolaki 434/2003 18 §, 150/1930 2 §; docs/calendar/README.md); `arrival: "kela-practice"` gives Kela's count.
 * - Urgent: the same or at the latest the next working day after arrival (14 b §).
 *
 * @example
 * ```ts
 * import { LocalDate } from "@osallistava/core"
 * import { Deadline } from "@osallistava/social-assistance"
 * Deadline.decisionDeadline(LocalDate.unsafeFrom("2026-12-21"), false).deadline // "2027-01-04"
 * ```
 * @throws ProvisionNotInForce before 2017; YearOutOfRange (from the calendar) outside its supported years.
 * @since 0.1.0
 */
export const decisionDeadline = (
  completeApplicationArrived: LocalDate.LocalDate,
  urgent: boolean,
  arrival: StatutoryLimits.Arrival = "statute"
): DecisionDeadline => {
  const d = StatutoryLimits.socialAssistanceDecision(completeApplicationArrived, { urgent, arrival })
  return { deadline: d.due, section: LegalRef.render(d.ref, "fi"), ref: d.ref, urgent }
}
