/**
 * The access log of client data (Act 703/2023 on the processing of client
 * data in social and health care, 10 §: the service provider keeps a log of
 * every use and disclosure of client data: which data, whose, by whom, for
 * what purpose and when; 11 §: the client has the right to know who has used
 * their data and on what grounds).
 *
 * One row per client record used: a record read, a plan scored, each record
 * of a stored batch, each record scored without storing; one row per cohort
 * report. The table is append-only (triggers refuse UPDATE and DELETE, see
 * migration 2). A row is written before the data leaves the service, and for
 * writes in the same transaction as the records, so an acknowledged record
 * always has its row and a record lost in a crash has none.
 *
 * The application log (`src/log.ts`) carries none of this: the access log is
 * in the database, where access to it is the controller's to govern.
 *
 * @since 0.2.0
 */
import type { Caller } from "./auth.js"
import type { Db } from "./database.js"

/**
 * The closed set of purposes a caller declares in the `X-Purpose` header.
 * 703/2023 10 § requires the purpose of each use to be logged; these codes
 * are this service's set: map them to the purposes in your register's
 * description (GDPR Art. 30).
 *
 * @since 0.2.0
 */
export const purposes = {
  "client-work": "Organising and providing the client's social services (client work)",
  "statistics-and-planning": "The provider's own statistics, planning and development of services",
  supervision: "Supervision and monitoring of the use of client data",
  "data-subject-request": "Answering the client's own request about their data (GDPR Art. 15, 703/2023 11 §)"
} as const

/** @since 0.2.0 */
export type Purpose = keyof typeof purposes

/** @since 0.2.0 */
export const purposeCodes = Object.keys(purposes) as ReadonlyArray<Purpose>

/** The purpose of a header value, or `undefined` when it is not one of the codes. @since 0.2.0 */
export const purposeOf = (header: string | undefined): Purpose | undefined =>
  header !== undefined && (purposeCodes as ReadonlyArray<string>).includes(header) ? (header as Purpose) : undefined

/** @since 0.2.0 */
export type AccessAction = "store-records" | "read-record" | "score-plan" | "score-unstored" | "cohort-report"

/** @since 0.2.0 */
export interface AccessEntry {
  readonly action: AccessAction
  readonly target: "record" | "plan" | "report"
  readonly targetId: string | null
  readonly clientRef: string | null
  readonly detail?: unknown
  readonly result: "ok" | "not-found" | "invalid" | "refused"
  readonly status: number
}

/** Who and why, shared by every row of one request. @since 0.2.0 */
export interface AccessContext {
  readonly requestId: string
  readonly caller: Caller
  readonly purpose: Purpose
  /** The end user's id in the calling system (`X-Actor-Id`), when sent and well-formed. */
  readonly actorId: string | null
}

/** One row as printed by the history command. @since 0.2.0 */
export interface AccessRow {
  readonly seq: number
  readonly at: string
  readonly requestId: string
  readonly keyId: string
  readonly org: string
  readonly actorId: string | null
  readonly purpose: Purpose
  readonly action: AccessAction
  readonly target: "record" | "plan" | "report"
  readonly targetId: string | null
  readonly clientRef: string | null
  readonly detail: unknown
  readonly result: string
  readonly status: number
}

/** @since 0.2.0 */
export const makeAccessLog = (db: Db) => {
  const insert = db.prepare(
    `INSERT INTO access_log (at, request_id, key_id, org_code, actor_id, purpose, action, target, target_id,
       client_ref, detail, result, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  const toRow = (r: Record<string, unknown>): AccessRow => ({
    seq: r["seq"] as number,
    at: r["at"] as string,
    requestId: r["request_id"] as string,
    keyId: r["key_id"] as string,
    org: r["org_code"] as string,
    actorId: r["actor_id"] as string | null,
    purpose: r["purpose"] as Purpose,
    action: r["action"] as AccessAction,
    target: r["target"] as AccessRow["target"],
    targetId: r["target_id"] as string | null,
    clientRef: r["client_ref"] as string | null,
    detail: r["detail"] === null ? null : JSON.parse(r["detail"] as string),
    result: r["result"] as string,
    status: r["status"] as number
  })
  return {
    /** Appends the rows (inside the caller's transaction when there is one). */
    append: (ctx: AccessContext, entries: ReadonlyArray<AccessEntry>): void => {
      const at = new Date().toISOString()
      for (const e of entries)
        insert.run(
          at,
          ctx.requestId,
          ctx.caller.keyId,
          ctx.caller.org.code,
          ctx.actorId,
          ctx.purpose,
          e.action,
          e.target,
          e.targetId,
          e.clientRef,
          e.detail === undefined ? null : JSON.stringify(e.detail),
          e.result,
          e.status
        )
    },
    /** Every use of one client's data, oldest first; `org` narrows it to one organisation. */
    history: (clientRef: string, org?: string): ReadonlyArray<AccessRow> =>
      (
        (org === undefined
          ? db.prepare("SELECT * FROM access_log WHERE client_ref = ? ORDER BY seq").all(clientRef)
          : db
              .prepare("SELECT * FROM access_log WHERE client_ref = ? AND org_code = ? ORDER BY seq")
              .all(clientRef, org)) as Array<Record<string, unknown>>
      ).map(toRow),
    /** The rows of one request (tests, investigations). */
    ofRequest: (requestId: string): ReadonlyArray<AccessRow> =>
      (
        db.prepare("SELECT * FROM access_log WHERE request_id = ? ORDER BY seq").all(requestId) as Array<
          Record<string, unknown>
        >
      ).map(toRow)
  }
}

/** @since 0.2.0 */
export type AccessLog = ReturnType<typeof makeAccessLog>
