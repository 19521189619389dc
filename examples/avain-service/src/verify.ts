/**
 * Consistency checks of a database file, for operators after a crash and for
 * the crash test: SQLite's own `integrity_check`, foreign keys, and that
 * every committed batch holds exactly the records it created (no batch is
 * half-written) and every record belongs to a committed batch; and that the
 * access log agrees with the records: every stored record has the access-log
 * row written in its transaction, no row claims a record that is not there,
 * and the table's append-only triggers are in place.
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
  readonly accessLogRows: number
  /** Records (stored since schema version 2) without the access-log row of the request that stored them. */
  readonly recordsWithoutAccessLog: number
  /** Access-log rows of a successful store whose record is not in the database. */
  readonly accessLogWithoutRecord: number
  /** Whether the triggers that refuse UPDATE and DELETE on the access log exist. */
  readonly accessLogAppendOnly: boolean
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
  // A file not yet migrated to schema version 2 (the service migrates at start) has no access log: not ok.
  const hasAccessLog =
    db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'access_log'").pluck().get() === 1
  if (!hasAccessLog)
    return {
      ok: false,
      integrity,
      foreignKeyViolations,
      records,
      batches,
      incompleteBatches,
      inconsistentRecords,
      accessLogRows: 0,
      recordsWithoutAccessLog: records,
      accessLogWithoutRecord: 0,
      accessLogAppendOnly: false
    }
  const accessLogRows = Number(db.prepare("SELECT count(*) FROM access_log").pluck().get())
  const recordsWithoutAccessLog = Number(
    db
      .prepare(
        `SELECT count(*) FROM records r JOIN batches b ON b.batch_id = r.batch_id
         WHERE r.org_code <> 'unassigned' AND NOT EXISTS (
           SELECT 1 FROM access_log a WHERE a.request_id = b.request_id AND a.action = 'store-records'
             AND a.result = 'ok' AND a.org_code = r.org_code AND a.target_id = r.record_id)`
      )
      .pluck()
      .get()
  )
  const accessLogWithoutRecord = Number(
    db
      .prepare(
        `SELECT count(*) FROM access_log a WHERE a.action = 'store-records' AND a.result = 'ok' AND NOT EXISTS (
           SELECT 1 FROM records r WHERE r.org_code = a.org_code AND r.record_id = a.target_id)`
      )
      .pluck()
      .get()
  )
  const triggers = new Set(
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'access_log'")
      .pluck()
      .all() as Array<string>
  )
  const accessLogAppendOnly = triggers.has("access_log_no_update") && triggers.has("access_log_no_delete")
  return {
    ok:
      integrity.length === 1 &&
      integrity[0] === "ok" &&
      foreignKeyViolations === 0 &&
      incompleteBatches.length === 0 &&
      inconsistentRecords === 0 &&
      recordsWithoutAccessLog === 0 &&
      accessLogWithoutRecord === 0 &&
      accessLogAppendOnly,
    integrity,
    foreignKeyViolations,
    records,
    batches,
    incompleteBatches,
    inconsistentRecords,
    accessLogRows,
    recordsWithoutAccessLog,
    accessLogWithoutRecord,
    accessLogAppendOnly
  }
}
