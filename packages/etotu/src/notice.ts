/**
 * The six eTotu notice types that Kela's statistics (Kelasto) use, as a tagged
 * union of Schemas.
 *
 * Kela's own eTotu message format is NOT public (see docs/etotu/reference.md
 * § 4, open question 2). This module defines the project's own documented JSON
 * format, `formatVersion: 1`. Any mapping to a real Kela integration belongs
 * in one separate module, not here.
 *
 * Sources: Kelasto type list (tietotarjotin.fi 2703053, 2024); Kela partner
 * page "Etuustietopalvelu Kelmu" (visibility rules); statutes cited per type.
 *
 * @since 0.1.0
 */
import { LocalDate, MunicipalityCode, PersonalIdentityCode } from "@osallistava/core"
import * as Schema from "effect/Schema"
import * as LegalBasis from "./legal-basis.js"

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

/** Notice ids are pseudonymous: one shaped like a henkilötunnus is refused, as triage output repeats the id. */
const NoticeId = Schema.String.pipe(
  Schema.check(
    Schema.isPattern(/^[A-Za-z0-9._:-]{1,64}$/, { message: "Expected 1–64 characters A–Z, a–z, 0–9 . _ : -" }),
    PersonalIdentityCode.isPseudonymous
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
  /** Kela's decision number: an identifier, so one shaped like a henkilötunnus is refused (core's shared check). */
  kelaDecisionId: Schema.optionalKey(Schema.String.pipe(Schema.check(PersonalIdentityCode.isPseudonymous))),
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
/**
 * Ground of a basic-amount reduction (alentamisperuste). Until 31.1.2026 the
 * grounds of TTL 10 § 1 mom 1–4 and 2 mom (wording 1023/2022, read from
 * finlex-data asd20221023.xml); from 1.2.2026 the grounds of law 26/2026
 * (HE 116/2025), known only from Kela/STT releases (sttinfo.fi/tiedote/71766190,
 * 71700347) and Yle Selkouutiset 14.2.2026: **provisional** until the text of
 * 26/2026 is read.
 *
 * - `refusedWorkOrService`: refused offered work or a public employment
 *   service, or caused by neglect that none could be offered; an adult under
 *   25 without vocational qualification quit or refused education (10 § 1 mom 1).
 * - `refusedIntegrationPlan`: 10 § 1 mom 2 (to 31.1.2026).
 * - `refusedActivationPlan`: 10 § 1 mom 3.
 * - `refusedRehabilitativeWork`: 10 § 1 mom 4.
 * - `continuedAfterReduction`: 10 § 2 mom, up to 40 % (conduct continues after
 *   a 20 % reduction and the 10 a § assessment is refused).
 * - From 1.2.2026: `primaryBenefitNotApplied` and `notRegisteredAsJobseeker`
 *   (50 %, after Kela's order and one month), `unemploymentBenefitSanction`
 *   (20 % first month, 40 % after, at most 6 months), `integrationPlanNeglected` (20 %).
 *
 * @since 0.2.0
 */
export const ReductionGround = Schema.Literals([
  "refusedWorkOrService",
  "refusedIntegrationPlan",
  "refusedActivationPlan",
  "refusedRehabilitativeWork",
  "continuedAfterReduction",
  "primaryBenefitNotApplied",
  "notRegisteredAsJobseeker",
  "unemploymentBenefitSanction",
  "integrationPlanNeglected"
])
/** @since 0.2.0 */
export type ReductionGround = typeof ReductionGround.Type

/** Reduced basic amount (TTL 10 §, 10 a § from 2023). @since 0.1.0 */
export const ReducedBasicAmount = Schema.TaggedStruct("ReducedBasicAmount", {
  ...common,
  reductionPercent: Schema.Literals([20, 40, 50]),
  /** Ground of the reduction; optional in format 1 (see {@link ReductionGround}). */
  ground: Schema.optionalKey(ReductionGround),
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

/**
 * Legal basis of a notice type on a date, as a short citation. The full dated
 * record (enacting act, Finlex address, trigger, duty, recipient) is
 * `LegalBasis.on(type, date)`. Before a type existed the first basis is given.
 *
 * @since 0.1.0
 */
export const legalBasis = (type: NoticeType, on: string): string =>
  (LegalBasis.on(type, on) ?? LegalBasis.table.find((r) => r.type === type))?.citation ?? type

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

/** What each notice type means, fi/sv/en. @since 0.2.0 */
export const descriptions: Record<NoticeType, { fi: string; sv: string; en: string }> = {
  ForwardedApplication: {
    fi: "Kela on siirtänyt hakijan pyynnöstä täydentävän tai ehkäisevän toimeentulotuen hakemuksen sosiaalihuoltoon perustoimeentulotukipäätöksen jälkeen.",
    sv: "FPA har på sökandens begäran överfört en ansökan om kompletterande eller förebyggande utkomststöd till socialvården efter beslutet om grundläggande utkomststöd.",
    en: "At the applicant's request Kela forwarded an application for supplementary or preventive assistance to social services after deciding basic assistance."
  },
  ReducedBasicAmount: {
    fi: "Kela on alentanut toimeentulotuen perusosaa; sosiaalihuolto arvioi palvelutarpeen.",
    sv: "FPA har sänkt grunddelen av utkomststödet; socialvården bedömer servicebehovet.",
    en: "Kela reduced the basic amount of social assistance; social services assess the service need."
  },
  SocialWorkNeeded: {
    fi: "Kela on havainnut ilmeisen sosiaalihuollon tarpeen ja ottaa yhteyttä sosiaalihuoltoon (SHL 35 §).",
    sv: "FPA har konstaterat ett uppenbart behov av socialvård och kontaktar socialvården (SVL 35 §).",
    en: "Kela found an obvious need for social care and contacts social services (Social Welfare Act § 35)."
  },
  UnemployedUnder25: {
    fi: "Alle 25-vuotiaan työttömän pääasiallinen toimeentulo on ollut toimeentulotuki neljä kuukautta; aktivointisuunnitelma.",
    sv: "En arbetslös under 25 år har haft utkomststöd som huvudsaklig försörjning i fyra månader; aktiveringsplan.",
    en: "An unemployed person under 25 has lived mainly on social assistance for 4 months; activation plan."
  },
  Unemployed25OrOver: {
    fi: "25 vuotta täyttäneen työttömän pääasiallinen toimeentulo on ollut toimeentulotuki 12 kuukautta; aktivointisuunnitelma.",
    sv: "En arbetslös som fyllt 25 år har haft utkomststöd som huvudsaklig försörjning i 12 månader; aktiveringsplan.",
    en: "An unemployed person aged 25 or over has lived mainly on social assistance for 12 months; activation plan."
  },
  Immigrant: {
    fi: "Maahanmuuttaja on saanut toimeentulotukea yli kaksi kuukautta; alkukartoitus tai osaamisen ja kotoutumisen palvelutarpeen arviointi.",
    sv: "En invandrare har fått utkomststöd i över två månader; inledande kartläggning eller bedömning av kompetens och integrationsbehov.",
    en: "An immigrant has received social assistance for over 2 months; initial assessment or competence and integration needs assessment."
  }
}
