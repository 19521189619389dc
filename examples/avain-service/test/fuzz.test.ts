/**
 * Privacy fuzz of the service (issue #16): random names and valid henkilötunnus
 * values of the test range (individual numbers 900–999) go anywhere into
 * requests: record fields (valid and invalid records), free text, unknown
 * fields, malformed JSON, NDJSON lines, URL paths, query parameters and
 * every header the service reads. None may appear in any response (status,
 * headers, body), any log line or any row of the access log. The test run
 * sends a sample (FUZZ_RUNS, default 60); `pnpm fuzz` in this package sends
 * 100 000.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import Database from "better-sqlite3"
import fc from "fast-check"
import { afterAll, beforeAll, expect, it } from "vitest"
import { fullName, hetu } from "../../../scripts/test-utils/personal-data.mjs"
import { authHeaders, provision } from "./support/auth.js"
import { evaluation, start } from "./support/records.js"
import { type RunningServer, startServer } from "./support/server.js"

const RUNS = Number(process.env["FUZZ_RUNS"] ?? 60)

/** A secret: a henkilötunnus or a full name (a single word can be a legitimate pseudonymous id, a name with a space cannot). */
const secret = fc.oneof(
  hetu,
  fullName,
  fc.tuple(fullName, hetu).map(([n, h]) => `${n} ${h}`)
)

type Req = {
  readonly method: "GET" | "POST"
  readonly path: string
  readonly body?: string
  readonly headers: Record<string, string>
}

const dir = mkdtempSync(join(tmpdir(), "avain-fuzz-"))
const dbPath = join(dir, "avain.sqlite")
const keys = provision(dbPath)
const apiKey = keys["pirkanmaa"]?.apiKey as string
const json = { "content-type": "application/json" }

/** One request carrying `s` somewhere. */
const request = (s: string, where: number, n: number): Req => {
  const auth = authHeaders(apiKey)
  const id = `f${n}`
  const record = (over: Record<string, unknown>) => JSON.stringify(start(id, over))
  const post = (path: string, body: string, headers: Record<string, string> = json): Req => ({
    method: "POST",
    path,
    body,
    headers: { ...auth, ...headers }
  })
  switch (where % 20) {
    case 0: // free text and unknown fields of a valid record: stored without them
      return post(
        "/records",
        record({
          goals: [{ goalId: "g1", area: "employment", intent: "improve", text: `${s} haluaa töihin` }],
          mechanisms: s,
          name: s,
          [s]: s
        })
      )
    case 1:
      return post("/records", record({ clientRef: s }))
    case 2:
      return post("/records", record({ recordId: `x${s}` }))
    case 3:
      return post("/records", record({ planId: s }))
    case 4:
      return post("/records", record({ municipality: s }))
    case 5:
      return post("/records", record({ date: s }))
    case 6:
      return post("/records", record({ goals: [{ goalId: s, area: s, intent: s }] }))
    case 7:
      return post("/records", record({ factors: [{ code: s, direction: s }], methods: [{ code: s }] }))
    case 8:
      return post("/records", `{"clientRef": "${s}", "x": ${s}`)
    case 9:
      return post("/records/batch", `${JSON.stringify(start(id))}\n{"planId": ${s}}\n`, {
        "content-type": "application/x-ndjson"
      })
    case 10:
      return post(
        "/records/batch",
        JSON.stringify({ records: [start(id), evaluation(id, { clientRef: s }), { [s]: s }] })
      )
    case 11:
      return post("/score", JSON.stringify({ records: [start(id, { clientRef: s, mechanisms: s })] }))
    case 12:
      return { method: "GET", path: `/records/${encodeURIComponent(s)}`, headers: auth }
    case 13:
      return { method: "GET", path: `/plans/${encodeURIComponent(s)}/score`, headers: auth }
    case 14:
      return { method: "GET", path: `/reports/cohort?municipality=${encodeURIComponent(s)}`, headers: auth }
    case 15:
      return {
        method: "GET",
        path: `/reports/cohort?${encodeURIComponent(s)}=1&methodFamily=${encodeURIComponent(s)}`,
        headers: auth
      }
    case 16:
      return { method: "GET", path: "/records/f0-s", headers: { ...auth, "x-request-id": encodeURIComponent(s) } }
    case 17:
      return { method: "GET", path: "/records/f0-s", headers: { ...auth, "x-actor-id": encodeURIComponent(s) } }
    case 18:
      return { method: "GET", path: "/records/f0-s", headers: { ...auth, "x-purpose": encodeURIComponent(s) } }
    default:
      return {
        method: "GET",
        path: "/records/f0-s",
        headers: { authorization: `Bearer ${encodeURIComponent(s)}`, "x-purpose": "client-work" }
      }
  }
}

let server: RunningServer
const seen: Array<{ secret: string; text: string }> = []
const secrets = new Set<string>()

beforeAll(async () => {
  server = await startServer(dbPath, { args: ["--max-body-bytes", "100000", "--min-cohort-size", "1"] })
}, 90_000)
afterAll(async () => {
  await server?.stop()
  rmSync(dir, { recursive: true, force: true })
})

/** The forms in which a secret could leak. */
const forms = (s: string): ReadonlyArray<string> => [
  s.toLowerCase(),
  JSON.stringify(s).slice(1, -1).toLowerCase(),
  encodeURIComponent(s).toLowerCase(),
  ...s
    .split(" ")
    .filter((w) => w.length >= 5)
    .map((w) => w.toLowerCase())
]

it(
  "no random name or henkilötunnus, put anywhere in a request, comes back in a response",
  async () => {
    let n = 0
    await fc.assert(
      fc.asyncProperty(secret, fc.nat(), async (s, where) => {
        const r = request(s, where, n++)
        secrets.add(s)
        const res = await fetch(`${server.url}${r.path}`, {
          method: r.method,
          headers: r.headers,
          ...(r.body !== undefined && { body: r.body })
        })
        const text = `${res.status} ${JSON.stringify([...res.headers.entries()])} ${await res.text()}`
        expect(res.status).toBeLessThan(500)
        for (const f of forms(s)) expect(text.toLowerCase().includes(f), `${f} in ${text.slice(0, 300)}`).toBe(false)
        seen.push({ secret: s, text })
      }),
      { numRuns: RUNS }
    )
    expect(seen.length).toBe(RUNS)
  },
  Math.max(60_000, RUNS * 20)
)

/** Every henkilötunnus-shaped token and every word of a text, lower-case, with %-encoded bytes decoded too. */
const index = (text: string) => {
  const decoded = text.replace(/(%[0-9a-f]{2})+/gi, (m) => {
    try {
      return decodeURIComponent(m)
    } catch {
      return m
    }
  })
  const all = `${text}\n${decoded}`.toLowerCase()
  return {
    codes: new Set(all.match(/\d{6}[-+a-fu-y]\d{3}[0-9a-y]/g) ?? []),
    words: new Set(all.split(/[^\p{L}]+/u))
  }
}

it("nor in any log line, access-log row or stored record", async () => {
  await server.stop("SIGTERM")
  const db = new Database(dbPath, { readonly: true })
  const rows = (db.prepare("SELECT * FROM access_log").all() as Array<unknown>).map((r) => JSON.stringify(r))
  const bodies = db.prepare("SELECT body FROM records").pluck().all() as Array<string>
  db.close()
  expect(server.stdout.length).toBeGreaterThan(RUNS)
  // an index of the outputs, so that 100 000 secrets are checked in linear time
  const found = index([...server.stdout, ...server.stderr, ...rows, ...bodies].join("\n"))
  for (const s of secrets) {
    for (const code of s.match(/\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]/g) ?? [])
      expect(found.codes.has(code.toLowerCase()), code).toBe(false)
    for (const word of s.replace(/\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]/g, " ").split(" "))
      if (word.length >= 5) expect(found.words.has(word.toLowerCase()), word).toBe(false)
  }
})
