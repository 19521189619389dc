/**
 * Kela's decision deadline for basic social assistance, computed with `@osallistava/calendar` (working days of
 * Act 150/1930; no holiday logic here).
 *
 * @since 0.1.0
 */
import { TimeLimits, WorkingDays } from "@osallistava/calendar"
import type { LocalDate } from "@osallistava/core"
import { processingSections } from "./forwarding.js"

/** @since 0.1.0 */
export interface DecisionDeadline {
  readonly deadline: LocalDate.LocalDate
  readonly section: string
  readonly urgent: boolean
}

/**
 * Last day for the decision.
 * - Non-urgent: the 7th working day counted from the day after the complete application arrived (a weekend arrival
 *   counts as the next working day, Kela practice) — 14 a § from 2023, 14 c § in the 815/2015 numbering.
 * - Urgent: the same or at the latest the next working day after arrival (14 b §).
 *
 * @example
 * ```ts
 * import { LocalDate } from "@osallistava/core"
 * import { Deadline } from "@osallistava/social-assistance"
 * Deadline.decisionDeadline(LocalDate.unsafeFrom("2026-12-21"), false).deadline // "2027-01-04"
 * ```
 * @throws YearOutOfRange (from the calendar) outside its supported years.
 * @since 0.1.0
 */
export const decisionDeadline = (
  completeApplicationArrived: LocalDate.LocalDate,
  urgent: boolean
): DecisionDeadline => {
  const sections = processingSections(completeApplicationArrived)
  return urgent
    ? { deadline: WorkingDays.addWorkingDays(completeApplicationArrived, 1), section: sections.urgent, urgent }
    : {
        deadline: TimeLimits.kelaBasicAssistanceDecisionDeadline(completeApplicationArrived),
        section: sections.nonUrgent,
        urgent
      }
}
