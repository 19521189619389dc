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
import { Dedupe, type Notice, type Stats, Workflow } from "@osallistava/etotu"
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
  | "handed-over"
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
  "handed-over",
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
  /** The first contact attempt. @since 0.4.0 */
  readonly firstContactOn?: string
  readonly reachedOn?: string
  readonly unreachableOn?: string
  readonly appointmentsBooked: number
  readonly appointmentsMissed: number
  readonly nextAppointmentOn?: string
  /** The first meeting with the client (`ClientMet`). @since 0.4.0 */
  readonly metOn?: string
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
  /** The first `ServicesStarted` (SHL 45 § 2 mom.). @since 0.4.0 */
  readonly servicesStartedOn?: string
  /** Another service took the client over. @since 0.4.0 */
  readonly handedOver?: { readonly on: string; readonly service: string }
  /** Days the county informed Kela for a reduction (TTL 18 b §). @since 0.4.0 */
  readonly informationToKela?: ReadonlyArray<string>
  /** Days the county gave Kela a statement (TTL 15 §). @since 0.4.0 */
  readonly statementsToKela?: ReadonlyArray<string>
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
  | "information-after-attempts"
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

/** Information and statements to Kela (TTL 18 b §, 15 §) are recorded in any open stage without changing it. */
const kela = <S extends Stage>(stage: S) => ({ InformationToKela: stage, StatementToKela: stage })

/**
 * Municipal policy of the pathway. `maxContactAttempts`: attempts before the
 * information letter to an unreachable client may be sent (seed 003
 * "tarvittaessa useaan kertaan"; the number is policy, the law sets none).
 * The default 1 is the pathway's rule before 0.4 (at least one attempt); pass
 * etotu's triage policy (`Workflow.defaultPolicy.maxContactAttempts`, 3) to
 * keep the rule etotu's workflow had until 0.3.
 *
 * @since 0.4.0
 */
export interface PathwayPolicy {
  readonly maxContactAttempts: number
}
/** @since 0.4.0 */
export const defaultPathwayPolicy: PathwayPolicy = { maxContactAttempts: 1 }

/** Which stage each event leads to from each stage (absent: not allowed). @since 0.1.0 */
export const transitions: Readonly<Record<Stage, Partial<Record<PathwayEventTag, Stage>>>> = {
  received: {
    ContactAttempted: "contacting",
    ClientReached: "reached",
    AppointmentBooked: "appointment-booked",
    AssessmentStarted: "assessing",
    HandedToOtherService: "handed-over",
    ...kela("received"),
    CaseClosed: "closed"
  },
  contacting: {
    ContactAttempted: "contacting",
    ClientReached: "reached",
    AppointmentBooked: "appointment-booked",
    UnreachableInformationSent: "unreachable",
    ...kela("contacting"),
    CaseClosed: "closed"
  },
  unreachable: {
    ContactAttempted: "contacting",
    ClientReached: "reached",
    // The client answers the information letter by booking a time (etotu's `infoSent → appointmentBooked` until 0.3).
    AppointmentBooked: "appointment-booked",
    ...kela("unreachable"),
    CaseClosed: "closed"
  },
  reached: {
    AppointmentBooked: "appointment-booked",
    ClientMet: "reached",
    AssessmentStarted: "assessing",
    HandedToOtherService: "handed-over",
    ...kela("reached"),
    CaseClosed: "closed"
  },
  "appointment-booked": {
    AppointmentBooked: "appointment-booked",
    AppointmentMissed: "reached",
    ClientMet: "reached",
    AssessmentStarted: "assessing",
    ...kela("appointment-booked"),
    CaseClosed: "closed"
  },
  assessing: { AssessmentCompleted: "assessed", ...kela("assessing"), CaseClosed: "closed" },
  assessed: {
    PlanMade: "planned",
    EmploymentPlanMade: "assessed",
    ServicesStarted: "assessed",
    ...kela("assessed"),
    CaseClosed: "closed"
  },
  planned: {
    PlanMade: "planned",
    AvainStartRecorded: "planned",
    ActivityStarted: "active",
    EmploymentPlanMade: "planned",
    ServicesStarted: "planned",
    PlanEvaluated: "evaluated",
    ...kela("planned"),
    CaseClosed: "closed"
  },
  active: {
    PlanMade: "active",
    AvainStartRecorded: "active",
    ActivityStarted: "active",
    ActivityEnded: "active",
    EmploymentPlanMade: "active",
    ServicesStarted: "active",
    PlanEvaluated: "evaluated",
    ...kela("active"),
    CaseClosed: "closed"
  },
  evaluated: {
    AvainEvaluationRecorded: "evaluated",
    ActivityEnded: "evaluated",
    PlanMade: "planned",
    ServicesStarted: "evaluated",
    ...kela("evaluated"),
    CaseClosed: "closed"
  },
  "handed-over": { ...kela("handed-over"), CaseClosed: "closed" },
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
export const apply = (
  s: CaseState,
  event: PathwayEvent,
  index = s.events,
  policy: PathwayPolicy = defaultPathwayPolicy
): CaseState | TransitionError => {
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
      return { ...next, contactAttempts: s.contactAttempts + 1, firstContactOn: s.firstContactOn ?? event.on }
    case "ClientReached":
      return { ...next, reachedOn: s.reachedOn ?? event.on }
    case "UnreachableInformationSent":
      // Only from `contacting`: at least one attempt has been made; the policy may ask for more.
      if (s.contactAttempts < policy.maxContactAttempts)
        return fail(
          index,
          event,
          s.stage,
          "information-after-attempts",
          `The information letter only after ${policy.maxContactAttempts} contact attempts (municipal policy)`
        )
      return { ...next, unreachableOn: event.on }
    case "AppointmentBooked":
      if (event.appointmentOn < event.on)
        return fail(index, event, s.stage, "appointment-not-in-past", "Appointment date is before the booking")
      // Booking an appointment means the client was reached (as etotu's workflow counted it until 0.3).
      return {
        ...next,
        reachedOn: s.reachedOn ?? event.on,
        appointmentsBooked: s.appointmentsBooked + 1,
        nextAppointmentOn: event.appointmentOn
      }
    case "ClientMet": {
      const { nextAppointmentOn: _, ...rest } = next
      return { ...rest, reachedOn: s.reachedOn ?? event.on, metOn: s.metOn ?? event.on }
    }
    case "ServicesStarted":
      return { ...next, servicesStartedOn: s.servicesStartedOn ?? event.on }
    case "HandedToOtherService":
      return { ...next, handedOver: { on: event.on, service: event.service } }
    case "InformationToKela":
      return { ...next, informationToKela: [...(s.informationToKela ?? []), event.on] }
    case "StatementToKela":
      return { ...next, statementsToKela: [...(s.statementsToKela ?? []), event.on] }
    case "AppointmentMissed": {
      const { nextAppointmentOn: _, ...rest } = next
      return { ...rest, appointmentsMissed: s.appointmentsMissed + 1 }
    }
    case "AssessmentStarted": {
      const { nextAppointmentOn: _, ...rest } = next
      return {
        ...rest,
        reachedOn: s.reachedOn ?? event.on,
        // The assessment starts at a meeting with the client.
        metOn: s.metOn ?? event.on,
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
  index = state?.events ?? 0,
  policy: PathwayPolicy = defaultPathwayPolicy
): Result.Result<CaseState, TransitionError> => {
  const next = state === undefined ? open(event, index) : apply(state, event, index, policy)
  return next instanceof TransitionError ? Result.fail(next) : Result.succeed(next)
}

/**
 * {@link replay} as a `Result`: the final state, or the first
 * {@link TransitionError}. Use {@link replay} when the state before the error
 * is wanted too.
 *
 * @since 0.3.0
 */
export const replayCase = (
  events: Iterable<PathwayEvent>,
  policy: PathwayPolicy = defaultPathwayPolicy
): Result.Result<CaseState, TransitionError> => {
  const r = replay(events, policy)
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
export const replay = (events: Iterable<PathwayEvent>, policy: PathwayPolicy = defaultPathwayPolicy): ReplayResult => {
  let state: CaseState | undefined
  let index = 0
  for (const e of events) {
    const next = state === undefined ? open(e, index) : apply(state, e, index, policy)
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
 * The hand-off from etotu (issue 15: one case lifecycle): a notice that etotu
 * has registered (`Workflow.Case` in state `opened`, or `decided` for a
 * forwarded application) becomes the first event of the municipal case,
 * `NoticeReceived` on the day the notice was received, which is the day the
 * statutory limits run from (`Deadlines.deadlinesOf` reads it). Everything
 * after registration is recorded as pathway events.
 *
 * Fails with a `RuleViolation` (never repeating an input value) when the
 * delivery record is not this notice's (`notice-matches`), when the notice is
 * not registered yet (`notice-registered`: open it in etotu first), or when it
 * was transferred to another municipality (`notice-transferred`: the receiving
 * county opens the case).
 *
 * @example
 * ```ts
 * import { Workflow } from "@osallistava/etotu"
 * import { Pathway } from "@osallistava/model"
 * // c: Workflow.start(notice, "2026-12-21") advanced by BecameVisible and Opened
 * Pathway.fromNotice("C1", notice, c) // Success([{ _tag: "NoticeReceived", caseId: "C1", on: "2026-12-21", notice }])
 * ```
 * @since 0.4.0
 */
export const fromNotice = (
  caseId: string,
  notice: Notice.Notice,
  registered: Workflow.Case
): Result.Result<ReadonlyArray<PathwayEvent>, RuleViolation> => {
  const fail = (at: string, rule: string, detail: string) => Result.fail(new RuleViolation({ at, rule, detail }))
  if (registered.noticeId !== notice.id || registered.type !== notice._tag)
    return fail("registered.noticeId", "notice-matches", "The registration is of another notice")
  if (registered.state === "transferred")
    return fail(
      "registered.state",
      "notice-transferred",
      "The notice was transferred to another municipality; the receiving county opens the case"
    )
  if (!Workflow.isRegistered(registered))
    return fail("registered.state", "notice-registered", "Open (register) the notice in etotu's workflow first")
  return Result.succeed([{ _tag: "NoticeReceived", caseId, on: registered.receivedOn, notice } as PathwayEvent])
}

/**
 * What happened to a notice, for etotu's statistics (`Stats.Accumulator.tryAdd`):
 * the registration dates from etotu's case and the contact, meeting and
 * assessment dates from the pathway's state. The first substantive step is
 * the decision on a forwarded application (etotu), otherwise the start of the
 * assessment (pathway).
 *
 * @since 0.4.0
 */
export const followUp = (registered: Workflow.Case, state: CaseState | undefined): Stats.FollowUp => {
  const doneOn = registered.type === "ForwardedApplication" ? registered.doneOn : state?.assessmentStartedOn
  const opt = <K extends string>(k: K, v: string | undefined) => (v === undefined ? {} : { [k]: v })
  return {
    visibleOn: registered.visibleOn,
    deadline: registered.deadline,
    ...opt("openedOn", registered.openedOn),
    ...opt("firstContactOn", state?.firstContactOn),
    ...opt("reachedOn", state?.reachedOn),
    ...opt("metOn", state?.metOn),
    ...opt("assessmentStartedOn", state?.assessmentStartedOn),
    ...opt("doneOn", doneOn),
    ...opt("transferredOn", registered.transferredOn)
  } as Stats.FollowUp
}
