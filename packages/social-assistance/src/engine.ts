/**
 * The calculation of basic social assistance for one family and one month (Act 1412/1997 6 §) as a decision: the
 * single pass over the rules (`rules/run.ts`) with a tracer that records every step and line.
 *
 * @since 0.1.0
 */
import { Money } from "@osallistava/core"
import * as Result from "effect/Result"
import type { SupportBatch } from "./amount.js"
import type { Application } from "./application.js"
import type { AmountLine, BasicAmountLine, Decision, ExplanationNode } from "./decision.js"
import { type CalculationError, FAIL, type LawOptions, type Month, monthFor, Work } from "./rules/context.js"
import { run, type Totals } from "./rules/run.js"
import type { Category, FlagId, LineRuleId, TraceNode, Tracer } from "./rules/trace.js"

export { calculateSupportBatch, type SupportBatch, supportCents } from "./amount.js"
export {
  type AssumeLaw,
  type CalculationError,
  type LawOptions,
  lastKnownMonth,
  type Month,
  type MonthParameters,
  monthFor,
  parametersFor
} from "./rules/context.js"
export type { Category } from "./rules/trace.js"

const s = (n: number) => Money.toDecimalString(n as Money.EuroCents)

interface LineResult {
  accepted: number
  ruleId: LineRuleId
}

/**
 * A tracer that keeps everything the decision shows.
 *
 * @since 0.2.0
 */
export class DecisionTracer implements Tracer {
  readonly nodes: Array<TraceNode> = []
  readonly flags: Array<FlagId> = []
  readonly expenses: Array<LineResult> = []
  readonly incomes: Array<LineResult> = []
  readonly assets: Array<LineResult> = []
  readonly basicLines: Array<{
    category: Category
    rank: number
    percentage: number
    full: number
    share: number
    accepted: number
  }> = []
  readonly node = (node: TraceNode): void => {
    this.nodes.push(node)
  }
  readonly flag = (flag: FlagId): void => {
    if (!this.flags.includes(flag)) this.flags.push(flag)
  }
  readonly line = (list: "expenses" | "incomes" | "assets", index: number, accepted: number, ruleId: LineRuleId) => {
    this[list][index] = { accepted, ruleId }
  }
  readonly basic = (
    index: number,
    category: Category,
    rank: number,
    percentage: number,
    full: number,
    share: number
  ): void => {
    this.basicLines[index] = { category, rank, percentage, full, share, accepted: share }
  }
  readonly reduced = (index: number, accepted: number): void => {
    this.basicLines[index]!.accepted = accepted
  }
}

const lineOf = (kind: string, personId: string | null, claimed: number, r: LineResult | undefined): AmountLine => ({
  kind,
  personId,
  claimed: s(claimed),
  accepted: s(r?.accepted ?? 0),
  acceptedCents: r?.accepted ?? 0,
  ruleId: r?.ruleId ?? "other-basic-expense"
})

/**
 * The decision for an application in a prepared month.
 *
 * @since 0.2.0
 */
export const calculateIn = (
  app: Application,
  M: Month,
  W: Work = new Work()
): Result.Result<Decision, CalculationError> => {
  const t = new DecisionTracer()
  const totals: Totals = { basicAmounts: 0, otherBasicExpenses: 0, income: 0, assets: 0 }
  const support = run(app, M, W, t, totals)
  if (support === FAIL) return Result.fail(W.failure!)
  const basicAmounts: Array<BasicAmountLine> = app.persons.map((p, i) => {
    const b = t.basicLines[i]!
    return {
      personId: p.id,
      category: b.category,
      siblingRank: b.rank === 0 ? null : b.rank,
      percentage: Money.percentageToString(b.percentage as Money.Percentage),
      fullAmount: s(b.full),
      share: s(b.share),
      reduction: s(b.share - b.accepted),
      accepted: s(b.accepted),
      acceptedCents: b.accepted
    }
  })
  const expenses = app.expenses.map((e, k) => lineOf(e.kind, e.personId ?? null, e.amount, t.expenses[k]))
  const incomes = app.incomes.map((e, k) => lineOf(e.kind, e.personId, e.amount, t.incomes[k]))
  const assets = (app.assets ?? []).map((e, k) => lineOf(e.kind, e.personId ?? null, e.amount, t.assets[k]))
  const expensesTotal = totals.basicAmounts + totals.otherBasicExpenses
  return Result.succeed({
    month: app.month,
    municipality: app.municipality,
    outcome: support > 0 ? "granted" : "noSupport",
    support: s(support),
    supportCents: support,
    totals: {
      basicAmounts: s(totals.basicAmounts),
      otherBasicExpenses: s(totals.otherBasicExpenses),
      expenses: s(expensesTotal),
      income: s(totals.income),
      assets: s(totals.assets),
      difference: s(expensesTotal - totals.income - totals.assets)
    },
    basicAmounts,
    expenses,
    incomes,
    assets,
    flags: t.flags,
    explanation: t.nodes as ReadonlyArray<ExplanationNode>
  })
}

/**
 * Calculates basic social assistance for an already decoded application.
 *
 * @example
 * ```ts
 * import { Application, Engine } from "@osallistava/social-assistance"
 * import * as Result from "effect/Result"
 * const app = Application.decodeApplication(json)
 * if (Result.isSuccess(app)) Engine.calculate(app.success) // Result<Decision, RuleViolation | ParameterNotInForce>
 * // a month after the last confirmed parameters (e.g. 2027-01): ParameterNotInForce naming the parameter and its last
 * // known month, unless asked for explicitly — then provisional, flagged `provisionalLaw`:
 * Engine.calculate(app2027, { assumeLaw: "lastKnown" })
 * ```
 * @since 0.1.0
 */
export const calculate = (app: Application, options?: LawOptions): Result.Result<Decision, CalculationError> => {
  const M = monthFor(app.month, options)
  return Result.isFailure(M) ? Result.fail(M.failure) : calculateIn(app, M.success)
}

/**
 * Calculates many applications; parameters are looked up once per distinct month.
 *
 * @since 0.1.0
 */
export const calculateBatch = (
  apps: ReadonlyArray<Application>,
  options?: LawOptions
): Array<Result.Result<Decision, CalculationError>> => {
  const cache = new Map<string, Result.Result<Month, CalculationError>>()
  const W = new Work()
  const out: Array<Result.Result<Decision, CalculationError>> = new Array(apps.length)
  for (let i = 0; i < apps.length; i++) {
    const app = apps[i]!
    let M = cache.get(app.month)
    if (M === undefined) {
      M = monthFor(app.month, options)
      cache.set(app.month, M)
    }
    out[i] = Result.isFailure(M) ? Result.fail(M.failure) : calculateIn(app, M.success, W)
  }
  return out
}

/**
 * Runs the rules for many applications, each with its own tracer (`tracerFor(index)`); parameters are looked up once
 * per distinct month. Returns the support amounts and errors as `calculateSupportBatch` does.
 *
 * @since 0.2.0
 */
export const traceBatch = (apps: ReadonlyArray<Application>, tracerFor: (index: number) => Tracer): SupportBatch => {
  const out = new Float64Array(apps.length)
  const errors = new Map<number, CalculationError>()
  const cache = new Map<string, Result.Result<Month, CalculationError>>()
  const W = new Work()
  for (let i = 0; i < apps.length; i++) {
    const app = apps[i]!
    let M = cache.get(app.month)
    if (M === undefined) {
      M = monthFor(app.month)
      cache.set(app.month, M)
    }
    if (Result.isFailure(M)) {
      out[i] = FAIL
      errors.set(i, M.failure)
      continue
    }
    const v = run(app, M.success, W, tracerFor(i))
    out[i] = v
    if (v === FAIL) errors.set(i, W.failure!)
  }
  return { supportCents: out, errors }
}

/**
 * Runs the rules for `app` with your own tracer (for example to collect only the steps); returns the support in
 * cents or the typed error.
 *
 * @since 0.2.0
 */
export const trace = (app: Application, tracer: Tracer): Result.Result<number, CalculationError> => {
  const M = monthFor(app.month)
  if (Result.isFailure(M)) return Result.fail(M.failure)
  const W = new Work()
  const v = run(app, M.success, W, tracer)
  return v === FAIL ? Result.fail(W.failure!) : Result.succeed(v)
}
