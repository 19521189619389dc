/**
 * Client plan (asiakassuunnitelma), Social Welfare Act 1301/2014 § 39, and the
 * service-need assessment (palvelutarpeen arviointi) § 36.
 *
 * § 39 (1): the plan is made unless it is obviously unnecessary; it is drawn up
 * "yhdessä asiakkaan kanssa" (together with the client) and records the client's
 * own view (§ 39 (2)); it is reviewed when needed. § 36 (1)–(2): assessment starts
 * without delay and is completed without undue delay; § 41: multi-professional
 * cooperation when the client needs services of several sectors.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { methodByCode } from "./methods.js"
import { DateString, Ref, Text } from "./schema-util.js"

/** Inclusion and activity goal (toimeliaisuuden ja osallisuuden tavoite). @since 0.1.0 */
export const Goal = Schema.Struct({
  goalId: Ref,
  /** AVAIN goal-area code (e.g. `financial-management`, `employment`). */
  area: Schema.String.pipe(Schema.check(Schema.isMinLength(1))),
  /** The goal in the client's own words. */
  clientWords: Text,
  /** AVAIN intent code: `improve`, `maintain`. */
  intent: Schema.Literals(["improve", "maintain"])
})
/** @since 0.1.0 */
export type Goal = typeof Goal.Type

/** Who carries out an agreed activity. @since 0.1.0 */
export const Responsible = Schema.Literals([
  "client",
  "social-worker",
  "social-counsellor",
  "partner-kela",
  "partner-employment-services",
  "partner-health-care",
  "partner-ngo",
  "support-person"
])

/** An agreed activity: a method of the catalog, who does what, for which goals. @since 0.1.0 */
export const Activity = Schema.Struct({
  activityId: Ref,
  /** Code of the model's method catalog (`methods`). */
  method: Schema.String,
  responsible: Responsible,
  what: Text,
  goals: Schema.Array(Ref)
})
/** @since 0.1.0 */
export type Activity = typeof Activity.Type

/** Client plan, SHL 1301/2014 § 39. @since 0.1.0 */
export const ClientPlan = Schema.Struct({
  planId: Ref,
  madeOn: DateString,
  /** § 39 (1): made together with the client. `false` records that the client did not take part. */
  madeWithClient: Schema.Boolean,
  goals: Schema.Array(Goal),
  activities: Schema.Array(Activity),
  /** Agreed review dates (§ 39: reviewed when needed). The first is the plan's review deadline. */
  reviewDates: Schema.Array(DateString),
  /** § 39 (2): the client's own view, recorded beside the worker's. */
  clientView: Text,
  workerView: Text
})
/** @since 0.1.0 */
export type ClientPlan = typeof ClientPlan.Type

/** Service-need assessment, SHL 1301/2014 § 36. @since 0.1.0 */
export const Assessment = Schema.Struct({
  /** § 41: multi-professional assessment. */
  multiProfessional: Schema.Boolean,
  participants: Schema.Array(Responsible),
  /** Conclusion: whether the client needs social services and a client plan (§ 39). */
  needsClientPlan: Schema.Boolean,
  /** Need for an activation plan (Act 189/2001) found in the assessment. */
  activationPlanNeeded: Schema.Boolean,
  clientView: Text,
  workerView: Text
})
/** @since 0.1.0 */
export type Assessment = typeof Assessment.Type

/** A rule a decoded plan breaks. @since 0.1.0 */
export interface PlanIssue {
  readonly at: string
  readonly rule:
    | "goal-required"
    | "unique-goal-id"
    | "unique-activity-id"
    | "known-method"
    | "activity-goal-exists"
    | "review-after-plan"
    | "review-required"
    | "goal-has-activity"
  readonly detail: string
}

/**
 * Checks a client plan against the rules of the model: at least one goal,
 * unique ids, methods from the catalog, activities pointing to goals of the
 * plan, every goal with an activity, at least one review date after the plan.
 *
 * @since 0.1.0
 */
export const checkPlan = (plan: ClientPlan): ReadonlyArray<PlanIssue> => {
  const out: Array<PlanIssue> = []
  if (plan.goals.length === 0) out.push({ at: "goals", rule: "goal-required", detail: "A plan needs a goal" })
  const goalIds = new Set<string>()
  plan.goals.forEach((g, i) => {
    if (goalIds.has(g.goalId))
      out.push({ at: `goals[${i}].goalId`, rule: "unique-goal-id", detail: "Goal id used twice" })
    goalIds.add(g.goalId)
  })
  const activityIds = new Set<string>()
  const covered = new Set<string>()
  plan.activities.forEach((a, i) => {
    if (activityIds.has(a.activityId))
      out.push({ at: `activities[${i}].activityId`, rule: "unique-activity-id", detail: "Activity id used twice" })
    activityIds.add(a.activityId)
    if (methodByCode(a.method) === undefined)
      out.push({ at: `activities[${i}].method`, rule: "known-method", detail: "Not a method of the catalog" })
    a.goals.forEach((g, j) => {
      if (!goalIds.has(g))
        out.push({
          at: `activities[${i}].goals[${j}]`,
          rule: "activity-goal-exists",
          detail: "Refers to a goal not in the plan"
        })
      covered.add(g)
    })
  })
  plan.goals.forEach((g, i) => {
    if (!covered.has(g.goalId))
      out.push({ at: `goals[${i}]`, rule: "goal-has-activity", detail: "No agreed activity for this goal" })
  })
  if (plan.reviewDates.length === 0)
    out.push({ at: "reviewDates", rule: "review-required", detail: "Agree at least one review date" })
  plan.reviewDates.forEach((d, i) => {
    if (d <= plan.madeOn)
      out.push({ at: `reviewDates[${i}]`, rule: "review-after-plan", detail: "Review date must be after the plan" })
  })
  return out
}
