/**
 * The service: routes, request handling, logging and graceful shutdown.
 *
 * Every request gets an id (the caller's `X-Request-Id` when well-formed),
 * returned in `X-Request-Id` and written in one log line with the route
 * template, status and duration. Errors are RFC 9457 problems naming the
 * record position, field path and rule, never the offending value.
 *
 * @since 0.1.0
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { reportBuilder, score, scorePlan, validate } from "@osallistava/avain"
import { Result, Schema } from "effect"
import { type AccessContext, type AccessEntry, makeAccessLog, purposeCodes, purposeOf } from "./access-log.js"
import { type Caller, makeAuthenticator } from "./auth.js"
import { catalogSets, knownCodes } from "./catalogs.js"
import type { ServiceConfig } from "./config.js"
import { closeDatabase, type OpenedDatabase } from "./database.js"
import {
  HttpProblem,
  matchRoute,
  mediaType,
  parseJson,
  type Route,
  readBody,
  requestIdOf,
  sendJson,
  sendProblem
} from "./http.js"
import { errorName, type Logger } from "./log.js"
import { openApiDocument } from "./openapi.js"
import { echoableId, identifierIssues } from "./privacy.js"
import { CohortQueryParams } from "./schemas.js"
import { type BatchIssue, type FaultInjection, fromViolation, makeRecordStore } from "./store.js"

interface Ctx {
  readonly req: IncomingMessage
  readonly res: ServerResponse
  readonly url: URL
  readonly requestId: string
  /** Who is asking and why; set before a non-public route's handler runs. */
  access?: AccessContext
  /** Counts and codes for the log line. */
  readonly note: {
    records?: number
    created?: number
    unchanged?: number
    issues?: number
    problem?: string
    keyId?: string
    org?: string
    purpose?: string
  }
}

const unauthenticated = () =>
  new HttpProblem(
    401,
    "unauthenticated",
    "Unauthenticated",
    "Send an API key of your organisation: Authorization: Bearer <key>"
  )

/** Answer for a record or plan that is missing or another organisation's: the same in both cases. */
const notFound = (what: "record" | "plan") =>
  new HttpProblem(404, "not-found", "Not found", what === "record" ? "No record with this id" : "No plan with this id")

/** Most issues listed in one response; `issueCount` gives the total. @since 0.1.0 */
export const maxIssuesInResponse = 1000

const validationProblem = (issues: ReadonlyArray<BatchIssue>, conflict: boolean): HttpProblem =>
  new HttpProblem(
    conflict ? 409 : 422,
    conflict ? "record-id-conflict" : "validation-failed",
    conflict ? "Record id conflict" : "Validation failed",
    `${issues.length} issue(s); nothing was stored`,
    {
      issues: issues.slice(0, maxIssuesInResponse),
      ...(issues.length > maxIssuesInResponse ? { issueCount: issues.length } : {})
    }
  )

const requireJson = (req: IncomingMessage, allowed: ReadonlyArray<string>): string => {
  const t = mediaType(req)
  if (!allowed.includes(t))
    throw new HttpProblem(415, "unsupported-media-type", "Unsupported media type", `Send ${allowed.join(" or ")}`)
  return t
}

/** @since 0.1.0 */
export interface Service {
  readonly server: Server
  /** Starts listening; resolves with the bound port. */
  readonly listen: () => Promise<number>
  /** Stops accepting, lets requests in flight finish (up to the grace period), checkpoints and closes the database. */
  readonly shutdown: () => Promise<void>
}

/**
 * Builds the service over an opened database.
 *
 * @since 0.1.0
 */
export const makeService = (
  config: ServiceConfig,
  opened: OpenedDatabase,
  logger: Logger,
  fault?: FaultInjection
): Service => {
  const store = makeRecordStore(opened.db, fault)
  const auth = makeAuthenticator(opened.db)
  const accessLog = makeAccessLog(opened.db)
  /** The access context of a client-data route (set by `handle` before the handler runs). */
  const who = (ctx: Ctx): AccessContext => {
    if (ctx.access === undefined) throw new Error("client-data route without an access context")
    return ctx.access
  }
  const logAccess = (ctx: Ctx, entries: ReadonlyArray<AccessEntry>) => accessLog.append(who(ctx), entries)
  /** The access-log row of a read by id: found (200, with the client it concerns) or not found (404). */
  const logLookup = (
    ctx: Ctx,
    entry: Pick<AccessEntry, "action" | "target">,
    id: string,
    found: { readonly clientRef: string } | undefined
  ) =>
    logAccess(ctx, [
      {
        ...entry,
        targetId: echoableId(id),
        clientRef: found?.clientRef ?? null,
        result: found === undefined ? "not-found" : "ok",
        status: found === undefined ? 404 : 200
      }
    ])
  const caller = (ctx: Ctx): Caller => who(ctx).caller
  const openapi = JSON.stringify(openApiDocument(config))

  const readRecords = async (ctx: Ctx, ndjsonAllowed: boolean): Promise<ReadonlyArray<unknown>> => {
    const type = requireJson(
      ctx.req,
      ndjsonAllowed ? ["application/json", "application/x-ndjson"] : ["application/json"]
    )
    const text = await readBody(ctx.req, config.maxBodyBytes)
    let records: Array<unknown>
    if (type === "application/x-ndjson") {
      records = []
      const lines = text.split("\n")
      for (let i = 0; i < lines.length; i++) {
        const line = (lines[i] as string).trim()
        if (line === "") continue
        records.push(parseJson(line, `Line ${i + 1}`))
        if (records.length > config.maxBatchRecords) break
      }
    } else {
      const body = parseJson(text)
      const list = (body as { records?: unknown } | null)?.records
      if (typeof body !== "object" || body === null || !Array.isArray(list))
        throw new HttpProblem(
          422,
          "validation-failed",
          "Validation failed",
          "Expected an object with a records array",
          {
            issues: [{ record: -1, at: "records", rule: "schema", detail: "Expected an array" }]
          }
        )
      records = list
    }
    if (records.length > config.maxBatchRecords)
      throw new HttpProblem(
        413,
        "batch-too-large",
        "Batch too large",
        `At most ${config.maxBatchRecords} records per batch`
      )
    if (records.length === 0) throw new HttpProblem(422, "validation-failed", "Validation failed", "The batch is empty")
    return records
  }

  const storeAndReply = (ctx: Ctx, records: ReadonlyArray<unknown>) => {
    ctx.note.records = records.length
    // The access-log rows are written in the write transaction: committed together or not at all.
    const result = store.store(records, ctx.requestId, caller(ctx).org, (written) =>
      logAccess(
        ctx,
        written.map((w) => ({
          action: "store-records",
          target: "record",
          targetId: w.recordId,
          clientRef: w.clientRef,
          result: "ok",
          status: written.some((x) => x.status === "created") ? 201 : 200
        }))
      )
    )
    if (!result.ok) {
      ctx.note.issues = result.issues.length
      const p = validationProblem(result.issues, result.conflictOnly)
      logAccess(ctx, [
        {
          action: "store-records",
          target: "record",
          targetId: null,
          clientRef: null,
          result: "invalid",
          status: p.status
        }
      ])
      throw p
    }
    ctx.note.created = result.created
    ctx.note.unchanged = result.unchanged
    // Sent only now: the transaction has committed (and, with synchronous=FULL, the WAL is on disk).
    sendJson(ctx.res, result.created > 0 ? 201 : 200, {
      batchId: result.batchId,
      created: result.created,
      unchanged: result.unchanged,
      records: result.records
    })
  }

  const decodeQuery = Schema.decodeUnknownResult(CohortQueryParams)

  const routes: ReadonlyArray<Route<Ctx>> = [
    {
      method: "GET",
      path: "/health",
      public: true,
      handle: (ctx) =>
        sendJson(ctx.res, 200, {
          status: "ok",
          schemaVersion: opened.schemaVersion,
          journalMode: opened.journalMode,
          synchronous: opened.synchronous
        })
    },
    {
      method: "GET",
      path: "/openapi.json",
      handle: (ctx) => {
        ctx.res.writeHead(200, { "content-type": "application/json; charset=utf-8" })
        ctx.res.end(openapi)
      }
    },
    {
      method: "POST",
      path: "/records",
      clientData: true,
      handle: async (ctx) => {
        requireJson(ctx.req, ["application/json"])
        const body = parseJson(await readBody(ctx.req, config.maxBodyBytes))
        storeAndReply(ctx, [body])
      }
    },
    {
      method: "POST",
      path: "/records/batch",
      clientData: true,
      handle: async (ctx) => storeAndReply(ctx, await readRecords(ctx, true))
    },
    {
      method: "GET",
      path: "/records/{recordId}",
      clientData: true,
      handle: (ctx, p) => {
        const id = p["recordId"] as string
        const r = store.get(caller(ctx).org.code, id)
        logLookup(ctx, { action: "read-record", target: "record" }, id, r)
        if (r === undefined) throw notFound("record")
        sendJson(ctx.res, 200, r)
      }
    },
    {
      method: "GET",
      path: "/plans/{planId}/score",
      clientData: true,
      handle: (ctx, p) => {
        const id = p["planId"] as string
        const { start, evaluation } = store.plan(caller(ctx).org.code, id)
        const found = start ?? evaluation
        logLookup(ctx, { action: "score-plan", target: "plan" }, id, found)
        if (found === undefined) throw notFound("plan")
        sendJson(ctx.res, 200, scorePlan(start, evaluation, { catalogSets }))
      }
    },
    {
      method: "POST",
      path: "/score",
      clientData: true,
      handle: async (ctx) => {
        const inputs = await readRecords(ctx, false)
        ctx.note.records = inputs.length
        const refused = inputs.flatMap((input, record) => identifierIssues(input).map((x) => ({ record, ...x })))
        const v = validate(inputs, { catalogSets })
        if (!v.valid || refused.length > 0) {
          const issues = [...refused, ...v.issues.map((i) => fromViolation(i, i.record))].sort(
            (a, b) => a.record - b.record
          )
          ctx.note.issues = issues.length
          logAccess(ctx, [
            {
              action: "score-unstored",
              target: "record",
              targetId: null,
              clientRef: null,
              result: "invalid",
              status: 422
            }
          ])
          throw validationProblem(issues, false)
        }
        const scores = score(v.records, { catalogSets })
        logAccess(
          ctx,
          v.records.map((r) => ({
            action: "score-unstored",
            target: "record",
            targetId: r.recordId,
            clientRef: r.clientRef,
            result: "ok",
            status: 200
          }))
        )
        sendJson(ctx.res, 200, { scores })
      }
    },
    {
      method: "GET",
      path: "/reports/cohort",
      clientData: true,
      handle: (ctx) => {
        const refuse = (p: HttpProblem, detail?: unknown): never => {
          logAccess(ctx, [
            {
              action: "cohort-report",
              target: "report",
              targetId: null,
              clientRef: null,
              ...(detail !== undefined && { detail }),
              result: p.status === 400 ? "invalid" : "refused",
              status: p.status
            }
          ])
          throw p
        }
        const raw: Record<string, unknown> = {}
        for (const key of new Set(ctx.url.searchParams.keys())) {
          const all = ctx.url.searchParams.getAll(key)
          raw[key] = key === "municipality" ? all : all.length === 1 ? all[0] : all
        }
        const q = decodeQuery(raw, { onExcessProperty: "error" })
        if (Result.isFailure(q))
          refuse(
            new HttpProblem(
              400,
              "bad-query",
              "Bad query parameters",
              "Allowed: municipality (repeatable, ddd), from, to (YYYY-MM-DD), methodFamily, clientPresent (true|false), threshold"
            )
          )
        const p = (q as Result.Success<typeof CohortQueryParams.Type, unknown>).success
        // Filters are echoed in the report: accept catalog codes only, never arbitrary text.
        if (p.methodFamily !== undefined && !knownCodes("method-family").has(p.methodFamily))
          refuse(new HttpProblem(400, "bad-query", "Bad query parameters", "methodFamily is not a method-family code"))
        if (p.threshold !== undefined && !knownCodes("attainment-level").has(p.threshold))
          refuse(new HttpProblem(400, "bad-query", "Bad query parameters", "threshold is not an attainment-level code"))
        const period =
          p.from === undefined && p.to === undefined
            ? undefined
            : { ...(p.from && { from: p.from }), ...(p.to && { to: p.to }) }
        const builder = reportBuilder({
          catalogSets,
          filters: {
            ...(p.municipality !== undefined && { municipalities: p.municipality }),
            ...(period !== undefined && { period }),
            ...(p.methodFamily !== undefined && { methodFamily: p.methodFamily }),
            ...(p.clientPresent !== undefined && { clientPresent: p.clientPresent === "true" })
          },
          ...(p.threshold !== undefined && { threshold: p.threshold }),
          // Disclosure control is the avain report's (@osallistava/core's Disclosure): small cells and every
          // count they could be recovered from are null. The service passes its threshold.
          minCell: config.minCohortSize
        })
        for (const r of store.cohort(caller(ctx).org.code, {
          ...(p.municipality !== undefined && { municipalities: p.municipality }),
          ...(p.from !== undefined && { from: p.from }),
          ...(p.to !== undefined && { to: p.to })
        }))
          builder.add(r)
        const report = builder.result()
        const { started } = report.population
        if (started !== null) ctx.note.records = started
        // The filters are catalog codes, municipality codes and dates only (checked above), and the population is
        // the published one (after suppression): safe to keep.
        const detail = { filters: report.filters, threshold: report.threshold.code, population: report.population }
        // A cohort whose size is itself suppressed (or under the threshold) is not reported at all.
        if (started === null || started < config.minCohortSize)
          refuse(
            new HttpProblem(
              422,
              "cohort-too-small",
              "Cohort too small",
              `Reports are given for cohorts of at least ${config.minCohortSize} started plans (small-cell protection)`
            ),
            detail
          )
        logAccess(ctx, [
          {
            action: "cohort-report",
            target: "report",
            targetId: null,
            clientRef: null,
            detail,
            result: "ok",
            status: 200
          }
        ])
        sendJson(ctx.res, 200, report)
      }
    }
  ]

  let shuttingDown = false
  let inFlight = 0
  let idle: (() => void) | undefined

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const started = process.hrtime.bigint()
    const requestId = requestIdOf(req)
    res.setHeader("x-request-id", requestId)
    res.setHeader("cache-control", "no-store")
    res.setHeader("x-content-type-options", "nosniff")
    let url: URL
    try {
      url = new URL(req.url ?? "/", "http://service.invalid")
    } catch {
      url = new URL("http://service.invalid/")
    }
    const ctx: Ctx = { req, res, url, requestId, note: {} }
    const match = matchRoute(routes, req.method ?? "", url.pathname)
    const route = match !== undefined && "route" in match ? match.route.path : "(unmatched)"
    inFlight++
    try {
      if (shuttingDown) {
        res.setHeader("connection", "close")
        throw new HttpProblem(503, "shutting-down", "Shutting down", "The service is shutting down; retry")
      }
      if (match === undefined) throw new HttpProblem(404, "not-found", "Not found", "No such endpoint")
      if ("allowed" in match) {
        res.setHeader("allow", match.allowed.join(", "))
        throw new HttpProblem(405, "method-not-allowed", "Method not allowed", `Allowed: ${match.allowed.join(", ")}`)
      }
      if (match.route.public !== true) {
        // Every endpoint but /health: the caller's key, checked in constant time (src/auth.ts).
        const c = auth.authenticate(req.headers.authorization)
        if (c === undefined) {
          res.setHeader("www-authenticate", 'Bearer realm="avain-service"')
          throw unauthenticated()
        }
        ctx.note.keyId = c.keyId
        ctx.note.org = c.org.code
        if (match.route.clientData === true) {
          const header = req.headers["x-purpose"]
          const purpose = purposeOf(typeof header === "string" ? header : undefined)
          if (purpose === undefined)
            throw new HttpProblem(
              400,
              "purpose-required",
              "Purpose required",
              `Declare the purpose of use in X-Purpose: one of ${purposeCodes.join(", ")}`
            )
          ctx.note.purpose = purpose
          const actorHeader = req.headers["x-actor-id"]
          const actorId = actorHeader === undefined ? null : echoableId(actorHeader)
          if (actorHeader !== undefined && actorId === null)
            throw new HttpProblem(
              400,
              "bad-actor-id",
              "Bad actor id",
              "X-Actor-Id must be a pseudonymous id of 1–64 letters, digits or ._:- and not a henkilötunnus"
            )
          ctx.access = { requestId, caller: c, purpose, actorId }
        }
      }
      await match.route.handle(ctx, match.params)
    } catch (e) {
      const p =
        e instanceof HttpProblem
          ? e
          : new HttpProblem(
              500,
              "internal",
              "Internal error",
              "Unexpected error; see the log line with this request id"
            )
      ctx.note.problem = p.problem
      if (!(e instanceof HttpProblem))
        logger.log("error", "unexpected-error", { requestId, route, error: errorName(e) })
      if (p.status === 413) res.setHeader("connection", "close")
      if (!res.headersSent) sendProblem(res, p, requestId)
      else res.destroy()
    } finally {
      inFlight--
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6
      logger.log(res.statusCode >= 500 ? "error" : "info", "request", {
        requestId,
        method: req.method ?? "",
        route,
        status: res.statusCode,
        durationMs: Math.round(durationMs * 1000) / 1000,
        ...ctx.note
      })
      if (inFlight === 0 && idle !== undefined) idle()
    }
  }

  const server = createServer(
    { requestTimeout: 30_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 },
    (req, res) => {
      void handle(req, res)
    }
  )
  server.on("clientError", (_err, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n")
    else socket.destroy()
  })

  return {
    server,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once("error", reject)
        server.listen(config.port, config.host, () => {
          server.off("error", reject)
          const port = (server.address() as AddressInfo).port
          logger.log("info", "listening", {
            host: config.host,
            port,
            schemaVersion: opened.schemaVersion,
            migrationsApplied: opened.migrationsApplied,
            journalMode: opened.journalMode,
            synchronous: opened.synchronous
          })
          resolve(port)
        })
      }),
    shutdown: async () => {
      if (shuttingDown) return
      shuttingDown = true
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeIdleConnections()
      if (inFlight > 0)
        await Promise.race([
          new Promise<void>((resolve) => {
            idle = resolve
          }),
          new Promise<void>((resolve) => setTimeout(resolve, config.shutdownGraceMs).unref())
        ])
      server.closeAllConnections()
      await closed
      closeDatabase(opened.db)
      logger.log("info", "stopped")
    }
  }
}
