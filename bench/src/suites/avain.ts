/**
 * AVAIN: scoring per plan (`scorePlan`, start + evaluation) and a cohort report over 1 M records through the
 * streaming `reportBuilder`, each against a hand-written baseline in the same run. Records are generated in chunks
 * of 10 000; generating a chunk is timed apart from reporting it.
 *
 * Baselines (hand-written): per plan, the share of evaluated goals at least "fairly well" by a rank table; per cohort,
 * counters of goal areas, supporting/hindering factors and planned methods over start records and attained/evaluated
 * goals per area over evaluation records. The library's report adds Wilson intervals, method and family comparisons
 * (which pair each evaluation with its plan's methods), attrition and the provisional-catalog notice.
 *
 * @since 0.1.0
 */
import { type AvainRecord, type EvaluationRecord, reportBuilder, type StartRecord, scorePlan } from "@osallistava/avain"
import { type Result as BenchResult, measure } from "../harness.js"
import { avainRecords, plan } from "../population/index.js"
import { collect } from "./etotu.js"

const RANK: Readonly<Record<string, number>> = {
  "very-well": 5,
  "fairly-well": 4,
  neither: 3,
  "fairly-poorly": 2,
  "very-poorly": 1
}

const plainPlan = (e: EvaluationRecord | undefined): number => {
  if (e === undefined) return -1
  let attained = 0
  let evaluated = 0
  for (const g of e.goals) {
    if (g.attainment === null) continue
    evaluated++
    if ((RANK[g.attainment] ?? 0) >= 4) attained++
  }
  return evaluated === 0 ? -1 : attained / evaluated
}

/** @since 0.1.0 */
export const runScoring = (seed: number, plans: number, rounds: number): BenchResult => {
  const pairs: Array<[StartRecord, EvaluationRecord | undefined]> = []
  for (let p = 0; p < plans; p++) {
    const [s, e] = plan(seed, p) as unknown as [StartRecord, EvaluationRecord | undefined]
    pairs.push([s, e])
  }
  return measure(
    {
      name: "AVAIN: scoring per plan (scorePlan)",
      unit: "plans",
      items: pairs.length,
      ours: () => {
        let sum = 0
        for (const [s, e] of pairs) sum += scorePlan(s, e).attainment.attained
        return sum
      },
      baseline: () => {
        let sum = 0
        for (const [, e] of pairs) sum += plainPlan(e)
        return sum
      }
    },
    rounds
  )
}

/** @since 0.1.0 */
export interface CohortRun {
  readonly mode: "ours" | "baseline"
  readonly records: number
  readonly reportSeconds: number
  readonly generateSeconds: number
  readonly perSecond: number
  /** Largest heap in use after a full garbage collection (with --expose-gc), sampled every 100 000 records. */
  readonly peakHeapUsedBytes: number
  /** Figures of the result, to compare the two: start records (plans) and evaluated goals in the cohort. */
  readonly started: number
  readonly evaluatedGoals: number
}

class Counts {
  readonly m = new Map<string, number>()
  inc(k: string) {
    this.m.set(k, (this.m.get(k) ?? 0) + 1)
  }
}

/** @since 0.1.0 */
export const runCohort = (seed: number, count: number, mode: "ours" | "baseline"): CohortRun => {
  const CHUNK = 10_000
  const builder = reportBuilder()
  const areas = new Counts()
  const supports = new Counts()
  const hinders = new Counts()
  const methods = new Counts()
  const attained = new Counts()
  const evaluated = new Counts()
  let starts = 0
  let reportNs = 0n
  let generateNs = 0n
  let peak = 0
  let n = 0
  const it = avainRecords(seed, count)
  for (;;) {
    const t0 = process.hrtime.bigint()
    const chunk: Array<AvainRecord> = []
    for (let k = 0; k < CHUNK; k++) {
      const x = it.next()
      if (x.done) break
      chunk.push(x.value as unknown as AvainRecord)
    }
    const t1 = process.hrtime.bigint()
    if (chunk.length === 0) break
    if (mode === "ours") for (const r of chunk) builder.add(r)
    else
      for (const r of chunk) {
        if (r.phase === "start") {
          starts++
          for (const g of r.goals) areas.inc(g.area)
          for (const f of r.factors) (f.direction === "supports" ? supports : hinders).inc(f.code)
          for (const m of r.methods) methods.inc(m.code)
        } else
          for (const g of r.goals) {
            if (g.attainment === null) continue
            evaluated.inc(g.area)
            if ((RANK[g.attainment] ?? 0) >= 4) attained.inc(g.area)
          }
      }
    const t2 = process.hrtime.bigint()
    generateNs += t1 - t0
    reportNs += t2 - t1
    n += chunk.length
    if (n % 100_000 < CHUNK) {
      collect()
      peak = Math.max(peak, process.memoryUsage().heapUsed)
    }
  }
  const t = process.hrtime.bigint()
  let evaluatedGoals = 0
  let started = starts
  if (mode === "ours") {
    const result = builder.result()
    // A cohort of a million records is far above any suppression threshold: a hidden figure here is a bug.
    const denominator = result.attainment.overall.denominator
    const startedPlans = result.population.started
    if (denominator === null || startedPlans === null) throw new Error("bench: the cohort report suppressed a figure")
    evaluatedGoals = denominator
    started = startedPlans
  } else for (const v of evaluated.m.values()) evaluatedGoals += v
  reportNs += process.hrtime.bigint() - t
  const reportSeconds = Number(reportNs) / 1e9
  return {
    mode,
    records: n,
    reportSeconds,
    generateSeconds: Number(generateNs) / 1e9,
    perSecond: n / reportSeconds,
    peakHeapUsedBytes: peak,
    started,
    evaluatedGoals
  }
}
