/**
 * Forwarding of supplementary and preventive requests from Kela to the wellbeing services county (municipality
 * before 2023), and urgency sections. The sections come from core's dated `StatuteNumbering` table (read in
 * finlex-data: 14 d § 1 mom. in the wording of 1107/2016 for 2017–2022, 14 c § 1 mom. of 1023/2022 from 2023;
 * docs/social-assistance/README.md); the deadlines from `@osallistava/calendar`'s `StatutoryLimits`.
 *
 * @since 0.1.0
 */
import { LegalRef, StatuteNumbering } from "@osallistava/core"

/**
 * Section on forwarding an application, on `date` (YYYY-MM-DD), as a Finnish citation.
 *
 * @throws ProvisionNotInForce before 2017 or for a text that is not a date.
 * @since 0.1.0
 */
export const forwardingSection = (date: string): string =>
  LegalRef.render(StatuteNumbering.unsafeAt("social-assistance/forwarding", date), "fi")

/**
 * Sections on processing times on `date`: urgent = same or next working day (14 b §, 815/2015, unchanged by
 * 1023/2022); non-urgent = 7 working days (14 c § 1 mom. in the 815/2015 numbering, 14 a § 1 mom. from 2023).
 *
 * @throws ProvisionNotInForce before 2017 or for a text that is not a date.
 * @since 0.1.0
 */
export const processingSections = (date: string): { readonly urgent: string; readonly nonUrgent: string } => ({
  urgent: LegalRef.render(StatuteNumbering.unsafeAt("social-assistance/urgent-decision", date), "fi"),
  nonUrgent: LegalRef.render(StatuteNumbering.unsafeAt("social-assistance/decision", date), "fi")
})

/**
 * Whether Kela forwards the application: on the applicant's request, after its basic-assistance decision, when the
 * application contains costs other than basic expenses (7–7 b §).
 *
 * @since 0.1.0
 */
export const shouldForward = (input: {
  readonly applicantRequestsForwarding: boolean
  readonly containsNonBasicExpenses: boolean
  readonly basicAssistanceDecided: boolean
}): boolean => input.applicantRequestsForwarding && input.containsNonBasicExpenses && input.basicAssistanceDecided
