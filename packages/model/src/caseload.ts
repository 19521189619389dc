/**
 * A worker's caseload: cases listed by their next deadline, overdue first.
 *
 * @since 0.1.0
 */
import { type Deadline, type DeadlinePolicy, deadlinesOf, defaultPolicy, nextDeadline } from "./deadlines.js"
import type { CaseState, Stage } from "./pathway.js"

/** @since 0.1.0 */
export interface CaseloadRow {
  readonly caseId: string
  readonly stage: Stage
  readonly next?: Deadline
  readonly overdue: ReadonlyArray<Deadline>
}

/**
 * Rows for the cases, sorted by the due date of the next open deadline
 * (cases without one last), then by case id.
 *
 * @since 0.1.0
 */
export const caseload = (
  cases: Iterable<CaseState>,
  today: string,
  policy: DeadlinePolicy = defaultPolicy
): ReadonlyArray<CaseloadRow> => {
  const rows: Array<CaseloadRow> = []
  for (const c of cases) {
    const ds = deadlinesOf(c, today, policy)
    const next = nextDeadline(ds)
    rows.push({
      caseId: c.caseId,
      stage: c.stage,
      ...(next === undefined ? {} : { next }),
      overdue: ds.filter((d) => d.status === "overdue")
    })
  }
  const key = (r: CaseloadRow) => r.next?.due ?? "9999-12-31"
  return rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.caseId < b.caseId ? -1 : 1))
}
