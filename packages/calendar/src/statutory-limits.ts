/**
 * Every statutory time limit of the packages, written once: the last day and
 * the provision that sets it (a `LegalRef` from core's dated `StatuteNumbering`
 * table, so the section follows the law in force). `@osallistava/social-assistance`,
 * `@osallistava/etotu` and `@osallistava/model` all call these functions.
 *
 * Counting (Act 150/1930): the day the limit is counted from is not counted
 * (2 §); a limit in months ends on the day of the same number or the month's
 * last day (3 §); a last day on a Saturday, Sunday or holiday moves to the next
 * working day (5 §). "Working day" (arkipäivä) is Monday–Friday except the days
 * of 5 §, as Kela counts it.
 *
 * Two decisions (docs/calendar/README.md):
 *
 * 1. **Arrival on a non-working day.** A document has arrived on the day it is
 *    delivered (hallintolaki 434/2003 18 § 1 mom.), an electronic message when it
 *    is available in the authority's system (13/2003 10 §), and the matter is
 *    pending from then (434/2003 20 §). The limit "by the 7th working day from
 *    arrival" therefore counts from the actual day, which 150/1930 2 § leaves
 *    out: a Saturday 7.3.2026 arrival → Tue 17.3.2026. Kela's published practice
 *    (partner FAQ, kela.fi/yhteistyokumppanit-toimeentulotuki-usein-kysyttya:
 *    a weekend OmaKela application counts as arriving on Monday, counting from
 *    Tuesday) gives Wed 18.3.2026, one working day more than the statute allows.
 *    The default is the statute (`arrival: "statute"`); `"kela-practice"`
 *    reproduces Kela's count for reconciling with Kela's figures.
 * 2. **Which wording.** A limit is cited in the wording in force on the day it
 *    starts to run (the arrival, request or pending day). 1023/2022 has no
 *    transitional provision (only "Tämä laki tulee voimaan 1 päivänä tammikuuta
 *    2023", finlex-data asd20221023.xml), so procedural rules apply from that day
 *    to every step taken from then: a request for a personal discussion made on
 *    2.1.2023 about a Kela decision of 30.12.2022 is under 14 d § 2 mom.
 *    (1023/2022), not 14 e § (299/2016).
 *
 * @since 0.2.0
 */
import { LegalRef, LocalDate, StatuteNumbering } from "@osallistava/core"
import * as Result from "effect/Result"
import { attempt, type LimitError } from "./attempt.js"
import * as WorkingDays from "./working-days.js"

/** 150/1930 3 § then 5 § (the same as `TimeLimits.afterMonths`, which imports this module). */
const unsafeMonthsLater = (start: LocalDate.LocalDate, months: number): LocalDate.LocalDate =>
  WorkingDays.unsafeOnOrNextWorkingDay(LocalDate.unsafeAddMonths(start, months, "clamp"))

/**
 * A statutory last day and its legal basis.
 *
 * @since 0.2.0
 */
export interface StatutoryDeadline {
  /** The last day. */
  readonly due: LocalDate.LocalDate
  /** The provision that sets the limit, in the wording in force on the day the limit starts to run. */
  readonly ref: LegalRef.LegalRef
  /** The provisions of Act 150/1930 applied in counting it. */
  readonly counting: ReadonlyArray<LegalRef.LegalRef>
}

/**
 * How an arrival on a Saturday, Sunday or holiday is counted (see the module
 * doc): `statute` (default) counts from the actual day; `kela-practice` counts
 * as if it arrived on the next working day.
 *
 * @since 0.2.0
 */
export type Arrival = "statute" | "kela-practice"

const unsafeRef = StatuteNumbering.unsafeAt
const DAY_NOT_COUNTED = unsafeRef("time-limits/day-not-counted", "2000-01-01")
const MONTHS = unsafeRef("time-limits/months", "2000-01-01")
const NEXT_WORKING_DAY = unsafeRef("time-limits/next-working-day", "2000-01-01")

const unsafeCountedFrom = (arrived: LocalDate.LocalDate, arrival: Arrival): LocalDate.LocalDate =>
  arrival === "kela-practice" ? WorkingDays.unsafeOnOrNextWorkingDay(arrived) : arrived

/**
 * The decision on social assistance (basic by Kela, supplementary or preventive
 * by the county): by the 7th working day from the arrival of the application
 * (1412/1997 14 a § 1 mom. (1023/2022); 14 c § 1 mom. (815/2015) in 2017–2022),
 * or from the arrival of the completed application (`completed: true`: 14 a §
 * 3 mom.; 14 c § 3 mom. before 2023). Urgent (`urgent: true`): the same or at the
 * latest the next working day (14 b §, 815/2015, not amended by 1023/2022).
 * An application for a later month or period (`periodStart`, its first day)
 * is decided by the period's first working day when that is later (14 a § 2
 * mom.; 14 c § 2 mom. before 2023).
 *
 * @example
 * ```ts
 * import { LegalRef, LocalDate } from "@osallistava/core"
 * import { StatutoryLimits } from "@osallistava/calendar"
 * const d = StatutoryLimits.unsafeSocialAssistanceDecision(LocalDate.unsafeFrom("2026-03-07"))
 * d.due // "2026-03-17"
 * LegalRef.render(d.ref, "fi") // "toimeentulotukilaki 1412/1997 14 a § 1 mom. (1023/2022)"
 * ```
 * @throws ProvisionNotInForce before 2017 (Kela's basic assistance and this numbering begin on 1.1.2017);
 *   YearOutOfRange outside the calendar's years.
 * @since 0.2.0
 */
export const unsafeSocialAssistanceDecision = (
  arrived: LocalDate.LocalDate,
  options: {
    readonly urgent?: boolean
    readonly completed?: boolean
    readonly arrival?: Arrival
    readonly periodStart?: LocalDate.LocalDate
  } = {}
): StatutoryDeadline => {
  const seventh = unsafeSeventhOrNext(arrived, options)
  const first = options.urgent === true ? undefined : unsafeLaterPeriodFirstWorkingDay(arrived, options.periodStart)
  const later = first !== undefined && first > seventh
  return {
    due: later ? first : seventh,
    ref: unsafeRef(
      options.urgent === true
        ? "social-assistance/urgent-decision"
        : later
          ? "social-assistance/later-period-decision"
          : options.completed === true
            ? "social-assistance/incomplete-application"
            : "social-assistance/decision",
      arrived
    ),
    counting: later ? [DAY_NOT_COUNTED, NEXT_WORKING_DAY] : [DAY_NOT_COUNTED]
  }
}

/**
 * The first working day of the period applied for when it is later than the
 * month of arrival (1412/1997 14 a § 2 mom. (1023/2022), word for word 14 c §
 * 2 mom. (815/2015) in 2017–2022): for the month after arrival, that month's
 * first working day; for a later period, the period's first working day (150/1930
 * 5 §). `undefined` for the month of arrival or an earlier one (1 mom. alone).
 *
 * The two sentences relax 1 mom. ("Sen estämättä, mitä 1 momentissa
 * säädetään"): for the next month, the first working day is the deadline only if
 * more than seven working days have passed since arrival by then, otherwise 1
 * mom.'s seventh working day stands; for a later period the first working day is
 * always after the seventh. Both cases are the later of the two days
 * (docs/social-assistance/open-readings.md § 4; our formulation, the wording is
 * certain).
 */
const unsafeLaterPeriodFirstWorkingDay = (
  arrived: LocalDate.LocalDate,
  periodStart: LocalDate.LocalDate | undefined
): LocalDate.LocalDate | undefined => {
  if (periodStart === undefined) return undefined
  const monthsAfter =
    (LocalDate.year(periodStart) - LocalDate.year(arrived)) * 12 +
    LocalDate.month(periodStart) -
    LocalDate.month(arrived)
  if (monthsAfter <= 0) return undefined
  const start =
    monthsAfter === 1 ? LocalDate.unsafeMake(LocalDate.year(periodStart), LocalDate.month(periodStart), 1) : periodStart
  return WorkingDays.unsafeOnOrNextWorkingDay(start)
}

/** 1 mom.: the 7th working day after arrival, or the next one when urgent (14 b §). */
const unsafeSeventhOrNext = (
  arrived: LocalDate.LocalDate,
  options: { readonly urgent?: boolean; readonly arrival?: Arrival }
): LocalDate.LocalDate =>
  WorkingDays.unsafeAddWorkingDays(
    unsafeCountedFrom(arrived, options.arrival ?? "statute"),
    options.urgent === true ? 1 : 7
  )

/**
 * The last day of {@link socialAssistanceDecision} without its provision, for
 * any date of the calendar (no `ProvisionNotInForce`): 7 working days, or 1 when
 * urgent, counted from the day after arrival; for an application for a later
 * period (`periodStart`, not urgent) the period's first working day when that is
 * later (14 a § 2 mom.).
 *
 * @since 0.2.0
 */
export const unsafeSocialAssistanceDecisionDue = (
  arrived: LocalDate.LocalDate,
  options: { readonly urgent?: boolean; readonly arrival?: Arrival; readonly periodStart?: LocalDate.LocalDate } = {}
): LocalDate.LocalDate => {
  const seventh = unsafeSeventhOrNext(arrived, options)
  const first = options.urgent === true ? undefined : unsafeLaterPeriodFirstWorkingDay(arrived, options.periodStart)
  return first !== undefined && first > seventh ? first : seventh
}

/**
 * The personal discussion with a Kela official or a social-services
 * professional: by the 7th working day after the client asked for it
 * (1412/1997 14 d § 2 mom. (1023/2022); 14 e § (299/2016) in 2017–2022). The
 * wording is the one in force on the day of the request.
 *
 * @throws ProvisionNotInForce before 2017.
 * @since 0.2.0
 */
export const unsafePersonalDiscussion = (requestedOn: LocalDate.LocalDate): StatutoryDeadline => ({
  due: WorkingDays.unsafeAddWorkingDays(requestedOn, 7),
  ref: unsafeRef("social-assistance/personal-discussion", requestedOn),
  counting: [DAY_NOT_COUNTED]
})

/**
 * An urgent need for help is assessed at once (välittömästi), SHL 1301/2014
 * 36 § 1 mom.: the last day is the day the need became known.
 *
 * @since 0.2.0
 */
export const unsafeUrgentNeedAssessment = (knownOn: LocalDate.LocalDate): StatutoryDeadline => ({
  due: knownOn,
  ref: unsafeRef("social-welfare/urgent-need", knownOn),
  counting: []
})

/**
 * The service-need assessment of the groups SHL 1301/2014 36 § 2 mom. names
 * (over 75, the highest care allowance; disabled persons added by 677/2023) is
 * started by the 7th working day after the contact. Other adults: "without
 * delay", no number of days in the law (a municipal policy, not this function).
 *
 * @since 0.2.0
 */
export const unsafeSpecialGroupAssessmentStart = (contactOn: LocalDate.LocalDate): StatutoryDeadline => ({
  due: WorkingDays.unsafeAddWorkingDays(contactOn, 7),
  ref: unsafeRef("social-welfare/special-group-assessment", contactOn),
  counting: [DAY_NOT_COUNTED]
})

/**
 * A child needing special support: the assessment is started by the 7th
 * working day and completed within 3 months of the matter becoming pending
 * (SHL 1301/2014 36 § 3 mom.).
 *
 * @since 0.2.0
 */
export const unsafeChildSpecialSupportAssessment = (
  pendingOn: LocalDate.LocalDate
): { readonly start: StatutoryDeadline; readonly completion: StatutoryDeadline } => {
  const r = unsafeRef("social-welfare/child-special-support-assessment", pendingOn)
  return {
    start: { due: WorkingDays.unsafeAddWorkingDays(pendingOn, 7), ref: r, counting: [DAY_NOT_COUNTED] },
    completion: { due: unsafeMonthsLater(pendingOn, 3), ref: r, counting: [MONTHS, NEXT_WORKING_DAY] }
  }
}

/**
 * A decision on social services is implemented at the latest within 3 months
 * of the matter becoming pending ("viimeistään 3 kuukaudessa asian
 * vireilletulosta", SHL 1301/2014 45 § 2 mom., from 1.4.2015). Counted from the
 * day the matter became pending, not from the decision or the assessment.
 *
 * @example
 * ```ts
 * import { LocalDate } from "@osallistava/core"
 * import { StatutoryLimits } from "@osallistava/calendar"
 * StatutoryLimits.servicesImplemented(LocalDate.unsafeFrom("2026-11-30")).due // "2027-03-01" (28.2.2027 is a Sunday)
 * ```
 * @throws ProvisionNotInForce before 1.4.2015.
 * @since 0.2.0
 */
export const unsafeServicesImplemented = (pendingOn: LocalDate.LocalDate): StatutoryDeadline => ({
  due: unsafeMonthsLater(pendingOn, 3),
  ref: unsafeRef("social-welfare/implementation", pendingOn),
  counting: [MONTHS, NEXT_WORKING_DAY]
})

/**
 * The initial assessment of an immigrant receiving social assistance other
 * than temporarily is started within 2 months of the client relationship
 * (kotoutumislaki 1386/2010 10 § 1 mom.), a limit on the municipality that
 * received Kela's notice in 2017–2022. From 2023 the notice goes to the county
 * (936/2022) and no two-month limit binds it; from 2025 681/2023 applies:
 * `undefined` for those dates.
 *
 * @since 0.2.0
 */
export const unsafeImmigrantInitialAssessment = (clientFrom: LocalDate.LocalDate): StatutoryDeadline | undefined => {
  const r = StatuteNumbering.at("integration/initial-assessment", clientFrom)
  return Result.isSuccess(r)
    ? { due: unsafeMonthsLater(clientFrom, 2), ref: r.success, counting: [MONTHS, NEXT_WORKING_DAY] }
    : undefined
}

/**
 * A request for review (oikaisuvaatimus) of the wellbeing services county's
 * decision on supplementary or preventive social assistance: within 30 days of
 * notification (hallintolaki 434/2003 49 c § 1 mom., 581/2010; the county's
 * decision is reviewed under 1412/1997 24 § 1 mom. (1023/2022) and sosiaalihuoltolaki
 * 1301/2014 50 § (589/2022)). The day of notification is not counted (150/1930 2 §); a last
 * day on a non-working day moves to the next working day (5 §). A decision sent
 * as an ordinary letter is deemed received on the 7th day after sending
 * (434/2003 59 § 2 mom.): pass that day.
 *
 * @example
 * ```ts
 * import { LocalDate } from "@osallistava/core"
 * import { StatutoryLimits } from "@osallistava/calendar"
 * StatutoryLimits.requestForReview(LocalDate.unsafeFrom("2026-03-02")).due // "2026-04-01"
 * ```
 * @since 0.3.0
 */
export const unsafeRequestForReview = (notifiedOn: LocalDate.LocalDate): StatutoryDeadline => ({
  due: WorkingDays.unsafeOnOrNextWorkingDay(LocalDate.addDays(notifiedOn, 30)),
  ref: LegalRef.make({ act: "434/2003", section: "49 c", subsection: 1, amendedBy: "581/2010" }),
  counting: [DAY_NOT_COUNTED, NEXT_WORKING_DAY]
})

/**
 * The citation of a deadline in `language`: the provision, then the counting
 * rules of Act 150/1930 (e.g. "toimeentulotukilaki 1412/1997 14 a § 1 mom.
 * (1023/2022); laki säädettyjen määräaikain laskemisesta 150/1930 2 §").
 *
 * @since 0.2.0
 */
export const citation = (d: StatutoryDeadline, language: "fi" | "sv" | "en"): string =>
  [d.ref, ...d.counting].map((r) => LegalRef.render(r, language)).join("; ")

/**
 * {@link unsafeSocialAssistanceDecision} as a `Result`: `ProvisionNotInForce` before the provision
 * is in force, `YearOutOfRange` outside 1900–2100.
 *
 * @since 0.4.0
 */
export const trySocialAssistanceDecision = (
  arrived: LocalDate.LocalDate,
  options?: Parameters<typeof unsafeSocialAssistanceDecision>[1]
): Result.Result<ReturnType<typeof unsafeSocialAssistanceDecision>, LimitError> =>
  attempt(() => unsafeSocialAssistanceDecision(arrived, options))

/**
 * @deprecated Since 0.4.0: use {@link unsafeSocialAssistanceDecision} (same behaviour) or {@link trySocialAssistanceDecision} (a `Result`).
 * @since 0.2.0
 */
export const socialAssistanceDecision = unsafeSocialAssistanceDecision

/**
 * {@link unsafeSocialAssistanceDecisionDue} as a `Result`: `ProvisionNotInForce` before the provision
 * is in force, `YearOutOfRange` outside 1900–2100.
 *
 * @since 0.4.0
 */
export const trySocialAssistanceDecisionDue = (
  arrived: LocalDate.LocalDate,
  options?: Parameters<typeof unsafeSocialAssistanceDecisionDue>[1]
): Result.Result<ReturnType<typeof unsafeSocialAssistanceDecisionDue>, LimitError> =>
  attempt(() => unsafeSocialAssistanceDecisionDue(arrived, options))

/**
 * @deprecated Since 0.4.0: use {@link unsafeSocialAssistanceDecisionDue} (same behaviour) or {@link trySocialAssistanceDecisionDue} (a `Result`).
 * @since 0.2.0
 */
export const socialAssistanceDecisionDue = unsafeSocialAssistanceDecisionDue

/**
 * {@link unsafePersonalDiscussion} as a `Result`: `ProvisionNotInForce` before the provision
 * is in force, `YearOutOfRange` outside 1900–2100.
 *
 * @since 0.4.0
 */
export const tryPersonalDiscussion = (
  requestedOn: LocalDate.LocalDate
): Result.Result<ReturnType<typeof unsafePersonalDiscussion>, LimitError> =>
  attempt(() => unsafePersonalDiscussion(requestedOn))

/**
 * @deprecated Since 0.4.0: use {@link unsafePersonalDiscussion} (same behaviour) or {@link tryPersonalDiscussion} (a `Result`).
 * @since 0.2.0
 */
export const personalDiscussion = unsafePersonalDiscussion

/**
 * {@link unsafeUrgentNeedAssessment} as a `Result`: `ProvisionNotInForce` before the provision
 * is in force, `YearOutOfRange` outside 1900–2100.
 *
 * @since 0.4.0
 */
export const tryUrgentNeedAssessment = (
  knownOn: LocalDate.LocalDate
): Result.Result<ReturnType<typeof unsafeUrgentNeedAssessment>, LimitError> =>
  attempt(() => unsafeUrgentNeedAssessment(knownOn))

/**
 * @deprecated Since 0.4.0: use {@link unsafeUrgentNeedAssessment} (same behaviour) or {@link tryUrgentNeedAssessment} (a `Result`).
 * @since 0.2.0
 */
export const urgentNeedAssessment = unsafeUrgentNeedAssessment

/**
 * {@link unsafeSpecialGroupAssessmentStart} as a `Result`: `ProvisionNotInForce` before the provision
 * is in force, `YearOutOfRange` outside 1900–2100.
 *
 * @since 0.4.0
 */
export const trySpecialGroupAssessmentStart = (
  contactOn: LocalDate.LocalDate
): Result.Result<ReturnType<typeof unsafeSpecialGroupAssessmentStart>, LimitError> =>
  attempt(() => unsafeSpecialGroupAssessmentStart(contactOn))

/**
 * @deprecated Since 0.4.0: use {@link unsafeSpecialGroupAssessmentStart} (same behaviour) or {@link trySpecialGroupAssessmentStart} (a `Result`).
 * @since 0.2.0
 */
export const specialGroupAssessmentStart = unsafeSpecialGroupAssessmentStart

/**
 * {@link unsafeChildSpecialSupportAssessment} as a `Result`: `ProvisionNotInForce` before the provision
 * is in force, `YearOutOfRange` outside 1900–2100.
 *
 * @since 0.4.0
 */
export const tryChildSpecialSupportAssessment = (
  pendingOn: LocalDate.LocalDate
): Result.Result<ReturnType<typeof unsafeChildSpecialSupportAssessment>, LimitError> =>
  attempt(() => unsafeChildSpecialSupportAssessment(pendingOn))

/**
 * @deprecated Since 0.4.0: use {@link unsafeChildSpecialSupportAssessment} (same behaviour) or {@link tryChildSpecialSupportAssessment} (a `Result`).
 * @since 0.2.0
 */
export const childSpecialSupportAssessment = unsafeChildSpecialSupportAssessment

/**
 * {@link unsafeServicesImplemented} as a `Result`: `ProvisionNotInForce` before the provision
 * is in force, `YearOutOfRange` outside 1900–2100.
 *
 * @since 0.4.0
 */
export const tryServicesImplemented = (
  pendingOn: LocalDate.LocalDate
): Result.Result<ReturnType<typeof unsafeServicesImplemented>, LimitError> =>
  attempt(() => unsafeServicesImplemented(pendingOn))

/**
 * @deprecated Since 0.4.0: use {@link unsafeServicesImplemented} (same behaviour) or {@link tryServicesImplemented} (a `Result`).
 * @since 0.2.0
 */
export const servicesImplemented = unsafeServicesImplemented

/**
 * {@link unsafeImmigrantInitialAssessment} as a `Result`: `ProvisionNotInForce` before the provision
 * is in force, `YearOutOfRange` outside 1900–2100.
 *
 * @since 0.4.0
 */
export const tryImmigrantInitialAssessment = (
  clientFrom: LocalDate.LocalDate
): Result.Result<ReturnType<typeof unsafeImmigrantInitialAssessment>, LimitError> =>
  attempt(() => unsafeImmigrantInitialAssessment(clientFrom))

/**
 * @deprecated Since 0.4.0: use {@link unsafeImmigrantInitialAssessment} (same behaviour) or {@link tryImmigrantInitialAssessment} (a `Result`).
 * @since 0.2.0
 */
export const immigrantInitialAssessment = unsafeImmigrantInitialAssessment

/**
 * {@link unsafeRequestForReview} as a `Result`: `ProvisionNotInForce` before the provision
 * is in force, `YearOutOfRange` outside 1900–2100.
 *
 * @since 0.4.0
 */
export const tryRequestForReview = (
  notifiedOn: LocalDate.LocalDate
): Result.Result<ReturnType<typeof unsafeRequestForReview>, LimitError> =>
  attempt(() => unsafeRequestForReview(notifiedOn))

/**
 * @deprecated Since 0.4.0: use {@link unsafeRequestForReview} (same behaviour) or {@link tryRequestForReview} (a `Result`).
 * @since 0.2.0
 */
export const requestForReview = unsafeRequestForReview
