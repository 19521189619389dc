/**
 * Cohort reports: prevalence of goal areas, situational factors (supporting
 * and hindering apart), methods and services as shares of clients (the shape
 * of Kuvio 3–5 in THL's 2018 interim report, N=148, S3); attainment rate per
 * goal area against THL's threshold "vähintään melko hyvin" (S8) with Wilson
 * 95 % intervals; attainment with and without each method and method family
 * (both denominators, descriptive only, S4); attrition. Every figure carries
 * its numerator and denominator.
 *
 * Built by a streaming {@link ReportBuilder} whose state is a fixed set of
 * counters keyed by catalog code: memory does not grow with the number of
 * records, and two builders over disjoint cohorts merge into the builder of
 * their union (counts add; the client mean is kept as exact per-denominator
 * sums, so a merged report equals the report of the union exactly).
 *
 * Unit: one start record = one client plan = one client in the cohort (a
 * client with two plan cycles in the period counts twice; THL's N=148 was
 * clients with one AVAIN record each).
 *
 * @since 0.1.0
 */
import {
  type CatalogId,
  type CatalogIndex,
  type CatalogSet,
  catalogIds,
  indexCatalogSet,
  type Label
} from "./catalog.js"
import { provisionalCatalogSet } from "./data/provisional.js"
import type { AvainRecord } from "./record.js"
import { attainedFn, catalogResolver } from "./score.js"
import { type Proportion, type ProportionWithInterval, proportion, proportionWithInterval } from "./stats.js"

/**
 * Cohort filters. A record is in the cohort when it passes all given filters.
 *
 * - `municipalities`: municipality codes
 * - `period`: the plan's start date (a start record's `date`, an evaluation's
 *   `startDate`) within `from`–`to` inclusive, so starts and evaluations of
 *   the same plans are selected together
 * - `methodFamily`: the record lists a method of this family (planned at
 *   start, used at evaluation)
 * - `clientPresent`: only records made with (true) or without (false) the client
 *
 * @since 0.1.0
 */
export interface ReportFilters {
  readonly municipalities?: ReadonlyArray<string>
  readonly period?: { readonly from?: string; readonly to?: string }
  readonly methodFamily?: string
  readonly clientPresent?: boolean
}

/** @since 0.1.0 */
export interface ReportOptions {
  readonly filters?: ReportFilters
  /** Catalog sets by date (attainment threshold, method families); default `[provisionalCatalogSet]`. */
  readonly catalogSets?: ReadonlyArray<CatalogSet>
  /** Catalog set whose labels the report uses; default the latest of `catalogSets`. */
  readonly labels?: CatalogSet
  /** Attainment-level code counted as attained "at least"; default each catalog set's threshold ("fairly-well"). */
  readonly threshold?: string
}

/** A category's share of clients. @since 0.1.0 */
export interface PrevalenceRow extends Proportion {
  readonly code: string
  readonly label: Label
}

/** Attainment of one goal area: attained / evaluated goals, with goals left unevaluated. @since 0.1.0 */
export interface AttainmentRow extends ProportionWithInterval {
  readonly code: string
  readonly label: Label
  /**
   * Goals set at start in the area without an attainment level: recorded as not
   * evaluated (`null`), left out of the evaluation record, or in a plan not
   * evaluated (attrition, docs/avain/reference.md § 6). Equals the sum of the plans'
   * `attainment.notEvaluated` of {@link score} for valid, paired records.
   */
  readonly notEvaluated: number
}

/** Attainment (goals) of plans with and without a method or family. Descriptive, not causal. @since 0.1.0 */
export interface ComparisonRow {
  readonly kind: "method" | "family"
  readonly code: string
  readonly label: Label
  readonly with: ProportionWithInterval & { readonly plans: number }
  readonly without: ProportionWithInterval & { readonly plans: number }
  /** `with.share − without.share`, `null` when either is undefined. */
  readonly difference: number | null
}

/** @since 0.1.0 */
export interface CohortReport {
  readonly reportVersion: 1
  readonly catalogVersion: string
  readonly filters: ReportFilters
  readonly threshold: { readonly code: string; readonly label: Label }
  readonly population: {
    /** Start records in the cohort: the denominator of every prevalence. */
    readonly started: number
    readonly evaluated: number
  }
  readonly prevalence: {
    readonly goalAreas: ReadonlyArray<PrevalenceRow>
    readonly factorsSupporting: ReadonlyArray<PrevalenceRow>
    readonly factorsHindering: ReadonlyArray<PrevalenceRow>
    readonly methodsPlanned: ReadonlyArray<PrevalenceRow>
    readonly methodFamiliesPlanned: ReadonlyArray<PrevalenceRow>
    readonly services: ReadonlyArray<PrevalenceRow>
    /** Methods used, as a share of evaluated plans. */
    readonly methodsUsed: ReadonlyArray<PrevalenceRow>
  }
  readonly attainment: {
    /** All evaluated goals; `notEvaluated` is the sum over goal areas (see {@link AttainmentRow}). */
    readonly overall: ProportionWithInterval & { readonly notEvaluated: number }
    readonly byArea: ReadonlyArray<AttainmentRow>
    /** Mean over evaluated plans of each plan's share of goals attained. */
    readonly clientMean: { readonly plans: number; readonly mean: number | null }
    /** Distribution of attainment levels of evaluated goals. */
    readonly levels: ReadonlyArray<PrevalenceRow>
  }
  readonly comparison: ReadonlyArray<ComparisonRow>
  /** Started but not evaluated (keskeyttäneet / ei arviointia). */
  readonly attrition: Proportion
  readonly provisional: {
    readonly inUse: boolean
    readonly entries: ReadonlyArray<{ readonly catalog: CatalogId; readonly code: string }>
    readonly notice: Label
  }
  readonly notes: ReadonlyArray<Label>
}

class Counter {
  readonly m = new Map<string, number>()
  inc(code: string, by = 1): void {
    this.m.set(code, (this.m.get(code) ?? 0) + by)
  }
  get(code: string): number {
    return this.m.get(code) ?? 0
  }
  addAll(o: Counter): void {
    for (const [k, v] of o.m) this.inc(k, v)
  }
}

interface Tally {
  plans: number
  attained: number
  evaluated: number
}

/**
 * A streaming cohort report: `add` records one at a time (any order),
 * `merge` another builder, `result` at any time.
 *
 * @since 0.1.0
 */
export interface ReportBuilder {
  readonly add: (record: AvainRecord) => void
  readonly addAll: (records: Iterable<AvainRecord>) => ReportBuilder
  /** Adds the counts of `other` (a builder over a disjoint cohort, same options). */
  readonly merge: (other: ReportBuilder) => ReportBuilder
  readonly result: () => CohortReport
  /** @internal */
  readonly state: State
}

interface State {
  started: number
  evaluated: number
  goalAreas: Counter
  supports: Counter
  hinders: Counter
  methodsPlanned: Counter
  familiesPlanned: Counter
  services: Counter
  methodsUsed: Counter
  areaAttained: Counter
  areaEvaluated: Counter
  areaNotEvaluated: Counter
  /** Goals set at start, by area (not one per plan as `goalAreas`). */
  areaSet: Counter
  /** Goals listed in evaluation records (with a level or `null`), by area. */
  areaListed: Counter
  levels: Counter
  attained: number
  evaluatedGoals: number
  /** Plans with ≥1 evaluated goal, by number of evaluated goals d: Σ attained (exact client mean). */
  clientByDenominator: Map<number, { plans: number; attained: number }>
  totals: Tally
  methodWith: Map<string, Tally>
  familyWith: Map<string, Tally>
  used: { [K in CatalogId]: Set<string> }
}

const newState = (): State => ({
  started: 0,
  evaluated: 0,
  goalAreas: new Counter(),
  supports: new Counter(),
  hinders: new Counter(),
  methodsPlanned: new Counter(),
  familiesPlanned: new Counter(),
  services: new Counter(),
  methodsUsed: new Counter(),
  areaAttained: new Counter(),
  areaEvaluated: new Counter(),
  areaNotEvaluated: new Counter(),
  areaSet: new Counter(),
  areaListed: new Counter(),
  levels: new Counter(),
  attained: 0,
  evaluatedGoals: 0,
  clientByDenominator: new Map(),
  totals: { plans: 0, attained: 0, evaluated: 0 },
  methodWith: new Map(),
  familyWith: new Map(),
  used: Object.fromEntries(catalogIds.map((id) => [id, new Set<string>()])) as { [K in CatalogId]: Set<string> }
})

const tally = (m: Map<string, Tally>, code: string, attained: number, evaluated: number): void => {
  const t = m.get(code)
  if (t === undefined) m.set(code, { plans: 1, attained, evaluated })
  else {
    t.plans++
    t.attained += attained
    t.evaluated += evaluated
  }
}

const notice: Label = {
  fi: "Huom. raportissa on käytössä alustavia koodeja, joita ei ole vahvistettu THL:n virallisesta koodistosta.",
  sv: "Obs. rapporten använder preliminära koder som inte har bekräftats mot THL:s officiella kodverk.",
  en: "Note: the report uses provisional codes not confirmed against THL's official code lists."
}

const notes: ReadonlyArray<Label> = [
  {
    fi: "Osuudet ovat monivalintaisia: yhdellä asiakkaalla voi olla useita tavoitteita, tekijöitä ja menetelmiä, joten summa voi ylittää 100 %.",
    sv: "Andelarna är flervalsandelar: en klient kan ha flera mål, faktorer och metoder, så summan kan överstiga 100 %.",
    en: "Shares are multi-response: a client can have several goals, factors and methods, so they may sum to more than 100 %."
  },
  {
    fi: "Vertailu menetelmän kanssa ja ilman kuvaa eroja, ei syy-seuraussuhdetta; tulokset ovat sidoksissa asiakkaiden tilanteeseen.",
    sv: "Jämförelsen med och utan en metod beskriver skillnader, inte orsakssamband; resultaten är bundna till klienternas situation.",
    en: "The comparison with and without a method describes differences, not effects; results depend on the clients' situations."
  }
]

/**
 * Makes an empty streaming report builder.
 *
 * @example
 * ```ts
 * import { reportBuilder } from "@osallistava/avain"
 * const b = reportBuilder({ filters: { municipalities: ["837"] } })
 * for await (const record of myValidatedRecordStream) b.add(record)
 * const report = b.result()
 * ```
 * @since 0.1.0
 */
export const reportBuilder = (options: ReportOptions = {}): ReportBuilder => {
  const sets = options.catalogSets ?? [provisionalCatalogSet]
  const resolve = catalogResolver(sets)
  const f = options.filters ?? {}
  const municipalities = f.municipalities === undefined ? undefined : new Set(f.municipalities)
  const from = f.period?.from
  const to = f.period?.to
  const family = f.methodFamily
  const present = f.clientPresent
  const s = newState()
  let lastIndex: CatalogIndex | undefined
  let isAttained: (code: string) => boolean = () => false
  /** Scratch list of a record's method families, reused so that `add` allocates nothing per record. */
  const fams: Array<string> = []

  const add = (r: AvainRecord): void => {
    if (municipalities !== undefined && !municipalities.has(r.municipality)) return
    if (present !== undefined && r.clientPresent !== present) return
    const planStart = r.phase === "start" ? r.date : r.startDate
    if (from !== undefined && planStart < from) return
    if (to !== undefined && planStart > to) return
    const index = resolve(r.date)
    if (index === undefined) return
    if (index !== lastIndex) {
      lastIndex = index
      isAttained = attainedFn(index, options.threshold)
    }
    if (family !== undefined) {
      let has = false
      for (let i = 0; i < r.methods.length && !has; i++) {
        const fams = index.familiesOf((r.methods[i] as { code: string }).code)
        for (let j = 0; j < fams.length; j++) if (fams[j] === family) has = true
      }
      if (!has) return
    }
    const used = s.used
    if (r.phase === "start") {
      s.started++
      const goals = r.goals
      for (let i = 0; i < goals.length; i++) {
        const a = (goals[i] as { area: string }).area
        s.areaSet.inc(a)
        used["goal-intent"].add((goals[i] as { intent: string }).intent)
        let dup = false
        for (let j = 0; j < i; j++) if ((goals[j] as { area: string }).area === a) dup = true
        if (!dup) s.goalAreas.inc(a)
      }
      const factors = r.factors
      for (let i = 0; i < factors.length; i++) {
        const fa = factors[i] as { code: string; direction: string }
        ;(fa.direction === "supports" ? s.supports : s.hinders).inc(fa.code)
      }
      fams.length = 0
      for (let i = 0; i < r.methods.length; i++) {
        const code = (r.methods[i] as { code: string }).code
        s.methodsPlanned.inc(code)
        const fs = index.familiesOf(code)
        for (let j = 0; j < fs.length; j++) if (!fams.includes(fs[j] as string)) fams.push(fs[j] as string)
      }
      for (let j = 0; j < fams.length; j++) s.familiesPlanned.inc(fams[j] as string)
      for (let i = 0; i < r.services.length; i++) {
        s.services.inc((r.services[i] as { code: string }).code)
      }
      return
    }
    s.evaluated++
    let att = 0
    let ev = 0
    const goals = r.goals
    for (let i = 0; i < goals.length; i++) {
      const g = goals[i] as { area: string; attainment: string | null }
      s.areaListed.inc(g.area)
      if (g.attainment === null) {
        s.areaNotEvaluated.inc(g.area)
        continue
      }
      ev++
      s.levels.inc(g.attainment)
      s.areaEvaluated.inc(g.area)
      if (isAttained(g.attainment)) {
        att++
        s.areaAttained.inc(g.area)
      }
    }
    s.attained += att
    s.evaluatedGoals += ev
    if (ev > 0) {
      const c = s.clientByDenominator.get(ev)
      if (c === undefined) s.clientByDenominator.set(ev, { plans: 1, attained: att })
      else {
        c.plans++
        c.attained += att
      }
    }
    s.totals.plans++
    s.totals.attained += att
    s.totals.evaluated += ev
    fams.length = 0
    for (let i = 0; i < r.methods.length; i++) {
      const code = (r.methods[i] as { code: string }).code
      s.methodsUsed.inc(code)
      tally(s.methodWith, code, att, ev)
      const fs = index.familiesOf(code)
      for (let j = 0; j < fs.length; j++) if (!fams.includes(fs[j] as string)) fams.push(fs[j] as string)
    }
    for (let j = 0; j < fams.length; j++) tally(s.familyWith, fams[j] as string, att, ev)
    for (let i = 0; i < r.services.length; i++) used.service.add((r.services[i] as { code: string }).code)
    for (let i = 0; i < r.factors.length; i++) used.factor.add((r.factors[i] as { code: string }).code)
    for (const list of [r.methods, r.services])
      for (let i = 0; i < list.length; i++) {
        const a = (list[i] as { assessment?: string | null }).assessment
        if (typeof a === "string") used["assessment-level"].add(a)
      }
  }

  const builder: ReportBuilder = {
    state: s,
    add,
    addAll: (records) => {
      for (const r of records) add(r)
      return builder
    },
    merge: (other) => {
      const o = other.state
      s.started += o.started
      s.evaluated += o.evaluated
      for (const k of [
        "goalAreas",
        "supports",
        "hinders",
        "methodsPlanned",
        "familiesPlanned",
        "services",
        "methodsUsed",
        "areaAttained",
        "areaEvaluated",
        "areaNotEvaluated",
        "areaSet",
        "areaListed",
        "levels"
      ] as const)
        s[k].addAll(o[k])
      s.attained += o.attained
      s.evaluatedGoals += o.evaluatedGoals
      for (const [d, c] of o.clientByDenominator) {
        const mine = s.clientByDenominator.get(d)
        if (mine === undefined) s.clientByDenominator.set(d, { ...c })
        else {
          mine.plans += c.plans
          mine.attained += c.attained
        }
      }
      s.totals.plans += o.totals.plans
      s.totals.attained += o.totals.attained
      s.totals.evaluated += o.totals.evaluated
      for (const [m, t] of [
        [s.methodWith, o.methodWith],
        [s.familyWith, o.familyWith]
      ] as const)
        for (const [code, x] of t) {
          const mine = m.get(code)
          if (mine === undefined) m.set(code, { ...x })
          else {
            mine.plans += x.plans
            mine.attained += x.attained
            mine.evaluated += x.evaluated
          }
        }
      for (const id of catalogIds) for (const c of o.used[id]) s.used[id].add(c)
      return builder
    },
    result: () => buildReport(s, options, sets)
  }
  return builder
}

const byShare = <T extends { share: number | null; code: string }>(a: T, b: T): number =>
  (b.share ?? -1) - (a.share ?? -1) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)

const buildReport = (s: State, options: ReportOptions, sets: ReadonlyArray<CatalogSet>): CohortReport => {
  const labelSet =
    options.labels ?? sets.reduce((a, b) => (b.validFrom > a.validFrom ? b : a), sets[0] ?? provisionalCatalogSet)
  const ix = indexCatalogSet(labelSet)
  const label = (catalog: CatalogId, code: string): Label =>
    ix.entry(catalog, code)?.label ?? { fi: code, sv: code, en: code }
  const rows = (c: Counter, catalog: CatalogId, denominator: number): Array<PrevalenceRow> =>
    [...c.m].map(([code, n]) => ({ code, label: label(catalog, code), ...proportion(n, denominator) })).sort(byShare)
  const areas = new Set([...s.areaEvaluated.m.keys(), ...s.areaNotEvaluated.m.keys(), ...s.areaSet.m.keys()])
  // Not evaluated = recorded `null` + goals set at start that no evaluation record lists (left out, or the plan
  // was not evaluated). Validation guarantees every listed goal exists at start with the same area; the clamp only
  // guards cohorts whose filters keep an evaluation but not its start.
  const notEvaluatedIn = (code: string): number =>
    s.areaNotEvaluated.get(code) + Math.max(0, s.areaSet.get(code) - s.areaListed.get(code))
  let notEvaluatedAll = 0
  const byArea: Array<AttainmentRow> = [...areas]
    .map((code) => {
      const notEvaluated = notEvaluatedIn(code)
      notEvaluatedAll += notEvaluated
      return {
        code,
        label: label("goal-area", code),
        ...proportionWithInterval(s.areaAttained.get(code), s.areaEvaluated.get(code)),
        notEvaluated
      }
    })
    .sort(byShare)
  let clientPlans = 0
  let clientSum = 0
  for (const d of [...s.clientByDenominator.keys()].sort((a, b) => a - b)) {
    const c = s.clientByDenominator.get(d) as { plans: number; attained: number }
    clientPlans += c.plans
    clientSum += c.attained / d
  }
  const comparisonRows = (m: Map<string, Tally>, kind: "method" | "family"): Array<ComparisonRow> =>
    [...m]
      .map(([code, t]) => {
        const w = { plans: t.plans, ...proportionWithInterval(t.attained, t.evaluated) }
        const wo = {
          plans: s.totals.plans - t.plans,
          ...proportionWithInterval(s.totals.attained - t.attained, s.totals.evaluated - t.evaluated)
        }
        return {
          kind,
          code,
          label: label(kind === "method" ? "method" : "method-family", code),
          with: w,
          without: wo,
          difference: w.share === null || wo.share === null ? null : w.share - wo.share
        }
      })
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
  const usedCodes: { [K in CatalogId]: Set<string> } = {
    "goal-area": new Set([...s.goalAreas.m.keys(), ...s.areaEvaluated.m.keys(), ...s.areaNotEvaluated.m.keys()]),
    "goal-intent": s.used["goal-intent"],
    "attainment-level": new Set(s.levels.m.keys()),
    factor: new Set([...s.supports.m.keys(), ...s.hinders.m.keys(), ...s.used.factor]),
    method: new Set([...s.methodsPlanned.m.keys(), ...s.methodsUsed.m.keys()]),
    "method-family": new Set([...s.familiesPlanned.m.keys(), ...s.familyWith.keys()]),
    service: new Set([...s.services.m.keys(), ...s.used.service]),
    "assessment-level": s.used["assessment-level"]
  }
  const entries: Array<{ catalog: CatalogId; code: string }> = []
  for (const id of catalogIds)
    for (const code of [...usedCodes[id]].sort())
      if (ix.entry(id, code)?.provisional !== false) entries.push({ catalog: id, code })
  const thresholdCode = options.threshold ?? labelSet.attainmentThreshold
  return {
    reportVersion: 1,
    catalogVersion: labelSet.version,
    filters: options.filters ?? {},
    threshold: { code: thresholdCode, label: label("attainment-level", thresholdCode) },
    population: { started: s.started, evaluated: s.evaluated },
    prevalence: {
      goalAreas: rows(s.goalAreas, "goal-area", s.started),
      factorsSupporting: rows(s.supports, "factor", s.started),
      factorsHindering: rows(s.hinders, "factor", s.started),
      methodsPlanned: rows(s.methodsPlanned, "method", s.started),
      methodFamiliesPlanned: rows(s.familiesPlanned, "method-family", s.started),
      services: rows(s.services, "service", s.started),
      methodsUsed: rows(s.methodsUsed, "method", s.evaluated)
    },
    attainment: {
      overall: { ...proportionWithInterval(s.attained, s.evaluatedGoals), notEvaluated: notEvaluatedAll },
      byArea,
      clientMean: { plans: clientPlans, mean: clientPlans > 0 ? clientSum / clientPlans : null },
      levels: rows(s.levels, "attainment-level", s.evaluatedGoals)
    },
    comparison: [...comparisonRows(s.familyWith, "family"), ...comparisonRows(s.methodWith, "method")],
    attrition: proportion(Math.max(0, s.started - s.evaluated), s.started),
    provisional: { inUse: entries.length > 0, entries, notice },
    notes
  }
}

/**
 * The cohort report of `records` (validated first; see {@link validate}).
 *
 * @example
 * ```ts
 * import { report, validate } from "@osallistava/avain"
 * const r = report(validate(inputs).records, { filters: { clientPresent: true } })
 * r.attainment.byArea[0] // { code, label, numerator, denominator, share, ci95, notEvaluated }
 * ```
 * @since 0.1.0
 */
export const report = (records: Iterable<AvainRecord>, options: ReportOptions = {}): CohortReport =>
  reportBuilder(options).addAll(records).result()
