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
 * Disclosure control (`Disclosure` of `@osallistava/core`, threshold
 * `minCell`, default 5): started / evaluated / not evaluated are one line
 * with its total; a share is shown only when its denominator reaches the
 * threshold and neither its numerator nor the rest is a small cell; every
 * attainment figure (per area, overall, client mean, levels, comparisons) is
 * shown only when the number of evaluated **plans** it is computed from
 * reaches the threshold, so 1 evaluated plan among 5 005 started shows no
 * attainment at all. A suppressed figure is `null` with `suppressed: true`.
 *
 * @since 0.1.0
 */

import * as Disclosure from "@osallistava/core/disclosure"
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
import { wilsonInterval } from "./stats.js"

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
  /**
   * Threshold of the frequency rule (`Disclosure.defaultThreshold` = 5, Statistics Finland's rule, see
   * `docs/privacy/disclosure-control.md`); 1 turns suppression off (only for data the reader may see anyway). A
   * value that is not a whole number ≥ 1 (0, 2.5) fails closed: every figure is suppressed. Check one read from
   * input with core's `Disclosure.checkThreshold` (a `Result` naming the field).
   * @since 0.2.0
   */
  readonly minCell?: number
}

/**
 * A share with the counts it comes from, after disclosure control: all of
 * `numerator`, `denominator` and `share` are `null` when suppressed.
 * `share` is also `null` when the denominator is 0.
 *
 * @since 0.2.0
 */
export interface ReportedProportion {
  readonly numerator: number | null
  readonly denominator: number | null
  readonly share: number | null
  readonly suppressed: boolean
}

/** A reported proportion with its Wilson 95 % interval (`null` when suppressed or undefined). @since 0.2.0 */
export interface ReportedProportionWithInterval extends ReportedProportion {
  readonly ci95: { readonly low: number; readonly high: number } | null
}

/** A category's share of clients. @since 0.1.0 */
export interface PrevalenceRow extends ReportedProportion {
  readonly code: string
  readonly label: Label
}

/** Attainment of one goal area: attained / evaluated goals, with goals left unevaluated. @since 0.1.0 */
export interface AttainmentRow extends ReportedProportionWithInterval {
  readonly code: string
  readonly label: Label
  /** Evaluated plans with a goal of the area evaluated: the count the row is computed from. @since 0.2.0 */
  readonly plans: number | null
  /**
   * Goals set at start in the area without an attainment level: recorded as not
   * evaluated (`null`), left out of the evaluation record, or in a plan not
   * evaluated (attrition, docs/avain/reference.md § 6). Equals the sum of the plans'
   * `attainment.notEvaluated` of {@link score} for valid, paired records.
   * `null` when suppressed (a small count, or the row is suppressed).
   */
  readonly notEvaluated: number | null
}

/** Attainment (goals) of plans with and without a method or family. Descriptive, not causal. @since 0.1.0 */
export interface ComparisonRow {
  readonly kind: "method" | "family"
  readonly code: string
  readonly label: Label
  readonly with: ReportedProportionWithInterval & { readonly plans: number | null }
  readonly without: ReportedProportionWithInterval & { readonly plans: number | null }
  /** `with.share − without.share`, `null` when either is undefined. */
  readonly difference: number | null
}

/** @since 0.1.0 */
export interface CohortReport {
  readonly reportVersion: 1
  readonly catalogVersion: string
  readonly filters: ReportFilters
  readonly threshold: { readonly code: string; readonly label: Label }
  /** Threshold of the frequency rule the report was made with. @since 0.2.0 */
  readonly minCell: number
  readonly population: {
    /** Start records in the cohort: the denominator of every prevalence; `null` when suppressed. */
    readonly started: number | null
    readonly evaluated: number | null
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
    readonly overall: ReportedProportionWithInterval & {
      readonly notEvaluated: number | null
      /** Evaluated plans with ≥ 1 goal evaluated: the count the figure is computed from. @since 0.2.0 */
      readonly plans: number | null
    }
    readonly byArea: ReadonlyArray<AttainmentRow>
    /** Mean over evaluated plans of each plan's share of goals attained. */
    readonly clientMean: { readonly plans: number | null; readonly mean: number | null }
    /** Distribution of attainment levels of evaluated goals. */
    readonly levels: ReadonlyArray<PrevalenceRow>
  }
  readonly comparison: ReadonlyArray<ComparisonRow>
  /** Started but not evaluated (keskeyttäneet / ei arviointia). */
  readonly attrition: ReportedProportion
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
  /** Evaluated plans with ≥ 1 evaluated goal in the area. */
  areaPlans: Counter
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
  areaPlans: new Counter(),
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
  /** Scratch list of the areas with an evaluated goal in one evaluation record. */
  const evAreas: Array<string> = []

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
    evAreas.length = 0
    for (let i = 0; i < goals.length; i++) {
      const g = goals[i] as { area: string; attainment: string | null }
      s.areaListed.inc(g.area)
      if (g.attainment === null) {
        s.areaNotEvaluated.inc(g.area)
        continue
      }
      ev++
      if (!evAreas.includes(g.area)) {
        evAreas.push(g.area)
        s.areaPlans.inc(g.area)
      }
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
        "levels",
        "areaPlans"
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

const hiddenProportion: ReportedProportionWithInterval = {
  numerator: null,
  denominator: null,
  share: null,
  suppressed: true,
  ci95: null
}

/**
 * A share after disclosure control: shown when the denominator cell is shown,
 * `persons` (the people it is computed from) reach the threshold and
 * `Disclosure.shareShown` accepts numerator and denominator.
 */
const reported = (
  numerator: number,
  denominator: number,
  denominatorShown: boolean,
  persons: number,
  o: Disclosure.Options
): ReportedProportionWithInterval => {
  if (denominator === 0 && denominatorShown)
    return { numerator, denominator, share: null, suppressed: false, ci95: null }
  if (
    !denominatorShown ||
    Disclosure.figure(persons, true, o) === null ||
    !Disclosure.shareShown(numerator, denominator, o)
  )
    return hiddenProportion
  return {
    numerator,
    denominator,
    share: numerator / denominator,
    suppressed: false,
    ci95: wilsonInterval(numerator, denominator)
  }
}

const plain = ({ ci95: _, ...p }: ReportedProportionWithInterval): ReportedProportion => p

const buildReport = (s: State, options: ReportOptions, sets: ReadonlyArray<CatalogSet>): CohortReport => {
  const minCell = options.minCell ?? Disclosure.defaultThreshold
  const o: Disclosure.Options = { threshold: minCell }
  const labelSet =
    options.labels ?? sets.reduce((a, b) => (b.validFrom > a.validFrom ? b : a), sets[0] ?? provisionalCatalogSet)
  const ix = indexCatalogSet(labelSet)
  const label = (catalog: CatalogId, code: string): Label =>
    ix.entry(catalog, code)?.label ?? { fi: code, sv: code, en: code }
  // Started = evaluated + not evaluated: one line with its total.
  const notEvaluatedPlans = Math.max(0, s.started - s.evaluated)
  const population =
    s.evaluated <= s.started
      ? Disclosure.line([s.evaluated, notEvaluatedPlans], o)
      : { cells: [Disclosure.single(s.evaluated, o), Disclosure.single(0, o)], total: Disclosure.single(s.started, o) }
  const startedShown = !population.total.suppressed
  const evaluatedShown = !(population.cells[0] as Disclosure.Cell).suppressed
  const rows = (c: Counter, catalog: CatalogId, denominator: number, shown: boolean): Array<PrevalenceRow> =>
    [...c.m]
      .map(([code, n]) => ({
        code,
        label: label(catalog, code),
        ...plain(reported(n, denominator, shown, denominator, o))
      }))
      .sort(byShare)
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
      const plans = s.areaPlans.get(code)
      const p = reported(s.areaAttained.get(code), s.areaEvaluated.get(code), true, plans, o)
      return {
        code,
        label: label("goal-area", code),
        ...p,
        // Plan counts could add up to the evaluated count: only shown when that count is.
        plans: p.suppressed || !evaluatedShown ? null : plans,
        notEvaluated: p.suppressed || Disclosure.isPrimary(notEvaluated, o) ? null : notEvaluated
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
  const enoughPlans = Disclosure.figure(clientPlans, true, o) !== null
  const comparisonRows = (m: Map<string, Tally>, kind: "method" | "family"): Array<ComparisonRow> =>
    [...m]
      .map(([code, t]) => {
        const withoutPlans = s.totals.plans - t.plans
        // With + without = all evaluated plans: if either side is small, both hide.
        const sides = Disclosure.line([t.plans, withoutPlans], o)
        // With + without = the evaluated plans: shown only when that count is shown too.
        const bothShown = evaluatedShown && !sides.cells.some((c) => c.suppressed) && !sides.total.suppressed
        const w = bothShown ? reported(t.attained, t.evaluated, true, t.plans, o) : hiddenProportion
        const wo = bothShown
          ? reported(s.totals.attained - t.attained, s.totals.evaluated - t.evaluated, true, withoutPlans, o)
          : hiddenProportion
        const shown = !w.suppressed && !wo.suppressed
        return {
          kind,
          code,
          label: label(kind === "method" ? "method" : "method-family", code),
          with: { plans: shown ? t.plans : null, ...(shown ? w : hiddenProportion) },
          without: { plans: shown ? withoutPlans : null, ...(shown ? wo : hiddenProportion) },
          difference: !shown || w.share === null || wo.share === null ? null : w.share - wo.share
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
  const overall = reported(s.attained, s.evaluatedGoals, true, clientPlans, o)
  // Levels of evaluated goals sum to the overall denominator: one line, and nothing when too few plans.
  const levelCodes = [...s.levels.m.keys()]
  const levelLine = Disclosure.line(
    levelCodes.map((c) => s.levels.get(c)),
    o
  )
  const levels: Array<PrevalenceRow> = levelCodes
    .map((code, i) => {
      const n = s.levels.get(code)
      const hidden = !enoughPlans || overall.suppressed || (levelLine.cells[i] as Disclosure.Cell).suppressed
      return {
        code,
        label: label("attainment-level", code),
        ...(hidden
          ? plain(hiddenProportion)
          : plain(reported(n, s.evaluatedGoals, true, clientPlans, { threshold: 1 })))
      }
    })
    .sort(byShare)
  const attrition = reported(notEvaluatedPlans, s.started, startedShown, s.started, o)
  return {
    reportVersion: 1,
    catalogVersion: labelSet.version,
    filters: options.filters ?? {},
    threshold: { code: thresholdCode, label: label("attainment-level", thresholdCode) },
    minCell,
    population: { started: population.total.count, evaluated: (population.cells[0] as Disclosure.Cell).count },
    prevalence: {
      goalAreas: rows(s.goalAreas, "goal-area", s.started, startedShown),
      factorsSupporting: rows(s.supports, "factor", s.started, startedShown),
      factorsHindering: rows(s.hinders, "factor", s.started, startedShown),
      methodsPlanned: rows(s.methodsPlanned, "method", s.started, startedShown),
      methodFamiliesPlanned: rows(s.familiesPlanned, "method-family", s.started, startedShown),
      services: rows(s.services, "service", s.started, startedShown),
      methodsUsed: rows(s.methodsUsed, "method", s.evaluated, evaluatedShown)
    },
    attainment: {
      overall: {
        ...overall,
        notEvaluated: overall.suppressed || Disclosure.isPrimary(notEvaluatedAll, o) ? null : notEvaluatedAll,
        plans: overall.suppressed || !evaluatedShown ? null : clientPlans
      },
      byArea,
      clientMean: {
        plans: enoughPlans && evaluatedShown ? clientPlans : null,
        mean: Disclosure.figure(clientPlans, clientPlans > 0 ? clientSum / clientPlans : null, o)
      },
      levels
    },
    comparison: [...comparisonRows(s.familyWith, "family"), ...comparisonRows(s.methodWith, "method")],
    attrition: plain(attrition.suppressed ? hiddenProportion : attrition),
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
