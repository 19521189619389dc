/**
 * Legal and policy deadlines of a case, computed with `@osallistava/calendar`
 * (Act 150/1930 on computing time limits: a limit ending on a Saturday, Sunday
 * or holiday moves to the next working day).
 *
 * | deadline | rule | kind |
 * |---|---|---|
 * | assessment start | SHL 1301/2014 § 36 (1)–(2); TTL 14 a (14 c in the wording of 815/2015 until 2022)/14 b for forwarded applications; 1386/2010 § 10 for immigrants to 2024 — as `@osallistava/etotu` `Workflow.tryDeadlineOf` computes it | law or policy |
 * | personal discussion | TTL 1412/1997 14 d § 2 mom. (1023/2022; 14 e § (299/2016) 2017–2022, by the day of the request): within 7 working days, from `@osallistava/calendar` `StatutoryLimits.personalDiscussion`; met by the first meeting (`ClientMet`, or the assessment's start) | law |
| services started | SHL 1301/2014 45 § 2 mom. (in force 1.4.2015; 677/2023 kept the sentence): once the assessment is completed, services within 3 months of the matter becoming pending (the notice's arrival), `StatutoryLimits.servicesImplemented`; met by `ServicesStarted` or the plan's first `ActivityStarted` [I] | law |
 * | assessment completion | SHL § 36 (2) "without undue delay": policy, default 3 months from the start | policy |
 * | client plan | SHL § 39: no statutory time limit; policy, default 1 month after the assessment | policy |
 * | activation plan | Act 189/2001 § 5: started "without delay"; policy, default 14 days | policy |
 * | plan review | the first review date agreed in the plan (SHL § 39: reviewed when needed) | agreed |
 *
 * @since 0.1.0
 */

import { StatutoryLimits, TimeLimits } from "@osallistava/calendar"
import { LegalRef, LocalDate, Localized, StatuteNumbering } from "@osallistava/core"
import { Messages as EtotuMessages, Workflow } from "@osallistava/etotu"
import * as Result from "effect/Result"
import { deadlineNotes } from "./messages.js"
import type { CaseState } from "./pathway.js"

/** Municipal policy where the law says only "without delay". @since 0.1.0 */
export interface DeadlinePolicy {
  /** Working days to start an assessment "without delay" (SHL § 36 (2)); default 7 (etotu's default). */
  readonly assessmentStartWorkingDays: number
  /** Months to complete the assessment; default 3. */
  readonly assessmentCompletionMonths: number
  /** Months from the completed assessment to the client plan; default 1. */
  readonly planMonthsAfterAssessment: number
  /** Days to start the activation plan (189/2001 § 5 "viipymättä"); default 14. */
  readonly activationPlanDays: number
}

/** @since 0.1.0 */
export const defaultPolicy: DeadlinePolicy = {
  assessmentStartWorkingDays: 7,
  assessmentCompletionMonths: 3,
  planMonthsAfterAssessment: 1,
  activationPlanDays: 14
}

/** @since 0.1.0 */
export type DeadlineId =
  | "assessment-start"
  | "personal-discussion"
  | "services-started"
  | "assessment-completion"
  | "client-plan"
  | "activation-plan"
  | "plan-review"

/**
 * `met` on time, `late` met after the due date, `open` not yet due,
 * `overdue` past due and not met, `cancelled` the case closed before it was met.
 *
 * @since 0.1.0
 */
export type DeadlineStatus = "met" | "late" | "open" | "overdue" | "cancelled"

/** @since 0.1.0 */
export interface Deadline {
  readonly id: DeadlineId
  readonly label: Localized.Localized
  readonly due: string
  readonly basis: string
  readonly kind: "law" | "policy" | "agreed"
  /**
   * The provision, as data (the same `LegalRef` etotu and social-assistance give): for a `law` deadline the
   * one that sets the limit, for `policy` and `agreed` ones the provision the limit applies. @since 0.3.0
   */
  readonly ref?: LegalRef.LegalRef
  /** What the limit is, in fi, sv and en, without the citation (`Messages.deadlineNotes`). @since 0.3.0 */
  readonly note?: Localized.Localized
  readonly metOn?: string
  readonly status: DeadlineStatus
}

/** @since 0.1.0 */
export const deadlineLabels: Readonly<Record<DeadlineId, Localized.Localized>> = {
  "assessment-start": {
    fi: "Palvelutarpeen arvioinnin aloitus",
    sv: "Inledning av bedömningen av servicebehovet",
    en: "Start of the service-need assessment"
  },
  "personal-discussion": {
    fi: "Henkilökohtainen keskustelu",
    sv: "Personligt samtal",
    en: "Personal discussion"
  },
  "services-started": {
    fi: "Palvelujen aloitus",
    sv: "Inledning av tjänsterna",
    en: "Services started"
  },
  "assessment-completion": {
    fi: "Palvelutarpeen arviointi valmis",
    sv: "Bedömningen av servicebehovet klar",
    en: "Service-need assessment completed"
  },
  "client-plan": { fi: "Asiakassuunnitelma", sv: "Klientplan", en: "Client plan" },
  "activation-plan": { fi: "Aktivointisuunnitelma", sv: "Aktiveringsplan", en: "Activation plan" },
  "plan-review": {
    fi: "Asiakassuunnitelman arviointi",
    sv: "Utvärdering av klientplanen",
    en: "Client plan review"
  }
}

const statusOf = (due: string, metOn: string | undefined, today: string, closedOn: string | undefined) => {
  if (metOn !== undefined) return metOn <= due ? "met" : "late"
  if (closedOn !== undefined) return "cancelled"
  return today > due ? "overdue" : "open"
}

/**
 * When the services decided started: `ServicesStarted`, or the first activity of the client plan started, whichever is
 * earlier ([I] an activity agreed in the plan, such as group social work or a named worker, is a social service
 * carried out, so it implements the decision in the sense of SHL 45 § 2 mom.).
 */
const servicesOn = (s: CaseState): string | undefined => {
  const first = s.activities.reduce<string | undefined>(
    (m, a) => (m === undefined || a.startedOn < m ? a.startedOn : m),
    undefined
  )
  const explicit = s.servicesStartedOn
  if (explicit === undefined) return first
  return first === undefined || explicit <= first ? explicit : first
}

const shl36 = (subsection: number): LegalRef.LegalRef => LegalRef.make({ act: "1301/2014", section: "36", subsection })
const shl39: LegalRef.LegalRef = LegalRef.make({ act: "1301/2014", section: "39" })

/** Why the deadlines of a case cannot be computed (`tryDeadlinesOf`). @since 0.3.0 */
export type DeadlinesError = Workflow.DeadlineError

/**
 * The deadlines of a case as of `today` (YYYY-MM-DD), in due-date order.
 * Fails with a `RuleViolation` (rule `existing-date` at the case's field, e.g.
 * `notices[0].receivedOn`, `assessmentStartedOn`, `plan.reviewDates`; a policy
 * count that is not a whole number ≥ 0), calendar's `YearOutOfRange` (a day
 * outside 1900–2100) or core's `ProvisionNotInForce` (a limit not yet in force
 * on the day it starts).
 *
 * @since 0.3.0
 */
export const tryDeadlinesOf = (
  s: CaseState,
  today: string,
  policy: DeadlinePolicy = defaultPolicy
): Result.Result<ReadonlyArray<Deadline>, DeadlinesError> => {
  const out: Array<Deadline> = []
  const closedOn = s.closed?.on
  const receivedText = s.notices[0]?.receivedOn ?? s.lastEventOn
  const receivedAt = s.notices[0] === undefined ? "lastEventOn" : "notices[0].receivedOn"
  const receivedDate = LocalDate.parse(receivedText, receivedAt)
  if (Result.isFailure(receivedDate)) return Result.fail(receivedDate.failure)
  const received = receivedDate.success
  const dateAt = (text: string, at: string) => LocalDate.parse(text, at)
  const add = (
    id: DeadlineId,
    due: string,
    basis: string,
    kind: Deadline["kind"],
    metOn: string | undefined,
    ref?: LegalRef.LegalRef,
    note?: Localized.Localized
  ) =>
    out.push({
      id,
      label: deadlineLabels[id],
      due,
      basis,
      kind,
      ...(ref === undefined ? {} : { ref }),
      ...(note === undefined ? {} : { note }),
      ...(metOn === undefined ? {} : { metOn }),
      status: statusOf(due, metOn, today, closedOn)
    })

  const startResult = Workflow.tryDeadlineOf(s.openingNotice, received, {
    policyStartWorkingDays: policy.assessmentStartWorkingDays
  })
  if (Result.isFailure(startResult)) return Result.fail(startResult.failure)
  const start = startResult.success
  add("assessment-start", start.due, start.basis, start.kind, s.assessmentStartedOn, start.ref, start.note)

  const n = s.openingNotice
  if (n._tag === "SocialWorkNeeded" && n.personalDiscussionRequested) {
    // [I] The 7 working days run from the day the county received the request with the notice;
    // the first meeting (assessment start) is taken as the discussion. Day and wording from calendar's StatutoryLimits.
    const r = StatutoryLimits.tryPersonalDiscussion(received)
    if (Result.isFailure(r)) return Result.fail(r.failure)
    const d = r.success
    add(
      "personal-discussion",
      d.due,
      `${LegalRef.renderEn(d.ref)}: ${EtotuMessages.deadlineNotes.personalDiscussion.en}`,
      "law",
      s.metOn ?? s.assessmentStartedOn,
      d.ref,
      EtotuMessages.deadlineNotes.personalDiscussion
    )
  }
  if (
    s.assessmentCompletedOn !== undefined &&
    Result.isSuccess(StatuteNumbering.at("social-welfare/implementation", received))
  ) {
    // SHL 45 § 2 mom.: within 3 months of the matter becoming pending, i.e. of the notice's arrival
    // (hallintolaki 434/2003 20 §), shown once the assessment is completed and services are to be decided.
    // Until etotu 0.3 this was etotu's `Workflow.deadlines` (`servicesStarted`).
    const r = StatutoryLimits.tryServicesImplemented(received)
    if (Result.isFailure(r)) return Result.fail(r.failure)
    const d = r.success
    add(
      "services-started",
      d.due,
      `${LegalRef.renderEn(d.ref)}: ${EtotuMessages.deadlineNotes.servicesStarted.en}`,
      "law",
      servicesOn(s),
      d.ref,
      EtotuMessages.deadlineNotes.servicesStarted
    )
  }
  if (s.assessmentStartedOn !== undefined) {
    const due = Result.flatMap(dateAt(s.assessmentStartedOn, "assessmentStartedOn"), (d) =>
      TimeLimits.tryAfterMonths(d, policy.assessmentCompletionMonths)
    )
    if (Result.isFailure(due)) return Result.fail(due.failure)
    add(
      "assessment-completion",
      due.success,
      `Act 1301/2014 § 36 (2) "without undue delay"; municipal policy ${policy.assessmentCompletionMonths} months`,
      "policy",
      s.assessmentCompletedOn,
      shl36(2),
      Localized.interpolate(deadlineNotes.assessmentCompletion, { months: policy.assessmentCompletionMonths })
    )
  }
  if (s.assessmentCompletedOn !== undefined && s.assessment?.needsClientPlan === true) {
    const due = Result.flatMap(dateAt(s.assessmentCompletedOn, "assessmentCompletedOn"), (d) =>
      TimeLimits.tryAfterMonths(d, policy.planMonthsAfterAssessment)
    )
    if (Result.isFailure(due)) return Result.fail(due.failure)
    add(
      "client-plan",
      due.success,
      `Act 1301/2014 § 39 (no statutory limit); municipal policy ${policy.planMonthsAfterAssessment} month(s)`,
      "policy",
      s.firstPlanOn,
      shl39,
      Localized.interpolate(deadlineNotes.clientPlan, { months: policy.planMonthsAfterAssessment })
    )
  }
  const unemployed = n._tag === "UnemployedUnder25" || n._tag === "Unemployed25OrOver"
  const activationTrigger = unemployed
    ? received
    : s.assessment?.activationPlanNeeded === true
      ? s.assessmentCompletedOn
      : undefined
  if (activationTrigger !== undefined) {
    const due = Result.flatMap(dateAt(activationTrigger, unemployed ? receivedAt : "assessmentCompletedOn"), (d) =>
      TimeLimits.tryAfterDays(d, policy.activationPlanDays)
    )
    if (Result.isFailure(due)) return Result.fail(due.failure)
    add(
      "activation-plan",
      due.success,
      `Act 189/2001 § 5 "without delay"; municipal policy ${policy.activationPlanDays} days`,
      "policy",
      s.employmentPlans[0]?.on,
      LegalRef.make({ act: "189/2001", section: "5" }),
      Localized.interpolate(deadlineNotes.activationPlan, { days: policy.activationPlanDays })
    )
  }
  const review = s.plan?.reviewDates.slice().sort()[0]
  if (review !== undefined) {
    const due = Result.flatMap(dateAt(review, "plan.reviewDates"), TimeLimits.tryAdjustToWorkingDay)
    if (Result.isFailure(due)) return Result.fail(due.failure)
    add(
      "plan-review",
      due.success,
      "Act 1301/2014 § 39: review date agreed in the client plan",
      "agreed",
      s.evaluatedOn,
      shl39,
      deadlineNotes.planReview
    )
  }
  return Result.succeed(out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0)))
}

/**
 * {@link tryDeadlinesOf}, throwing its failure.
 *
 * @throws RuleViolation, YearOutOfRange or ProvisionNotInForce (see {@link tryDeadlinesOf}).
 * @since 0.3.0
 */
export const unsafeDeadlinesOf = (
  s: CaseState,
  today: string,
  policy: DeadlinePolicy = defaultPolicy
): ReadonlyArray<Deadline> => {
  const r = tryDeadlinesOf(s, today, policy)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * @deprecated Since 0.3.0: use {@link unsafeDeadlinesOf} (same behaviour) or {@link tryDeadlinesOf} (a `Result`).
 * @since 0.1.0
 */
export const deadlinesOf = unsafeDeadlinesOf

/** The earliest deadline that is open or overdue, if any. @since 0.1.0 */
export const nextDeadline = (deadlines: ReadonlyArray<Deadline>): Deadline | undefined =>
  deadlines.find((d) => d.status === "open" || d.status === "overdue")
