import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Ajv2020 } from "ajv/dist/2020.js"
import Database from "better-sqlite3"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { verifyDatabase } from "../src/verify.js"
import { client, provision } from "./support/auth.js"
import { evaluation, start } from "./support/records.js"
import { type RunningServer, startServer } from "./support/server.js"

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked against the OpenAPI schemas, then read freely
type Json = any
const read = async (res: Response): Promise<Json> => res.json()

const dir = mkdtempSync(join(tmpdir(), "avain-service-"))
const dbPath = join(dir, "avain.sqlite")
let server: RunningServer
const keys = provision(dbPath)
const api = client(() => server.url, keys["pirkanmaa"]?.apiKey as string)
let openapi: { components: { schemas: Record<string, unknown> }; paths: Record<string, unknown> }
const ajv = new Ajv2020({ strict: false, allErrors: true })

/** Validates a response body against a component of the served OpenAPI document. */
const conforms = (component: string, body: unknown) => {
  const validate = ajv.getSchema(`openapi#/components/schemas/${component}`)
  if (validate === undefined) throw new Error(`no component ${component}`)
  const ok = validate(body)
  if (!ok) throw new Error(`${component}: ${JSON.stringify(validate.errors?.slice(0, 3))}`)
  return ok
}

beforeAll(async () => {
  server = await startServer(dbPath, {
    args: ["--max-body-bytes", "200000", "--max-batch-records", "50", "--min-cohort-size", "2"]
  })
  const res = await api.get(`/openapi.json`)
  openapi = (await read(res)) as typeof openapi
  ajv.addSchema(openapi as object, "openapi")
}, 90_000)

afterAll(async () => {
  await server?.stop()
  rmSync(dir, { recursive: true, force: true })
})

describe("avain-service over HTTP", () => {
  it("serves an OpenAPI 3.1 document whose component schemas compile", async () => {
    expect((openapi as unknown as { openapi: string }).openapi).toBe("3.1.0")
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(["/records", "/records/batch", "/plans/{planId}/score", "/score", "/reports/cohort"])
    )
    for (const name of Object.keys(openapi.components.schemas))
      expect(ajv.getSchema(`openapi#/components/schemas/${name}`), name).toBeTypeOf("function")
    // every $ref in the document (paths included) resolves
    const refs = new Set<string>()
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk)
      else if (v !== null && typeof v === "object")
        for (const [k, x] of Object.entries(v)) k === "$ref" && typeof x === "string" ? refs.add(x) : walk(x)
    }
    walk(openapi)
    expect(refs.size).toBeGreaterThan(5)
    for (const ref of refs) expect(ajv.getSchema(`openapi${ref}`), ref).toBeTypeOf("function")
    // the record schema is derived from the avain package's Schema
    expect(JSON.stringify(openapi.components.schemas["AvainRecord"])).toContain("AvainStartRecord")
  })

  it("reports WAL, synchronous=FULL and the schema version", async () => {
    const health = await read(await fetch(`${server.url}/health`)) /* public */
    expect(health).toEqual({ status: "ok", schemaVersion: 2, journalMode: "wal", synchronous: "FULL" })
    expect(conforms("Health", health)).toBe(true)
  })

  it("stores one record (201, acknowledged after commit) and replays it idempotently (200)", async () => {
    const r1 = await api.post(`/records`, start("p1"))
    expect(r1.status).toBe(201)
    const b1 = await read(r1)
    expect(conforms("StoreResponse", b1)).toBe(true)
    expect(b1).toMatchObject({ created: 1, unchanged: 0, records: [{ recordId: "p1-s", status: "created" }] })
    const r2 = await api.post(`/records`, start("p1"))
    expect(r2.status).toBe(200)
    expect(await read(r2)).toMatchObject({ batchId: null, created: 0, unchanged: 1 })
  })

  it("keeps codes, drops free text: the stored record has no goal text", async () => {
    const res = await api.get(`/records/p1-s`)
    expect(res.status).toBe(200)
    const record = await read(res)
    expect(conforms("AvainRecord", record)).toBe(true)
    expect(record.goals[0]).toEqual({ goalId: "g1", area: "financial-management", intent: "improve" })
    expect(JSON.stringify(record)).not.toContain("laskut")
  })

  it("refuses the same record id with other content (409) and writes nothing", async () => {
    const res = await api.post(`/records`, start("p1", { date: "2018-03-16" }))
    expect(res.status).toBe(409)
    const p = await read(res)
    expect(conforms("Problem", p)).toBe(true)
    expect(p.issues).toEqual([expect.objectContaining({ record: 0, at: "recordId", rule: "record-id-conflict" })])
  })

  it("stores a JSON batch in one transaction, evaluation after a start stored earlier", async () => {
    const res = await api.post(`/records/batch`, {
      records: [evaluation("p1"), start("p2"), evaluation("p2"), start("p3", { municipality: "211" })]
    })
    expect(res.status).toBe(201)
    const body = await read(res)
    expect(conforms("StoreResponse", body)).toBe(true)
    expect(body.created).toBe(4)
  })

  it("stores an NDJSON batch", async () => {
    const ndjson = [start("p4"), evaluation("p4"), start("p5")].map((r) => JSON.stringify(r)).join("\n")
    const res = await api.post(`/records/batch`, `${ndjson}\n`, "application/x-ndjson")
    expect(res.status).toBe(201)
    expect((await read(res)).created).toBe(3)
  })

  it("rejects a batch with one bad record as a whole: 422 with record position, field path and rule", async () => {
    const res = await api.post(`/records/batch`, {
      records: [
        start("p6"),
        start("p7", { municipality: "999", goals: [{ goalId: "g1", area: "no-such-area", intent: "improve" }] }),
        evaluation("p8"),
        start("p2", { recordId: "p2-s-again" })
      ]
    })
    expect(res.status).toBe(422)
    const p = await read(res)
    expect(conforms("Problem", p)).toBe(true)
    const rules = p.issues.map((i: { record: number; at: string; rule: string }) => `${i.record} ${i.at} ${i.rule}`)
    expect(rules).toEqual(
      expect.arrayContaining([
        "1 municipality schema",
        "2 planId evaluation-needs-start",
        "3 planId one-start-per-plan"
      ])
    )
    expect((await api.get(`/records/p6-s`)).status).toBe(404)
  })

  it("scores a stored plan", async () => {
    const res = await api.get(`/plans/p1/score`)
    expect(res.status).toBe(200)
    const s = await read(res)
    expect(conforms("PlanScore", s)).toBe(true)
    // fairly-well meets THL's "at least fairly well" threshold, fairly-poorly does not
    expect(s).toMatchObject({
      planId: "p1",
      status: "evaluated",
      attainment: { attained: 1, evaluated: 2, share: 0.5 }
    })
    expect((await api.get(`/plans/nope/score`)).status).toBe(404)
  })

  it("scores records without storing them", async () => {
    const res = await api.post(`/score`, { records: [start("x1"), evaluation("x1")] })
    expect(res.status).toBe(200)
    const body = await read(res)
    expect(conforms("ScoresResponse", body)).toBe(true)
    expect(body.scores[0]).toMatchObject({ planId: "x1", attainment: { share: 0.5 } })
    expect((await api.get(`/records/x1-s`)).status).toBe(404)
  })

  it("returns a cohort report over the stored records, with filters, and refuses cohorts below the minimum", async () => {
    const res = await api.get(`/reports/cohort`)
    expect(res.status).toBe(200)
    const report = await read(res)
    expect(conforms("CohortReport", report)).toBe(true)
    // started: p1–p5; evaluated: p1, p2, p4, each with 1 of 2 goals at least fairly well
    expect(report.population).toEqual({ started: 5, evaluated: 3 })
    expect(report.attainment.overall).toMatchObject({ numerator: 3, denominator: 6, share: 0.5 })
    expect(report.provisional.inUse).toBe(true)
    const filtered = await api.get(`/reports/cohort?municipality=837&municipality=211&from=2018-01-01&to=2018-12-31`)
    expect(filtered.status).toBe(200)
    expect((await read(filtered)).filters).toEqual({
      municipalities: ["837", "211"],
      period: { from: "2018-01-01", to: "2018-12-31" }
    })
    // 211 alone has one started plan, under the minimum of two
    const small = await api.get(`/reports/cohort?municipality=211`)
    expect(small.status).toBe(422)
    expect((await read(small)).type).toBe("urn:osallistava:problem:cohort-too-small")
  })

  it("enforces limits and media types", async () => {
    const tooMany = { records: Array.from({ length: 51 }, (_, i) => start(`q${i}`)) }
    expect((await api.post(`/records/batch`, tooMany)).status).toBe(413)
    expect((await api.post(`/records`, `{"x":"${"a".repeat(210_000)}"}`)).status).toBe(413)
    expect((await api.post(`/records`, start("q1"), "text/plain")).status).toBe(415)
    expect((await api.post(`/records`, "{not json")).status).toBe(400)
    expect((await api.get(`/records`)).status).toBe(405)
    expect((await api.get(`/nowhere`)).status).toBe(404)
    expect((await api.get(`/reports/cohort?color=red`)).status).toBe(400)
  })

  it("logs one JSON line per request with request id, route template, status and duration", async () => {
    await api.get("/plans/p1/score", { "x-request-id": "0a1b2c3d-0001" })
    await new Promise((r) => setTimeout(r, 100))
    const events = server.stdout.map((l) => JSON.parse(l) as Record<string, unknown>)
    const line = events.find((e) => e["requestId"] === "0a1b2c3d-0001")
    expect(line).toMatchObject({ event: "request", method: "GET", route: "/plans/{planId}/score", status: 200 })
    expect(line?.["durationMs"]).toBeTypeOf("number")
    for (const e of events.filter((x) => x["event"] === "request"))
      expect(Object.keys(e).sort()).toEqual(
        expect.arrayContaining(["durationMs", "event", "level", "method", "requestId", "route", "status", "time"])
      )
  })
})

describe("database file", () => {
  it("has a versioned migrations table; a restart applies nothing twice; SIGTERM stops gracefully", async () => {
    const { code } = await server.stop("SIGTERM")
    expect(code).toBe(0)
    expect(server.stdout.some((l) => l.includes('"event":"stopped"'))).toBe(true)
    const db = new Database(dbPath, { readonly: true })
    expect(db.prepare("SELECT version, name FROM schema_migrations").all()).toEqual([
      { version: 1, name: "records and batches" },
      { version: 2, name: "organisations, api keys, access log" }
    ])
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal")
    expect(verifyDatabase(db)).toMatchObject({ ok: true, records: 8, batches: 3, incompleteBatches: [] })
    db.close()
    server = await startServer(dbPath, { args: ["--min-cohort-size", "2"] })
    const listening = JSON.parse(server.stdout[0] as string)
    expect(listening).toMatchObject({ event: "listening", migrationsApplied: 0, schemaVersion: 2 })
    const report = await read(await api.get(`/reports/cohort`))
    expect(report.population).toEqual({ started: 5, evaluated: 3 })
  }, 90_000)
})
