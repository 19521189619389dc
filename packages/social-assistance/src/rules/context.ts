/**
 * What one calculation works with: the month's parameters (looked up once per month and shared by a batch) and the
 * scratch buffers of one batch. Nothing here is module state: a batch makes its own, so two batches, interleaved or
 * on worker threads, never share a buffer or a cache.
 *
 * @since 0.2.0
 */
import { ParameterNotInForce, RuleViolation } from "@osallistava/core/errors"
import * as ReductionGround from "@osallistava/core/reduction-ground"
import * as Result from "effect/Result"
import type { Person } from "../application.js"
import { type Dated, lookup, type Table } from "../parameters/dated.js"
import type { HousingLimit } from "../parameters/housing-limits.js"
import * as T from "../parameters/tables.js"
import * as V from "../parameters/values.js"
import { dateKeyOf, percentOf } from "./mechanisms/arithmetic.js"
import type { ParameterUse, TraceNode } from "./trace.js"

/** @since 0.2.0 */
export type CalculationError = RuleViolation | ParameterNotInForce

/**
 * Every parameter in force in one month.
 *
 * @since 0.1.0
 */
export interface MonthParameters {
  readonly date: string
  readonly single: Dated<number>
  readonly percentages: Dated<T.CategoryPercentages>
  readonly disregard: Dated<T.EarnedIncomeDisregard>
  readonly minorAssistance: Dated<T.MinorAssistanceDisregard> | undefined
  readonly coeliac: Dated<{ readonly amount: number; readonly minimumAge: number }> | undefined
  readonly moving: Dated<{ readonly short: number; readonly long: number }>
  readonly reductions: Dated<T.ReductionRegime>
  readonly housing: Dated<T.HousingLimitRegime>
}

/**
 * Looks up every parameter in force in `month` (`YYYY-MM`). Fails with `ParameterNotInForce` if a required one is
 * missing.
 *
 * @since 0.1.0
 */
export const parametersFor = (month: string): Result.Result<MonthParameters, ParameterNotInForce> => {
  const r = lookupAll(month, sourced)
  return Result.isFailure(r) ? Result.fail(withLastKnown(r.failure)) : r
}

/**
 * {@link parametersFor} for the amount path (`supportCents`, `calculateSupportBatch`): the same entries without their
 * source texts (`parameters/values.ts`), so that the `./amount` bundle carries none (issue #13). Only for a pass without
 * a tracer: the rules read `source` only to build trace nodes.
 */
const amountParametersFor = (month: string): Result.Result<MonthParameters, ParameterNotInForce> => {
  const r = lookupAll(month, valuesOnly)
  return Result.isFailure(r) ? Result.fail(withLastKnown(r.failure)) : r
}

/** The tables every month needs (the others are optional: a missing value means the rule is not in force). */
const requiredTables: ReadonlyArray<V.ValueTable<unknown>> = [
  V.basicAmountSingle,
  V.categoryPercentages,
  V.earnedIncomeDisregard,
  V.movingAllowance,
  V.reductionRegimes,
  V.housingLimitRegimes
]

/** A failure after a table's last value names the last month it is known for (no input value). */
const withLastKnown = (e: ParameterNotInForce): ParameterNotInForce => {
  const t = requiredTables.find((x) => x.name === e.parameter)
  const last = t?.values[t.values.length - 1]
  return last?.validTo != null && e.date > last.validTo
    ? new ParameterNotInForce({ parameter: e.parameter, date: e.date, lastKnownMonth: last.validTo.slice(0, 7) })
    : e
}

/**
 * The last month (`YYYY-MM`) for which every required parameter is confirmed: the earliest end of the tables' last
 * entries. A year is added by adding its dated entries (the package README), never by changing rule code.
 *
 * @since 0.3.0
 */
export const lastKnownMonth = (): string => {
  let end = "9999-12-31"
  for (const t of requiredTables) {
    const to = t.values[t.values.length - 1]?.validTo
    if (to != null && to < end) end = to
  }
  return end.slice(0, 7)
}

/**
 * Which law a month is computed under: `confirmed` (default) only the parameters in force in it, else
 * `ParameterNotInForce`; `lastKnown` an explicit opt-in that computes a month after {@link lastKnownMonth} with that
 * month's values and marks the decision `provisionalLaw` (never silently).
 *
 * @since 0.3.0
 */
export type AssumeLaw = "confirmed" | "lastKnown"

/** Options of `calculate`, `calculateBatch`, `supportCents` and `calculateSupportBatch`. @since 0.3.0 */
export interface LawOptions {
  readonly assumeLaw?: AssumeLaw
}

/** The tables a month is looked up in, and how: the public ones with their sources, or the values alone. */
interface MonthTables {
  readonly find: <A>(table: string, date: string) => Result.Result<Dated<A>, ParameterNotInForce>
}

const sourcedTables: Readonly<Record<string, Table<unknown>>> = {
  basicAmountSingle: T.basicAmountSingle,
  categoryPercentages: T.categoryPercentages,
  earnedIncomeDisregard: T.earnedIncomeDisregard,
  movingAllowance: T.movingAllowance,
  reductionRegimes: T.reductionRegimes,
  housingLimitRegimes: T.housingLimitRegimes,
  minorAssistanceDisregard: T.minorAssistanceDisregard,
  coeliacDietAllowance: T.coeliacDietAllowance
}

const valueTables: Readonly<Record<string, V.ValueTable<unknown>>> = {
  basicAmountSingle: V.basicAmountSingle,
  categoryPercentages: V.categoryPercentages,
  earnedIncomeDisregard: V.earnedIncomeDisregard,
  movingAllowance: V.movingAllowance,
  reductionRegimes: V.reductionRegimes,
  housingLimitRegimes: V.housingLimitRegimes,
  minorAssistanceDisregard: V.minorAssistanceDisregard,
  coeliacDietAllowance: V.coeliacDietAllowance
}

const sourced: MonthTables = {
  find: <A>(table: string, date: string) => lookup(sourcedTables[table] as Table<A>, date)
}

// The amount path's entries have no `source`: typed as `Dated` for the rules, which read it only when tracing (the
// amount path never traces).
const valuesOnly: MonthTables = {
  find: <A>(table: string, date: string) =>
    V.lookupValue(valueTables[table] as V.ValueTable<A>, date) as Result.Result<Dated<A>, ParameterNotInForce>
}

const lookupAll = (month: string, tables: MonthTables): Result.Result<MonthParameters, ParameterNotInForce> => {
  const date = `${month}-01`
  const single = tables.find<number>("basicAmountSingle", date)
  if (Result.isFailure(single)) return Result.fail(single.failure)
  const percentages = tables.find<T.CategoryPercentages>("categoryPercentages", date)
  if (Result.isFailure(percentages)) return Result.fail(percentages.failure)
  const disregard = tables.find<T.EarnedIncomeDisregard>("earnedIncomeDisregard", date)
  if (Result.isFailure(disregard)) return Result.fail(disregard.failure)
  const moving = tables.find<{ readonly short: number; readonly long: number }>("movingAllowance", date)
  if (Result.isFailure(moving)) return Result.fail(moving.failure)
  const reductions = tables.find<T.ReductionRegime>("reductionRegimes", date)
  if (Result.isFailure(reductions)) return Result.fail(reductions.failure)
  const housing = tables.find<T.HousingLimitRegime>("housingLimitRegimes", date)
  if (Result.isFailure(housing)) return Result.fail(housing.failure)
  const minor = tables.find<T.MinorAssistanceDisregard>("minorAssistanceDisregard", date)
  const coeliac = tables.find<{ readonly amount: number; readonly minimumAge: number }>("coeliacDietAllowance", date)
  return Result.succeed({
    date,
    single: single.success,
    percentages: percentages.success,
    disregard: disregard.success,
    minorAssistance: Result.isSuccess(minor) ? minor.success : undefined,
    coeliac: Result.isSuccess(coeliac) ? coeliac.success : undefined,
    moving: moving.success,
    reductions: reductions.success,
    housing: housing.success
  })
}

/**
 * Category index into {@link Month.percentages} and {@link Month.amounts}: adults 0–3, children 4–5 (each child
 * category has three entries, for sibling rank 1, 2 and 3+).
 *
 * @since 0.2.0
 */
export const Cat = { livingAlone: 0, singleParent: 1, otherAdult: 2, adultWithParents: 3 } as const

/**
 * One month, ready for the rules: the parameters, the month as numbers, and the basic amounts of every category
 * and sibling rank (9 §) computed once.
 *
 * @since 0.2.0
 */
export interface Month {
  readonly parameters: MonthParameters
  /** `YYYY-MM`. */
  readonly month: string
  readonly year: number
  readonly monthOfYear: number
  /** The month's first day as YYYYMMDD. */
  readonly dateKey: number
  /**
   * The date of the parameters (`parameters.date`) as YYYYMMDD: the law applied, which for `lawOf` or a reform may be
   * another month's. Trace nodes choose their legal references by it. @since 0.3.0
   */
  readonly lawDateKey: number
  readonly monthIndex: number
  /**
   * Percentages (millionths) by slot: 0 livingAlone, 1 singleParent, 2 otherAdult, 3 adultWithParents,
   * 4–6 child 10–17 of rank 1, 2, 3+, 7–9 child under 10 of rank 1, 2, 3+.
   */
  readonly percentages: Int32Array
  /** The full basic amount in cents by the same slots. */
  readonly amounts: Float64Array
  /** Housing limits in cents by municipality and household size (`-1`: none found), filled on demand. */
  readonly housingLimits: Map<string, Array<number>>
  /**
   * Housing limits in cents by 3-digit municipality code × 16 + household size (`-2`: not looked up yet, `-1`: none),
   * for households of fewer than 16 persons; made on first use (names and larger households use `housingLimits`).
   * @since 0.3.0
   */
  housingLimitsByCode: Int32Array | undefined
  /** The housing-limit rows a trace reports, by municipality and household size, filled when a tracer asks. */
  readonly housingLimitDetails: Map<
    string,
    Array<{ readonly limit: HousingLimit; readonly parameters: ReadonlyArray<ParameterUse> }>
  >
  /** Parameter reads of other trace nodes that depend only on the month (by parameter name), made when a tracer asks. */
  readonly traceParameters: Map<string, ReadonlyArray<ParameterUse>>
  /**
   * Whole-month basic-amount trace nodes, frozen and shared by the decisions of a batch: by person id, then by a
   * number of age, sibling rank, slot and role (`basic-amount-9.ts`), made when a tracer asks. @since 0.3.0
   */
  readonly basicNodes: Map<string, Map<number, TraceNode>>
  /** The parameters a basic-amount trace node reads, by slot, made once per month when a tracer asks. */
  readonly basicParameters: Array<ReadonlyArray<ParameterUse> | undefined>
  /** Core's reduction regime on the month's first day (which grounds need what; read by 10 §), if any. @since 0.3.0 */
  readonly reductionRegime: ReductionGround.Regime | undefined
  /**
   * Set when the month is computed with an earlier month's law (`assumeLaw: "lastKnown"`): that month (`YYYY-MM`).
   * The decision is then flagged `provisionalLaw`. @since 0.3.0
   */
  readonly lawOf?: string
}

/** Slot of a child category of sibling rank 1, 2 or 3+ (`rankIndex` 0, 1, 2). @since 0.2.0 */
export const childSlot = (tenOrOlder: boolean, rankIndex: number): number => (tenOrOlder ? 4 : 7) + rankIndex

/**
 * Prepares `month` (`YYYY-MM`) for the rules.
 *
 * @since 0.2.0
 */
export const monthFor = (month: string, options?: LawOptions): Result.Result<Month, ParameterNotInForce> =>
  monthOf(month, options, parametersFor)

/**
 * {@link monthFor} for the amount path (`amount.ts`): the same month, its parameters without their source texts. Not
 * for a pass with a tracer.
 *
 * @since 0.4.0
 */
export const amountMonthFor = (month: string, options?: LawOptions): Result.Result<Month, ParameterNotInForce> =>
  monthOf(month, options, amountParametersFor)

const monthOf = (
  month: string,
  options: LawOptions | undefined,
  parameters: (month: string) => Result.Result<MonthParameters, ParameterNotInForce>
): Result.Result<Month, ParameterNotInForce> => {
  const P = parameters(month)
  if (Result.isSuccess(P)) return Result.succeed(monthWith(month, P.success))
  const known = lastKnownMonth()
  if (options?.assumeLaw !== "lastKnown" || month <= known) return Result.fail(P.failure)
  const L = parameters(known)
  return Result.isFailure(L) ? Result.fail(L.failure) : Result.succeed({ ...monthWith(month, L.success), lawOf: known })
}

/**
 * Prepares `month` (`YYYY-MM`: the calendar month, for ages and dates) for the rules with the parameters `p`, which
 * may be another month's law or a reform's (`Reform`). `monthFor(m)` is `monthWith(m, parametersFor(m))`.
 *
 * @since 0.3.0
 */
export const monthWith = (month: string, p: MonthParameters): Month => {
  const q = p.percentages.value
  const percentages = Int32Array.from([
    q.livingAlone,
    q.singleParent,
    q.otherAdult,
    q.adultWithParents,
    q.child10to17,
    q.child10to17 - q.secondChildStep,
    q.child10to17 - q.laterChildStep,
    q.childUnder10,
    q.childUnder10 - q.secondChildStep,
    q.childUnder10 - q.laterChildStep
  ])
  const amounts = Float64Array.from(percentages, (pct) => percentOf(p.single.value, pct))
  const year = Number(month.slice(0, 4))
  const monthOfYear = Number(month.slice(5, 7))
  return {
    parameters: p,
    month,
    year,
    monthOfYear,
    dateKey: dateKeyOf(`${month}-01`),
    lawDateKey: dateKeyOf(p.date),
    reductionRegime: ReductionGround.regimeOn(`${month}-01`),
    monthIndex: year * 12 + monthOfYear - 1,
    percentages,
    amounts,
    housingLimits: new Map(),
    housingLimitsByCode: undefined,
    housingLimitDetails: new Map(),
    traceParameters: new Map(),
    basicNodes: new Map(),
    basicParameters: []
  }
}

/** The value a rule returns when the application fails; the error is in {@link Work.failure}. @since 0.2.0 */
export const FAIL = -1

/** Role codes of `Work.roles` (the decoded `role` read once per person). @since 0.3.0 */
export const APPLICANT = 0
/** @since 0.3.0 */
export const SPOUSE = 1
/** @since 0.3.0 */
export const CHILD = 2
/** A role outside the Schema's three (an application not decoded): an adult who is neither applicant nor spouse. */
export const OTHER_ROLE = 3

/** An adult's age not computed yet (only a rule that needs it computes it). @since 0.2.0 */
export const AGE_UNKNOWN = -1

/**
 * Scratch space of one batch: buffers by person and by line, grown on demand, and the failure of the application
 * being calculated. Made per batch (or per single call), never shared.
 *
 * @since 0.2.0
 */
export class Work {
  /** The persons of the application being calculated (read once from it). */
  persons: ReadonlyArray<Person> = []
  /** The number of persons. */
  count = 0
  /** Role code of each person ({@link APPLICANT}, {@link SPOUSE}, {@link CHILD}). */
  roles = new Uint8Array(8)
  /** Id of each person. */
  ids: Array<string> = ["", "", "", "", "", "", "", ""]
  /** Age on the first day of the month, or {@link AGE_UNKNOWN}. */
  ages = new Int32Array(8)
  /** Birth date as YYYYMMDD (set for children and for adults born in the month's year). */
  births = new Int32Array(8)
  /** Accepted basic amount in cents (after reductions). */
  basic = new Float64Array(8)
  /** What is left of a child's own need (basic amount + the child's expense lines), for 11 § 2 mom 2 kohta. */
  need = new Float64Array(8)
  /** Earned income per person. */
  earned = new Float64Array(8)
  /** The person has an earned-income line counted this month. */
  earner = new Uint8Array(8)
  /** Counted amount of each income line. */
  income = new Float64Array(16)
  /** Counted amount of each income line before the children's caps (for the trace). */
  incomeBefore = new Float64Array(16)
  /** Person index of each income line. */
  incomeOwner = new Int32Array(16)
  /** Income class of each line (`IncomeClass`). */
  incomeClass = new Int32Array(16)
  /** Accepted amount of each expense line. */
  expense = new Float64Array(16)
  /** 1 for a capped housing-cost line, 0 otherwise. */
  expenseCapped = new Int32Array(16)
  /** Person index of each expense line (-2: none). */
  expenseOwner = new Int32Array(16)
  /** Counted amount of each asset line. */
  asset = new Float64Array(8)
  /** Person index of each asset line (-2: none). */
  assetOwner = new Int32Array(8)
  /** Person counts of the application. */
  spouses = 0
  children = 0
  /** The last municipality's housing limits (consecutive applications of one municipality skip the Map lookup). */
  lastMunicipality = ""
  lastMonth: Month | undefined = undefined
  lastLimits: Array<number> = []
  /** The error of the failed application (set together with returning {@link FAIL}). */
  failure: CalculationError | undefined = undefined

  /** Makes room for `persons` persons. */
  fitPersons(persons: number): void {
    if (this.ages.length >= persons) return
    const n = persons * 2
    this.roles = new Uint8Array(n)
    this.ages = new Int32Array(n)
    this.births = new Int32Array(n)
    this.basic = new Float64Array(n)
    this.need = new Float64Array(n)
    this.earned = new Float64Array(n)
    this.earner = new Uint8Array(n)
  }

  /** Makes room for `lines` lines in each list. */
  fitLines(lines: number): void {
    if (this.income.length >= lines) return
    const n = lines * 2
    this.income = new Float64Array(n)
    this.incomeBefore = new Float64Array(n)
    this.incomeOwner = new Int32Array(n)
    this.incomeClass = new Int32Array(n)
    this.expense = new Float64Array(n)
    this.expenseCapped = new Int32Array(n)
    this.expenseOwner = new Int32Array(n)
    this.asset = new Float64Array(n)
    this.assetOwner = new Int32Array(n)
  }

  /** Records a rule violation at field path `at` and returns {@link FAIL}. */
  fail(at: string, rule: string, detail: string): number {
    this.failure = new RuleViolation({ at, rule, detail })
    return FAIL
  }
}
