/**
 * Roles in a client case and what each may see.
 *
 * Sources: Act on the status and rights of social-welfare clients 812/2000
 * (asiakaslaki) § 14–16 (secrecy; disclosure with the client's consent, § 16;
 * without consent only where a statute allows, § 17–18); Social Welfare Act
 * 1301/2014 § 41 (multi-professional cooperation: the worker may share what the
 * other party needs for the service-need assessment and plan); Act 189/2001
 * § 5 and § 8 (the activation plan is made by the employment authority, the
 * municipality/wellbeing county and the client together).
 *
 * @since 0.1.0
 */
import type { Localized } from "@osallistava/core"

/** @since 0.1.0 */
export type Role =
  | "client"
  | "social-worker"
  | "social-counsellor"
  | "coordinator"
  | "partner-kela"
  | "partner-employment-services"
  | "partner-health-care"
  | "partner-ngo"

/** @since 0.1.0 */
export const roles: ReadonlyArray<Role> = [
  "client",
  "social-worker",
  "social-counsellor",
  "coordinator",
  "partner-kela",
  "partner-employment-services",
  "partner-health-care",
  "partner-ngo"
]

/** @since 0.1.0 */
export const roleNames: Readonly<Record<Role, Localized.Localized>> = {
  client: { fi: "Asiakas", sv: "Klient", en: "Client" },
  "social-worker": { fi: "Sosiaalityöntekijä", sv: "Socialarbetare", en: "Social worker" },
  "social-counsellor": { fi: "Sosiaaliohjaaja", sv: "Socialhandledare", en: "Social counsellor" },
  coordinator: { fi: "Koordinaattori", sv: "Koordinator", en: "Coordinator" },
  "partner-kela": { fi: "Kela", sv: "FPA", en: "Kela" },
  "partner-employment-services": {
    fi: "Työllisyyspalvelut",
    sv: "Sysselsättningstjänster",
    en: "Employment services"
  },
  "partner-health-care": { fi: "Terveydenhuolto", sv: "Hälso- och sjukvård", en: "Health care" },
  "partner-ngo": { fi: "Järjestö", sv: "Organisation", en: "NGO" }
}

/** Parts of a case that access is decided on. @since 0.1.0 */
export type CaseSection =
  | "notice"
  | "contact-log"
  | "assessment"
  | "client-plan"
  | "activation-plan"
  | "avain"
  | "structural-register"
  | "aggregate-reports"

/** Consent the client has given, by partner (asiakaslaki 812/2000 § 16). @since 0.1.0 */
export interface Consent {
  readonly partner: Role
  readonly sections: ReadonlyArray<CaseSection>
  readonly given: string
  readonly withdrawn?: string
}

/** Why access was granted or refused. @since 0.1.0 */
export interface AccessDecision {
  readonly allowed: boolean
  readonly basis: string
}

const staff: ReadonlyArray<Role> = ["social-worker", "social-counsellor"]

/**
 * May `role` see `section` of a case on `on`?
 *
 * - the client sees everything about themselves (812/2000 § 11; personal data: GDPR art. 15);
 * - social workers and counsellors handling the case see it (812/2000 § 14 (2): persons
 *   taking part in the client's care);
 * - the coordinator sees only the structural register (pseudonymous) and aggregate reports;
 * - the employment authority sees the activation plan (189/2001 § 5: made together);
 * - every other partner sees a section only with the client's consent in force (812/2000 § 16);
 * - everyone may see aggregate reports (small cells suppressed).
 *
 * @since 0.1.0
 */
export const canSee = (
  role: Role,
  section: CaseSection,
  consents: ReadonlyArray<Consent> = [],
  on?: string
): AccessDecision => {
  if (section === "aggregate-reports") return { allowed: true, basis: "aggregated, small cells suppressed" }
  if (role === "client") return { allowed: true, basis: "Act 812/2000 § 11; GDPR art. 15 (own data)" }
  if (staff.includes(role))
    return { allowed: true, basis: "Act 812/2000 § 14 (2) (persons taking part in the client's care)" }
  if (role === "coordinator")
    return section === "structural-register"
      ? { allowed: true, basis: "pseudonymous register (Act 1301/2014 § 7, structural social work)" }
      : { allowed: false, basis: "Act 812/2000 § 14 (secrecy): coordinators see only pseudonymous data" }
  if (section === "structural-register")
    return { allowed: false, basis: "register is internal to social services (Act 812/2000 § 14)" }
  if (role === "partner-employment-services" && section === "activation-plan")
    return { allowed: true, basis: "Act 189/2001 § 5 (plan made together with the employment authority)" }
  const consent = consents.find(
    (c) =>
      c.partner === role &&
      c.sections.includes(section) &&
      (on === undefined || (c.given <= on && (c.withdrawn === undefined || on < c.withdrawn)))
  )
  return consent
    ? { allowed: true, basis: "client's consent (Act 812/2000 § 16)" }
    : { allowed: false, basis: "no consent in force (Act 812/2000 § 16)" }
}
