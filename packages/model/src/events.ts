/**
 * The typed events of a client case (an append-only log). Each event has the
 * case id and the date it happened; the state is derived by replaying them
 * ({@link import("./pathway.js").replay}).
 *
 * @since 0.1.0
 */

import { EvaluationRecord, StartRecord } from "@osallistava/avain"
import { decodeInput } from "@osallistava/core"
import { Notice } from "@osallistava/etotu"
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

/**
 * The one list of contact channels of a municipal case: phone, letter, home
 * visit, outreach work (etsivä työ), the county's e-service, and the client
 * coming in (walk-in). The subsets say which channel fits which step. (Until
 * etotu 0.3 the list was etotu's `Workflow.contactChannels`; the case
 * lifecycle is the pathway's since issue 15.)
 *
 * @since 0.4.0
 */
export const contactChannels = ["phone", "letter", "home-visit", "outreach", "e-service", "walk-in"] as const
/** @since 0.4.0 */
export type ContactChannel = (typeof contactChannels)[number]
/** Channels of an attempt to reach the client (the client coming in is not an attempt). @since 0.4.0 */
export const attemptChannels = [
  "phone",
  "letter",
  "home-visit",
  "outreach",
  "e-service"
] as const satisfies ReadonlyArray<ContactChannel>
/** Channels by which the client was reached: any of the list. @since 0.4.0 */
export const reachChannels = contactChannels
/** Channels of the information letter to an unreachable client (where to get help). @since 0.4.0 */
export const informationChannels = ["letter", "e-service"] as const satisfies ReadonlyArray<ContactChannel>

/**
 * Why a case was closed: the goals reached, the client declined, not reached
 * (after the information letter), moved away, transferred (misrouted or to
 * another county), closed by municipal policy (e.g. no need found), the
 * handling completed (services given), another service took over, or other.
 *
 * @since 0.4.0
 */
export const closeReasons = [
  "goals-reached",
  "client-declined",
  "unreachable",
  "moved",
  "transferred",
  "policy",
  "completed",
  "other-service",
  "other"
] as const
/** @since 0.4.0 */
export type CloseReason = (typeof closeReasons)[number]

/** Kela's eTotu notice arrived (the case opens). @since 0.1.0 */
export const NoticeReceived = Schema.TaggedStruct("NoticeReceived", { ...common, notice: NoticeSchema })
/** A contact attempt (channels: the one list, {@link attemptChannels}). @since 0.1.0 */
export const ContactAttempted = Schema.TaggedStruct("ContactAttempted", {
  ...common,
  channel: Schema.Literals(attemptChannels)
})
/** The client was reached. @since 0.1.0 */
export const ClientReached = Schema.TaggedStruct("ClientReached", {
  ...common,
  channel: Schema.Literals(reachChannels)
})
/** The client could not be reached; information on services was sent. @since 0.1.0 */
export const UnreachableInformationSent = Schema.TaggedStruct("UnreachableInformationSent", {
  ...common,
  channel: Schema.Literals(informationChannels)
})
/** An appointment was booked. @since 0.1.0 */
export const AppointmentBooked = Schema.TaggedStruct("AppointmentBooked", { ...common, appointmentOn: DateString })
/** The client did not come to the appointment. @since 0.1.0 */
export const AppointmentMissed = Schema.TaggedStruct("AppointmentMissed", common)
/**
 * The client came to a meeting (the first meeting is the personal discussion the client asked for, TTL 14 d §).
 * Until then an appointment can still be missed; the assessment may start at the same meeting. @since 0.4.0
 */
export const ClientMet = Schema.TaggedStruct("ClientMet", common)
/** Service-need assessment started (SHL § 36). @since 0.1.0 */
export const AssessmentStarted = Schema.TaggedStruct("AssessmentStarted", {
  ...common,
  multiProfessional: Schema.Boolean
})
/** Service-need assessment completed (SHL § 36). @since 0.1.0 */
export const AssessmentCompleted = Schema.TaggedStruct("AssessmentCompleted", { ...common, assessment: Assessment })
/** Client plan made, or revised (SHL § 39). @since 0.1.0 */
export const PlanMade = Schema.TaggedStruct("PlanMade", { ...common, plan: ClientPlan })
/**
 * The services decided after the assessment started (SHL 1301/2014 45 § 2 mom.: at the latest within 3 months of
 * the matter becoming pending). The stage does not change. @since 0.4.0
 */
export const ServicesStarted = Schema.TaggedStruct("ServicesStarted", common)
/**
 * Another service took the client over (e.g. a youth coach in employment services, Tampere 2018; seed 003). `service`
 * names the service, not a person. @since 0.4.0
 */
export const HandedToOtherService = Schema.TaggedStruct("HandedToOtherService", { ...common, service: Text })
/** The county informed Kela of what a reduction of the basic amount needs (TTL 1412/1997 18 b §). The stage does not change. @since 0.4.0 */
export const InformationToKela = Schema.TaggedStruct("InformationToKela", common)
/** The county gave Kela a statement (TTL 1412/1997 15 §). The stage does not change. @since 0.4.0 */
export const StatementToKela = Schema.TaggedStruct("StatementToKela", common)
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
  reason: Schema.Literals(closeReasons)
})

/** Any pathway event. @since 0.1.0 */
export const PathwayEvent = Schema.Union([
  NoticeReceived,
  ContactAttempted,
  ClientReached,
  UnreachableInformationSent,
  AppointmentBooked,
  AppointmentMissed,
  ClientMet,
  AssessmentStarted,
  AssessmentCompleted,
  PlanMade,
  ServicesStarted,
  HandedToOtherService,
  InformationToKela,
  StatementToKela,
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
 * The tags of the pathway's events, in the order of {@link PathwayEvent}'s members: one list, read from the Schema
 * (the CLI's help names them from it).
 *
 * @since 0.4.0
 */
export const eventTags: ReadonlyArray<PathwayEventTag> = PathwayEvent.members.map((m) => m.fields._tag.schema.literal)

/**
 * Decodes one event; the failure names each field path and rule, never a value.
 *
 * @since 0.1.0
 */
export const decodeEvent = decodeInput(PathwayEvent, "pathway event")
