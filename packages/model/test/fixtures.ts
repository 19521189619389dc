import type { Events, Plan } from "@osallistava/model"

type Ev = Events.PathwayEvent

export const notice = (over: Record<string, unknown> = {}) =>
  ({
    _tag: "SocialWorkNeeded",
    formatVersion: 1,
    id: "N1",
    decisionDate: "2026-12-21",
    municipality: "091",
    urgency: "nonUrgent",
    protectedPersonalData: false,
    householdSize: 1,
    ageGroup: "25to64",
    reason: "lifeManagement",
    consent: true,
    personalDiscussionRequested: false,
    ...over
  }) as unknown as Extract<Ev, { _tag: "NoticeReceived" }>["notice"]

export const plan = (over: Partial<Plan.ClientPlan> = {}): Plan.ClientPlan => ({
  planId: "P1",
  madeOn: "2027-01-20",
  madeWithClient: true,
  goals: [
    { goalId: "g1", area: "financial-management", clientWords: "Laskut hoidossa", intent: "improve" },
    { goalId: "g2", area: "participation", clientWords: "Mukaan ryhmään", intent: "improve" }
  ],
  activities: [
    { activityId: "a1", method: "named-worker", responsible: "social-worker", what: "Tapaamiset", goals: ["g1"] },
    { activityId: "a2", method: "group-social-work", responsible: "client", what: "Ryhmä", goals: ["g2"] }
  ],
  reviewDates: ["2027-06-25"],
  clientView: "Haluan saada asiat kuntoon",
  workerView: "Tavoitteet realistisia",
  ...over
})

export const assessment = {
  multiProfessional: true,
  participants: ["social-worker", "partner-health-care"],
  needsClientPlan: true,
  activationPlanNeeded: false,
  clientView: "Tarvitsen apua",
  workerView: "Tarve sosiaalityölle"
} as const

export const startRecord = (planId = "P1", date = "2027-01-20") =>
  ({
    formatVersion: 2,
    recordId: `R-${planId}-s`,
    planId,
    clientRef: "C1",
    municipality: "091",
    date,
    ratedBy: "together",
    clientPresent: true,
    phase: "start",
    goals: [{ goalId: "g1", area: "financial-management", intent: "improve" }],
    factors: [],
    methods: [{ code: "named-worker" }],
    services: []
  }) as const

export const evaluationRecord = (planId = "P1", date = "2027-06-28") =>
  ({
    formatVersion: 2,
    recordId: `R-${planId}-e`,
    planId,
    clientRef: "C1",
    municipality: "091",
    date,
    ratedBy: "together",
    clientPresent: true,
    phase: "evaluation",
    startDate: "2027-01-20",
    goals: [{ goalId: "g1", area: "financial-management", attainment: "fairly-well" }],
    factors: [],
    methods: [{ code: "named-worker", assessment: "helped-much" }],
    services: []
  }) as const

/** A complete pathway for case C1. */
export const fullPath = (caseId = "C1"): Array<Ev> =>
  [
    { _tag: "NoticeReceived", caseId, on: "2026-12-21", notice: notice() },
    { _tag: "ContactAttempted", caseId, on: "2026-12-22", channel: "phone" },
    { _tag: "ContactAttempted", caseId, on: "2026-12-23", channel: "letter" },
    { _tag: "ClientReached", caseId, on: "2026-12-28", channel: "phone" },
    { _tag: "AppointmentBooked", caseId, on: "2026-12-28", appointmentOn: "2027-01-04" },
    { _tag: "AssessmentStarted", caseId, on: "2027-01-04", multiProfessional: true },
    { _tag: "AssessmentCompleted", caseId, on: "2027-01-15", assessment },
    { _tag: "PlanMade", caseId, on: "2027-01-20", plan: plan() },
    { _tag: "AvainStartRecorded", caseId, on: "2027-01-20", record: startRecord() },
    { _tag: "ActivityStarted", caseId, on: "2027-01-25", activityId: "a1" },
    { _tag: "ActivityStarted", caseId, on: "2027-02-01", activityId: "a2" },
    { _tag: "ActivityEnded", caseId, on: "2027-05-31", activityId: "a2", outcome: "completed" },
    { _tag: "PlanEvaluated", caseId, on: "2027-06-28", clientView: "Parempi", workerView: "Edistystä" },
    { _tag: "AvainEvaluationRecorded", caseId, on: "2027-06-28", record: evaluationRecord() },
    { _tag: "CaseClosed", caseId, on: "2027-07-01", reason: "goals-reached" }
  ] as unknown as Array<Ev>
