/**
 * The pathway's own funnel: notices → reached → assessed → plan → evaluated,
 * with the drop-out at each step. The seeds describe where clients are lost:
 * many are never reached by phone or letter (seed 003: eTotu "is not
 * functional enough" to guide clients to social work), some miss appointments,
 * and AVAIN evaluations were made for fewer clients than starts.
 *
 * @since 0.1.0
 */
import { Disclosure } from "@osallistava/core"
import type { CaseState } from "./pathway.js"

/** @since 0.1.0 */
export type FunnelStep =
  | "notified"
  | "reached"
  | "assessed"
  | "planned"
  | "avain-start"
  | "evaluated"
  | "avain-evaluation"

/** @since 0.1.0 */
export const funnelSteps: ReadonlyArray<FunnelStep> = [
  "notified",
  "reached",
  "assessed",
  "planned",
  "avain-start",
  "evaluated",
  "avain-evaluation"
]

const reachedStep: Readonly<Record<FunnelStep, (c: CaseState) => boolean>> = {
  notified: () => true,
  reached: (c) => c.reachedOn !== undefined,
  assessed: (c) => c.assessmentCompletedOn !== undefined,
  planned: (c) => c.firstPlanOn !== undefined,
  "avain-start": (c) => c.avainStartOn !== undefined,
  evaluated: (c) => c.evaluatedOn !== undefined,
  "avain-evaluation": (c) => c.avainEvaluationOn !== undefined
}

/**
 * One step: how many got there, how many of the previous step were lost.
 * Every figure goes through `Disclosure` of `@osallistava/core`: a step's
 * count, the drop-out and the share are `null` when suppressed (the count and
 * the drop-out of a step sum to the previous step, so they are suppressed
 * together with a complement).
 *
 * @since 0.1.0
 */
export interface FunnelRow {
  readonly step: FunnelStep
  /** `null` when suppressed. @since 0.2.0 */
  readonly count: number | null
  /** `null` when suppressed. @since 0.2.0 */
  readonly droppedFromPrevious: number | null
  /** Share of the first step (`notified`); `null` when suppressed or undefined. */
  readonly shareOfNotified: number | null
  readonly cell: Disclosure.Cell
}

/**
 * The funnel over cases. Each case counts at each step it reached, so the counts
 * never increase along the funnel when the steps happen in order.
 *
 * @since 0.1.0
 */
export const funnel = (
  cases: Iterable<CaseState>,
  minCell: number = Disclosure.defaultThreshold
): ReadonlyArray<FunnelRow> => {
  const counts = new Map<FunnelStep, number>(funnelSteps.map((s) => [s, 0]))
  for (const c of cases) for (const s of funnelSteps) if (reachedStep[s](c)) counts.set(s, (counts.get(s) ?? 0) + 1)
  const n = funnelSteps.length
  const count = funnelSteps.map((s) => counts.get(s) ?? 0)
  const dropped = count.map((c, i) => (i === 0 ? 0 : Math.max(0, (count[i - 1] as number) - c)))
  // Values: counts 0..n-1, then drop-outs 1..n-1 at n..2n-2. Line i: count[i] + dropped[i] = count[i-1]
  // (steps happen in order; when they do not, the drop-out is clamped at 0 and the line is left out).
  const values = [...count, ...dropped.slice(1)]
  const lines: Array<Disclosure.Line> = []
  for (let i = 1; i < n; i++)
    if ((count[i] as number) + (dropped[i] as number) === count[i - 1])
      lines.push({ parts: [i, n + i - 1], total: i - 1 })
  const hidden = Disclosure.linked(values, lines, { threshold: minCell })
  const first = count[0] as number
  return funnelSteps.map((step, i) => {
    const c = Disclosure.cellOf(count[i] as number, hidden[i] as boolean)
    const droppedHidden = i > 0 && (hidden[n + i - 1] as boolean)
    return {
      step,
      count: c.count,
      droppedFromPrevious: droppedHidden ? null : (dropped[i] as number),
      shareOfNotified:
        first === 0 || c.suppressed || (hidden[0] as boolean)
          ? null
          : Disclosure.share(count[i] as number, first, { threshold: minCell }),
      cell: c
    }
  })
}
