/**
 * Social assistance, single-threaded: decisions per second of the one implementation without a tracer
 * (`calculateSupportBatch`), with the structured trace (`Engine.traceBatch` keeping every step of each decision) and as
 * full decisions (`calculateBatch`), against the hand-written baseline over the same synthetic applications in the
 * same run; and the time to render one decision's justification in one language (`Explain.render`).
 *
 * @since 0.1.0
 */
import {
  type Application,
  calculateBatch,
  calculateSupportBatch,
  Engine,
  Explain,
  type Trace
} from "@osallistava/social-assistance"
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

/** A consumer of the structured trace that keeps every node of one decision. */
class KeepNodes {
  readonly nodes: Array<Trace.TraceNode> = []
  node(n: Trace.TraceNode): void {
    this.nodes.push(n)
  }
  flag(): void {}
  line(): void {}
  basic(): void {}
  reduced(): void {}
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
  // Same numbers first: the amount path and the traced path against the baseline.
  const fast = calculateSupportBatch(apps)
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
      name: "social assistance: decisions, no tracer (calculateSupportBatch)",
      unit: "household-months",
      items: apps.length,
      ours: () => calculateSupportBatch(apps),
      baseline,
      targetPerSecond: 2_000_000,
      targetRatio: 1.3
    },
    rounds
  )
  const sampleBaseline = () => {
    const out = new Float64Array(explainedSample.length)
    for (let i = 0; i < explainedSample.length; i++)
      out[i] = plainSupport(explainedSample[i]!, months.get(explainedSample[i]!.month)!)
    return out
  }
  // The structured trace: every node of every decision kept (an array of nodes per decision), no decision lines.
  // One collector object per decision with its methods on the prototype: a tracer made of closures per decision would
  // also time their creation, and under tsx (esbuild `keepNames`) an `Object.defineProperty` for each closure's name.
  const traced = () => {
    const out: Array<ReadonlyArray<Trace.TraceNode>> = new Array(explainedSample.length)
    Engine.traceBatch(explainedSample, (i) => {
      const keep = new KeepNodes()
      out[i] = keep.nodes
      return keep
    })
    return out
  }
  const withTrace = measure(
    {
      name: "social assistance: decisions with the structured trace (Engine.traceBatch, nodes kept)",
      unit: "household-months",
      items: explainedSample.length,
      ours: traced,
      baseline: sampleBaseline,
      targetRatio: 10
    },
    quick ? 2 : 3
  )
  const withExplanation = measure(
    {
      name: "social assistance: full decisions with trace and lines (calculateBatch)",
      unit: "household-months",
      items: explainedSample.length,
      ours: () => calculateBatch(explainedSample),
      baseline: sampleBaseline
    },
    quick ? 2 : 3
  )
  // Rendering: one decision's justification in one language, over the sample's decisions and the three languages.
  const decisions = explained.flatMap((r) => (Result.isSuccess(r) ? [r.success] : [])).slice(0, quick ? 2_000 : 6_000)
  const languages = ["fi", "sv", "en"] as const
  const rendering = measure(
    {
      name: "social assistance: Explain.render, one decision in one language",
      unit: "renders",
      items: decisions.length * 3,
      ours: () => {
        let n = 0
        for (const d of decisions) for (const l of languages) n += Explain.render(d, l).length
        return n
      },
      baseline: () => {
        // plain baseline: the same number of short template strings joined
        let n = 0
        for (const d of decisions) for (const l of languages) n += `${l} ${d.month} ${d.support}`.length
        return n
      },
      targetPerSecond: 50_000
    },
    quick ? 2 : 3
  )
  return {
    results: [noExplanation, withTrace, withExplanation, rendering],
    mismatches,
    compared: apps.length + explained.length
  }
}
