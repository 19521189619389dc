/**
 * Social assistance, single-threaded: decisions per second without explanation (fast path) and with explanation,
 * against the hand-written baseline over the same synthetic applications in the same run.
 *
 * @since 0.1.0
 */
import { type Application, calculateBatch, Fast } from "@osallistava/social-assistance"
import { Result } from "effect"
import { plainMonth, plainSupport } from "../baselines/social-assistance.js"
import { type Result as BenchResult, measure } from "../harness.js"
import { application, households, monthsOf } from "../population/index.js"

/** @since 0.1.0 */
export interface Checked {
  readonly results: ReadonlyArray<BenchResult>
  /** Applications where our amount and the baseline's differ (must be 0). */
  readonly mismatches: number
  readonly compared: number
}

/** Month by month, as a national monthly run processes them (every household's January, then February, …). */
const applicationsFor = (seed: number, count: number, year: number): Array<Application.Application> => {
  const out: Array<Application.Application> = []
  const hs = [...households(seed, count, 0, year)]
  for (const m of monthsOf(year)) for (const h of hs) out.push(application(h, m))
  return out
}

/** @since 0.1.0 */
export const run = (seed: number, quick: boolean): Checked => {
  const apps = applicationsFor(seed, quick ? 2_000 : 20_000, 2025)
  const months = new Map(monthsOf(2025).map((m) => [m, plainMonth(m)]))
  const baseline = () => {
    const out = new Float64Array(apps.length)
    for (let i = 0; i < apps.length; i++) out[i] = plainSupport(apps[i]!, months.get(apps[i]!.month)!)
    return out
  }
  // Same numbers first: the fast path and the explained path against the baseline.
  const fast = Fast.calculateSupportBatch(apps)
  const plain = baseline()
  let mismatches = fast.errors.size
  for (let i = 0; i < apps.length; i++) if (fast.supportCents[i] !== plain[i]) mismatches++
  const explainedSample = apps.slice(0, quick ? 2_000 : 24_000)
  const explained = calculateBatch(explainedSample)
  for (let i = 0; i < explained.length; i++) {
    const r = explained[i]!
    if (Result.isFailure(r) || r.success.supportCents !== plain[i]) mismatches++
  }
  const rounds = quick ? 3 : 7
  const noExplanation = measure(
    {
      name: "social assistance: decisions, no explanation (Fast.calculateSupportBatch)",
      unit: "household-months",
      items: apps.length,
      ours: () => Fast.calculateSupportBatch(apps),
      baseline,
      targetPerSecond: 1_000_000,
      targetRatio: 1.5
    },
    rounds
  )
  const sampleBaseline = () => {
    const out = new Float64Array(explainedSample.length)
    for (let i = 0; i < explainedSample.length; i++)
      out[i] = plainSupport(explainedSample[i]!, months.get(explainedSample[i]!.month)!)
    return out
  }
  const withExplanation = measure(
    {
      name: "social assistance: decisions with explanation (calculateBatch)",
      unit: "household-months",
      items: explainedSample.length,
      ours: () => calculateBatch(explainedSample),
      baseline: sampleBaseline
    },
    quick ? 2 : 3
  )
  return { results: [noExplanation, withExplanation], mismatches, compared: apps.length + explained.length }
}
