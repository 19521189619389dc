/**
 * Per-client (per plan) scoring: goal attainment per goal and overall,
 * factor and method summaries, and the change of situational factors
 * between start and evaluation. Plain functions over decoded records; no
 * Effect at run time.
 *
 * Attainment uses the threshold THL reported against, "vähintään melko
 * hyvin" (at least fairly well, S8), as an attainment-level *code* compared
 * by the levels' `rank` in the catalog in force on the evaluation's date.
 *
 * @since 0.1.0
 */
import { type CatalogId, type CatalogIndex, type CatalogSet, catalogSetOn, indexCatalogSet } from "./catalog.js"
import { provisionalCatalogSet } from "./data/provisional.js"
import type { AvainRecord, Direction, EvaluationRecord, StartRecord } from "./record.js"

/** @since 0.1.0 */
export interface ScoreOptions {
  /** Catalog sets by date; default `[provisionalCatalogSet]`. */
  readonly catalogSets?: ReadonlyArray<CatalogSet>
  /** Attainment-level code counted as attained "at least"; default the catalog set's threshold. */
  readonly threshold?: string
}

/** One goal's result. `attained` is `null` when the goal was not evaluated. @since 0.1.0 */
export interface GoalScore {
  readonly goalId: string
  readonly area: string
  /** Goal intent at start (`null` without a start record). */
  readonly intent: string | null
  /** Attainment-level code at evaluation (`null`: not evaluated or no evaluation yet). */
  readonly attainment: string | null
  readonly attained: boolean | null
}

/** A factor's direction at one time point: `both` when recorded as supporting and as hindering. @since 0.1.0 */
export type FactorState = Direction | "both"

/**
 * Change of one situational factor: `improved` (hindering → supporting, or
 * toward it through `both`), `worsened` (the reverse), `unchanged`, `added`
 * (only at evaluation), `dropped` (only at start).
 *
 * @since 0.1.0
 */
export interface FactorChange {
  readonly code: string
  readonly start: FactorState | null
  readonly evaluation: FactorState | null
  readonly change: "improved" | "worsened" | "unchanged" | "added" | "dropped"
}

/** Scores of one client plan. @since 0.1.0 */
export interface PlanScore {
  readonly planId: string
  readonly clientRef: string
  readonly municipality: string
  /** `evaluated`: start and evaluation; `started`: no evaluation yet (attrition); `evaluation-only`: start missing. */
  readonly status: "evaluated" | "started" | "evaluation-only"
  readonly startDate: string | null
  readonly evaluationDate: string | null
  /** Days from start to evaluation. */
  readonly days: number | null
  readonly goals: ReadonlyArray<GoalScore>
  /** Goals attained / goals evaluated; `share` null when none evaluated. */
  readonly attainment: {
    readonly attained: number
    readonly evaluated: number
    readonly notEvaluated: number
    readonly share: number | null
  }
  readonly factors: {
    readonly start: { readonly supports: ReadonlyArray<string>; readonly hinders: ReadonlyArray<string> }
    readonly evaluation: { readonly supports: ReadonlyArray<string>; readonly hinders: ReadonlyArray<string> } | null
    readonly changes: ReadonlyArray<FactorChange>
  }
  readonly methods: {
    readonly planned: ReadonlyArray<string>
    readonly used: ReadonlyArray<string>
    /** Method families of the methods used (or planned, before evaluation). */
    readonly families: ReadonlyArray<string>
  }
  readonly services: { readonly planned: ReadonlyArray<string>; readonly used: ReadonlyArray<string> }
  /** Catalog set version used for the attainment threshold. */
  readonly catalogVersion: string
  /** True when a code of this plan is provisional in that catalog set. */
  readonly provisional: boolean
}

const epochDay = (d: string): number => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86400000

/**
 * Returns a function giving the catalog index in force on a date, caching the
 * last set so that a loop over records does not search each time.
 *
 * @since 0.1.0
 */
export const catalogResolver = (sets: ReadonlyArray<CatalogSet>): ((date: string) => CatalogIndex | undefined) => {
  let last: CatalogIndex | undefined
  return (date) => {
    if (last !== undefined) {
      const s = last.set
      if (date >= s.validFrom && (s.validTo === undefined || date <= s.validTo)) {
        let newer = false
        for (const o of sets) if (o !== s && o.validFrom > s.validFrom && o.validFrom <= date) newer = true
        if (!newer) return last
      }
    }
    const set = catalogSetOn(sets, date)
    last = set === undefined ? undefined : indexCatalogSet(set)
    return last
  }
}

/**
 * Decides attainment against a threshold code using level ranks.
 *
 * @since 0.1.0
 */
export const attainedFn = (index: CatalogIndex, threshold?: string): ((code: string) => boolean) => {
  if (threshold === undefined || threshold === index.set.attainmentThreshold) return index.isAttained
  const t = index.entry("attainment-level", threshold)?.rank
  return (code) => {
    const r = index.entry("attainment-level", code)?.rank
    return t !== undefined && r !== undefined && r >= t
  }
}

const stateValue = (s: FactorState): number => (s === "supports" ? 1 : s === "hinders" ? -1 : 0)

const split = (factors: ReadonlyArray<{ code: string; direction: Direction }>) => {
  const supports: Array<string> = []
  const hinders: Array<string> = []
  for (const f of factors) (f.direction === "supports" ? supports : hinders).push(f.code)
  return { supports, hinders }
}

const NO_CODES: ReadonlyArray<string> = []

const defaultSets: ReadonlyArray<CatalogSet> = [provisionalCatalogSet]
const resolvers = new WeakMap<ReadonlyArray<CatalogSet>, (date: string) => CatalogIndex | undefined>()

/** One cached resolver per catalog-set array, so that `scorePlan` called in a loop does not build one per call. */
const resolverFor = (sets: ReadonlyArray<CatalogSet> = defaultSets): ((date: string) => CatalogIndex | undefined) => {
  let r = resolvers.get(sets)
  if (r === undefined) {
    r = catalogResolver(sets)
    resolvers.set(sets, r)
  }
  return r
}

const codesOf = (xs: ReadonlyArray<{ readonly code: string }>): Array<string> => {
  const out = new Array<string>(xs.length)
  for (let i = 0; i < xs.length; i++) out[i] = (xs[i] as { code: string }).code
  return out
}

const stateOf = (factors: ReadonlyArray<{ code: string; direction: Direction }>, code: string): FactorState | null => {
  let state: FactorState | null = null
  for (let i = 0; i < factors.length; i++) {
    const f = factors[i] as { code: string; direction: Direction }
    if (f.code !== code) continue
    state = state === null || state === f.direction ? f.direction : "both"
  }
  return state
}

const factorChanges = (
  start: ReadonlyArray<{ code: string; direction: Direction }>,
  end: ReadonlyArray<{ code: string; direction: Direction }>
): Array<FactorChange> => {
  const codes: Array<string> = []
  for (const f of start) if (!codes.includes(f.code)) codes.push(f.code)
  for (const f of end) if (!codes.includes(f.code)) codes.push(f.code)
  codes.sort()
  const out = new Array<FactorChange>(codes.length)
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] as string
    const s = stateOf(start, code)
    const e = stateOf(end, code)
    const change =
      s === null
        ? "added"
        : e === null
          ? "dropped"
          : stateValue(e) > stateValue(s)
            ? "improved"
            : stateValue(e) < stateValue(s)
              ? "worsened"
              : "unchanged"
    out[i] = { code, start: s, evaluation: e, change }
  }
  return out
}

const isProvisional = (
  index: CatalogIndex,
  start: StartRecord | undefined,
  evaluation: EvaluationRecord | undefined
): boolean => {
  if (index.provisionalEntries === "all")
    return (
      (start !== undefined &&
        start.goals.length + start.factors.length + start.methods.length + start.services.length > 0) ||
      (evaluation !== undefined &&
        evaluation.goals.length + evaluation.factors.length + evaluation.methods.length + evaluation.services.length >
          0)
    )
  const p = (catalog: CatalogId, code: string) => index.entry(catalog, code)?.provisional !== false
  for (const r of [start, evaluation]) {
    if (r === undefined) continue
    for (const g of r.goals) {
      if (p("goal-area", g.area)) return true
      const i = (g as { intent?: string }).intent
      if (typeof i === "string" && p("goal-intent", i)) return true
      const a = (g as { attainment?: string | null }).attainment
      if (typeof a === "string" && p("attainment-level", a)) return true
    }
    for (const f of r.factors) if (p("factor", f.code)) return true
    for (const m of r.methods) {
      if (p("method", m.code)) return true
      for (const fam of index.familiesOf(m.code)) if (p("method-family", fam)) return true
    }
    for (const list of [r.methods, r.services])
      for (const x of list) {
        const a = (x as { assessment?: string | null }).assessment
        if (typeof a === "string" && p("assessment-level", a)) return true
      }
    for (const x of r.services) if (p("service", x.code)) return true
  }
  return false
}

/**
 * Scores one plan from its start record and (optionally) its evaluation.
 *
 * @since 0.1.0
 */
export const scorePlan = (
  start: StartRecord | undefined,
  evaluation: EvaluationRecord | undefined,
  options: ScoreOptions = {},
  resolve: (date: string) => CatalogIndex | undefined = resolverFor(options.catalogSets)
): PlanScore => {
  const base = (start ?? evaluation) as AvainRecord
  const index = resolve(evaluation?.date ?? base.date)
  const isAttained = index === undefined ? () => false : attainedFn(index, options.threshold)
  const goals: Array<GoalScore> = []
  let attained = 0
  let evaluated = 0
  let notEvaluated = 0
  const evalGoals = evaluation?.goals
  const count = (attainment: string | null): boolean | null => {
    if (attainment === null) {
      notEvaluated++
      return null
    }
    evaluated++
    const ok = isAttained(attainment)
    if (ok) attained++
    return ok
  }
  if (start !== undefined) {
    for (const g of start.goals) {
      let attainment: string | null = null
      if (evalGoals !== undefined)
        for (let i = 0; i < evalGoals.length; i++) {
          const e = evalGoals[i] as { goalId: string; attainment: string | null }
          if (e.goalId === g.goalId) {
            attainment = e.attainment
            break
          }
        }
      goals.push({ goalId: g.goalId, area: g.area, intent: g.intent, attainment, attained: count(attainment) })
    }
    if (evalGoals !== undefined)
      for (const g of evalGoals) {
        let known = false
        for (const s of start.goals) if (s.goalId === g.goalId) known = true
        if (!known)
          goals.push({
            goalId: g.goalId,
            area: g.area,
            intent: null,
            attainment: g.attainment,
            attained: count(g.attainment)
          })
      }
  } else if (evalGoals !== undefined)
    for (const g of evalGoals)
      goals.push({
        goalId: g.goalId,
        area: g.area,
        intent: null,
        attainment: g.attainment,
        attained: count(g.attainment)
      })

  const startFactors = start?.factors ?? []
  const planned = start === undefined ? (NO_CODES as Array<string>) : codesOf(start.methods)
  const used = evaluation === undefined ? (NO_CODES as Array<string>) : codesOf(evaluation.methods)
  const families: Array<string> = []
  if (index !== undefined)
    for (const m of evaluation === undefined ? planned : used)
      for (const f of index.familiesOf(m)) if (!families.includes(f)) families.push(f)
  families.sort()
  return {
    planId: base.planId,
    clientRef: base.clientRef,
    municipality: base.municipality,
    status: start === undefined ? "evaluation-only" : evaluation === undefined ? "started" : "evaluated",
    startDate: start?.date ?? evaluation?.startDate ?? null,
    evaluationDate: evaluation?.date ?? null,
    days: start !== undefined && evaluation !== undefined ? epochDay(evaluation.date) - epochDay(start.date) : null,
    goals,
    attainment: { attained, evaluated, notEvaluated, share: evaluated > 0 ? attained / evaluated : null },
    factors: {
      start: split(startFactors),
      evaluation: evaluation === undefined ? null : split(evaluation.factors),
      changes: evaluation === undefined ? [] : factorChanges(startFactors, evaluation.factors)
    },
    methods: { planned, used, families },
    services: {
      planned: start === undefined ? (NO_CODES as Array<string>) : codesOf(start.services),
      used: evaluation === undefined ? (NO_CODES as Array<string>) : codesOf(evaluation.services)
    },
    catalogVersion: index?.set.version ?? "none",
    provisional: index === undefined ? true : isProvisional(index, start, evaluation)
  }
}

/**
 * Calls `f` with the score of each plan (start and evaluation paired by
 * `planId`) without keeping the scores: for large cohorts where the caller
 * writes each score out. Order: each evaluated plan when its second record
 * arrives, then the plans with one record only, in order of arrival.
 *
 * @since 0.1.0
 */
export const forEachPlanScore = (
  records: Iterable<AvainRecord>,
  f: (score: PlanScore) => void,
  options: ScoreOptions = {}
): void => {
  const resolve = resolverFor(options.catalogSets)
  // Open plans only: a plan is scored and dropped as soon as both its records are seen, so input sorted by
  // plan keeps this map small.
  const open = new Map<string, AvainRecord>()
  for (const r of records) {
    const other = open.get(r.planId)
    if (other === undefined || other.phase === r.phase) {
      if (other !== undefined)
        f(
          scorePlan(
            other.phase === "start" ? other : undefined,
            other.phase === "evaluation" ? other : undefined,
            options,
            resolve
          )
        )
      open.set(r.planId, r)
      continue
    }
    open.delete(r.planId)
    f(
      r.phase === "start"
        ? scorePlan(r, other as EvaluationRecord, options, resolve)
        : scorePlan(other as StartRecord, r, options, resolve)
    )
  }
  for (const r of open.values())
    f(scorePlan(r.phase === "start" ? r : undefined, r.phase === "evaluation" ? r : undefined, options, resolve))
}

/**
 * Scores decoded records per plan (start and evaluation paired by `planId`),
 * in the order of {@link forEachPlanScore}. Validate first ({@link validate}):
 * this function trusts its input.
 *
 * @example
 * ```ts
 * import { score, validate } from "@osallistava/avain"
 * const { records } = validate(inputs)
 * for (const s of score(records)) console.log(s.planId, s.attainment.share)
 * ```
 * @since 0.1.0
 */
export const score = (records: Iterable<AvainRecord>, options: ScoreOptions = {}): ReadonlyArray<PlanScore> => {
  const out: Array<PlanScore> = []
  forEachPlanScore(records, (s) => out.push(s), options)
  return out
}
