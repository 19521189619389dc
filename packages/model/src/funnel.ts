/**
 * The pathway's own funnel: notices → reached → assessed → plan → evaluated,
 * with the drop-out at each step. The seeds describe where clients are lost:
 * many are never reached by phone or letter (seed 003: eTotu "is not
 * functional enough" to guide clients to social work), some miss appointments,
 * and AVAIN evaluations were made for fewer clients than starts.
 *
 * @since 0.1.0
 */
import type { CaseState } from "./pathway.js"
import { type Cell, cell, defaultMinCell } from "./suppression.js"

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

/** One step: how many got there, how many of the previous step were lost. @since 0.1.0 */
export interface FunnelRow {
  readonly step: FunnelStep
  readonly count: number
  readonly droppedFromPrevious: number
  /** Share of the first step (`notified`). */
  readonly shareOfNotified: number | null
  readonly cell: Cell
}

/**
 * The funnel over cases. Each case counts at each step it reached, so the counts
 * never increase along the funnel when the steps happen in order.
 *
 * @since 0.1.0
 */
export const funnel = (cases: Iterable<CaseState>, minCell: number = defaultMinCell): ReadonlyArray<FunnelRow> => {
  const counts = new Map<FunnelStep, number>(funnelSteps.map((s) => [s, 0]))
  for (const c of cases) for (const s of funnelSteps) if (reachedStep[s](c)) counts.set(s, (counts.get(s) ?? 0) + 1)
  const first = counts.get("notified") ?? 0
  return funnelSteps.map((step, i) => {
    const count = counts.get(step) ?? 0
    const prev = i === 0 ? count : (counts.get(funnelSteps[i - 1] as FunnelStep) ?? 0)
    return {
      step,
      count,
      droppedFromPrevious: Math.max(0, prev - count),
      shareOfNotified: first === 0 ? null : count / first,
      cell: cell(count, minCell)
    }
  })
}
