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

import { Helsinki, StatutoryLimits, WorkingDays } from "@osallistava/calendar"
import { LegalRef, LocalDate, Localized, StatuteNumbering } from "@osallistava/core"
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
  deadline: deadlineOf(n, received, policy, options),
  decisionDate: n.decisionDate,
  ...(options.specialGroup === true ? { specialGroup: true } : {}),
  ...(n._tag === "SocialWorkNeeded" && n.personalDiscussionRequested ? { personalDiscussionRequested: true } : {})
})

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

/** Re-export of calendar's visibility of an instant (next working day in Europe/Helsinki). @since 0.1.0 */
export const visibleToMunicipalityOn = Helsinki.visibleToMunicipalityOn
