/**
 * The record store: validates a batch against what is already stored and
 * writes it in one immediate transaction, or writes nothing.
 *
 * - Validation uses `@osallistava/avain`'s validator over the stored records
 *   of the plans the batch touches followed by the batch, so an evaluation
 *   may follow a start stored earlier, and a second start for a stored plan
 *   is refused (`one-start-per-plan`).
 * - Idempotent: a record whose `recordId` is stored with the same content
 *   (free text aside) is reported `unchanged`, so a client that lost an
 *   acknowledgement (crash, timeout) simply sends the batch again. The same id
 *   with other content is a `record-id-conflict`.
 * - All or nothing: one bad record rejects the batch; nothing is written.
 *
 * @since 0.1.0
 */
import { randomUUID } from "node:crypto"
import {
  type AvainRecord,
  type AvainRuleViolation,
  decodeRecord,
  type EvaluationRecord,
  makeValidator,
  type StartRecord
} from "@osallistava/avain"
import { Result } from "effect"
import type { Organisation } from "./auth.js"
import { canonicalJson, withoutFreeText } from "./canonical.js"
import { catalogSets } from "./catalogs.js"
import type { Db } from "./database.js"
import { echoableId, identifierIssues } from "./privacy.js"

/** One problem with one record of a batch. @since 0.1.0 */
export interface BatchIssue {
  /** Position of the record in the batch (0-based): an error never repeats an input value, ids included. */
  readonly record: number
  /** Field path, `(root)` for the record itself. */
  readonly at: string
  /** Rule identifier (the avain package's rules, plus `record-id-conflict`). */
  readonly rule: string
  readonly detail: string
}

/** What a stored batch reports per record. @since 0.1.0 */
export interface StoredRecord {
  readonly recordId: string
  readonly status: "created" | "unchanged"
}

/** A record of a batch about to commit, for the access log (called inside the write transaction). @since 0.2.0 */
export interface WrittenRecord extends StoredRecord {
  readonly clientRef: string
}

/** @since 0.1.0 */
export type StoreResult =
  | {
      readonly ok: true
      readonly batchId: string | null
      readonly created: number
      readonly unchanged: number
      readonly records: ReadonlyArray<StoredRecord>
    }
  | { readonly ok: false; readonly conflictOnly: boolean; readonly issues: ReadonlyArray<BatchIssue> }

/** Test-only fault injection: stall (synchronously) after writing this many rows of a batch. @since 0.1.0 */
export interface FaultInjection {
  readonly stallAfterRows: number
  readonly stallMs: number
  readonly onStall: (rows: number) => void
}

const safeId = echoableId

/** A validator issue as a batch issue, at the record's position in the batch. @since 0.1.0 */
export const fromViolation = (v: AvainRuleViolation, record: number): BatchIssue => ({
  record,
  at: v.at,
  rule: v.rule,
  detail: v.detail
})

/** Cohort selection pushed down to SQL (the report re-applies every filter). @since 0.1.0 */
export interface CohortQuery {
  readonly municipalities?: ReadonlyArray<string>
  readonly from?: string
  readonly to?: string
}

/** @since 0.1.0 */
export interface RecordStore {
  /**
   * Validates and stores a batch for `org`. `inTransaction` runs inside the
   * write transaction after the rows are written (the access log): when it
   * throws, nothing is stored.
   */
  readonly store: (
    inputs: ReadonlyArray<unknown>,
    requestId: string,
    org: Organisation,
    inTransaction?: (records: ReadonlyArray<WrittenRecord>) => void
  ) => StoreResult
  /** A record of `org`; another organisation's record is `undefined`, exactly like a missing one. */
  readonly get: (org: string, recordId: string) => AvainRecord | undefined
  /** The records of a plan of `org`. */
  readonly plan: (
    org: string,
    planId: string
  ) => { start: StartRecord | undefined; evaluation: EvaluationRecord | undefined }
  /** The records of `org` in the selection. */
  readonly cohort: (org: string, q: CohortQuery) => IterableIterator<AvainRecord>
}

/**
 * Makes the store over an open database.
 *
 * @since 0.1.0
 */
export const makeRecordStore = (db: Db, fault?: FaultInjection): RecordStore => {
  // Every query names the organisation: one indexed lookup whether the id is missing or another's.
  const byId = db.prepare("SELECT body FROM records WHERE org_code = ? AND record_id = ?").pluck()
  const byPlan = db.prepare("SELECT body FROM records WHERE org_code = ? AND plan_id = ? ORDER BY phase DESC").pluck()
  const insertBatch = db.prepare(
    "INSERT INTO batches (batch_id, request_id, record_count, committed_at, org_code) VALUES (?, ?, ?, ?, ?)"
  )
  const insertRecord = db.prepare(
    `INSERT INTO records (org_code, record_id, plan_id, client_ref, municipality, phase, record_date, plan_start_date,
       format_version, body, batch_id, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )

  const validateAndWrite = (
    inputs: ReadonlyArray<unknown>,
    requestId: string,
    org: Organisation,
    inTransaction?: (records: ReadonlyArray<WrittenRecord>) => void
  ): StoreResult => {
    const own = new Set(org.municipalities)
    const v = makeValidator({ catalogSets })
    // 1. the stored records of every plan the batch touches, so cross-batch rules hold
    const plans = new Set<string>()
    for (const input of inputs) {
      const planId = safeId((input as { planId?: unknown } | null)?.planId)
      if (planId !== null) plans.add(planId)
    }
    let offset = 0
    for (const planId of plans)
      for (const body of byPlan.all(org.code, planId) as Array<string>) {
        v.add(JSON.parse(body))
        offset++
      }
    // 2. the batch
    const issues: Array<BatchIssue> = []
    const position: Array<number> = [] // validator position - offset → batch index
    const outcome: Array<{ status: "created" | "unchanged"; record: AvainRecord; body: string } | undefined> = []
    inputs.forEach((input, i) => {
      const refused = identifierIssues(input)
      if (refused.length > 0) {
        for (const x of refused) issues.push({ record: i, ...x })
        return
      }
      const stored = byId.get(org.code, safeId((input as { recordId?: unknown } | null)?.recordId)) as
        | string
        | undefined
      if (stored !== undefined) {
        const decoded = decodeRecord(input)
        if (Result.isSuccess(decoded)) {
          const body = canonicalJson(withoutFreeText(decoded.success))
          if (body === stored) {
            outcome[i] = { status: "unchanged", record: decoded.success, body }
            return
          }
          issues.push({
            record: i,
            at: "recordId",
            rule: "record-id-conflict",
            detail: "A different record with this id is already stored"
          })
          return
        }
      }
      position.push(i)
      const check = v.add(input)
      for (const issue of check.issues)
        if (issue.record >= offset) issues.push(fromViolation(issue, position[issue.record - offset] as number))
      if (check.record !== undefined && !own.has(check.record.municipality))
        issues.push({
          record: i,
          at: "municipality",
          rule: "municipality-outside-organisation",
          detail: "The municipality is not one of the caller's organisation"
        })
      else if (check.record !== undefined)
        outcome[i] = { status: "created", record: check.record, body: canonicalJson(withoutFreeText(check.record)) }
    })
    for (const issue of v.finish())
      if (issue.record >= offset) issues.push(fromViolation(issue, position[issue.record - offset] as number))
    if (issues.length > 0) {
      issues.sort((a, b) => a.record - b.record)
      return { ok: false, conflictOnly: issues.every((x) => x.rule === "record-id-conflict"), issues }
    }
    // 3. write
    const now = new Date().toISOString()
    const created = outcome.filter((o) => o?.status === "created").length
    const batchId = created > 0 ? randomUUID() : null
    if (batchId !== null) insertBatch.run(batchId, requestId, created, now, org.code)
    let rows = 0
    const records: Array<StoredRecord> = []
    const written: Array<WrittenRecord> = []
    for (const o of outcome) {
      if (o === undefined) continue
      records.push({ recordId: o.record.recordId, status: o.status })
      written.push({ recordId: o.record.recordId, status: o.status, clientRef: o.record.clientRef })
      if (o.status !== "created") continue
      const r = o.record
      insertRecord.run(
        org.code,
        r.recordId,
        r.planId,
        r.clientRef,
        r.municipality,
        r.phase,
        r.date,
        r.phase === "start" ? r.date : r.startDate,
        r.formatVersion,
        o.body,
        batchId,
        now
      )
      rows++
      if (fault !== undefined && rows === fault.stallAfterRows) {
        fault.onStall(rows)
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, fault.stallMs)
      }
    }
    inTransaction?.(written)
    return { ok: true, batchId, created, unchanged: records.length - created, records }
  }

  const storeTx = db.transaction(validateAndWrite)

  return {
    store: (inputs, requestId, org, inTransaction) => storeTx.immediate(inputs, requestId, org, inTransaction),
    get: (org, recordId) => {
      const body = byId.get(org, recordId) as string | undefined
      return body === undefined ? undefined : (JSON.parse(body) as AvainRecord)
    },
    plan: (org, planId) => {
      let start: StartRecord | undefined
      let evaluation: EvaluationRecord | undefined
      for (const body of byPlan.all(org, planId) as Array<string>) {
        const r = JSON.parse(body) as AvainRecord
        if (r.phase === "start") start = r
        else evaluation = r
      }
      return { start, evaluation }
    },
    cohort: function* (org, q) {
      const where: Array<string> = ["org_code = ?"]
      const params: Array<string> = [org]
      if (q.municipalities !== undefined && q.municipalities.length > 0) {
        where.push(`municipality IN (${q.municipalities.map(() => "?").join(", ")})`)
        params.push(...q.municipalities)
      }
      if (q.from !== undefined) {
        where.push("plan_start_date >= ?")
        params.push(q.from)
      }
      if (q.to !== undefined) {
        where.push("plan_start_date <= ?")
        params.push(q.to)
      }
      const sql = `SELECT body FROM records WHERE ${where.join(" AND ")}`
      for (const body of db
        .prepare(sql)
        .pluck()
        .iterate(...params) as IterableIterator<string>)
        yield JSON.parse(body) as AvainRecord
    }
  }
}
