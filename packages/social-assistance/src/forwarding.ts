/**
 * Forwarding of supplementary and preventive requests from Kela to the wellbeing services county (municipality
 * before 2023), and urgency sections. Deadlines in working days are NOT computed here (see the README).
 *
 * @since 0.1.0
 */

/**
 * Section on forwarding an application, by date.
 * - Until 31.12.2022: 14 d § (law 815/2015: 14 § 1 mom "Hakemuksen siirtämisestä kunnan käsiteltäväksi säädetään
 *   14 d §:ssä"; finlex-data data/asd/fi/2015/asd20150815.xml).
 * - From 1.1.2023: 14 c § (law 1023/2022, HE 127/2022; docs/social-assistance/addendum.md Q5).
 *
 * @since 0.1.0
 */
export const forwardingSection = (date: string): string =>
  date < "2023-01-01" ? "1412/1997 14 d § (815/2015)" : "1412/1997 14 c § (1023/2022)"

/**
 * Sections on processing times: urgent = same or next working day (14 b §, 815/2015 and unchanged by 1023/2022);
 * non-urgent = 7 working days (14 c § in the 815/2015 numbering, 14 a § from 2023).
 *
 * @since 0.1.0
 */
export const processingSections = (date: string): { readonly urgent: string; readonly nonUrgent: string } =>
  date < "2023-01-01"
    ? { urgent: "1412/1997 14 b § (815/2015)", nonUrgent: "1412/1997 14 c § (815/2015)" }
    : { urgent: "1412/1997 14 b §", nonUrgent: "1412/1997 14 a § (1023/2022)" }

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
