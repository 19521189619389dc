/**
 * A reform over the synthetic country: households × the 12 months of 2026 under two laws (the law of 2026-02 and the
 * law of 2026-03, i.e. law 26/2026's cut of the basic amount and abolition of the adults' earned-income disregard)
 * with `Reform.Simulation` (both laws on the fast path, with every breakdown), against the same households under one
 * law (`Reform.SingleLaw`, and the public `calculateSupportBatch`) and against a hand-written two-law baseline doing the same bookkeeping plainly. All
 * three run over the same chunk of applications one after the other, chunk by chunk, in one thread and one run; the
 * applications of a chunk are generated before the clocks start. Peak memory is the resident set size sampled after
 * every chunk (the process holds one chunk at a time).
 *
 * @since 0.3.0
 */
import { type Application, calculateSupportBatch, Reform } from "@osallistava/social-assistance"
import { type PlainMonth, plainMonth, plainSupport } from "../baselines/social-assistance.js"
import { consume } from "../harness.js"
import { application, households, monthsOf, type SyntheticHousehold } from "../population/index.js"

/** @since 0.3.0 */
export interface ReformRun {
  readonly households: number
  readonly householdMonths: number
  readonly baselineLaw: string
  readonly reformLaw: string
  /** Seconds inside each variant, summed over chunks (generation not counted). One law: `Reform.SingleLaw`, the
   * same streaming machinery as the simulation with one law (months prepared once per run). */
  readonly oneLawSeconds: number
  /** One law through the public batch path, `calculateSupportBatch` per chunk (months prepared per call). */
  readonly batchOneLawSeconds: number
  readonly twoLawsSeconds: number
  readonly handWrittenSeconds: number
  /** twoLaws / oneLaw (target < 2) and twoLaws / handWritten (target ≤ 1.5). */
  readonly ratioToOneLaw: number
  readonly ratioToHandWritten: number
  readonly generateSeconds: number
  readonly peakRssBytes: number
  readonly peakHeapUsedBytes: number
  /** Support over the year in euros under each law, by ours and by the hand-written baseline. */
  readonly baselineEuros: number
  readonly reformEuros: number
  readonly handWrittenBaselineEuros: number
  readonly handWrittenReformEuros: number
  /** Household-months where ours and the hand-written baseline differ (either law). */
  readonly differences: number
  readonly errors: number
  readonly result: Reform.SimulationResult
}

// ---------------------------------------------------------------------------------------------------------------
// The hand-written two-law baseline: `plainSupport` under two parameter sets (the law month's amounts, the
// application month's date for ages) and the adults' disregard switched off where the law has none, plus the same
// bookkeeping as the simulation (totals, outcomes by household type, number of children, municipality and a 5 €
// income histogram), written out plainly.
// ---------------------------------------------------------------------------------------------------------------

interface PlainLaw {
  readonly byMonth: Map<string, PlainMonth>
}

const plainLaw = (lawMonth: string, months: ReadonlyArray<string>, adultsKeepDisregard: boolean): PlainLaw => {
  const p = plainMonth(lawMonth)
  return {
    byMonth: new Map(
      months.map((m) => [
        m,
        {
          ...p,
          year: Number(m.slice(0, 4)),
          month: Number(m.slice(5, 7)),
          disregardMax: adultsKeepDisregard ? p.disregardMax : 0
        }
      ])
    )
  }
}

const TYPES = 6
const OUT = 6
const BINS = 2_000

class HandWritten {
  baseTotal = 0
  reformTotal = 0
  byType = new Float64Array(TYPES * OUT)
  byChildren = new Float64Array(5 * OUT)
  byMunicipality = new Map<string, Float64Array>()
  income = new Float64Array(BINS * OUT)
  results: Array<number> = []
  constructor(
    readonly base: PlainLaw,
    readonly reform: PlainLaw
  ) {}
  add(app: Application.Application, index: number): void {
    const b = plainSupport(app, this.base.byMonth.get(app.month)!)
    const r = plainSupport(app, this.reform.byMonth.get(app.month)!)
    this.results[2 * index] = b
    this.results[2 * index + 1] = r
    this.baseTotal += b
    this.reformTotal += r
    const o = b > 0 ? (r > 0 ? (r > b ? 2 : r < b ? 3 : 1) : 5) : r > 0 ? 4 : 0
    let spouse = 0
    let children = 0
    let withParents = false
    let units = 0
    const year = Number(app.month.slice(0, 4))
    for (const p of app.persons) {
      if (p.role === "child") children++
      else if (p.role === "spouse") spouse++
      else if (p.livingWithParents) withParents = true
      if (p.role === "applicant") units += 1
      else units += year - Number(p.birthDate.slice(0, 4)) >= 14 ? 0.5 : 0.3
    }
    const type = spouse === 0 && children === 0 ? (withParents ? 1 : 0) : spouse === 1 ? (children === 0 ? 2 : 4) : 3
    this.byType[type * OUT + o]!++
    this.byChildren[Math.min(children, 4) * OUT + o]!++
    let m = this.byMunicipality.get(app.municipality)
    if (m === undefined) {
      m = new Float64Array(OUT)
      this.byMunicipality.set(app.municipality, m)
    }
    m[o]!++
    let inc = 0
    for (const i of app.incomes) inc += i.amount
    this.income[Math.min(BINS - 1, Math.floor(inc / units / 500)) * OUT + o]!++
  }
}

const rss = () => process.memoryUsage()

/**
 * Runs the suite over `householdCount` synthetic households (seed `seed`) × the 12 months of 2026.
 *
 * @since 0.3.0
 */
export const runReform = (seed: number, householdCount: number): ReformRun => {
  const months = monthsOf(2026)
  const baselineLaw = Reform.ofMonth("2026-02")
  const reformLaw = Reform.ofMonth("2026-03")
  const simulation = new Reform.Simulation(baselineLaw, reformLaw)
  const hand = new HandWritten(plainLaw("2026-02", months, true), plainLaw("2026-03", months, false))
  const GROUP = 400
  let group: Array<SyntheticHousehold> = []
  let householdMonths = 0
  let oneNs = 0n
  let batchNs = 0n
  const single = new Reform.SingleLaw(reformLaw)
  let twoNs = 0n
  let handNs = 0n
  let generateNs = 0n
  let differences = 0
  let errors = 0
  let baseCents = 0
  let reformCents = 0
  let peakRss = rss().rss
  let peakHeap = rss().heapUsed
  let round = 0
  const flush = () => {
    if (group.length === 0) return
    let t = process.hrtime.bigint()
    const chunk: Array<Application.Application> = []
    for (const m of months) for (const h of group) chunk.push(application(h, m))
    generateNs += process.hrtime.bigint() - t
    const ours: Array<number> = new Array(chunk.length * 2)
    const one = () => {
      t = process.hrtime.bigint()
      let sum = 0
      for (let i = 0; i < chunk.length; i++) sum += single.support(chunk[i]!)
      consume(sum)
      oneNs += process.hrtime.bigint() - t
      t = process.hrtime.bigint()
      consume(calculateSupportBatch(chunk))
      batchNs += process.hrtime.bigint() - t
    }
    const two = () => {
      t = process.hrtime.bigint()
      for (let i = 0; i < chunk.length; i++) {
        if (simulation.push(chunk[i]!) >= 0) {
          ours[2 * i] = simulation.baselineCents
          ours[2 * i + 1] = simulation.reformCents
        } else {
          ours[2 * i] = -1
          ours[2 * i + 1] = -1
        }
      }
      twoNs += process.hrtime.bigint() - t
    }
    const plain = () => {
      hand.results = new Array(chunk.length * 2)
      t = process.hrtime.bigint()
      for (let i = 0; i < chunk.length; i++) hand.add(chunk[i]!, i)
      handNs += process.hrtime.bigint() - t
    }
    // Alternate the order so that no variant always runs on a warm or a cold cache.
    if (round++ % 2 === 0) {
      one()
      two()
      plain()
    } else {
      plain()
      two()
      one()
    }
    for (let i = 0; i < ours.length; i++) {
      if (ours[i] === -1) errors++
      else if (i % 2 === 0) baseCents += ours[i]!
      else reformCents += ours[i]!
      if (ours[i] !== hand.results[i]) differences++
    }
    householdMonths += chunk.length
    group = []
    const u = rss()
    if (u.rss > peakRss) peakRss = u.rss
    if (u.heapUsed > peakHeap) peakHeap = u.heapUsed
  }
  for (const h of households(seed, householdCount, 0, 2026)) {
    group.push(h)
    if (group.length === GROUP) flush()
  }
  flush()
  const t = process.hrtime.bigint()
  const result = simulation.result()
  twoNs += process.hrtime.bigint() - t
  const s = (ns: bigint) => Number(ns) / 1e9
  return {
    households: householdCount,
    householdMonths,
    baselineLaw: baselineLaw.name,
    reformLaw: reformLaw.name,
    oneLawSeconds: s(oneNs),
    batchOneLawSeconds: s(batchNs),
    twoLawsSeconds: s(twoNs),
    handWrittenSeconds: s(handNs),
    ratioToOneLaw: s(twoNs) / s(oneNs),
    ratioToHandWritten: s(twoNs) / s(handNs),
    generateSeconds: s(generateNs),
    peakRssBytes: Math.max(peakRss, rss().rss),
    peakHeapUsedBytes: peakHeap,
    baselineEuros: Math.round(baseCents) / 100,
    reformEuros: Math.round(reformCents) / 100,
    handWrittenBaselineEuros: Math.round(hand.baseTotal) / 100,
    handWrittenReformEuros: Math.round(hand.reformTotal) / 100,
    differences,
    errors,
    result
  }
}
