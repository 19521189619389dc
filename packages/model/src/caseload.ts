/**
 * A worker's caseload: cases listed by their next deadline, overdue first.
 *
 * @since 0.1.0
 */
import * as Result from "effect/Result"
import {
  type Deadline,
  type DeadlinePolicy,
  type DeadlinesError,
  defaultPolicy,
  nextDeadline,
  tryDeadlinesOf
} from "./deadlines.js"
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
 * (cases without one last), then by case id. Fails with the first case's
 * failure of `Deadlines.tryDeadlinesOf` (a date that is not a date, a day
 * outside the calendar's tables, a limit not yet in force).
 *
 * @since 0.3.0
 */
export const tryCaseload = (
  cases: Iterable<CaseState>,
  today: string,
  policy: DeadlinePolicy = defaultPolicy
): Result.Result<ReadonlyArray<CaseloadRow>, DeadlinesError> => {
  const rows: Array<CaseloadRow> = []
  for (const c of cases) {
    const r = tryDeadlinesOf(c, today, policy)
    if (Result.isFailure(r)) return Result.fail(r.failure)
    const ds = r.success
    const next = nextDeadline(ds)
    rows.push({
      caseId: c.caseId,
      stage: c.stage,
      ...(next === undefined ? {} : { next }),
      overdue: ds.filter((d) => d.status === "overdue")
    })
  }
  const key = (r: CaseloadRow) => r.next?.due ?? "9999-12-31"
  return Result.succeed(
    rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.caseId < b.caseId ? -1 : 1))
  )
}

/**
 * {@link tryCaseload}, throwing its failure.
 *
 * @throws RuleViolation, YearOutOfRange or ProvisionNotInForce (see `Deadlines.tryDeadlinesOf`).
 * @since 0.3.0
 */
export const unsafeCaseload = (
  cases: Iterable<CaseState>,
  today: string,
  policy: DeadlinePolicy = defaultPolicy
): ReadonlyArray<CaseloadRow> => {
  const r = tryCaseload(cases, today, policy)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * @deprecated Since 0.3.0: use {@link unsafeCaseload} (same behaviour) or {@link tryCaseload} (a `Result`).
 * @since 0.1.0
 */
export const caseload = unsafeCaseload
