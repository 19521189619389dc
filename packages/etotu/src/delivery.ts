/**
 * A day's delivery: Kela sends notices daily (K4 2017; seed 003: "päivittäin",
 * visible in municipalities the next day). `ingest` takes the decoded records
 * of one delivery and returns what to process, in a stable order, with every
 * bad record, duplicate and conflict accounted for: nothing is lost silently
 * and processing the same delivery twice yields nothing new (idempotent).
 *
 * @since 0.2.0
 */
import type { InputIssue } from "@osallistava/core"
import * as Result from "effect/Result"
import type * as Decode from "./decode.js"
import { Deduplicator } from "./dedupe.js"
import type * as Notice from "./notice.js"
import * as Workflow from "./workflow.js"

/** An accepted notice with the date it becomes visible to the handler. @since 0.2.0 */
export interface Accepted {
  readonly record: number
  readonly notice: Notice.Notice
  readonly visibleOn: string
}

/** The outcome of one delivery. @since 0.2.0 */
export interface Ingested {
  readonly deliveredOn: string
  /** New notices, ordered by visibility date, urgent first, then id. */
  readonly accepted: ReadonlyArray<Accepted>
  readonly duplicates: ReadonlyArray<{ readonly record: number; readonly id: string }>
  /** Same id, different content: needs a person to look (never silently overwritten). */
  readonly conflicts: ReadonlyArray<{ readonly record: number; readonly id: string }>
  readonly bad: ReadonlyArray<{ readonly record: number; readonly issues: ReadonlyArray<InputIssue> }>
}

/**
 * Ingest one delivery. Pass the same `Deduplicator` for every day so a notice
 * redelivered on a later day is recognised.
 *
 * @since 0.2.0
 */
export const ingest = (
  results: Iterable<Decode.RecordResult>,
  deliveredOn: string,
  dedupe: Deduplicator = new Deduplicator()
): Ingested => {
  const accepted: Array<Accepted> = []
  const duplicates: Array<{ record: number; id: string }> = []
  const conflicts: Array<{ record: number; id: string }> = []
  const bad: Array<{ record: number; issues: ReadonlyArray<InputIssue> }> = []
  for (const r of results) {
    if (r._tag === "Bad") {
      bad.push({ record: r.record, issues: r.issues })
      continue
    }
    // A decision date outside the calendar's tables (1900–2100) has no visibility day: a bad record, at decisionDate.
    const visible = Workflow.tryVisibleOn(r.notice)
    if (Result.isFailure(visible)) {
      bad.push({
        record: r.record,
        issues: [{ path: ["decisionDate"], at: "decisionDate", message: visible.failure.message }]
      })
      continue
    }
    const seen = dedupe.offer(r.notice)
    if (seen === "duplicate") duplicates.push({ record: r.record, id: r.notice.id })
    else if (seen === "conflict") conflicts.push({ record: r.record, id: r.notice.id })
    else {
      const v = visible.success
      // A notice can never be visible before it was delivered.
      accepted.push({ record: r.record, notice: r.notice, visibleOn: v < deliveredOn ? deliveredOn : v })
    }
  }
  accepted.sort(
    (a, b) =>
      (a.visibleOn < b.visibleOn ? -1 : a.visibleOn > b.visibleOn ? 1 : 0) ||
      (a.notice.urgency === "urgent" ? 0 : 1) - (b.notice.urgency === "urgent" ? 0 : 1) ||
      (a.notice.id < b.notice.id ? -1 : a.notice.id > b.notice.id ? 1 : 0)
  )
  return { deliveredOn, accepted, duplicates, conflicts, bad }
}
