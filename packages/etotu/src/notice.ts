/**
 * The six eTotu notice types that Kela's statistics (Kelasto) use, as a tagged
 * union of Schemas.
 *
 * Kela's own eTotu message format is NOT public (see ../shared/domain/etotu.md
 * § 4, open question 2). This module defines the project's own documented JSON
 * format, `formatVersion: 1`. Any mapping to a real Kela integration belongs
 * in one separate module, not here.
 *
 * Sources: Kelasto type list (tietotarjotin.fi 2703053, 2024); Kela partner
 * page "Etuustietopalvelu Kelmu" (visibility rules); statutes cited per type.
 *
 * @since 0.1.0
 */
import { LocalDate, MunicipalityCode } from "@osallistava/core"
import { Schema } from "effect"

/** Version of the project's own notice format. @since 0.1.0 */
export const formatVersion = 1 as const

/** Urgency dimension of Kelasto (Non-urgent / Urgent). @since 0.1.0 */
export const Urgency = Schema.Literals(["urgent", "nonUrgent"])
/** @since 0.1.0 */
export type Urgency = typeof Urgency.Type

// core's LocalDate Schema is type-only in its dist namespace; check with its validator.
/** A date YYYY-MM-DD. @since 0.1.0 */
export const DateString = Schema.String.pipe(
  Schema.check(
    Schema.makeFilter((s: string) => LocalDate.isLocalDate(s) || "Expected a date YYYY-MM-DD", { title: "LocalDate" })
  )
)

const NoticeId = Schema.String.pipe(
  Schema.check(
    Schema.isPattern(/^[A-Za-z0-9._:-]{1,64}$/, { message: "Expected 1–64 characters A–Z, a–z, 0–9 . _ : -" })
  )
)
const Phone = Schema.String.pipe(
  Schema.check(Schema.isPattern(/^\+?[0-9 ()-]{5,20}$/, { message: "Expected a phone number of 5–20 digits" }))
)

const common = {
  formatVersion: Schema.Literal(1),
  id: NoticeId,
  /** Date of Kela's basic-assistance decision the notice relates to (or of the notice). */
  decisionDate: DateString,
  kelaDecisionId: Schema.optionalKey(Schema.String),
  municipality: MunicipalityCode,
  urgency: Urgency,
  protectedPersonalData: Schema.Boolean,
  householdSize: Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 30 }))),
  ageGroup: Schema.Literals(["under25", "25to64", "65plus"]),
  phone: Schema.optionalKey(Phone),
  freeText: Schema.optionalKey(Schema.String.pipe(Schema.check(Schema.isMaxLength(4000))))
}

/** Forwarded supplementary/preventive application (TTL 14 d § to 2022, 14 c § from 2023). @since 0.1.0 */
export const ForwardedApplication = Schema.TaggedStruct("ForwardedApplication", {
  ...common,
  assistanceKind: Schema.Literals(["supplementary", "preventive", "both"])
})
/** Reduced basic amount (TTL 10 §, 10 a § from 2023). @since 0.1.0 */
export const ReducedBasicAmount = Schema.TaggedStruct("ReducedBasicAmount", {
  ...common,
  reductionPercent: Schema.Literals([20, 40, 50]),
  /** From 2023 (TTL 10 a §) Kela must refer to a service-need assessment before a 40 % reduction. */
  referredToAssessment: Schema.Boolean,
  /** From 1.11.2023 a notice is sent for each month of a continued reduction (Kelasto T1). */
  continuationMonth: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1)))
})
/** Reason categories of social-work-need notices (THL työpaperi 26/2019). @since 0.1.0 */
export const SocialWorkReason = Schema.Literals(["lifeManagement", "livelihood", "housing", "health", "other"])
/** Social work needed (SHL 1301/2014 35 §). @since 0.1.0 */
export const SocialWorkNeeded = Schema.TaggedStruct("SocialWorkNeeded", {
  ...common,
  reason: SocialWorkReason,
  consent: Schema.Boolean,
  personalDiscussionRequested: Schema.Boolean
})
/** Unemployed under 25, 4 months (189/2001 27 § 2 mom). @since 0.1.0 */
export const UnemployedUnder25 = Schema.TaggedStruct("UnemployedUnder25", { ...common })
/** Unemployed 25 or over, 12 months (189/2001 27 § 2 mom, from 1.1.2018). @since 0.1.0 */
export const Unemployed25OrOver = Schema.TaggedStruct("Unemployed25OrOver", { ...common })
/** Immigrant on assistance over 2 months (1386/2010 87 a § to 2024; 681/2023 84 § from 2025). @since 0.1.0 */
export const Immigrant = Schema.TaggedStruct("Immigrant", { ...common })

/** Any eTotu notice. @since 0.1.0 */
export const Notice = Schema.Union([
  ForwardedApplication,
  ReducedBasicAmount,
  SocialWorkNeeded,
  UnemployedUnder25,
  Unemployed25OrOver,
  Immigrant
])
/** @since 0.1.0 */
export type Notice = typeof Notice.Type
/** @since 0.1.0 */
export type NoticeType = Notice["_tag"]

/** Legal basis of a notice type on a date. @since 0.1.0 */
export const legalBasis = (type: NoticeType, on: string): string => {
  switch (type) {
    case "ForwardedApplication":
      // TTL 14 d § (815/2015, 1107/2016) until 31.12.2022; 14 c § (1023/2022) from 1.1.2023.
      return on < "2023-01-01" ? "Act 1412/1997 § 14 d" : "Act 1412/1997 § 14 c"
    case "ReducedBasicAmount":
      return on < "2023-01-01" ? "Act 1412/1997 § 10" : "Act 1412/1997 § 10, § 10 a"
    case "SocialWorkNeeded":
      return "Act 1301/2014 § 35"
    case "UnemployedUnder25":
    case "Unemployed25OrOver":
      return "Act 189/2001 § 27 (2)"
    case "Immigrant":
      return on < "2025-01-01" ? "Act 1386/2010 § 87 a" : "Act 681/2023 § 84 (3)"
    default:
      return type satisfies never
  }
}

/** Localized names (fi/sv/en). @since 0.1.0 */
export const names: Record<NoticeType, { fi: string; sv: string; en: string }> = {
  ForwardedApplication: { fi: "Hakemus", sv: "Ansökan", en: "Application" },
  ReducedBasicAmount: { fi: "Alennettu perusosa", sv: "Sänkt grunddel", en: "Reduced basic amount" },
  SocialWorkNeeded: { fi: "Sosiaalityön tarve", sv: "Behov av socialt arbete", en: "Social work needed" },
  UnemployedUnder25: {
    fi: "Alle 25-vuotias työtön, toimeentulotuella 4 kk",
    sv: "Arbetslös under 25 år, utkomststöd i 4 mån",
    en: "Unemployed person under 25, on social assistance for 4 months"
  },
  Unemployed25OrOver: {
    fi: "25 vuotta täyttänyt työtön, toimeentulotuella 12 kk",
    sv: "Arbetslös 25 år eller äldre, utkomststöd i 12 mån",
    en: "Unemployed person 25 or over, on social assistance for 12 months"
  },
  Immigrant: {
    fi: "Maahanmuuttaja, toimeentulotuella yli 2 kk",
    sv: "Invandrare, utkomststöd i över 2 mån",
    en: "Immigrant, on social assistance for over 2 months"
  }
}
