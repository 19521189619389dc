/**
 * The client pathway from Kela's notice to the AVAIN evaluation, event-sourced:
 * a case is an append-only log of {@link PathwayEvent}s and its state is the
 * fold of {@link apply} over the log ({@link replay}). Pure functions, no I/O.
 *
 * - An event that the case's stage does not allow is a {@link TransitionError}
 *   naming the event's position, the stage and the rule.
 * - The same notice twice (same id and content) changes nothing; the same id
 *   with other content is a conflict.
 * - Events are dated; a log must be in date order (same-day events keep log order).
 *
 * @since 0.1.0
 */
import { RuleViolation } from "@osallistava/core"
import { Dedupe, type Notice, type Workflow } from "@osallistava/etotu"
import * as Data from "effect/Data"
import * as Result from "effect/Result"
import type { PathwayEvent, PathwayEventTag } from "./events.js"
import type { Assessment, ClientPlan } from "./plan.js"
import { checkPlan } from "./plan.js"

/** Stage of a case. @since 0.1.0 */
export type Stage =
  | "received"
  | "contacting"
  | "unreachable"
  | "reached"
  | "appointment-booked"
  | "assessing"
  | "assessed"
  | "planned"
  | "active"
  | "evaluated"
  | "closed"

/** @since 0.1.0 */
export const stages: ReadonlyArray<Stage> = [
  "received",
  "contacting",
  "unreachable",
  "reached",
  "appointment-booked",
  "assessing",
  "assessed",
  "planned",
  "active",
  "evaluated",
  "closed"
]

/** A notice recorded in the case. @since 0.1.0 */
export interface NoticeEntry {
  readonly id: string
  readonly type: Notice.NoticeType
  readonly urgency: Notice.Urgency
  readonly receivedOn: string
  readonly hash: string
}

/** An activity of the plan as carried out. @since 0.1.0 */
export interface ActivityRun {
  readonly activityId: string
  readonly startedOn: string
  readonly endedOn?: string
  readonly outcome?: "completed" | "interrupted"
}

/** The state of a case, derived from its events. Plain JSON data. @since 0.1.0 */
export interface CaseState {
  readonly caseId: string
  readonly stage: Stage
  /** The notice that opened the case; its deadlines follow from it. */
  readonly openingNotice: Notice.Notice
  readonly notices: ReadonlyArray<NoticeEntry>
  readonly contactAttempts: number
  readonly reachedOn?: string
  readonly unreachableOn?: string
  readonly appointmentsBooked: number
  readonly appointmentsMissed: number
  readonly nextAppointmentOn?: string
  readonly assessmentStartedOn?: string
  readonly multiProfessional?: boolean
  readonly assessmentCompletedOn?: string
  readonly assessment?: Assessment
  readonly plan?: ClientPlan
  readonly firstPlanOn?: string
  readonly planRevisions: number
  readonly employmentPlans: ReadonlyArray<{
    readonly on: string
    readonly instrument: "activation-plan" | "multi-sectoral-employment-plan"
    readonly includesRehabilitativeWork: boolean
  }>
  readonly avainStartOn?: string
  readonly avainEvaluationOn?: string
  readonly activities: ReadonlyArray<ActivityRun>
  readonly evaluatedOn?: string
  readonly closed?: { readonly on: string; readonly reason: string }
  readonly lastEventOn: string
  /** Events applied (duplicates of a notice not counted). */
  readonly events: number
}

/** Rules an event can break. @since 0.1.0 */
export type TransitionRule =
  | "first-event-is-notice"
  | "same-case"
  | "chronological"
  | "case-closed"
  | "notice-conflict"
  | "stage"
  | "appointment-not-in-past"
  | "plan-valid"
  | "avain-plan-mismatch"
  | "avain-once-per-plan"
  | "avain-start-first"
  | "activity-in-plan"
  | "activity-not-started"
  | "activity-already-started"

/** An event the case cannot take. Never carries personal data. @since 0.1.0 */
export class TransitionError extends Data.TaggedError("TransitionError")<{
  /** 0-based position of the event in the log. */
  readonly index: number
  readonly event: PathwayEventTag
  readonly stage: Stage | "(none)"
  readonly rule: TransitionRule
  readonly detail: string
}> {
  override get message(): string {
    return `event ${this.index} (${this.event}) in stage ${this.stage}: ${this.detail} (rule ${this.rule})`
  }
}

/** Which stage each event leads to from each stage (absent: not allowed). @since 0.1.0 */
export const transitions: Readonly<Record<Stage, Partial<Record<PathwayEventTag, Stage>>>> = {
  received: {
    ContactAttempted: "contacting",
    ClientReached: "reached",
    AssessmentStarted: "assessing",
    CaseClosed: "closed"
  },
  contacting: {
    ContactAttempted: "contacting",
    ClientReached: "reached",
    UnreachableInformationSent: "unreachable",
    CaseClosed: "closed"
  },
  unreachable: { ContactAttempted: "contacting", ClientReached: "reached", CaseClosed: "closed" },
  reached: { AppointmentBooked: "appointment-booked", AssessmentStarted: "assessing", CaseClosed: "closed" },
  "appointment-booked": {
    AppointmentBooked: "appointment-booked",
    AppointmentMissed: "reached",
    AssessmentStarted: "assessing",
    CaseClosed: "closed"
  },
  assessing: { AssessmentCompleted: "assessed", CaseClosed: "closed" },
  assessed: { PlanMade: "planned", EmploymentPlanMade: "assessed", CaseClosed: "closed" },
  planned: {
    PlanMade: "planned",
    AvainStartRecorded: "planned",
    ActivityStarted: "active",
    EmploymentPlanMade: "planned",
    PlanEvaluated: "evaluated",
    CaseClosed: "closed"
  },
  active: {
    PlanMade: "active",
    AvainStartRecorded: "active",
    ActivityStarted: "active",
    ActivityEnded: "active",
    EmploymentPlanMade: "active",
    PlanEvaluated: "evaluated",
    CaseClosed: "closed"
  },
  evaluated: {
    AvainEvaluationRecorded: "evaluated",
    ActivityEnded: "evaluated",
    PlanMade: "planned",
    CaseClosed: "closed"
  },
  closed: {}
}

const fail = (
  index: number,
  event: PathwayEvent,
  stage: Stage | "(none)",
  rule: TransitionRule,
  detail: string
): TransitionError => new TransitionError({ index, event: event._tag, stage, rule, detail })

/** Starts a case from its first event, which must be a notice. @since 0.1.0 */
export const open = (event: PathwayEvent, index = 0): CaseState | TransitionError => {
  if (event._tag !== "NoticeReceived")
    return fail(index, event, "(none)", "first-event-is-notice", "A case opens with Kela's notice")
  return {
    caseId: event.caseId,
    stage: "received",
    openingNotice: event.notice,
    notices: [
      {
        id: event.notice.id,
        type: event.notice._tag,
        urgency: event.notice.urgency,
        receivedOn: event.on,
        hash: Dedupe.contentHash(event.notice)
      }
    ],
    contactAttempts: 0,
    appointmentsBooked: 0,
    appointmentsMissed: 0,
    planRevisions: 0,
    employmentPlans: [],
    activities: [],
    lastEventOn: event.on,
    events: 1
  }
}

/**
 * Applies one event to a case. Returns the new state, or a {@link TransitionError};
 * the input state is never changed.
 *
 * @since 0.1.0
 */
export const apply = (s: CaseState, event: PathwayEvent, index = s.events): CaseState | TransitionError => {
  if (event.caseId !== s.caseId) return fail(index, event, s.stage, "same-case", "Event belongs to another case")
  if (event._tag === "NoticeReceived") {
    const hash = Dedupe.contentHash(event.notice)
    const prev = s.notices.find((n) => n.id === event.notice.id)
    if (prev !== undefined) {
      if (prev.hash === hash) return s // idempotent: the same notice twice changes nothing
      return fail(
        index,
        event,
        s.stage,
        "notice-conflict",
        "A notice with this id but other content is already in the case"
      )
    }
  }
  if (s.stage === "closed") return fail(index, event, s.stage, "case-closed", "The case is closed")
  if (event.on < s.lastEventOn)
    return fail(index, event, s.stage, "chronological", "Event is dated before the previous event")
  const base = { ...s, lastEventOn: event.on, events: s.events + 1 }
  if (event._tag === "NoticeReceived") {
    const entry: NoticeEntry = {
      id: event.notice.id,
      type: event.notice._tag,
      urgency: event.notice.urgency,
      receivedOn: event.on,
      hash: Dedupe.contentHash(event.notice)
    }
    return { ...base, notices: [...s.notices, entry] }
  }
  const to = transitions[s.stage][event._tag]
  if (to === undefined) return fail(index, event, s.stage, "stage", `${event._tag} is not allowed in stage ${s.stage}`)
  const next: CaseState = { ...base, stage: to }
  switch (event._tag) {
    case "ContactAttempted":
      return { ...next, contactAttempts: s.contactAttempts + 1 }
    case "ClientReached":
      return { ...next, reachedOn: s.reachedOn ?? event.on }
    case "UnreachableInformationSent":
      // Only from `contacting`: at least one attempt has been made.
      return { ...next, unreachableOn: event.on }
    case "AppointmentBooked":
      if (event.appointmentOn < event.on)
        return fail(index, event, s.stage, "appointment-not-in-past", "Appointment date is before the booking")
      return { ...next, appointmentsBooked: s.appointmentsBooked + 1, nextAppointmentOn: event.appointmentOn }
    case "AppointmentMissed": {
      const { nextAppointmentOn: _, ...rest } = next
      return { ...rest, appointmentsMissed: s.appointmentsMissed + 1 }
    }
    case "AssessmentStarted": {
      const { nextAppointmentOn: _, ...rest } = next
      return {
        ...rest,
        reachedOn: s.reachedOn ?? event.on,
        assessmentStartedOn: event.on,
        multiProfessional: event.multiProfessional
      }
    }
    case "AssessmentCompleted":
      return { ...next, assessmentCompletedOn: event.on, assessment: event.assessment }
    case "PlanMade": {
      const issues = checkPlan(event.plan)
      if (issues.length > 0)
        return fail(
          index,
          event,
          s.stage,
          "plan-valid",
          issues.map((i) => `plan.${i.at}: ${i.detail} (${i.rule})`).join("; ")
        )
      const revision = s.plan !== undefined && s.plan.planId === event.plan.planId
      if (revision) return { ...next, plan: event.plan, planRevisions: s.planRevisions + 1 }
      // A new plan cycle: AVAIN and the evaluation belong to the previous plan.
      const { avainStartOn: _a, avainEvaluationOn: _b, evaluatedOn: _c, ...rest } = next
      return { ...rest, plan: event.plan, firstPlanOn: s.firstPlanOn ?? event.on }
    }
    case "AvainStartRecorded":
      if (event.record.planId !== s.plan?.planId)
        return fail(index, event, s.stage, "avain-plan-mismatch", "AVAIN record is for another plan")
      if (s.avainStartOn !== undefined)
        return fail(index, event, s.stage, "avain-once-per-plan", "AVAIN start already recorded for this plan")
      return { ...next, avainStartOn: event.on }
    case "AvainEvaluationRecorded":
      if (event.record.planId !== s.plan?.planId)
        return fail(index, event, s.stage, "avain-plan-mismatch", "AVAIN record is for another plan")
      if (s.avainStartOn === undefined)
        return fail(index, event, s.stage, "avain-start-first", "Record the AVAIN start before its evaluation")
      if (s.avainEvaluationOn !== undefined)
        return fail(index, event, s.stage, "avain-once-per-plan", "AVAIN evaluation already recorded for this plan")
      return { ...next, avainEvaluationOn: event.on }
    case "ActivityStarted": {
      if (!s.plan?.activities.some((a) => a.activityId === event.activityId))
        return fail(index, event, s.stage, "activity-in-plan", "Activity is not in the client plan")
      if (s.activities.some((a) => a.activityId === event.activityId && a.endedOn === undefined))
        return fail(index, event, s.stage, "activity-already-started", "Activity is already running")
      return { ...next, activities: [...s.activities, { activityId: event.activityId, startedOn: event.on }] }
    }
    case "ActivityEnded": {
      const i = s.activities.findIndex((a) => a.activityId === event.activityId && a.endedOn === undefined)
      if (i < 0) return fail(index, event, s.stage, "activity-not-started", "Activity is not running")
      const activities = s.activities.map((a, j) => (j === i ? { ...a, endedOn: event.on, outcome: event.outcome } : a))
      return { ...next, activities }
    }
    case "EmploymentPlanMade":
      return {
        ...next,
        employmentPlans: [
          ...s.employmentPlans,
          { on: event.on, instrument: event.instrument, includesRehabilitativeWork: event.includesRehabilitativeWork }
        ]
      }
    case "PlanEvaluated":
      return { ...next, evaluatedOn: event.on }
    case "CaseClosed":
      return { ...next, closed: { on: event.on, reason: event.reason } }
  }
}

/**
 * {@link open} or {@link apply} as a `Result` (the one error convention of
 * issue 15): the next state of the case, or the {@link TransitionError} naming
 * the event index, the stage and the rule. `state` is `undefined` before the
 * first event.
 *
 * @since 0.3.0
 */
export const step = (
  state: CaseState | undefined,
  event: PathwayEvent,
  index = state?.events ?? 0
): Result.Result<CaseState, TransitionError> => {
  const next = state === undefined ? open(event, index) : apply(state, event, index)
  return next instanceof TransitionError ? Result.fail(next) : Result.succeed(next)
}

/**
 * {@link replay} as a `Result`: the final state, or the first
 * {@link TransitionError}. Use {@link replay} when the state before the error
 * is wanted too.
 *
 * @since 0.3.0
 */
export const replayCase = (events: Iterable<PathwayEvent>): Result.Result<CaseState, TransitionError> => {
  const r = replay(events)
  return r._tag === "Ok" ? Result.succeed(r.state) : Result.fail(r.error)
}

/** Result of a replay: the state, or the first error. @since 0.1.0 */
export type ReplayResult =
  | { readonly _tag: "Ok"; readonly state: CaseState }
  | { readonly _tag: "Err"; readonly error: TransitionError; readonly state: CaseState | undefined }

/**
 * Replays a case's log from the start. Deterministic: the same log always
 * gives the same state. Stops at the first invalid event and returns the state
 * before it.
 *
 * @since 0.1.0
 */
export const replay = (events: Iterable<PathwayEvent>): ReplayResult => {
  let state: CaseState | undefined
  let index = 0
  for (const e of events) {
    const next = state === undefined ? open(e, index) : apply(state, e, index)
    if (next instanceof TransitionError) return { _tag: "Err", error: next, state }
    state = next
    index++
  }
  if (state === undefined)
    return {
      _tag: "Err",
      error: new TransitionError({
        index: 0,
        event: "NoticeReceived",
        stage: "(none)",
        rule: "first-event-is-notice",
        detail: "The log is empty"
      }),
      state: undefined
    }
  return { _tag: "Ok", state }
}

/**
 * What etotu's workflow hands to the pathway: the notice opens the case and
 * the contact steps follow. The pathway is the municipal case; etotu keeps the
 * notice, its decoding, triage, delivery and the first deadline
 * (`Workflow.deadlineOf`, which `Deadlines.deadlinesOf` uses), and feeds the
 * contact steps recorded in its workflow.
 *
 * Mapping (etotu `Workflow.Event` → `PathwayEvent`):
 * - `ContactAttempt` → `ContactAttempted` (same channel list, `Workflow.contactChannels`);
 *   `Reached` → `ClientReached` with the last attempt's channel, or `walk-in`
 *   when there was none [I]; `AppointmentBooked` → `AppointmentBooked` (the
 *   appointment day, or the booking day when the workflow has none);
 *   `NoShow` → `AppointmentMissed`; `InfoSent` → `UnreachableInformationSent`
 *   (letter); `Closed` → `CaseClosed` (unreachable, declined → client-declined,
 *   otherwise other); `Transferred` → `CaseClosed` (transferred).
 * - Registration steps without a pathway stage (`BecameVisible`, `Opened`,
 *   `NotReached`, `Met`, `ApplicationDecided`, `InformationToKela`,
 *   `StatementToKela`) are left out.
 * - Steps that carry data only the pathway records (the assessment, the plan,
 *   the services, another service taking over) stop the hand-over: the result
 *   is a failure naming the event's index, so the worker records them in the
 *   pathway itself. Nothing is invented.
 *
 * @since 0.3.0
 */
export const fromWorkflow = (
  caseId: string,
  notice: Notice.Notice,
  receivedOn: string,
  events: ReadonlyArray<Workflow.Event>
): Result.Result<ReadonlyArray<PathwayEvent>, RuleViolation> => {
  const out: Array<PathwayEvent> = [{ _tag: "NoticeReceived", caseId, on: receivedOn, notice } as PathwayEvent]
  let lastChannel: Workflow.ContactChannel | undefined
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as Workflow.Event
    const on = e.on
    switch (e._tag) {
      case "ContactAttempt":
        lastChannel = e.channel
        out.push({ _tag: "ContactAttempted", caseId, on, channel: e.channel } as PathwayEvent)
        break
      case "Reached":
        out.push({ _tag: "ClientReached", caseId, on, channel: lastChannel ?? "walk-in" } as PathwayEvent)
        break
      case "AppointmentBooked":
        out.push({ _tag: "AppointmentBooked", caseId, on, appointmentOn: e.appointmentOn ?? on } as PathwayEvent)
        break
      case "NoShow":
        out.push({ _tag: "AppointmentMissed", caseId, on } as PathwayEvent)
        break
      case "InfoSent":
        out.push({ _tag: "UnreachableInformationSent", caseId, on, channel: "letter" } as PathwayEvent)
        break
      case "Closed":
        out.push({
          _tag: "CaseClosed",
          caseId,
          on,
          reason: e.reason === "unreachable" ? "unreachable" : e.reason === "declined" ? "client-declined" : "other"
        } as PathwayEvent)
        break
      case "Transferred":
        out.push({ _tag: "CaseClosed", caseId, on, reason: "transferred" } as PathwayEvent)
        break
      case "AssessmentStarted":
      case "AssessmentCompleted":
      case "ClientPlanMade":
      case "ServicesStarted":
      case "HandedToOtherService":
        return Result.fail(
          new RuleViolation({
            at: `events[${i}]`,
            rule: "recorded-in-pathway",
            detail: `${e._tag} carries data only the pathway records; record it as a pathway event`
          })
        )
      default:
        break
    }
  }
  return Result.succeed(out)
}
