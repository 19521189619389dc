/**
 * Municipal handling workflow of an eTotu notice as a state machine, with the
 * legal deadlines it implies, computed with `@osallistava/calendar`.
 *
 * Deadlines (see ../shared/domain/etotu.md § 5):
 * - Forwarded application: decision by the 7th working day after it became
 *   pending, urgent ones the same or the next working day (TTL 1412/1997
 *   14 a §, 14 b §, wording of 815/2015 and 1023/2022).
 * - Other notices, urgent: need assessed at once (SHL 1301/2014 36 § 1 mom).
 * - Other notices, non-urgent: assessment started "without delay"
 *   (SHL 36 § 2 mom). The 7-working-day limit in SHL 36 applies only to the
 *   special groups the law names (over-75s, etc.), not to ordinary eTotu
 *   clients, so the limit here is the municipality's own policy, configurable
 *   (`policyStartWorkingDays`, default 7) and labelled as policy, not law.
 * - Immigrant notices until 2024: initial assessment started within 2 months
 *   (kotoutumislaki 1386/2010 10 §).
 *
 * @since 0.1.0
 */

import { Helsinki, TimeLimits, WorkingDays } from "@osallistava/calendar"
import { LocalDate } from "@osallistava/core"
import type * as Notice from "./notice.js"

/** Workflow states. @since 0.1.0 */
export type State =
  | "received"
  | "visible"
  | "opened"
  | "contactAttempted"
  | "clientReached"
  | "clientNotReached"
  | "assessmentStarted"
  | "decided"
  | "closed"
  | "transferred"

/** Workflow events. @since 0.1.0 */
export type Event =
  | { readonly _tag: "BecameVisible"; readonly on: string }
  | { readonly _tag: "Opened"; readonly on: string }
  | { readonly _tag: "ContactAttempt"; readonly on: string; readonly channel: "phone" | "letter" | "outreach" }
  | { readonly _tag: "Reached"; readonly on: string }
  | { readonly _tag: "NotReached"; readonly on: string }
  | { readonly _tag: "AssessmentStarted"; readonly on: string }
  | { readonly _tag: "ApplicationDecided"; readonly on: string }
  | { readonly _tag: "Closed"; readonly on: string; readonly reason: "unreachable" | "declined" | "policy" | "done" }
  | { readonly _tag: "Transferred"; readonly on: string; readonly toMunicipality: string }

const transitions: Record<State, Partial<Record<Event["_tag"], State>>> = {
  received: { BecameVisible: "visible", Transferred: "transferred" },
  visible: { Opened: "opened", Transferred: "transferred" },
  opened: {
    ContactAttempt: "contactAttempted",
    ApplicationDecided: "decided",
    Transferred: "transferred",
    Closed: "closed",
    AssessmentStarted: "assessmentStarted"
  },
  contactAttempted: { ContactAttempt: "contactAttempted", Reached: "clientReached", NotReached: "clientNotReached" },
  clientReached: { AssessmentStarted: "assessmentStarted", Closed: "closed" },
  clientNotReached: { ContactAttempt: "contactAttempted", Closed: "closed" },
  assessmentStarted: { Closed: "closed" },
  decided: { Closed: "closed" },
  closed: {},
  transferred: {}
}

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
  readonly doneOn?: string
  readonly deadline: Deadline
}

/** A deadline with its basis. @since 0.1.0 */
export interface Deadline {
  readonly due: string
  readonly basis: string
  readonly kind: "law" | "policy"
}

/** Municipal policy. @since 0.1.0 */
export interface Policy {
  readonly policyStartWorkingDays: number
}
/** @since 0.1.0 */
export const defaultPolicy: Policy = { policyStartWorkingDays: 7 }

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

/** Legal (or policy) deadline for the first substantive step. @since 0.1.0 */
export const deadlineOf = (n: Notice.Notice, received: string, policy: Policy = defaultPolicy): Deadline => {
  const r = LocalDate.unsafeFrom(received)
  if (n._tag === "ForwardedApplication") {
    return n.urgency === "urgent"
      ? {
          due: WorkingDays.nextWorkingDay(r),
          basis: "Act 1412/1997 § 14 b (urgent: same or next working day)",
          kind: "law"
        }
      : { due: WorkingDays.addWorkingDays(r, 7), basis: "Act 1412/1997 § 14 a (7th working day)", kind: "law" }
  }
  if (n.urgency === "urgent")
    return { due: r, basis: "Act 1301/2014 § 36 (1) urgent need assessed at once", kind: "law" }
  if (n._tag === "Immigrant" && n.decisionDate < "2025-01-01")
    return {
      due: TimeLimits.afterMonths(r, 2),
      basis: "Act 1386/2010 § 10 (initial assessment within 2 months)",
      kind: "law"
    }
  return {
    due: WorkingDays.addWorkingDays(r, policy.policyStartWorkingDays),
    basis: `Act 1301/2014 § 36 (2) "without delay"; municipal policy ${policy.policyStartWorkingDays} working days`,
    kind: "policy"
  }
}

/** Start a case from a notice received on `received` (YYYY-MM-DD). @since 0.1.0 */
export const start = (n: Notice.Notice, received: string, policy: Policy = defaultPolicy): Case => ({
  noticeId: n.id,
  type: n._tag,
  urgency: n.urgency,
  state: "received",
  receivedOn: received,
  visibleOn: visibleOn(n),
  contactAttempts: 0,
  deadline: deadlineOf(n, received, policy)
})

/** An illegal transition. @since 0.1.0 */
export interface IllegalTransition {
  readonly _tag: "IllegalTransition"
  readonly from: State
  readonly event: Event["_tag"]
}

/** Apply an event; returns the new case or an IllegalTransition. @since 0.1.0 */
export const advance = (c: Case, e: Event): Case | IllegalTransition => {
  const to = transitions[c.state][e._tag]
  if (to === undefined) return { _tag: "IllegalTransition", from: c.state, event: e._tag }
  if (e._tag === "ApplicationDecided" && c.type !== "ForwardedApplication")
    return { _tag: "IllegalTransition", from: c.state, event: e._tag }
  let next: Case = { ...c, state: to }
  if (e._tag === "Opened") next = { ...next, openedOn: e.on }
  if (e._tag === "ContactAttempt")
    next = { ...next, contactAttempts: c.contactAttempts + 1, ...(c.firstContactOn ? {} : { firstContactOn: e.on }) }
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

/** Re-export of calendar's visibility of an instant (next working day in Europe/Helsinki). @since 0.1.0 */
export const visibleToMunicipalityOn = Helsinki.visibleToMunicipalityOn
