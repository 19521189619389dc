/**
 * Who is asking (issue #16): API keys per organisation, records scoped to
 * their organisation, the append-only access log, and the `admin` command
 * (run as the bundled CLI against the file the running service uses).
 */
import { execFile } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { promisify } from "node:util"
import Database from "better-sqlite3"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { verifyDatabase } from "../src/verify.js"
import { authHeaders, client, helsinki, pirkanmaa, provision } from "./support/auth.js"
import { evaluation, start } from "./support/records.js"
import { type RunningServer, startServer } from "./support/server.js"

const dir = mkdtempSync(join(tmpdir(), "avain-access-"))
const dbPath = join(dir, "avain.sqlite")
const keys = provision(dbPath, [
  pirkanmaa,
  helsinki,
  { code: "vantaa-kerava", county: "Vantaan ja Keravan hyvinvointialue" }
])
const pk = keys["pirkanmaa"] as { apiKey: string; keyId: string }
const hk = keys["helsinki"] as { apiKey: string; keyId: string }
let server: RunningServer
const pir = client(() => server.url, pk.apiKey)
const hel = client(() => server.url, hk.apiKey)

const admin = async (...argv: Array<string>) => {
  try {
    const r = await promisify(execFile)(process.execPath, [inject("adminBundle"), "--db", dbPath, ...argv])
    return { code: 0, stdout: r.stdout, stderr: r.stderr }
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string }
    return { code: x.code, stdout: x.stdout, stderr: x.stderr }
  }
}

interface Row {
  request_id: string
  key_id: string
  org_code: string
  actor_id: string | null
  purpose: string
  action: string
  target: string
  target_id: string | null
  client_ref: string | null
  detail: string | null
  result: string
  status: number
}
/** The access-log rows of one request (read from the file while the service runs: WAL readers do not block). */
const rowsOf = (requestId: string): Array<Row> => {
  const db = new Database(dbPath, { readonly: true })
  try {
    return db.prepare("SELECT * FROM access_log WHERE request_id = ? ORDER BY seq").all(requestId) as Array<Row>
  } finally {
    db.close()
  }
}
let n = 0
const rid = () => `0a1b2c3d-${String(++n).padStart(4, "0")}`

beforeAll(async () => {
  server = await startServer(dbPath, { args: ["--min-cohort-size", "2"] })
  // Pirkanmaa: five plans (three evaluated); Helsinki: one plan
  const batch = [start("a1"), evaluation("a1"), start("a2"), evaluation("a2"), start("a3"), evaluation("a3")]
  expect((await pir.post("/records/batch", { records: [...batch, start("a4"), start("a5")] })).status).toBe(201)
  expect((await hel.post("/records", start("h1", { municipality: "091", clientRef: "c-helsinki" }))).status).toBe(201)
}, 90_000)

afterAll(async () => {
  await server?.stop()
  rmSync(dir, { recursive: true, force: true })
})

describe("authentication", () => {
  it("refuses every endpoint but /health without a valid key: one 401 answer for every reason", async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200)
    const bodies = new Set<string>()
    for (const path of ["/openapi.json", "/records/a1-s", "/plans/a1/score", "/reports/cohort"])
      for (const authorization of [
        undefined,
        "",
        pk.apiKey, // without the Bearer scheme
        `Basic ${pk.apiKey}`,
        `Bearer ${pk.apiKey.slice(0, -1)}`,
        `Bearer ${pk.apiKey.slice(0, -1)}${pk.apiKey.endsWith("A") ? "B" : "A"}`,
        `Bearer avk_0123456789abcdef_${pk.apiKey.slice(21)}`
      ]) {
        const res = await fetch(`${server.url}${path}`, {
          headers: { "x-purpose": "client-work", ...(authorization !== undefined && { authorization }) }
        })
        expect(res.status, `${path} ${authorization}`).toBe(401)
        expect(res.headers.get("www-authenticate")).toBe('Bearer realm="avain-service"')
        const { requestId: _r, ...body } = (await res.json()) as Record<string, unknown>
        bodies.add(JSON.stringify(body))
      }
    expect([...bodies]).toEqual([
      JSON.stringify({
        type: "urn:osallistava:problem:unauthenticated",
        title: "Unauthenticated",
        status: 401,
        detail: "Send an API key of your organisation: Authorization: Bearer <key>"
      })
    ])
    const post = await fetch(`${server.url}/records`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(start("nokey"))
    })
    expect(post.status).toBe(401)
    expect((await pir.get("/records/nokey-s")).status).toBe(404)
  })

  it("needs a declared purpose from the closed set for client data, and a well-formed actor id", async () => {
    const noPurpose = await fetch(`${server.url}/records/a1-s`, { headers: { authorization: `Bearer ${pk.apiKey}` } })
    expect(noPurpose.status).toBe(400)
    expect(((await noPurpose.json()) as { type: string }).type).toBe("urn:osallistava:problem:purpose-required")
    expect((await fetch(`${server.url}/records/a1-s`, { headers: authHeaders(pk.apiKey, "curiosity") })).status).toBe(
      400
    )
    expect((await pir.get("/records/a1-s", { "x-actor-id": "131052-308T" })).status).toBe(400)
    expect((await pir.get("/records/a1-s", { "x-actor-id": "emp-4711" })).status).toBe(200)
    // the OpenAPI document needs a key but no purpose (no client data)
    expect(
      (await fetch(`${server.url}/openapi.json`, { headers: { authorization: `Bearer ${pk.apiKey}` } })).status
    ).toBe(200)
  })

  it("revokes a key with the admin command, at once for the running service", async () => {
    const created = await admin("keys", "create", "--org", "helsinki")
    expect(created.code).toBe(0)
    const { apiKey, keyId } = JSON.parse(created.stdout) as { apiKey: string; keyId: string }
    expect(created.stderr).toMatch(/shown only this once/)
    const fresh = client(() => server.url, apiKey)
    expect((await fresh.get("/records/h1-s")).status).toBe(200)
    const list = await admin("keys", "list")
    expect(list.stdout).toContain(keyId)
    expect(list.stdout).not.toContain(apiKey.slice(21))
    expect((await admin("keys", "revoke", keyId)).code).toBe(0)
    const res = await fresh.get("/records/h1-s")
    expect(res.status).toBe(401)
    expect(
      ((await admin("keys", "list")).stdout.split("\n").find((l) => l.includes(keyId)) as string).includes(
        '"revokedAt":"'
      )
    ).toBe(true)
  })
})

describe("organisation scope", () => {
  it("answers another organisation's record or plan exactly like a missing one", async () => {
    const pairs: Array<[string, string]> = [
      ["/records/h1-s", "/records/zz-s"],
      ["/plans/h1/score", "/plans/zz/score"]
    ]
    for (const [theirs, missing] of pairs) {
      const a = await pir.get(theirs)
      const b = await pir.get(missing)
      expect(a.status).toBe(404)
      expect(b.status).toBe(404)
      const strip = async (r: Response) => {
        const { requestId: _r, ...body } = (await r.json()) as Record<string, unknown>
        const headers = [...r.headers.entries()].filter(([k]) => !["x-request-id", "date"].includes(k))
        return { body, headers }
      }
      expect(await strip(a)).toEqual(await strip(b))
    }
    // and the owner reads it
    expect((await hel.get("/records/h1-s")).status).toBe(200)
  })

  it("takes comparable time for another organisation's record and a missing one (the same indexed lookup)", async () => {
    const median = (xs: Array<number>) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number
    const theirs: Array<number> = []
    const missing: Array<number> = []
    for (let i = 0; i < 25; i++)
      for (const [path, into] of [
        ["/records/h1-s", theirs],
        ["/records/zz-s", missing]
      ] as const) {
        const t = performance.now()
        await (await pir.get(path)).text()
        into.push(performance.now() - t)
      }
    const [a, b] = [median(theirs), median(missing)]
    // generous bound for a shared, loaded machine; a data-dependent path would differ by a whole response build
    expect(Math.abs(a - b)).toBeLessThan(Math.max(5, 0.5 * Math.max(a, b)))
  })

  it("scopes reports to the caller's organisation", async () => {
    const p = await pir.get("/reports/cohort")
    expect(p.status).toBe(200)
    expect(((await p.json()) as { population: unknown }).population).toEqual({ started: 5, evaluated: 3 })
    // Helsinki has one plan: under the minimum, whatever Pirkanmaa has
    const h = await hel.get("/reports/cohort")
    expect(h.status).toBe(422)
    // filtering on another organisation's municipality finds nothing of it
    const other = await pir.get("/reports/cohort?municipality=091")
    expect(other.status).toBe(422)
  })

  it("refuses records of a municipality outside the caller's organisation", async () => {
    const res = await pir.post("/records", start("x9", { municipality: "091" }))
    expect(res.status).toBe(422)
    expect(((await res.json()) as { issues: Array<{ rule: string }> }).issues[0]?.rule).toBe(
      "municipality-outside-organisation"
    )
  })

  it("keeps ids per organisation: the same record id in two organisations does not collide or reveal", async () => {
    const res = await hel.post("/records", start("a4", { municipality: "091" }))
    expect(res.status).toBe(201)
    expect(((await (await pir.get("/records/a4-s")).json()) as { municipality: string }).municipality).toBe("837")
    expect(((await (await hel.get("/records/a4-s")).json()) as { municipality: string }).municipality).toBe("091")
  })
})

describe("access log", () => {
  it("has a row for each kind of request: who, what, whose, why, result", async () => {
    const common = { key_id: pk.keyId, org_code: "pirkanmaa" }
    let id = rid()
    await pir.get("/records/a1-s", { "x-request-id": id, "x-actor-id": "emp-4711" })
    expect(rowsOf(id)).toEqual([
      expect.objectContaining({
        ...common,
        actor_id: "emp-4711",
        purpose: "client-work",
        action: "read-record",
        target: "record",
        target_id: "a1-s",
        client_ref: "c-a1",
        result: "ok",
        status: 200
      })
    ])
    id = rid()
    await pir.get("/records/h1-s", { "x-request-id": id })
    // another organisation's record: logged as not found, without its client reference
    expect(rowsOf(id)).toEqual([
      expect.objectContaining({
        ...common,
        action: "read-record",
        target_id: "h1-s",
        client_ref: null,
        result: "not-found",
        status: 404
      })
    ])
    id = rid()
    await pir.get("/plans/a2/score", { "x-request-id": id })
    expect(rowsOf(id)).toEqual([
      expect.objectContaining({
        ...common,
        action: "score-plan",
        target: "plan",
        target_id: "a2",
        client_ref: "c-a2",
        result: "ok"
      })
    ])
    id = rid()
    await pir.post("/records/batch", { records: [start("a6"), evaluation("a6")] }, "application/json", {
      "x-request-id": id
    })
    expect(rowsOf(id).map((r) => [r.action, r.target_id, r.client_ref, r.result, r.status])).toEqual([
      ["store-records", "a6-s", "c-a6", "ok", 201],
      ["store-records", "a6-e", "c-a6", "ok", 201]
    ])
    id = rid()
    await pir.post("/records/batch", { records: [start("a6"), evaluation("a6")] }, "application/json", {
      "x-request-id": id
    })
    expect(rowsOf(id).map((r) => [r.action, r.target_id, r.result, r.status])).toEqual([
      ["store-records", "a6-s", "ok", 200],
      ["store-records", "a6-e", "ok", 200]
    ])
    id = rid()
    await pir.post("/records", start("bad", { municipality: "999" }), "application/json", { "x-request-id": id })
    expect(rowsOf(id)).toEqual([
      expect.objectContaining({
        action: "store-records",
        target_id: null,
        client_ref: null,
        result: "invalid",
        status: 422
      })
    ])
    id = rid()
    await pir.post("/score", { records: [start("s1"), evaluation("s1")] }, "application/json", { "x-request-id": id })
    expect(rowsOf(id).map((r) => [r.action, r.target_id, r.client_ref, r.result])).toEqual([
      ["score-unstored", "s1-s", "c-s1", "ok"],
      ["score-unstored", "s1-e", "c-s1", "ok"]
    ])
    id = rid()
    await client(() => server.url, pk.apiKey, "statistics-and-planning").get("/reports/cohort?municipality=837", {
      "x-request-id": id
    })
    const [report] = rowsOf(id)
    expect(report).toMatchObject({
      action: "cohort-report",
      target: "report",
      purpose: "statistics-and-planning",
      result: "ok"
    })
    expect(JSON.parse(report?.detail as string)).toEqual({
      filters: { municipalities: ["837"] },
      threshold: "fairly-well",
      population: { started: 6, evaluated: 4 }
    })
    id = rid()
    await pir.get("/reports/cohort?municipality=211", { "x-request-id": id })
    expect(rowsOf(id)).toEqual([expect.objectContaining({ action: "cohort-report", result: "refused", status: 422 })])
    id = rid()
    await pir.get("/reports/cohort?color=red", { "x-request-id": id })
    expect(rowsOf(id)).toEqual([
      expect.objectContaining({ action: "cohort-report", result: "invalid", status: 400, detail: null })
    ])
    // refused before any data: no key, no purpose (the application log has the line)
    for (const headers of [{}, { authorization: `Bearer ${pk.apiKey}` }]) {
      id = rid()
      await fetch(`${server.url}/records/a1-s`, { headers: { "x-request-id": id, ...headers } })
      expect(rowsOf(id)).toEqual([])
    }
  })

  it("prints one client's access history with the admin command, oldest first", async () => {
    await client(() => server.url, pk.apiKey, "data-subject-request").get("/records/a3-e")
    const r = await admin("access-log", "--client-ref", "c-a3")
    expect(r.code).toBe(0)
    const rows = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { action: string; purpose: string; org: string; clientRef: string; seq: number })
    expect(rows.map((x) => x.action)).toEqual(["store-records", "store-records", "read-record"])
    expect(rows.at(-1)).toMatchObject({ purpose: "data-subject-request", org: "pirkanmaa", clientRef: "c-a3" })
    expect(rows.map((x) => x.seq)).toEqual([...rows.map((x) => x.seq)].sort((a, b) => a - b))
    expect((await admin("access-log", "--client-ref", "c-a3", "--org", "helsinki")).stdout).toBe("")
    // the other organisation's client is not in this one's view, but is in the full history
    expect((await admin("access-log", "--client-ref", "c-helsinki")).stdout).toContain('"org":"helsinki"')
  })

  it("cannot be changed, and the file stays consistent", async () => {
    const db = new Database(dbPath)
    expect(() => db.prepare("UPDATE access_log SET purpose = 'supervision'").run()).toThrow(/append-only/)
    expect(() => db.prepare("DELETE FROM access_log WHERE seq = 1").run()).toThrow(/append-only/)
    expect(verifyDatabase(db)).toMatchObject({
      ok: true,
      recordsWithoutAccessLog: 0,
      accessLogWithoutRecord: 0,
      accessLogAppendOnly: true
    })
    db.close()
  })

  it("keeps key ids and organisation codes in the application log, never a key or a client reference", async () => {
    await new Promise((r) => setTimeout(r, 100))
    const text = server.stdout.join("\n")
    expect(text).toContain(`"keyId":"${pk.keyId}"`)
    expect(text).toContain('"org":"pirkanmaa"')
    expect(text).toContain('"purpose":"client-work"')
    // (client references quoted: a random request id may contain "c-a1" as hex digits)
    for (const secret of [pk.apiKey.slice(21), hk.apiKey.slice(21), '"c-a1"', "c-helsinki", "emp-4711"])
      expect(text).not.toContain(secret)
  })
})

describe("OpenAPI", () => {
  it("documents the bearer security scheme, the purpose header and /health as public", async () => {
    const doc = (await (
      await fetch(`${server.url}/openapi.json`, { headers: { authorization: `Bearer ${pk.apiKey}` } })
    ).json()) as {
      security: unknown
      components: { securitySchemes: Record<string, { type: string; scheme: string }> }
      paths: Record<
        string,
        Record<
          string,
          {
            security?: unknown
            parameters?: Array<{ name: string; required: boolean; schema: { enum?: Array<string> } }>
            responses: Record<string, unknown>
          }
        >
      >
    }
    expect(doc.security).toEqual([{ apiKey: [] }])
    expect(doc.components.securitySchemes["apiKey"]).toMatchObject({ type: "http", scheme: "bearer" })
    expect(doc.paths["/health"]?.["get"]?.security).toEqual([])
    expect(Object.keys(doc.paths["/health"]?.["get"]?.responses ?? {})).not.toContain("401")
    expect(Object.keys(doc.paths["/openapi.json"]?.["get"]?.responses ?? {})).toContain("401")
    const purpose = doc.paths["/records/{recordId}"]?.["get"]?.parameters?.find((p) => p.name === "X-Purpose")
    expect(purpose).toMatchObject({ required: true })
    expect(purpose?.schema.enum).toEqual([
      "client-work",
      "statistics-and-planning",
      "supervision",
      "data-subject-request"
    ])
    expect(Object.keys(doc.paths["/reports/cohort"]?.["get"]?.responses ?? {})).toContain("401")
  })
})
