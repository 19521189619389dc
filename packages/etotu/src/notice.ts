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
import {
  ReductionGround as CoreReductionGround,
  LocalDate,
  MunicipalityCode,
  PersonalIdentityCode,
  RuleViolation,
  YearMonth
} from "@osallistava/core"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaTransformation from "effect/SchemaTransformation"
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
 * Names of format 1 before 0.3.0 for grounds of a basic-amount reduction, and
 * the one vocabulary's name (core's `ReductionGround`) each is read as. Still
 * accepted on input; decoded notices carry only core's names.
 *
 * @since 0.3.0
 */
export const legacyReductionGrounds = {
  refusedIntegrationPlan: "neglectedIntegrationPlan",
  refusedActivationPlan: "refusedActivationOrRehabilitativeWork",
  refusedRehabilitativeWork: "refusedActivationOrRehabilitativeWork",
  continuedAfterReduction: "repeatedRefusal",
  notRegisteredAsJobseeker: "notRegisteredAsFullTimeJobseeker",
  integrationPlanNeglected: "neglectedIntegrationPlan"
} as const satisfies Readonly<Record<string, CoreReductionGround.ReductionGround>>

const LegacyReductionGround = Schema.Literals(
  Object.keys(legacyReductionGrounds) as Array<keyof typeof legacyReductionGrounds>
).pipe(
  Schema.decodeTo(
    CoreReductionGround.schema,
    SchemaTransformation.transform({
      decode: (legacy: keyof typeof legacyReductionGrounds): CoreReductionGround.ReductionGround =>
        legacyReductionGrounds[legacy],
      encode: (ground: CoreReductionGround.ReductionGround) => ground as unknown as keyof typeof legacyReductionGrounds
    })
  )
)

/**
 * Ground of a basic-amount reduction (alentamisperuste): core's one § 10
 * vocabulary (`ReductionGround` of `@osallistava/core`, the same names as the
 * social-assistance calculator's reductions), with the dated regimes there:
 * 10 § 1 mom. 1–4 kohta and 2 mom. in the wording of 1023/2022 to 31.1.2026
 * (finlex-data asd20221023.xml); from 1.2.2026 the grounds of law 26/2026
 * (HE 116/2025), known only from Kela/STT releases (sttinfo.fi/tiedote/71766190,
 * 71700347): **provisional** until its text is read. The names of format 1
 * before 0.3.0 ({@link legacyReductionGrounds}) are read as their core name.
 *
 * @since 0.2.0
 */
export const ReductionGround = CoreReductionGround.schema

/** The `ground` field as read: a core name, or a name of format 1 before 0.3.0 read as its core name. */
const GroundField = Schema.Union([CoreReductionGround.schema, LegacyReductionGround])
/** @since 0.2.0 */
export type ReductionGround = CoreReductionGround.ReductionGround

/** Reduced basic amount (TTL 10 §, 10 a § from 2023). @since 0.1.0 */
export const ReducedBasicAmount = Schema.TaggedStruct("ReducedBasicAmount", {
  ...common,
  reductionPercent: Schema.Literals([20, 40, 50]),
  /** Ground of the reduction; optional in format 1 (see {@link ReductionGround}). */
  ground: Schema.optionalKey(GroundField),
  /** From 2023 (TTL 10 a §) Kela must refer to a service-need assessment before a 40 % reduction. */
  referredToAssessment: Schema.Boolean,
  /** From 1.11.2023 a notice is sent for each month of a continued reduction (Kelasto T1). */
  continuationMonth: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1)))
})
/** A decoded reduced-basic-amount notice. @since 0.3.0 */
export type ReducedBasicAmountNotice = typeof ReducedBasicAmount.Type
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
 * Every field of every notice type, in one fixed order: the CSV columns
 * (`Csv.columns`), the fingerprint order (`Dedupe`) and the test generators all
 * read this list. A test checks it is exactly the union of the types' fields.
 *
 * @since 0.2.0
 */
export const fields = [
  "_tag",
  "formatVersion",
  "id",
  "decisionDate",
  "kelaDecisionId",
  "municipality",
  "urgency",
  "protectedPersonalData",
  "householdSize",
  "ageGroup",
  "phone",
  "freeText",
  "assistanceKind",
  "reductionPercent",
  "ground",
  "referredToAssessment",
  "continuationMonth",
  "reason",
  "consent",
  "personalDiscussionRequested"
] as const

/** A field name of some notice type. @since 0.2.0 */
export type Field = (typeof fields)[number]

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

/**
 * A reduction of one person's basic amount as `@osallistava/social-assistance`'s
 * calculator takes it (`Application.Reduction`): the same fields and core's
 * ground names, so the object can be put in an application's `reductions`.
 *
 * @since 0.3.0
 */
export interface CalculatorReduction {
  readonly personId: string
  readonly ground: CoreReductionGround.ReductionGround
  readonly percentage: 20 | 40 | 50
  readonly safeguards: {
    readonly minimumSubsistenceNotEndangered: boolean
    readonly notOtherwiseUnreasonable: boolean
    readonly serviceNeedAssessmentRefused?: boolean
  }
  readonly monthOfReduction?: number
}

/**
 * Kela's reduced-basic-amount notice as a calculator reduction for the family
 * member `personId` (the calculator's id of the person; never a henkilötunnus).
 *
 * - The ground is the notice's (core's vocabulary). Before 1.2.2026 a 40 %
 *   reduction is under 10 § 2 mom. (the conduct of a 1 mom. ground continued
 *   after a 20 % reduction and the 10 a § assessment was refused), so it
 *   becomes `repeatedRefusal` whichever 1 mom. ground the notice names.
 * - Kela decided the reduction, so the safeguards of 10 § 3 mom. (minimum for a
 *   life of dignity, not otherwise unreasonable) and, for 40 %, the refused
 *   assessment are taken as confirmed by that decision.
 * - `continuationMonth` becomes `monthOfReduction`.
 * - With `options.month` (the month `YYYY-MM` the calculator computes), a
 *   month before the ground's first reduced month in core's regime
 *   (`ReductionGround` `firstReducedMonth`: the 50 % grounds of law 26/2026
 *   first reduce 2026-03, as Kela's order and the month to act come first;
 *   Kela 28.1.2026, sttinfo.fi/tiedote/71766190) is refused with rule
 *   `reduction-order-period`, as the calculator refuses it.
 *
 * Fails with a `RuleViolation` naming the field when the notice has no ground
 * (optional in format 1), when the ground or percentage is not in force on the
 * decision date (core's `ReductionGround` regimes), or when `personId` is empty
 * or has a henkilötunnus shape. Never repeats an input value.
 *
 * @example
 * ```ts
 * import { Decode, Notice } from "@osallistava/etotu"
 * // n: a decoded ReducedBasicAmount notice of 2026-03-02, 50 %, ground primaryBenefitNotApplied
 * // Notice.fromReducedBasicAmountNotice(n, "p1") → Success({ personId: "p1", ground: "primaryBenefitNotApplied", percentage: 50, … })
 * ```
 * @since 0.3.0
 */
export const fromReducedBasicAmountNotice = (
  notice: ReducedBasicAmountNotice,
  personId: string,
  options: { readonly month?: string } = {}
): Result.Result<CalculatorReduction, RuleViolation> => {
  const fail = (at: string, rule: string, detail: string) => Result.fail(new RuleViolation({ at, rule, detail }))
  if (personId.length === 0 || PersonalIdentityCode.containsCodeShape(personId))
    return fail("personId", "pseudonymous-id", "Expected the calculator's id of the person, not a henkilötunnus")
  const ground = notice.ground
  if (ground === undefined)
    return fail("ground", "ground-needed", "The notice names no ground; the calculator needs one (Act 1412/1997 § 10)")
  const rule = CoreReductionGround.ruleOn(ground, notice.decisionDate)
  if (rule === undefined)
    return fail("ground", "ground-in-force", "The ground is not in force on the decision date (Act 1412/1997 § 10)")
  const month = options.month
  if (month !== undefined) {
    if (!YearMonth.isYearMonth(month)) return fail("month", "month-format", "Expected a month YYYY-MM")
    // Core's one check (the calculator makes the same), under the regime of the decision date.
    const order = CoreReductionGround.checkFirstReducedMonth(
      ground,
      month,
      CoreReductionGround.regimeOn(notice.decisionDate)
    )
    if (Result.isFailure(order)) return Result.fail(order.failure)
  }
  const regime = CoreReductionGround.regimeOn(notice.decisionDate)
  const continued = regime?.id !== "26/2026" && notice.reductionPercent === 40 && rule.percentages.includes(20)
  const calculatorGround: CoreReductionGround.ReductionGround = continued ? "repeatedRefusal" : ground
  if (!continued && !(rule.percentages as ReadonlyArray<number>).includes(notice.reductionPercent))
    return fail(
      "reductionPercent",
      "percentage-for-ground",
      `Allowed for this ground: ${rule.percentages.join(" or ")} %`
    )
  return Result.succeed({
    personId,
    ground: calculatorGround,
    percentage: notice.reductionPercent,
    safeguards: {
      minimumSubsistenceNotEndangered: true,
      notOtherwiseUnreasonable: true,
      ...(notice.reductionPercent === 40 && regime?.fortyNeedsRefusedAssessment === true
        ? { serviceNeedAssessmentRefused: true }
        : {})
    },
    monthOfReduction: notice.continuationMonth
  })
}
