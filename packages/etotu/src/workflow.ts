/**
 * Municipal handling workflow of an eTotu notice as a state machine, with the
 * legal deadlines it implies, computed with `@osallistava/calendar`.
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

import { Helsinki, StatutoryLimits, WorkingDays } from "@osallistava/calendar"
import { LegalRef, LocalDate, Localized, StatuteNumbering } from "@osallistava/core"
import * as Result from "effect/Result"
import { deadlineNotes } from "./messages.js"
import type * as Notice from "./notice.js"

/**
 * Workflow states. The path the seeds describe (seed 003 "Kelan ohjaus
 * sosiaalityöhön"; seed 002): `received → visible → opened` (registered) →
 * `contactAttempted` ↺ (phone, letter, outreach; repeated) → `clientReached` →
 * `appointmentBooked → met → assessmentStarted → assessmentCompleted` (SHL 36 §)
 * → `clientPlanMade` (SHL 39 §) → `servicesStarted` → `closed`. Side exits:
 * `transferred` (misrouted, Kelmu since 26.9.2020), `closed` by policy,
 * `handledElsewhere` (e.g. a youth coach in employment services, Tampere 2018),
 * `clientNotReached` after attempts → `infoSent` (where to get help) →
 * `closed`, or `closed` as declined. Forwarded applications: `opened →
 * decided → closed`.
 *
 * @since 0.1.0
 */
export type State =
  | "received"
  | "visible"
  | "opened"
  | "contactAttempted"
  | "clientReached"
  | "clientNotReached"
  | "appointmentBooked"
  | "met"
  | "assessmentStarted"
  | "assessmentCompleted"
  | "clientPlanMade"
  | "servicesStarted"
  | "infoSent"
  | "handledElsewhere"
  | "decided"
  | "closed"
  | "transferred"

/**
 * The one list of contact channels of a municipal case, used by this workflow
 * and by `@osallistava/model`'s pathway: phone, letter, home visit, outreach
 * work (etsivä työ), the county's e-service, and the client coming in
 * (walk-in). The subsets say which channel fits which step.
 *
 * @since 0.3.0
 */
export const contactChannels = ["phone", "letter", "home-visit", "outreach", "e-service", "walk-in"] as const
/** @since 0.3.0 */
export type ContactChannel = (typeof contactChannels)[number]
/** Channels of an attempt to reach the client (the client coming in is not an attempt). @since 0.3.0 */
export const attemptChannels = [
  "phone",
  "letter",
  "home-visit",
  "outreach",
  "e-service"
] as const satisfies ReadonlyArray<ContactChannel>
/** Channels by which the client was reached: any of the list. @since 0.3.0 */
export const reachChannels = contactChannels
/** Channels of the information letter to an unreachable client (where to get help). @since 0.3.0 */
export const informationChannels = ["letter", "e-service"] as const satisfies ReadonlyArray<ContactChannel>

/** Why a case was closed. @since 0.2.0 */
export type CloseReason = "unreachable" | "declined" | "policy" | "done" | "otherService"

/**
 * Workflow events. `InformationToKela` (TTL 18 b §) and `StatementToKela`
 * (TTL 15 §) are recorded without changing the state.
 *
 * @since 0.1.0
 */
export type Event =
  | { readonly _tag: "BecameVisible"; readonly on: string }
  | { readonly _tag: "Opened"; readonly on: string }
  | { readonly _tag: "ContactAttempt"; readonly on: string; readonly channel: (typeof attemptChannels)[number] }
  | { readonly _tag: "Reached"; readonly on: string }
  | { readonly _tag: "NotReached"; readonly on: string }
  | { readonly _tag: "AppointmentBooked"; readonly on: string; readonly appointmentOn?: string }
  | { readonly _tag: "NoShow"; readonly on: string }
  | { readonly _tag: "Met"; readonly on: string }
  | { readonly _tag: "AssessmentStarted"; readonly on: string }
  | { readonly _tag: "AssessmentCompleted"; readonly on: string }
  | { readonly _tag: "ClientPlanMade"; readonly on: string }
  | { readonly _tag: "ServicesStarted"; readonly on: string }
  | { readonly _tag: "InfoSent"; readonly on: string }
  | { readonly _tag: "HandedToOtherService"; readonly on: string; readonly service: string }
  | { readonly _tag: "ApplicationDecided"; readonly on: string }
  | { readonly _tag: "InformationToKela"; readonly on: string }
  | { readonly _tag: "StatementToKela"; readonly on: string }
  | { readonly _tag: "Closed"; readonly on: string; readonly reason: CloseReason }
  | { readonly _tag: "Transferred"; readonly on: string; readonly toMunicipality: string }

const transitions: Record<State, Partial<Record<Event["_tag"], State>>> = {
  received: { BecameVisible: "visible", Transferred: "transferred" },
  visible: { Opened: "opened", Transferred: "transferred" },
  opened: {
    ContactAttempt: "contactAttempted",
    ApplicationDecided: "decided",
    Transferred: "transferred",
    Closed: "closed",
    AssessmentStarted: "assessmentStarted",
    AppointmentBooked: "appointmentBooked",
    HandedToOtherService: "handledElsewhere"
  },
  contactAttempted: {
    ContactAttempt: "contactAttempted",
    Reached: "clientReached",
    NotReached: "clientNotReached",
    AppointmentBooked: "appointmentBooked"
  },
  clientReached: {
    AppointmentBooked: "appointmentBooked",
    AssessmentStarted: "assessmentStarted",
    HandedToOtherService: "handledElsewhere",
    Closed: "closed"
  },
  clientNotReached: { ContactAttempt: "contactAttempted", InfoSent: "infoSent", Closed: "closed" },
  appointmentBooked: {
    Met: "met",
    NoShow: "clientNotReached",
    AppointmentBooked: "appointmentBooked",
    Closed: "closed"
  },
  met: { AssessmentStarted: "assessmentStarted", HandedToOtherService: "handledElsewhere", Closed: "closed" },
  assessmentStarted: { AssessmentCompleted: "assessmentCompleted", Closed: "closed" },
  assessmentCompleted: { ClientPlanMade: "clientPlanMade", ServicesStarted: "servicesStarted", Closed: "closed" },
  clientPlanMade: { ServicesStarted: "servicesStarted", Closed: "closed" },
  servicesStarted: { Closed: "closed" },
  infoSent: { Reached: "clientReached", AppointmentBooked: "appointmentBooked", Closed: "closed" },
  handledElsewhere: { Closed: "closed" },
  decided: { Closed: "closed" },
  closed: {},
  transferred: {}
}

/** Every state and the events allowed in it (for documentation and tests). @since 0.2.0 */
export const transitionTable: Readonly<Record<State, Readonly<Partial<Record<Event["_tag"], State>>>>> = transitions

/** A case started by one notice. @since 0.1.0 */
export interface Case {
  readonly noticeId: string
  readonly type: Notice.NoticeType
  readonly urgency: Notice.Urgency
  readonly state: State
  readonly receivedOn: string
  readonly visibleOn: string
  readonly openedOn?: string
  readonly firstContactOn?: string
  readonly contactAttempts: number
  /** Date of the first substantive step (assessment started or application decided). */
  readonly doneOn?: string
  readonly deadline: Deadline
  /** @since 0.2.0 */ readonly decisionDate?: string
  /** @since 0.2.0 */ readonly reachedOn?: string
  /** @since 0.2.0 */ readonly appointmentOn?: string
  /** @since 0.2.0 */ readonly metOn?: string
  /** @since 0.2.0 */ readonly assessmentStartedOn?: string
  /** @since 0.2.0 */ readonly assessmentCompletedOn?: string
  /** @since 0.2.0 */ readonly clientPlanOn?: string
  /** @since 0.2.0 */ readonly servicesStartedOn?: string
  /** @since 0.2.0 */ readonly infoSentOn?: string
  /** @since 0.2.0 */ readonly closedOn?: string
  /** @since 0.2.0 */ readonly closeReason?: CloseReason
  /** @since 0.2.0 */ readonly informationToKelaOn?: string
  /** @since 0.2.0 */ readonly statementToKelaOn?: string
  /** @since 0.2.0 */ readonly otherService?: string
  /** @since 0.2.0 */ readonly transferredTo?: string
  /** Attempts before an information letter may be sent (policy). @since 0.2.0 */
  readonly maxContactAttempts?: number
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
 * kertaan"; the number is policy).
 *
 * @since 0.1.0
 */
export interface Policy {
  readonly policyStartWorkingDays: number
  /** @since 0.2.0 */
  readonly maxContactAttempts?: number
}
/** @since 0.1.0 */
export const defaultPolicy: Policy = { policyStartWorkingDays: 7, maxContactAttempts: 3 }

/**
 * Date the notice becomes visible in Kelmu (Kela partner page "Etuustietopalvelu
 * Kelmu", c. 2021): social-work-need contacts immediately; urgent applications
 * and unemployed/immigrant notices the same day; other applications and
 * reduction notices the day after the decision. [I] "the day after" is taken as
 * the next working day (batches are delivered on working days).
 *
 * @since 0.1.0
 */
export const visibleOn = (n: Notice.Notice): string => {
  const d = LocalDate.unsafeFrom(n.decisionDate)
  if (n._tag === "SocialWorkNeeded") return d
  if (n._tag === "ForwardedApplication" && n.urgency === "urgent") return d
  if (n._tag === "ForwardedApplication" || n._tag === "ReducedBasicAmount") return WorkingDays.nextWorkingDay(d)
  return d
}

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
 * the notice's decision date.
 *
 * @since 0.1.0
 */
export const deadlineOf = (
  n: Notice.Notice,
  received: string,
  policy: Policy = defaultPolicy,
  options: CaseOptions = {}
): Deadline => {
  const r = LocalDate.unsafeFrom(received)
  if (n._tag === "ForwardedApplication")
    return n.urgency === "urgent"
      ? fromStatutory(StatutoryLimits.socialAssistanceDecision(r, { urgent: true }), "forwardedUrgent")
      : fromStatutory(StatutoryLimits.socialAssistanceDecision(r), "forwarded")
  if (n.urgency === "urgent") return fromStatutory(StatutoryLimits.urgentNeedAssessment(r), "urgentNeed")
  if (options.specialGroup === true)
    return fromStatutory(StatutoryLimits.specialGroupAssessmentStart(r), "specialGroup")
  if (n._tag === "Immigrant") {
    const initial = StatutoryLimits.immigrantInitialAssessment(r)
    if (initial !== undefined) return fromStatutory(initial, "immigrantInitial")
  }
  const days = policy.policyStartWorkingDays
  const due = WorkingDays.addWorkingDays(r, days)
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

/** Start a case from a notice received on `received` (YYYY-MM-DD). @since 0.1.0 */
export const start = (
  n: Notice.Notice,
  received: string,
  policy: Policy = defaultPolicy,
  options: CaseOptions = {}
): Case => ({
  noticeId: n.id,
  type: n._tag,
  urgency: n.urgency,
  state: "received",
  receivedOn: received,
  visibleOn: visibleOn(n),
  contactAttempts: 0,
  deadline: deadlineOf(n, received, policy, options),
  decisionDate: n.decisionDate,
  maxContactAttempts: policy.maxContactAttempts ?? 3,
  ...(options.specialGroup === true ? { specialGroup: true } : {}),
  ...(n._tag === "SocialWorkNeeded" && n.personalDiscussionRequested ? { personalDiscussionRequested: true } : {})
})

/** An illegal transition. @since 0.1.0 */
export interface IllegalTransition {
  readonly _tag: "IllegalTransition"
  readonly from: State
  readonly event: Event["_tag"]
  /** @since 0.2.0 */
  readonly reason?: string
}

const illegal = (c: Case, e: Event, reason?: string): IllegalTransition =>
  reason === undefined
    ? { _tag: "IllegalTransition", from: c.state, event: e._tag }
    : { _tag: "IllegalTransition", from: c.state, event: e._tag, reason }

const terminal = (s: State) => s === "closed" || s === "transferred"

/**
 * Apply an event; returns the new case or an IllegalTransition. Events dated
 * before the previous step are illegal (a case's history runs forward).
 *
 * @since 0.1.0
 */
export const advance = (c: Case, e: Event): Case | IllegalTransition => {
  if (!LocalDate.isLocalDate(e.on)) return illegal(c, e, "event date is not a date YYYY-MM-DD")
  if (e.on < c.receivedOn) return illegal(c, e, "event before the notice was received")
  if (e._tag === "InformationToKela" || e._tag === "StatementToKela") {
    if (terminal(c.state)) return illegal(c, e, "case is closed")
    return e._tag === "InformationToKela" ? { ...c, informationToKelaOn: e.on } : { ...c, statementToKelaOn: e.on }
  }
  const to = transitions[c.state][e._tag]
  if (to === undefined) return illegal(c, e)
  if (e._tag === "ApplicationDecided" && c.type !== "ForwardedApplication")
    return illegal(c, e, "only a forwarded application is decided")
  if (e._tag === "InfoSent" && c.contactAttempts < (c.maxContactAttempts ?? 3))
    return illegal(c, e, `information letter only after ${c.maxContactAttempts ?? 3} contact attempts (policy)`)
  let next: Case = { ...c, state: to }
  switch (e._tag) {
    case "Opened":
      next = { ...next, openedOn: e.on }
      break
    case "ContactAttempt":
      next = { ...next, contactAttempts: c.contactAttempts + 1, ...(c.firstContactOn ? {} : { firstContactOn: e.on }) }
      break
    case "Reached":
      if (c.reachedOn === undefined) next = { ...next, reachedOn: e.on }
      break
    case "AppointmentBooked":
      next = {
        ...next,
        appointmentOn: e.appointmentOn ?? e.on,
        ...(c.reachedOn === undefined ? { reachedOn: e.on } : {})
      }
      break
    case "Met":
      next = { ...next, ...(c.metOn === undefined ? { metOn: e.on } : {}) }
      break
    case "AssessmentStarted":
      next = { ...next, assessmentStartedOn: e.on }
      break
    case "AssessmentCompleted":
      next = { ...next, assessmentCompletedOn: e.on }
      break
    case "ClientPlanMade":
      next = { ...next, clientPlanOn: e.on }
      break
    case "ServicesStarted":
      next = { ...next, servicesStartedOn: e.on }
      break
    case "InfoSent":
      next = { ...next, infoSentOn: e.on }
      break
    case "HandedToOtherService":
      next = { ...next, otherService: e.service }
      break
    case "Closed":
      next = { ...next, closedOn: e.on, closeReason: e.reason }
      break
    case "Transferred":
      next = { ...next, transferredTo: e.toMunicipality }
      break
    default:
      break
  }
  if ((e._tag === "AssessmentStarted" || e._tag === "ApplicationDecided") && c.doneOn === undefined)
    next = { ...next, doneOn: e.on }
  return next
}

/** Whether the case is overdue on `today`: first substantive step not done by the deadline. @since 0.1.0 */
export const isOverdue = (c: Case, today: string): boolean => {
  if (c.state === "transferred") return false
  const done = c.doneOn
  if (done !== undefined) return done > c.deadline.due
  if (c.state === "closed") return false
  return today > c.deadline.due
}

/** One deadline of a case and whether it is met. @since 0.2.0 */
export interface Step extends Deadline {
  readonly step: "firstStep" | "personalDiscussion" | "servicesStarted"
  /** Date the step was done, if it was. */
  readonly doneOn?: string
  /** Done after `due`, or not done and `today` is past `due`. */
  readonly overdue: boolean
}

/**
 * SHL 1301/2014 45 § 2 mom: a decision is implemented at the latest within 3
 * months of the matter becoming pending. In the original text of 1301/2014
 * (finlex-data `data/asd/fi/2014/asd20141301.xml`), in force 1.4.2015; 677/2023
 * kept the sentence (`asd20230677.xml`), so it covers every eTotu notice.
 *
 * @since 0.2.0
 */
export const implementationLimitFrom = "2015-04-01"

/**
 * Every deadline of a case on `today`:
 * - `firstStep`: the deadline of {@link deadlineOf};
 * - `personalDiscussion`: when the client asked for one, by the 7th working
 *   day (TTL 1412/1997 14 d § 2 mom. (1023/2022); 14 e § (299/2016) in
 *   2017–2022, by the day received) — met by the first meeting; [I] applied to
 *   the request Kela passes on in a social-work notice;
 * - `servicesStarted`: when the assessment is completed, the services decided
 *   are to start within 3 months of the matter becoming pending, the day the
 *   notice was received (SHL 1301/2014 45 § 2 mom., "asian vireilletulosta", in
 *   force since 1.4.2015; the law allows longer for a special reason).
 *
 * Transferred cases have none; closed cases keep only the steps done.
 *
 * @since 0.2.0
 */
export const deadlines = (c: Case, today: string): ReadonlyArray<Step> => {
  if (c.state === "transferred") return []
  const closed = c.state === "closed"
  const mk = (step: Step["step"], d: Deadline, doneOn: string | undefined): Step => {
    const overdue = doneOn !== undefined ? doneOn > d.due : !closed && today > d.due
    return doneOn === undefined ? { step, ...d, overdue } : { step, ...d, doneOn, overdue }
  }
  const out: Array<Step> = [mk("firstStep", c.deadline, c.doneOn)]
  if (c.personalDiscussionRequested === true) {
    // The request reaches the county with the notice: the limit and its wording run from the day received.
    const d = StatutoryLimits.personalDiscussion(LocalDate.unsafeFrom(c.receivedOn))
    out.push(mk("personalDiscussion", fromStatutory(d, "personalDiscussion"), c.metOn))
  }
  if (
    c.assessmentCompletedOn !== undefined &&
    Result.isSuccess(StatuteNumbering.at("social-welfare/implementation", c.receivedOn))
  ) {
    // SHL 45 § 2 mom.: within 3 months of the matter becoming pending, i.e. of the notice's arrival
    // (hallintolaki 434/2003 20 §), shown once the assessment is completed and services are to be decided.
    const d = StatutoryLimits.servicesImplemented(LocalDate.unsafeFrom(c.receivedOn))
    out.push(mk("servicesStarted", fromStatutory(d, "servicesStarted"), c.servicesStartedOn))
  }
  return out
}

/** Re-export of calendar's visibility of an instant (next working day in Europe/Helsinki). @since 0.1.0 */
export const visibleToMunicipalityOn = Helsinki.visibleToMunicipalityOn
