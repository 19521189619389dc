/**
 * An eTotu notice in the county's hands up to registration, as a state
 * machine, with the first legal deadline it implies, computed with
 * `@osallistava/calendar`. The municipal case after registration is
 * `@osallistava/model`'s pathway (issue 15: one case lifecycle).
 *
 * Deadlines (see docs/etotu/reference.md § 5). The statutory ones are computed
 * once, in `@osallistava/calendar`'s `StatutoryLimits`, which also gives the
 * provision (core's `LegalRef`, in the wording in force on the day the limit
 * starts to run, i.e. the day the notice or forwarded application was received;
 * docs/calendar/README.md):
 * - Forwarded application: decision by the 7th working day after it arrived
 *   (TTL 1412/1997 14 a § 1 mom. (1023/2022); 14 c § 1 mom. (815/2015) in
 *   2017–2022), urgent ones the same or the next working day (14 b §).
 * - Other notices, urgent: need assessed at once (SHL 1301/2014 36 § 1 mom).
 * - Other notices, non-urgent: assessment started "without delay"
 *   (SHL 36 § 2 mom). The 7-working-day limit in SHL 36 applies only to the
 *   special groups the law names (over-75s, etc.), not to ordinary eTotu
 *   clients, so the limit here is the municipality's own policy, configurable
 *   (`policyStartWorkingDays`, default 7) and labelled as policy, not law.
 * - Immigrant notices 2017–2022: initial assessment started within 2 months
 *   (kotoutumislaki 1386/2010 10 § 1 mom.). In 2023–2024 Kela informs the
 *   wellbeing services county for arranging the services of 6 § (87 a § as
 *   amended by 936/2022) and no two-month limit binds it; from 2025 681/2023.
 *
 * @since 0.1.0
 */

import { Helsinki, type Holidays, StatutoryLimits, WorkingDays } from "@osallistava/calendar"
import { LegalRef, LocalDate, Localized, type RuleViolation, StatuteNumbering } from "@osallistava/core"
import * as Result from "effect/Result"
import { deadlineNotes } from "./messages.js"
import type * as Notice from "./notice.js"

/**
 * States of a notice in the county's hands, up to registration: `received →
 * visible → opened` (registered). A forwarded application is then `decided`
 * by the county (TTL 14 a §); a misrouted notice is `transferred` (Kelmu since
 * 26.9.2020). Everything after registration (contact attempts, the client
 * reached or not, appointments, the meeting, the service-need assessment, the
 * client plan, the services, the information letter, another service taking
 * over, information and statements to Kela, closing) is the municipal case:
 * `@osallistava/model`'s event-sourced pathway, opened from a registered
 * notice by model's `Pathway.fromNotice` (issue 15: one case lifecycle).
 *
 * Until 0.3 this module also held those later states; the package README's
 * "Workflow" section says where each moved.
 *
 * @since 0.1.0
 */
export type State = "received" | "visible" | "opened" | "decided" | "transferred"

/**
 * Events of a notice up to registration. `ApplicationDecided` only for a
 * forwarded application; `Transferred` (to the right municipality or county)
 * before the case is handed to the pathway.
 *
 * @since 0.1.0
 */
export type Event =
  | { readonly _tag: "BecameVisible"; readonly on: string }
  | { readonly _tag: "Opened"; readonly on: string }
  | { readonly _tag: "ApplicationDecided"; readonly on: string }
  | { readonly _tag: "Transferred"; readonly on: string; readonly toMunicipality: string }

const transitions: Record<State, Partial<Record<Event["_tag"], State>>> = {
  received: { BecameVisible: "visible", Transferred: "transferred" },
  visible: { Opened: "opened", Transferred: "transferred" },
  opened: { ApplicationDecided: "decided", Transferred: "transferred" },
  decided: {},
  transferred: {}
}

/** Every state and the events allowed in it (for documentation and tests). @since 0.2.0 */
export const transitionTable: Readonly<Record<State, Readonly<Partial<Record<Event["_tag"], State>>>>> = transitions

/** A notice in the county's hands, from arrival to registration (or decision, or transfer). @since 0.1.0 */
export interface Case {
  readonly noticeId: string
  readonly type: Notice.NoticeType
  readonly urgency: Notice.Urgency
  readonly state: State
  readonly receivedOn: string
  readonly visibleOn: string
  /** The day the notice was opened, i.e. registered (the hand-off to the pathway can follow). */
  readonly openedOn?: string
  /** The day the county decided a forwarded application (the first substantive step etotu records). */
  readonly doneOn?: string
  /** The first statutory (or policy) deadline, from the notice ({@link deadlineOf}). */
  readonly deadline: Deadline
  /** @since 0.2.0 */ readonly decisionDate?: string
  /** @since 0.2.0 */ readonly transferredTo?: string
  /** @since 0.4.0 */ readonly transferredOn?: string
  /** Client belongs to a group SHL 36 § names (7 working days to start the assessment). @since 0.2.0 */
  readonly specialGroup?: boolean
  /** The client asked for a personal discussion (TTL 14 d §, 7 working days). @since 0.2.0 */
  readonly personalDiscussionRequested?: boolean
}

/** A deadline with its basis. @since 0.1.0 */
export interface Deadline {
  readonly due: string
  /** English citation and what the limit is, e.g. `Act 1412/1997 section 14 b (815/2015): urgent, same or next working day`. */
  readonly basis: string
  readonly kind: "law" | "policy"
  /**
   * The provision, as data: for a `law` deadline the one that sets the limit, for a `policy` one the
   * provision whose "without delay" the municipality's limit applies. Cite it with `LegalRef.render`. @since 0.3.0
   */
  readonly ref?: LegalRef.LegalRef
  /** What the limit is, in fi, sv and en, without the citation (`Messages.deadlineNotes`). @since 0.3.0 */
  readonly note?: Localized.Localized
}

/** Whether Kela's immigrant notice on `date` is under the integration act 681/2023 (84 § 3 mom., from 2025). */
const isUnder681 = (date: string): boolean => {
  const r = StatuteNumbering.at("integration/kela-notice", date)
  return Result.isSuccess(r) && r.success.act === "681/2023"
}

/** A statutory deadline from `StatutoryLimits`, as this module's `Deadline`. @since 0.3.0 */
export const fromStatutory = (d: StatutoryLimits.StatutoryDeadline, what: StatutoryNote): Deadline => ({
  due: d.due,
  basis: `${LegalRef.renderEn(d.ref)}: ${deadlineNotes[what].en}`,
  kind: "law",
  ref: d.ref,
  note: deadlineNotes[what]
})

/** The notes of statutory deadlines (keys of `Messages.deadlineNotes`). @since 0.3.0 */
export type StatutoryNote =
  | "forwardedUrgent"
  | "forwarded"
  | "urgentNeed"
  | "specialGroup"
  | "immigrantInitial"
  | "personalDiscussion"
  | "servicesStarted"

/** A municipality's limit where the law says "without delay": the English `basis` as before, with `ref` and `note`. */
const policyDeadline = (
  due: string,
  basis: string,
  ref: LegalRef.LegalRef,
  note: "policyActivation" | "policyIntegration936" | "policyIntegration681" | "policyAssessment",
  days: number
): Deadline => ({ due, basis, kind: "policy", ref, note: Localized.interpolate(deadlineNotes[note], { days }) })

/**
 * Municipal policy. `policyStartWorkingDays`: the municipality's own limit for
 * "without delay" (SHL 36 § 2 mom, 189/2001 5 §); `maxContactAttempts`: how
 * many attempts before the information letter (seed 003 "tarvittaessa useaan
 * kertaan"; the number is policy). The attempts and the letter are recorded in
 * `@osallistava/model`'s pathway, whose `Pathway.PathwayPolicy` takes the same
 * number; triage keeps it in its configuration.
 *
 * @since 0.1.0
 */
export interface Policy {
  readonly policyStartWorkingDays: number
  /** @since 0.2.0 */
  readonly maxContactAttempts?: number
}
/**
 * Contact attempts before the information letter by default (policy; seed 003 "tarvittaessa useaan kertaan"): triage's
 * default and, passed as model's `Pathway.PathwayPolicy`, the pathway's rule where etotu's statistics replay a case.
 *
 * @since 0.4.0
 */
export const defaultMaxContactAttempts = 3
/** @since 0.1.0 */
export const defaultPolicy: Policy = { policyStartWorkingDays: 7, maxContactAttempts: defaultMaxContactAttempts }

/**
 * Date the notice becomes visible in Kelmu (Kela partner page "Etuustietopalvelu
 * Kelmu", c. 2021): social-work-need contacts immediately; urgent applications
 * and unemployed/immigrant notices the same day; other applications and
 * reduction notices the day after the decision. [I] "the day after" is taken as
 * the next working day (batches are delivered on working days). Fails with a
 * `RuleViolation` (rule `existing-date`, at `decisionDate`) or `YearOutOfRange`
 * (a day outside the calendar's tables, 1900–2100).
 *
 * @since 0.4.0
 */
export const tryVisibleOn = (
  n: Notice.Notice
): Result.Result<LocalDate.LocalDate, RuleViolation | Holidays.YearOutOfRange> =>
  Result.flatMap(LocalDate.parse(n.decisionDate, "decisionDate"), (d) => {
    if (n._tag === "SocialWorkNeeded") return Result.succeed(d)
    if (n._tag === "ForwardedApplication" && n.urgency === "urgent") return Result.succeed(d)
    if (n._tag === "ForwardedApplication" || n._tag === "ReducedBasicAmount") return WorkingDays.tryNextWorkingDay(d)
    return Result.succeed(d)
  })

/**
 * {@link tryVisibleOn}, throwing its failure.
 *
 * @throws RuleViolation (decision date not a date) or YearOutOfRange (outside the calendar's 1900–2100).
 * @since 0.4.0
 */
export const unsafeVisibleOn = (n: Notice.Notice): string => {
  const r = tryVisibleOn(n)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * @deprecated Since 0.4.0: use {@link unsafeVisibleOn} (same behaviour) or {@link tryVisibleOn} (a `Result`).
 * @since 0.1.0
 */
export const visibleOn = unsafeVisibleOn

/** Why a deadline or a case cannot be computed (`Workflow.tryDeadlineOf`, `tryStart`). @since 0.4.0 */
export type DeadlineError = RuleViolation | StatuteNumbering.ProvisionNotInForce | Holidays.YearOutOfRange

/** Options for one case that the notice does not carry. @since 0.2.0 */
export interface CaseOptions {
  /**
   * The client belongs to a group SHL 1301/2014 36 § 2 mom names (aged 75 or
   * over, highest care allowance, a disabled person (677/2023, from 2025 [I]),
   * a child needing special support): the assessment must start at the latest
   * on the 7th working day.
   */
  readonly specialGroup?: boolean
}

/**
 * Legal (or policy) deadline for the first substantive step: the decision on a
 * forwarded application, otherwise the start of the service-need assessment
 * (or activation measures / integration assessment). The law version follows
 * the notice's decision date. Fails with a `RuleViolation` (rule
 * `existing-date` at `receivedOn`; a policy count that is not a whole number
 * ≥ 0), `ProvisionNotInForce` (before the provision) or `YearOutOfRange`.
 *
 * @since 0.4.0
 */
export const tryDeadlineOf = (
  n: Notice.Notice,
  received: string,
  policy: Policy = defaultPolicy,
  options: CaseOptions = {}
): Result.Result<Deadline, DeadlineError> =>
  Result.flatMap(LocalDate.parse(received, "receivedOn"), (r) => {
    if (n._tag === "ForwardedApplication")
      return n.urgency === "urgent"
        ? Result.map(StatutoryLimits.trySocialAssistanceDecision(r, { urgent: true }), (d) =>
            fromStatutory(d, "forwardedUrgent")
          )
        : Result.map(StatutoryLimits.trySocialAssistanceDecision(r), (d) => fromStatutory(d, "forwarded"))
    if (n.urgency === "urgent")
      return Result.map(StatutoryLimits.tryUrgentNeedAssessment(r), (d) => fromStatutory(d, "urgentNeed"))
    if (options.specialGroup === true)
      return Result.map(StatutoryLimits.trySpecialGroupAssessmentStart(r), (d) => fromStatutory(d, "specialGroup"))
    const initial: Result.Result<StatutoryLimits.StatutoryDeadline | undefined, DeadlineError> =
      n._tag === "Immigrant" ? StatutoryLimits.tryImmigrantInitialAssessment(r) : Result.succeed(undefined)
    if (Result.isFailure(initial)) return Result.fail(initial.failure)
    if (initial.success !== undefined) return Result.succeed(fromStatutory(initial.success, "immigrantInitial"))
    const days = policy.policyStartWorkingDays
    return Result.map(WorkingDays.tryAddWorkingDays(r, days), (due) => policyDeadlineOf(n, r, due, days))
  })

/** The municipality's limit for a notice whose law says "without delay". */
const policyDeadlineOf = (n: Notice.Notice, r: LocalDate.LocalDate, due: string, days: number): Deadline => {
  if (n._tag === "UnemployedUnder25" || n._tag === "Unemployed25OrOver")
    return policyDeadline(
      due,
      `Act 189/2001 § 5 activation measures "without delay"; municipal policy ${days} working days`,
      LegalRef.make({ act: "189/2001", section: "5" }),
      "policyActivation",
      days
    )
  if (n._tag === "Immigrant")
    return !isUnder681(r)
      ? policyDeadline(
          due,
          `Act 1386/2010 § 87 a (936/2022): the county arranges the services of § 6, no statutory limit; municipal policy ${days} working days`,
          LegalRef.make({ act: "1386/2010", section: "87 a", amendedBy: "936/2022" }),
          "policyIntegration936",
          days
        )
      : policyDeadline(
          due,
          `Act 681/2023 § 15 (5) multisectoral assessment started "without delay"; municipal policy ${days} working days`,
          LegalRef.make({ act: "681/2023", section: "15", subsection: 5 }),
          "policyIntegration681",
          days
        )
  return policyDeadline(
    due,
    `Act 1301/2014 § 36 (2) "without delay"; municipal policy ${days} working days`,
    LegalRef.make({ act: "1301/2014", section: "36", subsection: 2 }),
    "policyAssessment",
    days
  )
}

/**
 * {@link tryDeadlineOf}, throwing its failure.
 *
 * @throws RuleViolation (received not a date, a bad policy count), ProvisionNotInForce or YearOutOfRange.
 * @since 0.4.0
 */
export const unsafeDeadlineOf = (
  n: Notice.Notice,
  received: string,
  policy: Policy = defaultPolicy,
  options: CaseOptions = {}
): Deadline => {
  const r = tryDeadlineOf(n, received, policy, options)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * @deprecated Since 0.4.0: use {@link unsafeDeadlineOf} (same behaviour) or {@link tryDeadlineOf} (a `Result`).
 * @since 0.1.0
 */
export const deadlineOf = unsafeDeadlineOf

/**
 * Start a case from a notice received on `received` (YYYY-MM-DD); fails as
 * {@link tryVisibleOn} and {@link tryDeadlineOf} do.
 *
 * @since 0.4.0
 */
export const tryStart = (
  n: Notice.Notice,
  received: string,
  policy: Policy = defaultPolicy,
  options: CaseOptions = {}
): Result.Result<Case, DeadlineError> =>
  Result.flatMap(tryVisibleOn(n), (visible) =>
    Result.map(tryDeadlineOf(n, received, policy, options), (deadline) => ({
      noticeId: n.id,
      type: n._tag,
      urgency: n.urgency,
      state: "received" as const,
      receivedOn: received,
      visibleOn: visible,
      deadline,
      decisionDate: n.decisionDate,
      ...(options.specialGroup === true ? { specialGroup: true } : {}),
      ...(n._tag === "SocialWorkNeeded" && n.personalDiscussionRequested ? { personalDiscussionRequested: true } : {})
    }))
  )

/**
 * {@link tryStart}, throwing its failure.
 *
 * @throws RuleViolation, ProvisionNotInForce or YearOutOfRange (see {@link tryStart}).
 * @since 0.4.0
 */
export const unsafeStart = (
  n: Notice.Notice,
  received: string,
  policy: Policy = defaultPolicy,
  options: CaseOptions = {}
): Case => {
  const r = tryStart(n, received, policy, options)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * @deprecated Since 0.4.0: use {@link unsafeStart} (same behaviour) or {@link tryStart} (a `Result`).
 * @since 0.1.0
 */
export const start = unsafeStart

/** An illegal transition. @since 0.1.0 */
export interface IllegalTransition {
  readonly _tag: "IllegalTransition"
  readonly from: State
  /** The event's tag; `"(unknown)"` when the event is not one of this module's (recorded in the pathway, or not an event). */
  readonly event: Event["_tag"] | "(unknown)"
  /** @since 0.2.0 */
  readonly reason?: string
}

/**
 * The tags of this module's events (the notice's registration); any other event of a case is the pathway's
 * (`@osallistava/model`). One list, read by `advance` and by callers that split a case's events between the two.
 *
 * @since 0.4.0
 */
export const eventTags: ReadonlySet<string> = new Set<Event["_tag"]>([
  "BecameVisible",
  "Opened",
  "ApplicationDecided",
  "Transferred"
])

const illegal = (c: Case, e: Event, reason?: string): IllegalTransition => {
  const event = eventTags.has(e._tag) ? e._tag : "(unknown)"
  return reason === undefined
    ? { _tag: "IllegalTransition", from: c.state, event }
    : { _tag: "IllegalTransition", from: c.state, event, reason }
}

/**
 * Apply an event; returns the new case or an IllegalTransition. Events dated
 * before the notice was received are illegal. An event of the municipal case
 * (a contact attempt, the assessment, closing, …) is illegal here with the
 * reason `recorded in the pathway`: record it in `@osallistava/model`'s pathway.
 *
 * @since 0.1.0
 */
export const advance = (c: Case, e: Event): Case | IllegalTransition => {
  if (!eventTags.has(e._tag))
    return illegal(c, e, "recorded in the pathway (@osallistava/model), not in the notice's workflow")
  if (!LocalDate.isLocalDate(e.on)) return illegal(c, e, "event date is not a date YYYY-MM-DD")
  if (e.on < c.receivedOn) return illegal(c, e, "event before the notice was received")
  const to = transitions[c.state][e._tag]
  if (to === undefined) return illegal(c, e)
  if (e._tag === "ApplicationDecided" && c.type !== "ForwardedApplication")
    return illegal(c, e, "only a forwarded application is decided")
  const next: Case = { ...c, state: to }
  switch (e._tag) {
    case "Opened":
      return { ...next, openedOn: e.on }
    case "ApplicationDecided":
      return { ...next, doneOn: e.on }
    case "Transferred":
      return { ...next, transferredTo: e.toMunicipality, transferredOn: e.on }
    default:
      return next
  }
}

/** Whether the notice is registered (opened, or decided): the hand-off to the pathway may follow. @since 0.4.0 */
export const isRegistered = (c: Case): boolean => c.state === "opened" || c.state === "decided"

/**
 * Whether the first substantive step (`doneOn`: the decision on a forwarded application, otherwise the start of the
 * assessment) met the first deadline: `undefined` while it is not taken, and for a notice transferred to another
 * municipality (the receiving county's deadline runs; `transferredOn`). One rule, read by {@link isOverdue} and by
 * `Stats` (the on-time share).
 *
 * @since 0.4.0
 */
export const firstStepOnTime = (c: {
  readonly doneOn?: string | undefined
  readonly transferredOn?: string | undefined
  readonly deadline: { readonly due: string }
}): boolean | undefined =>
  c.transferredOn !== undefined || c.doneOn === undefined ? undefined : c.doneOn <= c.deadline.due

/**
 * Whether the first deadline is missed on `today` as far as this module knows:
 * a forwarded application not decided by its deadline; any other notice not
 * yet registered (opened) after its deadline. Once a notice other than an
 * application is registered, the first substantive step (the start of the
 * assessment) is the pathway's: use `@osallistava/model`'s `Deadlines.deadlinesOf`.
 *
 * @since 0.1.0
 */
export const isOverdue = (c: Case, today: string): boolean => {
  const onTime = firstStepOnTime(c)
  if (onTime !== undefined) return !onTime
  if (c.state === "transferred") return false
  if (c.type !== "ForwardedApplication" && c.state === "opened") return false
  return today > c.deadline.due
}

/**
 * Re-export of calendar's visibility of an instant (next working day in Europe/Helsinki), as a `Result`.
 *
 * @since 0.4.0
 */
export const tryVisibleToMunicipalityOn = Helsinki.tryVisibleToMunicipalityOn
/** Re-export of calendar's throwing form of {@link tryVisibleToMunicipalityOn}. @since 0.4.0 */
export const unsafeVisibleToMunicipalityOn = Helsinki.unsafeVisibleToMunicipalityOn
/**
 * @deprecated Since 0.4.0: use {@link unsafeVisibleToMunicipalityOn} (same behaviour) or {@link tryVisibleToMunicipalityOn} (a `Result`).
 * @since 0.1.0
 */
export const visibleToMunicipalityOn = Helsinki.unsafeVisibleToMunicipalityOn
