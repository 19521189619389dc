/**
 * Forwarding of supplementary and preventive requests from Kela to the wellbeing services county (municipality
 * before 2023), and urgency sections. The sections come from core's dated `StatuteNumbering` table (read in
 * finlex-data: 14 d § 1 mom. in the wording of 1107/2016 for 2017–2022, 14 c § 1 mom. of 1023/2022 from 2023;
 * docs/social-assistance/README.md); the deadlines from `@osallistava/calendar`'s `StatutoryLimits`.
 *
 * @since 0.1.0
 */
import { LegalRef, StatuteNumbering } from "@osallistava/core"
import * as Result from "effect/Result"

const fi = (ref: Result.Result<LegalRef.LegalRef, StatuteNumbering.ProvisionNotInForce>) =>
  Result.map(ref, (r) => LegalRef.render(r, "fi"))

/**
 * Section on forwarding an application, on `date` (YYYY-MM-DD), as a Finnish citation; `ProvisionNotInForce`
 * before 2017 or for a text that is not a date.
 *
 * @since 0.4.0
 */
export const tryForwardingSection = (date: string): Result.Result<string, StatuteNumbering.ProvisionNotInForce> =>
  fi(StatuteNumbering.at("social-assistance/forwarding", date))

/**
 * {@link tryForwardingSection} for a date known to be in force.
 *
 * @throws ProvisionNotInForce before 2017 or for a text that is not a date.
 * @since 0.4.0 (as `forwardingSection` since 0.1.0)
 */
export const unsafeForwardingSection = (date: string): string =>
  LegalRef.render(StatuteNumbering.unsafeAt("social-assistance/forwarding", date), "fi")

/**
 * @deprecated Since 0.4.0: use {@link unsafeForwardingSection} (same behaviour) or {@link tryForwardingSection}.
 * @since 0.1.0
 */
export const forwardingSection = unsafeForwardingSection

/**
 * Sections on processing times on `date`: urgent = same or next working day (14 b §, 815/2015, unchanged by
 * 1023/2022); non-urgent = 7 working days (14 c § 1 mom. in the 815/2015 numbering, 14 a § 1 mom. from 2023);
 * `ProvisionNotInForce` before 2017 or for a text that is not a date.
 *
 * @since 0.4.0
 */
export const tryProcessingSections = (
  date: string
): Result.Result<{ readonly urgent: string; readonly nonUrgent: string }, StatuteNumbering.ProvisionNotInForce> =>
  Result.flatMap(fi(StatuteNumbering.at("social-assistance/urgent-decision", date)), (urgent) =>
    Result.map(fi(StatuteNumbering.at("social-assistance/decision", date)), (nonUrgent) => ({ urgent, nonUrgent }))
  )

/**
 * {@link tryProcessingSections} for a date known to be in force.
 *
 * @throws ProvisionNotInForce before 2017 or for a text that is not a date.
 * @since 0.4.0 (as `processingSections` since 0.1.0)
 */
export const unsafeProcessingSections = (date: string): { readonly urgent: string; readonly nonUrgent: string } => ({
  urgent: LegalRef.render(StatuteNumbering.unsafeAt("social-assistance/urgent-decision", date), "fi"),
  nonUrgent: LegalRef.render(StatuteNumbering.unsafeAt("social-assistance/decision", date), "fi")
})

/**
 * @deprecated Since 0.4.0: use {@link unsafeProcessingSections} (same behaviour) or {@link tryProcessingSections}.
 * @since 0.1.0
 */
export const processingSections = unsafeProcessingSections

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
