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
/** The rules compute safe-integer cents (`rules/`); the decision carries them branded. */
const c = (n: number) => n as Money.EuroCents

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

const lineOf = (kind: string, personId: string | null, claimed: number, r: LineResult | undefined): AmountLine => {
  const accepted = r?.accepted ?? 0
  return {
    kind,
    personId,
    claimed: s(claimed),
    claimedCents: c(claimed),
    accepted: s(accepted),
    acceptedCents: c(accepted),
    ruleId: r?.ruleId ?? "other-basic-expense"
  }
}

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
      fullAmountCents: c(b.full),
      share: s(b.share),
      shareCents: c(b.share),
      reduction: s(b.share - b.accepted),
      reductionCents: c(b.share - b.accepted),
      accepted: s(b.accepted),
      acceptedCents: c(b.accepted)
    }
  })
  const expenses = app.expenses.map((e, k) => lineOf(e.kind, e.personId ?? null, e.amount, t.expenses[k]))
  const incomes = app.incomes.map((e, k) => lineOf(e.kind, e.personId, e.amount, t.incomes[k]))
  const assets = (app.assets ?? []).map((e, k) => lineOf(e.kind, e.personId ?? null, e.amount, t.assets[k]))
  const expensesTotal = totals.basicAmounts + totals.otherBasicExpenses
  const difference = expensesTotal - totals.income - totals.assets
  return Result.succeed({
    month: app.month,
    municipality: app.municipality,
    outcome: support > 0 ? "granted" : "noSupport",
    support: s(support),
    supportCents: c(support),
    totals: {
      basicAmounts: s(totals.basicAmounts),
      basicAmountsCents: c(totals.basicAmounts),
      otherBasicExpenses: s(totals.otherBasicExpenses),
      otherBasicExpensesCents: c(totals.otherBasicExpenses),
      expenses: s(expensesTotal),
      expensesCents: c(expensesTotal),
      income: s(totals.income),
      incomeCents: c(totals.income),
      assets: s(totals.assets),
      assetsCents: c(totals.assets),
      difference: s(difference),
      differenceCents: c(difference)
    },
    basicAmounts,
    expenses,
    incomes,
    assets,
    flags: t.flags,
    // a trace node's `result` and items' `cents` are the rules' integer cents (`rules/trace.ts`), branded here
    explanation: t.nodes as unknown as ReadonlyArray<ExplanationNode>
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
 * per distinct month. Returns the support amounts and errors as `calculateSupportBatch` does. `options.assumeLaw` as
 * in {@link calculate}: with `"lastKnown"` a month after the last confirmed parameters is computed with them and the
 * tracer receives the flag `provisionalLaw` and the step `provisional-law`.
 *
 * @since 0.2.0
 */
export const traceBatch = (
  apps: ReadonlyArray<Application>,
  tracerFor: (index: number) => Tracer,
  options?: LawOptions
): SupportBatch => {
  const out = new Float64Array(apps.length)
  const errors = new Map<number, CalculationError>()
  const cache = new Map<string, Result.Result<Month, CalculationError>>()
  const W = new Work()
  for (let i = 0; i < apps.length; i++) {
    const app = apps[i]!
    let M = cache.get(app.month)
    if (M === undefined) {
      M = monthFor(app.month, options)
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
 * cents or the typed error. `options.assumeLaw` as in {@link calculate}: a month after the last confirmed parameters
 * is `ParameterNotInForce` unless `"lastKnown"`, which computes it with them and gives the tracer the flag
 * `provisionalLaw` and the step `provisional-law`.
 *
 * @example
 * ```ts
 * import { Engine, Trace } from "@osallistava/social-assistance"
 * const steps: Array<Trace.TraceNode> = []
 * Engine.trace(app, { ...tracer, node: (n) => steps.push(n) }, { assumeLaw: "lastKnown" })
 * ```
 * @since 0.2.0
 */
export const trace = (
  app: Application,
  tracer: Tracer,
  options?: LawOptions
): Result.Result<Money.EuroCents, CalculationError> => {
  const M = monthFor(app.month, options)
  if (Result.isFailure(M)) return Result.fail(M.failure)
  const W = new Work()
  const v = run(app, M.success, W, tracer)
  return v === FAIL ? Result.fail(W.failure!) : Result.succeed(c(v))
}
