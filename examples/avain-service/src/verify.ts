/**
 * Consistency checks of a database file, for operators after a crash and for
 * the crash test: SQLite's own `integrity_check`, foreign keys, and that
 * every committed batch holds exactly the records it created (no batch is
 * half-written) and every record belongs to a committed batch.
 *
 * @since 0.1.0
 */
import type { Db } from "./database.js"

/** @since 0.1.0 */
export interface VerifyReport {
  readonly ok: boolean
  /** `["ok"]` when the file is sound. */
  readonly integrity: ReadonlyArray<string>
  readonly foreignKeyViolations: number
  readonly records: number
  readonly batches: number
  /** Batches whose record count differs from what they committed. */
  readonly incompleteBatches: ReadonlyArray<{
    readonly batchId: string
    readonly expected: number
    readonly found: number
  }>
  /** Records whose body is not valid JSON or disagrees with its indexed columns. */
  readonly inconsistentRecords: number
}

/** @since 0.1.0 */
export const verifyDatabase = (db: Db): VerifyReport => {
  const integrity = db.prepare("PRAGMA integrity_check").pluck().all() as Array<string>
  const foreignKeyViolations = (db.prepare("PRAGMA foreign_key_check").all() as Array<unknown>).length
  const records = Number(db.prepare("SELECT count(*) FROM records").pluck().get())
  const batches = Number(db.prepare("SELECT count(*) FROM batches").pluck().get())
  const incompleteBatches = (
    db
      .prepare(
        `SELECT b.batch_id AS batchId, b.record_count AS expected, count(r.record_id) AS found
         FROM batches b LEFT JOIN records r ON r.batch_id = b.batch_id
         GROUP BY b.batch_id HAVING count(r.record_id) <> b.record_count`
      )
      .all() as Array<{ batchId: string; expected: number; found: number }>
  ).map((r) => ({ batchId: r.batchId, expected: r.expected, found: r.found }))
  const inconsistentRecords = Number(
    db
      .prepare(
        `SELECT count(*) FROM records WHERE NOT json_valid(body)
           OR json_extract(body, '$.recordId') IS NOT record_id
           OR json_extract(body, '$.planId') IS NOT plan_id
           OR json_extract(body, '$.phase') IS NOT phase
           OR json_extract(body, '$.date') IS NOT record_date`
      )
      .pluck()
      .get()
  )
  return {
    ok:
      integrity.length === 1 &&
      integrity[0] === "ok" &&
      foreignKeyViolations === 0 &&
      incompleteBatches.length === 0 &&
      inconsistentRecords === 0,
    integrity,
    foreignKeyViolations,
    records,
    batches,
    incompleteBatches,
    inconsistentRecords
  }
}
