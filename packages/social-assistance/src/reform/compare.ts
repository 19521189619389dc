/**
 * One household under two laws: both decisions side by side and the steps of the calculation whose result, rule or
 * parameters differ (a diff of the two structured traces), rendered in fi, sv or en.
 *
 * @since 0.3.0
 */
import * as Result from "effect/Result"
import type { Application } from "../application.js"
import type { Decision, ExplanationNode } from "../decision.js"
import { calculateIn } from "../engine.js"
import type { CalculationError } from "../rules/context.js"
import type { ParameterName, ParameterUse } from "../rules/trace.js"
import { type Law, monthUnder } from "./law.js"

/**
 * The step a trace node belongs to: rule ids that are two outcomes of one rule (a disregard given or not, a
 * reduction applied or not, a housing cost within the limit or capped) share a step.
 *
 * @since 0.3.0
 */
export const stepOf = (ruleId: ExplanationNode["ruleId"]): Step => {
  switch (ruleId) {
    case "basic-amount":
      return "basicAmount"
    case "basic-amount-reduction":
    case "basic-amount-reduction-not-applied":
      return "reduction"
    case "moving-allowance":
      return "movingAllowance"
    case "coeliac-diet":
    case "coeliac-diet-not-accepted":
      return "coeliacDiet"
    case "housing-cost-necessary-size":
    case "housing-cost-withinLimit":
    case "housing-cost-specialGround":
    case "housing-cost-directionRequired":
    case "housing-cost-directionPeriod":
    case "housing-cost-capped":
      return "housingCosts"
    case "other-basic-expense":
      return "otherExpense"
    case "income-not-counted":
      return "incomeNotCounted"
    case "earned-income-disregard":
    case "earned-income-no-disregard":
      return "earnedIncomeDisregard"
    case "minor-assistance-disregard":
    case "minor-assistance-no-disregard":
      return "minorAssistance"
    case "child-income-cap":
      return "childIncomeCap"
    case "income-total":
      return "incomeTotal"
    case "assets":
      return "assets"
    case "support":
      return "support"
    default:
      // A rule id added to the trace after this module: its own step, named generically.
      return "other"
  }
}

/** @since 0.3.0 */
export type Step =
  | "other"
  | "basicAmount"
  | "reduction"
  | "movingAllowance"
  | "coeliacDiet"
  | "housingCosts"
  | "otherExpense"
  | "incomeNotCounted"
  | "earnedIncomeDisregard"
  | "minorAssistance"
  | "childIncomeCap"
  | "incomeTotal"
  | "assets"
  | "support"

/** A parameter a step read with a different value under the two laws. @since 0.3.0 */
export interface ParameterChange {
  readonly name: ParameterName
  readonly baseline: ParameterUse | undefined
  readonly reform: ParameterUse | undefined
}

/** A step whose result, rule or parameters differ. @since 0.3.0 */
export interface StepChange {
  readonly step: Step
  /** The person of the step, when it has one (a pseudonymous id of the application). */
  readonly personId: string | undefined
  readonly baseline: ExplanationNode | undefined
  readonly reform: ExplanationNode | undefined
  readonly parameters: ReadonlyArray<ParameterChange>
}

/** @since 0.3.0 */
export interface Comparison {
  readonly month: string
  readonly baselineLaw: Law["kind"]
  readonly reformLaw: Law["kind"]
  readonly baseline: Decision
  readonly reform: Decision
  /** Reform − baseline, in cents a month. */
  readonly changeCents: number
  readonly changes: ReadonlyArray<StepChange>
}

/** The error of one of the two calculations, with the law that failed. @since 0.3.0 */
export interface ComparisonError {
  readonly law: "baseline" | "reform"
  readonly error: CalculationError
}

const keyOf = (n: ExplanationNode): string => {
  const person = n.inputs["personId"]
  return `${stepOf(n.ruleId)}|${typeof person === "string" ? person : ""}`
}

/** Nodes by step and person, numbered in order within each (the k-th housing line of one step is its k-th node). */
const index = (nodes: ReadonlyArray<ExplanationNode>): Map<string, ExplanationNode> => {
  const out = new Map<string, ExplanationNode>()
  const seen = new Map<string, number>()
  for (const n of nodes) {
    const k = keyOf(n)
    const i = seen.get(k) ?? 0
    seen.set(k, i + 1)
    out.set(`${k}|${i}`, n)
  }
  return out
}

const parameterChanges = (
  b: ExplanationNode | undefined,
  r: ExplanationNode | undefined
): ReadonlyArray<ParameterChange> => {
  const names = new Set<ParameterName>()
  for (const p of b?.parameters ?? []) names.add(p.name as ParameterName)
  for (const p of r?.parameters ?? []) names.add(p.name as ParameterName)
  const out: Array<ParameterChange> = []
  for (const name of names) {
    const pb = b?.parameters.find((p) => p.name === name) as ParameterUse | undefined
    const pr = r?.parameters.find((p) => p.name === name) as ParameterUse | undefined
    if (pb?.value !== pr?.value) out.push({ name, baseline: pb, reform: pr })
  }
  return out
}

/**
 * Both decisions for `app` and the steps that differ between `baseline` and `reform`.
 *
 * @example
 * ```ts
 * import { Reform } from "@osallistava/social-assistance"
 * const c = Reform.compare(app, Reform.ofMonth("2026-02"), Reform.ofMonth("2026-03"))
 * // Result.succeed({ changeCents: -1789, changes: [{ step: "basicAmount", ... }], ... })
 * ```
 * @since 0.3.0
 */
export const compare = (app: Application, baseline: Law, reform: Law): Result.Result<Comparison, ComparisonError> => {
  const Mb = monthUnder(baseline, app.month)
  if (Result.isFailure(Mb)) return Result.fail({ law: "baseline", error: Mb.failure })
  const Mr = monthUnder(reform, app.month)
  if (Result.isFailure(Mr)) return Result.fail({ law: "reform", error: Mr.failure })
  const b = calculateIn(app, Mb.success)
  if (Result.isFailure(b)) return Result.fail({ law: "baseline", error: b.failure })
  const r = calculateIn(app, Mr.success)
  if (Result.isFailure(r)) return Result.fail({ law: "reform", error: r.failure })
  const bi = index(b.success.explanation)
  const ri = index(r.success.explanation)
  const keys = [...bi.keys()]
  for (const k of ri.keys()) if (!bi.has(k)) keys.push(k)
  const changes: Array<StepChange> = []
  for (const k of keys) {
    const nb = bi.get(k)
    const nr = ri.get(k)
    const parameters = parameterChanges(nb, nr)
    if (
      nb !== undefined &&
      nr !== undefined &&
      nb.ruleId === nr.ruleId &&
      nb.result === nr.result &&
      parameters.length === 0
    )
      continue
    const any = (nb ?? nr)!
    const person = any.inputs["personId"]
    changes.push({
      step: stepOf(any.ruleId),
      personId: typeof person === "string" ? person : undefined,
      baseline: nb,
      reform: nr,
      parameters
    })
  }
  return Result.succeed({
    month: app.month,
    baselineLaw: baseline.kind,
    reformLaw: reform.kind,
    baseline: b.success,
    reform: r.success,
    changeCents: r.success.supportCents - b.success.supportCents,
    changes
  })
}
