/**
 * A population under two laws in one pass: each application is calculated under the baseline law and under the
 * reform on the fast batch path (`rules/run.ts` without a tracer), and only counters are kept, so memory does not
 * grow with the number of applications (arrays, iterables and async streams alike). Every figure of the result goes
 * through core's `Disclosure`: counts by the frequency rule with complementary suppression in each table, sums,
 * means and decile limits only over enough households.
 *
 * @example
 * ```ts
 * import { Reform } from "@osallistava/social-assistance"
 * const result = Reform.simulate(applications, Reform.ofMonth("2026-02"), Reform.ofMonth("2026-03"))
 * result.total.changeCents // expenditure change in cents over the applications given
 * ```
 * @since 0.3.0
 */
import { Disclosure, Municipality } from "@osallistava/core"
import * as Result from "effect/Result"
import type { Application } from "../application.js"
import { type CalculationError, FAIL, type Month, Work } from "../rules/context.js"
import { run } from "../rules/run.js"
import { type Law, monthUnder } from "./law.js"

/**
 * What the reform does to one household-month: not receiving under either law, receiving the same, more or less, or
 * starting or stopping to receive.
 *
 * @since 0.3.0
 */
export const outcomes = ["none", "same", "gain", "lose", "start", "stop"] as const

/** @since 0.3.0 */
export type Outcome = (typeof outcomes)[number]

const NONE = 0
const SAME = 1
const GAIN = 2
const LOSE = 3
const START = 4
const STOP = 5
const K = outcomes.length

/**
 * Household types (Act 1412/1997 3 §, 9 §): living alone, an adult living with parents, a couple without children, a
 * single parent, a couple with children, and any other composition.
 *
 * @since 0.3.0
 */
export const householdTypes = [
  "livingAlone",
  "adultWithParents",
  "couple",
  "singleParent",
  "coupleWithChildren",
  "other"
] as const

/** @since 0.3.0 */
export type HouseholdType = (typeof householdTypes)[number]

/** Rows of the breakdown by number of children. @since 0.3.0 */
export const childCounts = ["0", "1", "2", "3", "4+"] as const

/** The type of the household of `app`. @since 0.3.0 */
export const householdTypeOf = (app: Application): HouseholdType => householdTypes[typeIndex(app)]!

const typeIndex = (app: Application): number => {
  let spouses = 0
  let children = 0
  let applicants = 0
  let withParents = false
  const ps = app.persons
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!
    if (p.role === "child") children++
    else if (p.role === "spouse") spouses++
    else {
      applicants++
      if (p.livingWithParents === true) withParents = true
    }
  }
  if (applicants !== 1 || spouses > 1) return 5
  if (spouses === 0 && children === 0) return withParents ? 1 : 0
  if (spouses === 1) return children === 0 ? 2 : 4
  return 3
}

const digit = (s: string, i: number): number => s.charCodeAt(i) - 48

/** Width of an income bin of the decile histogram: 5 € a month per consumption unit (small enough to stay in cache). */
const BIN_CENTS = 500
/** Bins 0 … 9 995 €; higher incomes share the last bin. */
const BINS = 2_000
const UNKNOWN_MUNICIPALITY = "unknown"

/**
 * Monthly income of the household per consumption unit (OECD modified scale: 1 for the applicant, 0.5 for each
 * other person aged 14 or more, 0.3 for each child under 14), in cents: the sum of the application's income lines as
 * given, before any rule of 11 § counts or leaves them out.
 *
 * @since 0.3.0
 */
export const equivalisedIncomeCents = (app: Application, M: Month): number => {
  let income = 0
  const incomes = app.incomes
  for (let i = 0; i < incomes.length; i++) income += incomes[i]!.amount
  let units = 0
  const ps = app.persons
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!
    if (p.role === "applicant" && units === 0) {
      units += 1
      continue
    }
    const b = p.birthDate
    const by = digit(b, 0) * 1000 + digit(b, 1) * 100 + digit(b, 2) * 10 + digit(b, 3)
    const bm = digit(b, 5) * 10 + digit(b, 6)
    const bd = digit(b, 8) * 10 + digit(b, 9)
    const age = M.year - by - (M.monthOfYear < bm || (M.monthOfYear === bm && bd > 1) ? 1 : 0)
    units += age >= 14 ? 0.5 : 0.3
  }
  return units === 0 ? income : income / units
}

class Counts {
  /** Outcome counts by row (`row * K + outcome`). */
  counts: Float64Array
  /** Sum of the change (reform − baseline) in cents by row. */
  change: Float64Array
  constructor(readonly rows: number) {
    this.counts = new Float64Array(rows * K)
    this.change = new Float64Array(rows)
  }
  grow(rows: number): void {
    if (rows <= this.rows) return
    const c = new Float64Array(rows * K)
    c.set(this.counts)
    const d = new Float64Array(rows)
    d.set(this.change)
    this.counts = c
    this.change = d
    ;(this as { rows: number }).rows = rows
  }
  add(row: number, outcome: number, change: number): void {
    this.counts[row * K + outcome]!++
    this.change[row]! += change
  }
}

interface SideSums {
  expenditure: number
  households: number
  persons: number
}

interface MonthSums {
  readonly baseline: SideSums
  readonly reform: SideSums
}

/**
 * Result of one household-month under both laws (what {@link Simulation.add} returns).
 *
 * @since 0.3.0
 */
export type HouseholdResult =
  | {
      readonly _tag: "Calculated"
      readonly baselineCents: number
      readonly reformCents: number
      readonly outcome: Outcome
    }
  | { readonly _tag: "Failed"; readonly law: "baseline" | "reform"; readonly error: CalculationError }

/** A count or a figure after disclosure control: the number, or `null` when suppressed. @since 0.3.0 */
export type Figure = number | null

/** One law's totals over a month or the whole run. @since 0.3.0 */
export interface SideTotals {
  /** Support paid, in cents. */
  readonly expenditureCents: Figure
  /** Households receiving support (support > 0), household-months over the whole run. */
  readonly recipientHouseholds: Disclosure.Cell
  /** Persons in them. */
  readonly recipientPersons: Disclosure.Cell
  /** Mean support of a recipient household in cents. */
  readonly averageCents: Figure
}

/** @since 0.3.0 */
export interface MonthTotals {
  readonly month: string
  readonly baseline: SideTotals
  readonly reform: SideTotals
  readonly changeCents: Figure
}

/** One row of a breakdown. @since 0.3.0 */
export interface BreakdownRow {
  /** The household type, the number of children, the municipality code, or the decile (`1` … `10`). */
  readonly key: string
  /** Household-months calculated under both laws. */
  readonly households: Disclosure.Cell
  readonly outcomes: Readonly<Record<Outcome, Disclosure.Cell>>
  /** Sum of the change of support (reform − baseline) in cents over the row. */
  readonly changeCents: Figure
  /** The change per household whose support changed, in cents. */
  readonly meanChangeCents: Figure
  /** Deciles only: the highest monthly income per consumption unit in the decile, in cents (5 € bins). */
  readonly upperBoundCents?: Figure
}

/** A breakdown: rows × outcomes with the row and column totals, suppressed as one table. @since 0.3.0 */
export interface Breakdown {
  readonly rows: ReadonlyArray<BreakdownRow>
  readonly total: {
    readonly households: Disclosure.Cell
    readonly outcomes: Readonly<Record<Outcome, Disclosure.Cell>>
  }
}

/**
 * The whole result: totals by month and over the run, the annual figures, the breakdowns and the failures.
 *
 * @since 0.3.0
 */
export interface SimulationResult {
  readonly baseline: string
  readonly reform: string
  /** Smallest count shown (`Disclosure`). */
  readonly threshold: number
  /** Household-months read. */
  readonly records: number
  /** Household-months calculated under both laws. */
  readonly calculated: number
  /** Failures by law and rule (a rule id or a parameter name, never a value), each a count after suppression. */
  readonly failures: ReadonlyArray<{
    readonly law: "baseline" | "reform"
    readonly rule: string
    readonly count: Disclosure.Cell
  }>
  readonly months: ReadonlyArray<MonthTotals>
  readonly total: {
    readonly baseline: SideTotals
    readonly reform: SideTotals
    readonly changeCents: Figure
    /** Months in the run and the figures of a year: the sums when the run covers 12 months, else scaled to 12. */
    readonly annual: {
      readonly months: number
      readonly baselineCents: Figure
      readonly reformCents: Figure
      readonly changeCents: Figure
    }
  }
  readonly byHouseholdType: Breakdown
  readonly byChildren: Breakdown
  readonly byMunicipality: Breakdown
  readonly byIncomeDecile: Breakdown
}

/** @since 0.3.0 */
export interface SimulationOptions {
  /** Smallest count shown; default `Disclosure.defaultThreshold` (5). */
  readonly threshold?: number
}

const ruleOf = (e: CalculationError): string =>
  e._tag === "RuleViolation" ? e.rule : `parameter-in-force:${e.parameter}`

/**
 * A simulation in progress: add household-months one at a time, then read {@link Simulation.result}. Holds only
 * counters (by month, household type, number of children, municipality and a 5 € income histogram).
 *
 * @since 0.3.0
 */
export class Simulation {
  private readonly W = new Work()
  private readonly Wr = new Work()
  private readonly baseMonths = new Map<string, Result.Result<Month, CalculationError>>()
  private readonly reformMonths = new Map<string, Result.Result<Month, CalculationError>>()
  private lastMonth = ""
  private lastBase: Result.Result<Month, CalculationError> | undefined
  private lastReform: Result.Result<Month, CalculationError> | undefined
  private lastSums: MonthSums | undefined
  private lastMunicipality = ""
  private lastMunicipalityRow = 0
  private records = 0
  private calculated = 0
  private readonly failures = new Map<string, number>()
  private readonly months = new Map<string, MonthSums>()
  private readonly byType = new Counts(householdTypes.length)
  private readonly byChildren = new Counts(childCounts.length)
  private readonly byMunicipality = new Counts(64)
  private readonly municipalityRows = new Map<string, number>()
  private readonly municipalityKeys: Array<string> = []
  private readonly byIncome = new Counts(BINS)

  constructor(
    readonly baseline: Law,
    readonly reform: Law,
    readonly options: SimulationOptions = {}
  ) {}

  private monthOf(cache: Map<string, Result.Result<Month, CalculationError>>, law: Law, month: string) {
    let m = cache.get(month)
    if (m === undefined) {
      m = monthUnder(law, month)
      cache.set(month, m)
    }
    return m
  }

  private municipalityRow(code: string): number {
    let row = this.municipalityRows.get(code)
    if (row !== undefined) return row
    // Only codes core knows become rows: a free-text municipality is never repeated in a report (nor kept).
    const key = Municipality.findByCode(code) !== undefined ? code : UNKNOWN_MUNICIPALITY
    row = this.municipalityRows.get(key)
    if (row === undefined) {
      row = this.municipalityKeys.length
      this.municipalityKeys.push(key)
      this.municipalityRows.set(key, row)
      if (row >= this.byMunicipality.rows) this.byMunicipality.grow(this.byMunicipality.rows * 2)
    }
    return row
  }

  /**
   * Calculates one decoded application under both laws and counts it.
   *
   * @since 0.3.0
   */
  add(app: Application): HouseholdResult {
    const o = this.push(app)
    return o < 0
      ? { _tag: "Failed", law: this.failedLaw, error: this.failure! }
      : { _tag: "Calculated", baselineCents: this.baselineCents, reformCents: this.reformCents, outcome: outcomes[o]! }
  }

  /** Support under the baseline law of the last application {@link Simulation.push}ed, in cents. */
  baselineCents = 0
  /** Support under the reform of the last application pushed, in cents. */
  reformCents = 0
  /** The law and the error of the last application pushed that failed. */
  failedLaw: "baseline" | "reform" = "baseline"
  failure: CalculationError | undefined = undefined

  /**
   * {@link Simulation.add} without building a result object: returns the index of the outcome in {@link outcomes},
   * or `-1` when a law failed ({@link Simulation.failedLaw}, {@link Simulation.failure}); the two amounts are in
   * {@link Simulation.baselineCents} and {@link Simulation.reformCents}.
   *
   * @since 0.3.0
   */
  push(app: Application): number {
    this.records++
    if (app.month !== this.lastMonth) {
      this.lastMonth = app.month
      this.lastBase = this.monthOf(this.baseMonths, this.baseline, app.month)
      this.lastReform = this.monthOf(this.reformMonths, this.reform, app.month)
      this.lastSums = undefined
    }
    const Mb = this.lastBase!
    const Mr = this.lastReform!
    if (Result.isFailure(Mb)) return this.failed("baseline", Mb.failure)
    if (Result.isFailure(Mr)) return this.failed("reform", Mr.failure)
    // One scratch space per law: each keeps its own last-municipality cache of housing limits.
    const W = this.W
    const b = run(app, Mb.success, W)
    if (b === FAIL) return this.failed("baseline", W.failure!)
    const r = run(app, Mr.success, this.Wr)
    if (r === FAIL) return this.failed("reform", this.Wr.failure!)
    this.calculated++
    const outcome = b > 0 ? (r > 0 ? (r > b ? GAIN : r < b ? LOSE : SAME) : STOP) : r > 0 ? START : NONE
    const change = r - b
    let sums = this.lastSums ?? this.months.get(app.month)
    if (sums === undefined) {
      sums = {
        baseline: { expenditure: 0, households: 0, persons: 0 },
        reform: { expenditure: 0, households: 0, persons: 0 }
      }
      this.months.set(app.month, sums)
    }
    this.lastSums = sums
    const persons = app.persons.length
    if (b > 0) {
      sums.baseline.expenditure += b
      sums.baseline.households++
      sums.baseline.persons += persons
    }
    if (r > 0) {
      sums.reform.expenditure += r
      sums.reform.households++
      sums.reform.persons += persons
    }
    // The family as the rules read it (3 §): one applicant, at most one spouse, the children and their ages.
    const ps = W.persons
    const spouses = W.spouses
    const children = W.children
    const type =
      spouses === 0 && children === 0
        ? ps[0]!.livingWithParents === true
          ? 1
          : 0
        : spouses === 1
          ? children === 0
            ? 2
            : 4
          : 3
    this.byType.add(type, outcome, change)
    this.byChildren.add(Math.min(children, 4), outcome, change)
    const municipality = app.municipality
    if (municipality !== this.lastMunicipality) {
      this.lastMunicipality = municipality
      this.lastMunicipalityRow = this.municipalityRow(municipality)
    }
    this.byMunicipality.add(this.lastMunicipalityRow, outcome, change)
    let units = 1 + 0.5 * spouses
    if (children > 0)
      for (let i = 0; i < ps.length; i++) if (ps[i]!.role === "child") units += W.ages[i]! >= 14 ? 0.5 : 0.3
    let income = 0
    const incomes = app.incomes
    for (let i = 0; i < incomes.length; i++) income += incomes[i]!.amount
    const bin = Math.min(BINS - 1, Math.max(0, Math.floor(income / units / BIN_CENTS)))
    this.byIncome.add(bin, outcome, change)
    this.baselineCents = b
    this.reformCents = r
    return outcome
  }

  private failed(law: "baseline" | "reform", error: CalculationError): number {
    const key = `${law}|${ruleOf(error)}`
    this.failures.set(key, (this.failures.get(key) ?? 0) + 1)
    this.failedLaw = law
    this.failure = error
    return -1
  }

  /**
   * The result so far, every figure after disclosure control.
   *
   * @since 0.3.0
   */
  result(): SimulationResult {
    const o: Disclosure.Options = this.options.threshold === undefined ? {} : { threshold: this.options.threshold }
    const threshold = this.options.threshold ?? Disclosure.defaultThreshold
    const monthKeys = [...this.months.keys()].sort()
    const sums = monthKeys.map((m) => this.months.get(m)!)
    const side = (pick: (s: MonthSums) => SideSums) => {
      const households = Disclosure.line(
        sums.map((s) => pick(s).households),
        o
      )
      const persons = Disclosure.line(
        sums.map((s) => pick(s).persons),
        o
      )
      const expenditure = sums.reduce((a, s) => a + pick(s).expenditure, 0)
      const n = sums.reduce((a, s) => a + pick(s).households, 0)
      const of = (s: SideSums, h: Disclosure.Cell, p: Disclosure.Cell): SideTotals => ({
        expenditureCents: s.households === 0 ? 0 : Disclosure.figure(s.households, s.expenditure, o),
        recipientHouseholds: h,
        recipientPersons: p,
        averageCents: Disclosure.figure(s.households, Math.round(s.expenditure / s.households), o)
      })
      return {
        months: sums.map((s, i) => of(pick(s), households.cells[i]!, persons.cells[i]!)),
        total: of({ expenditure, households: n, persons: 0 }, households.total, persons.total)
      }
    }
    const base = side((s) => s.baseline)
    const reform = side((s) => s.reform)
    const changeOf = (b: SideSums, r: SideSums) =>
      b.households + r.households === 0
        ? 0
        : Disclosure.figure(Math.max(b.households, r.households), r.expenditure - b.expenditure, o)
    const months: Array<MonthTotals> = monthKeys.map((month, i) => ({
      month,
      baseline: base.months[i]!,
      reform: reform.months[i]!,
      changeCents: changeOf(sums[i]!.baseline, sums[i]!.reform)
    }))
    const totalOf = (pick: (s: MonthSums) => SideSums): SideSums =>
      sums.reduce(
        (a, s) => ({
          expenditure: a.expenditure + pick(s).expenditure,
          households: a.households + pick(s).households,
          persons: a.persons + pick(s).persons
        }),
        { expenditure: 0, households: 0, persons: 0 }
      )
    const tb = totalOf((s) => s.baseline)
    const tr = totalOf((s) => s.reform)
    const n = monthKeys.length
    const scale = (c: number | null) => (c === null || n === 0 ? null : Math.round((c * 12) / n))
    const failures = [...this.failures.entries()].map(([k, count]) => {
      const [law, rule] = k.split("|") as ["baseline" | "reform", string]
      return { law, rule, count }
    })
    const failureCells = Disclosure.line(
      failures.map((f) => f.count),
      o
    )
    return {
      baseline: this.baseline.name,
      reform: this.reform.name,
      threshold,
      records: this.records,
      calculated: this.calculated,
      failures: failures.map((f, i) => ({ law: f.law, rule: f.rule, count: failureCells.cells[i]! })),
      months,
      total: {
        baseline: base.total,
        reform: reform.total,
        changeCents: changeOf(tb, tr),
        annual: {
          months: n,
          baselineCents: scale(base.total.expenditureCents),
          reformCents: scale(reform.total.expenditureCents),
          changeCents: scale(changeOf(tb, tr))
        }
      },
      byHouseholdType: breakdown(this.byType, householdTypes, o),
      byChildren: breakdown(this.byChildren, childCounts, o),
      byMunicipality: breakdown(this.byMunicipality, this.municipalityKeys, o),
      byIncomeDecile: deciles(this.byIncome, o)
    }
  }
}

const outcomeCells = (cells: ReadonlyArray<Disclosure.Cell>): Record<Outcome, Disclosure.Cell> =>
  Object.fromEntries(outcomes.map((name, k) => [name, cells[k]!])) as Record<Outcome, Disclosure.Cell>

/** A breakdown of `c` by `keys` (row `rows[i]` of `c` for key `i`), suppressed as one table. */
const breakdown = (
  c: Counts,
  keys: ReadonlyArray<string>,
  o: Disclosure.Options,
  rows: ReadonlyArray<number> = keys.map((_, i) => i),
  extra?: (i: number, n: number) => Partial<BreakdownRow>
): Breakdown => {
  const counts = rows.map((row) => Array.from({ length: K }, (_, k) => c.counts[row * K + k]!))
  const table = counts.length === 0 ? undefined : Disclosure.table(counts, o)
  const zero = Disclosure.cellOf(0, false)
  return {
    rows: rows.map((row, i) => {
      const changed = counts[i]!.reduce((a, v, k) => (k === NONE || k === SAME ? a : a + v), 0)
      const change = c.change[row]!
      return {
        key: keys[i]!,
        households: table!.rowTotals[i]!,
        outcomes: outcomeCells(table!.cells[i]!),
        changeCents: Disclosure.figure(changed, change, o) ?? (changed === 0 ? 0 : null),
        meanChangeCents: Disclosure.figure(changed, Math.round(change / changed), o),
        ...(extra === undefined
          ? {}
          : extra(
              i,
              counts[i]!.reduce((a, v) => a + v, 0)
            ))
      }
    }),
    total: {
      households: table?.total ?? zero,
      outcomes: outcomeCells(table?.columnTotals ?? outcomes.map(() => zero))
    }
  }
}

/** Ten deciles of the income histogram (bins at a decile limit go wholly to the lower decile). */
const deciles = (c: Counts, o: Disclosure.Options): Breakdown => {
  let n = 0
  const binTotal = new Float64Array(BINS)
  for (let b = 0; b < BINS; b++) {
    let t = 0
    for (let k = 0; k < K; k++) t += c.counts[b * K + k]!
    binTotal[b] = t
    n += t
  }
  const d = new Counts(10)
  const upper = new Array<number>(10).fill(-1)
  let before = 0
  for (let b = 0; b < BINS; b++) {
    const t = binTotal[b]!
    if (t === 0) continue
    const decile = Math.min(9, Math.floor((before * 10) / n))
    for (let k = 0; k < K; k++) d.counts[decile * K + k]! += c.counts[b * K + k]!
    d.change[decile]! += c.change[b]!
    upper[decile] = b === BINS - 1 ? -1 : (b + 1) * BIN_CENTS - 1
    before += t
  }
  return breakdown(
    d,
    Array.from({ length: 10 }, (_, i) => String(i + 1)),
    o,
    undefined,
    (i, size) => ({ upperBoundCents: upper[i]! < 0 ? null : Disclosure.figure(size, upper[i]!, o) })
  )
}

/**
 * Support under one law, one application at a time, with the law's months prepared once per run (what
 * {@link Simulation} does for each of its two laws). Returns the support in cents, or `-1` with the error in
 * {@link SingleLaw.failure}.
 *
 * @since 0.3.0
 */
export class SingleLaw {
  private readonly W = new Work()
  private readonly months = new Map<string, Result.Result<Month, CalculationError>>()
  private lastMonth = ""
  private last: Result.Result<Month, CalculationError> | undefined
  /** The error of the last application that failed. */
  failure: CalculationError | undefined = undefined

  constructor(readonly law: Law) {}

  support(app: Application): number {
    if (app.month !== this.lastMonth) {
      this.lastMonth = app.month
      let m = this.months.get(app.month)
      if (m === undefined) {
        m = monthUnder(this.law, app.month)
        this.months.set(app.month, m)
      }
      this.last = m
    }
    const M = this.last!
    if (Result.isFailure(M)) {
      this.failure = M.failure
      return FAIL
    }
    const v = run(app, M.success, this.W)
    if (v === FAIL) this.failure = this.W.failure
    return v
  }
}

/**
 * Simulates `applications` (decoded; an array or any iterable, read once) under `baseline` and `reform`.
 *
 * @since 0.3.0
 */
export const simulate = (
  applications: Iterable<Application>,
  baseline: Law,
  reform: Law,
  options?: SimulationOptions
): SimulationResult => {
  const s = new Simulation(baseline, reform, options)
  for (const app of applications) s.add(app)
  return s.result()
}

/**
 * {@link simulate} over an async stream (e.g. decoded NDJSON lines), one application at a time.
 *
 * @since 0.3.0
 */
export const simulateStream = async (
  applications: AsyncIterable<Application>,
  baseline: Law,
  reform: Law,
  options?: SimulationOptions
): Promise<SimulationResult> => {
  const s = new Simulation(baseline, reform, options)
  for await (const app of applications) s.add(app)
  return s.result()
}
