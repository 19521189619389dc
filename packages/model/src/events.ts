/**
 * The typed events of a client case (an append-only log). Each event has the
 * case id and the date it happened; the state is derived by replaying them
 * ({@link import("./pathway.js").replay}).
 *
 * @since 0.1.0
 */

import { EvaluationRecord, StartRecord } from "@osallistava/avain"
import { decodeInput } from "@osallistava/core"
import { Notice, Workflow } from "@osallistava/etotu"
import * as Schema from "effect/Schema"
import { Assessment, ClientPlan } from "./plan.js"
import { DateString, Ref, Text } from "./schema-util.js"

const common = { caseId: Ref, on: DateString }

// etotu's `Notice.Notice` Schema is type-only in its built .d.ts namespace (a tsup
// declaration-bundling quirk), so the union is rebuilt here from the six exported
// notice Schemas; it is the same union as etotu's.
const NoticeSchema = Schema.Union([
  Notice.ForwardedApplication,
  Notice.ReducedBasicAmount,
  Notice.SocialWorkNeeded,
  Notice.UnemployedUnder25,
  Notice.Unemployed25OrOver,
  Notice.Immigrant
])

/** Kela's eTotu notice arrived (the case opens). @since 0.1.0 */
export const NoticeReceived = Schema.TaggedStruct("NoticeReceived", { ...common, notice: NoticeSchema })
/** A contact attempt (channels: etotu's one list, `Workflow.attemptChannels`). @since 0.1.0 */
export const ContactAttempted = Schema.TaggedStruct("ContactAttempted", {
  ...common,
  channel: Schema.Literals(Workflow.attemptChannels)
})
/** The client was reached. @since 0.1.0 */
export const ClientReached = Schema.TaggedStruct("ClientReached", {
  ...common,
  channel: Schema.Literals(Workflow.reachChannels)
})
/** The client could not be reached; information on services was sent. @since 0.1.0 */
export const UnreachableInformationSent = Schema.TaggedStruct("UnreachableInformationSent", {
  ...common,
  channel: Schema.Literals(Workflow.informationChannels)
})
/** An appointment was booked. @since 0.1.0 */
export const AppointmentBooked = Schema.TaggedStruct("AppointmentBooked", { ...common, appointmentOn: DateString })
/** The client did not come to the appointment. @since 0.1.0 */
export const AppointmentMissed = Schema.TaggedStruct("AppointmentMissed", common)
/** Service-need assessment started (SHL § 36). @since 0.1.0 */
export const AssessmentStarted = Schema.TaggedStruct("AssessmentStarted", {
  ...common,
  multiProfessional: Schema.Boolean
})
/** Service-need assessment completed (SHL § 36). @since 0.1.0 */
export const AssessmentCompleted = Schema.TaggedStruct("AssessmentCompleted", { ...common, assessment: Assessment })
/** Client plan made, or revised (SHL § 39). @since 0.1.0 */
export const PlanMade = Schema.TaggedStruct("PlanMade", { ...common, plan: ClientPlan })
/** AVAIN start record made with the plan. @since 0.1.0 */
export const AvainStartRecorded = Schema.TaggedStruct("AvainStartRecorded", { ...common, record: StartRecord })
/** An agreed activity started. @since 0.1.0 */
export const ActivityStarted = Schema.TaggedStruct("ActivityStarted", { ...common, activityId: Ref })
/** An activity ended. @since 0.1.0 */
export const ActivityEnded = Schema.TaggedStruct("ActivityEnded", {
  ...common,
  activityId: Ref,
  outcome: Schema.Literals(["completed", "interrupted"])
})
/** An activation plan or multi-sectoral employment plan was made (Act 189/2001 § 5; Act 381/2023). @since 0.1.0 */
export const EmploymentPlanMade = Schema.TaggedStruct("EmploymentPlanMade", {
  ...common,
  instrument: Schema.Literals(["activation-plan", "multi-sectoral-employment-plan"]),
  includesRehabilitativeWork: Schema.Boolean
})
/** The plan was evaluated together with the client. @since 0.1.0 */
export const PlanEvaluated = Schema.TaggedStruct("PlanEvaluated", { ...common, clientView: Text, workerView: Text })
/** AVAIN evaluation record made. @since 0.1.0 */
export const AvainEvaluationRecorded = Schema.TaggedStruct("AvainEvaluationRecorded", {
  ...common,
  record: EvaluationRecord
})
/** The case was closed. @since 0.1.0 */
export const CaseClosed = Schema.TaggedStruct("CaseClosed", {
  ...common,
  reason: Schema.Literals(["goals-reached", "client-declined", "unreachable", "moved", "transferred", "other"])
})

/** Any pathway event. @since 0.1.0 */
export const PathwayEvent = Schema.Union([
  NoticeReceived,
  ContactAttempted,
  ClientReached,
  UnreachableInformationSent,
  AppointmentBooked,
  AppointmentMissed,
  AssessmentStarted,
  AssessmentCompleted,
  PlanMade,
  AvainStartRecorded,
  ActivityStarted,
  ActivityEnded,
  EmploymentPlanMade,
  PlanEvaluated,
  AvainEvaluationRecorded,
  CaseClosed
]).annotate({ title: "PathwayEvent" })
/** @since 0.1.0 */
export type PathwayEvent = typeof PathwayEvent.Type
/** @since 0.1.0 */
export type PathwayEventTag = PathwayEvent["_tag"]

/**
 * Decodes one event; the failure names each field path and rule, never a value.
 *
 * @since 0.1.0
 */
export const decodeEvent = decodeInput(PathwayEvent, "pathway event")
