/**
 * The model's use of AVAIN (seed 001: the worker makes the client plan and
 * evaluates it with AVAIN): the start record is made from the client plan, the
 * evaluation record from the plan's evaluation, both in `@osallistava/avain`'s
 * format version 2, validated with its catalogs; the cohort report is avain's.
 *
 * @since 0.1.0
 */
import {
  type AvainRecord,
  type CohortReport,
  type EvaluationRecord,
  type Factor,
  formatVersion,
  type ReportOptions,
  report,
  type StartRecord,
  type UsedItem,
  validate
} from "@osallistava/avain"
import { methodByCode } from "./methods.js"
import type { ClientPlan } from "./plan.js"

/** What the worker and client record besides the plan. @since 0.1.0 */
export interface AvainStartInput {
  readonly recordId: string
  readonly clientRef: string
  readonly municipality: string
  readonly date: string
  readonly factors: ReadonlyArray<Factor>
  /** AVAIN service codes planned. */
  readonly services: ReadonlyArray<string>
}

const avainMethodsOf = (plan: ClientPlan): ReadonlyArray<string> => [
  ...new Set(
    plan.activities.flatMap((a) => {
      const code = methodByCode(a.method)?.avainMethod
      return code === undefined ? [] : [code]
    })
  )
]

/**
 * AVAIN start record from a client plan: the plan's goals (area, intent, the
 * client's words), its methods mapped to AVAIN method codes, planned services
 * and situational factors. Rated together when the plan was made with the client.
 *
 * @since 0.1.0
 */
export const startRecordOf = (plan: ClientPlan, input: AvainStartInput): StartRecord => ({
  formatVersion,
  recordId: input.recordId,
  planId: plan.planId,
  clientRef: input.clientRef,
  municipality: input.municipality,
  date: input.date,
  ratedBy: plan.madeWithClient ? "together" : "worker",
  clientPresent: plan.madeWithClient,
  phase: "start",
  goals: plan.goals.map((g) => ({ goalId: g.goalId, area: g.area, intent: g.intent, text: g.clientWords })),
  factors: [...input.factors],
  methods: avainMethodsOf(plan).map((code) => ({ code })),
  services: input.services.map((code) => ({ code }))
})

/** The evaluation made with the client. @since 0.1.0 */
export interface AvainEvaluationInput {
  readonly recordId: string
  readonly date: string
  readonly clientPresent: boolean
  /** Attainment-level code per goal id; `null` when not evaluated. */
  readonly attainment: Readonly<Record<string, string | null>>
  readonly factors: ReadonlyArray<Factor>
  readonly methodsUsed: ReadonlyArray<UsedItem>
  readonly servicesUsed: ReadonlyArray<UsedItem>
}

/** AVAIN evaluation record of a plan whose start record is `start`. @since 0.1.0 */
export const evaluationRecordOf = (start: StartRecord, input: AvainEvaluationInput): EvaluationRecord => ({
  formatVersion,
  recordId: input.recordId,
  planId: start.planId,
  clientRef: start.clientRef,
  municipality: start.municipality,
  date: input.date,
  ratedBy: input.clientPresent ? "together" : "worker",
  clientPresent: input.clientPresent,
  phase: "evaluation",
  startDate: start.date,
  goals: start.goals.map((g) => ({ goalId: g.goalId, area: g.area, attainment: input.attainment[g.goalId] ?? null })),
  factors: [...input.factors],
  methods: [...input.methodsUsed],
  services: [...input.servicesUsed]
})

/**
 * Validates the AVAIN records of a cohort with avain's rules and returns its
 * cohort report. Records breaking a rule are left out of the report and their
 * issues returned.
 *
 * @since 0.1.0
 */
export const cohortReport = (
  records: ReadonlyArray<AvainRecord>,
  options: ReportOptions = {}
): {
  readonly report: CohortReport
  readonly issues: ReadonlyArray<{ readonly at: string; readonly rule: string; readonly detail: string }>
} => {
  const v = validate(records, options.catalogSets ? { catalogSets: options.catalogSets } : {})
  return {
    report: report(v.records, options),
    issues: v.issues.map((i) => ({ at: i.at, rule: i.rule, detail: i.detail }))
  }
}
