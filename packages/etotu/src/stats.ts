/**
 * Volume statistics over a stream of notices and cases: counts by type, month,
 * municipality and urgency; time from notice to opening and to first contact
 * (calendar days); share whose first substantive step was within deadline.
 * Cells with fewer than `minCell` (default 5) notices are suppressed (reported
 * as `null`), a common small-cell rule for social-welfare statistics [policy].
 *
 * @since 0.1.0
 */
import { LocalDate } from "@osallistava/core"
import type * as Notice from "./notice.js"
import * as Workflow from "./workflow.js"

/** One cell. @since 0.1.0 */
export interface Cell {
  readonly type: Notice.NoticeType
  readonly month: string
  readonly municipality: string
  readonly urgency: Notice.Urgency
  /** `null` when suppressed. */
  readonly count: number | null
}

/** A distribution summary in days. @since 0.1.0 */
export interface Distribution {
  readonly n: number
  readonly median: number | null
  readonly p90: number | null
}

/** Statistics result. @since 0.1.0 */
export interface Stats {
  readonly total: number
  readonly cells: ReadonlyArray<Cell>
  readonly daysToOpen: Distribution
  readonly daysToFirstContact: Distribution
  /** Share of finished cases whose step was on time; `null` when fewer than `minCell` finished. */
  readonly withinDeadlineShare: number | null
}

const dist = (xs: Array<number>, minCell: number): Distribution => {
  if (xs.length < minCell) return { n: xs.length, median: null, p90: null }
  xs.sort((a, b) => a - b)
  const q = (p: number) => xs[Math.min(xs.length - 1, Math.ceil(p * xs.length) - 1)] as number
  return { n: xs.length, median: q(0.5), p90: q(0.9) }
}

/** Compute statistics in one pass over any (async) iterable. @since 0.1.0 */
export const stats = async (
  items:
    | AsyncIterable<{ notice: Notice.Notice; case?: Workflow.Case }>
    | Iterable<{ notice: Notice.Notice; case?: Workflow.Case }>,
  minCell = 5
): Promise<Stats> => {
  const counts = new Map<string, number>()
  const open: Array<number> = []
  const contact: Array<number> = []
  let total = 0
  let finished = 0
  let onTime = 0
  for await (const { notice: n, case: c } of items) {
    total++
    const key = `${n._tag}|${n.decisionDate.slice(0, 7)}|${n.municipality}|${n.urgency}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
    if (c) {
      const v = LocalDate.unsafeFrom(c.visibleOn)
      if (c.openedOn) open.push(LocalDate.daysBetween(v, LocalDate.unsafeFrom(c.openedOn)))
      if (c.firstContactOn) contact.push(LocalDate.daysBetween(v, LocalDate.unsafeFrom(c.firstContactOn)))
      if (c.doneOn) {
        finished++
        if (!Workflow.isOverdue(c, c.doneOn)) onTime++
      }
    }
  }
  const cells: Array<Cell> = [...counts.entries()].sort().map(([k, v]) => {
    const [type, month, municipality, urgency] = k.split("|") as [Notice.NoticeType, string, string, Notice.Urgency]
    return { type, month, municipality, urgency, count: v < minCell ? null : v }
  })
  return {
    total,
    cells,
    daysToOpen: dist(open, minCell),
    daysToFirstContact: dist(contact, minCell),
    withinDeadlineShare: finished < minCell ? null : onTime / finished
  }
}
