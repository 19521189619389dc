/**
 * Crash safety (issue #8): the server is killed with SIGKILL in the middle of
 * writing a batch, restarted on the same file, and every acknowledged record
 * is present, intact and no batch is half-written. The access log (issue #16)
 * agrees: every acknowledged record has its row, and a batch lost in the crash
 * has neither records nor rows.
 *
 * Two kills: a deterministic one inside a write transaction (fault injection
 * stalls the writer after 150 rows of a 200-record batch and the test kills it
 * there) and one at a random moment while several batches are in flight.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import Database from "better-sqlite3"
import { afterAll, describe, expect, it } from "vitest"
import { canonicalJson } from "../src/canonical.js"
import { verifyDatabase } from "../src/verify.js"
import { client, provision } from "./support/auth.js"
import { evaluation, start } from "./support/records.js"
import { type RunningServer, startServer } from "./support/server.js"

const dir = mkdtempSync(join(tmpdir(), "avain-crash-"))
const dbPath = join(dir, "avain.sqlite")
let server: RunningServer | undefined
const keys = provision(dbPath)
const api = client(() => server?.url as string, keys["pirkanmaa"]?.apiKey as string)

afterAll(async () => {
  await server?.stop("SIGKILL")
  rmSync(dir, { recursive: true, force: true })
})

type Rec = Record<string, unknown> & { recordId: string }

/** A batch of `plans` start+evaluation pairs. */
const batch = (name: string, plans: number): Array<Rec> =>
  Array.from({ length: plans }, (_, i) => [start(`${name}-${i}`), evaluation(`${name}-${i}`)]).flat() as Array<Rec>

/** What the service stores of a record: everything but free text. */
const storedForm = (r: Rec): string => {
  const { mechanisms: _m, ...rest } = r
  const goals = (rest["goals"] as Array<Record<string, unknown>>).map(({ text: _t, ...g }) => g)
  return canonicalJson({ ...rest, goals })
}

/** Opens the file as left by the crash (WAL recovery included) and checks it. */
const inspect = () => {
  const db = new Database(dbPath)
  const report = verifyDatabase(db)
  const bodies = new Map(
    (db.prepare("SELECT record_id, body FROM records").all() as Array<{ record_id: string; body: string }>).map((r) => [
      r.record_id,
      r.body
    ])
  )
  // the access-log rows of successful stores, by record id (written in the records' transaction)
  const logged = new Set(
    db
      .prepare("SELECT target_id FROM access_log WHERE action = 'store-records' AND result = 'ok'")
      .pluck()
      .all() as Array<string>
  )
  db.close()
  return { report, bodies, logged }
}

const send = (records: ReadonlyArray<Rec>) => api.post("/records/batch", { records })

describe("crash safety", () => {
  it("keeps every acknowledged record and no half-written batch across SIGKILLs", async () => {
    const acked: Array<Rec> = []
    // 1. two acknowledged batches, then a third killed inside its transaction after 150 of 200 rows
    server = await startServer(dbPath, { env: { AVAIN_FAULT_STALL: "150:30000" } })
    for (const name of ["a", "b"]) {
      const records = batch(name, 50)
      const res = await send(records)
      expect(res.status).toBe(201)
      acked.push(...records)
    }
    const c = batch("c", 100)
    const pending = send(c).then(
      (r) => r.status,
      () => "no response"
    )
    await server.waitFor((e) => e["event"] === "fault-stall" && e["rows"] === 150)
    const killed = await server.stop("SIGKILL")
    expect(killed.signal).toBe("SIGKILL")
    expect(await pending).toBe("no response")

    let { report, bodies, logged } = inspect()
    expect(report).toMatchObject({ ok: true, integrity: ["ok"], incompleteBatches: [], inconsistentRecords: 0 })
    expect(report).toMatchObject({ recordsWithoutAccessLog: 0, accessLogWithoutRecord: 0, accessLogAppendOnly: true })
    for (const r of acked) expect(bodies.get(r.recordId), r.recordId).toBe(storedForm(r))
    for (const r of acked) expect(logged.has(r.recordId), `access log of ${r.recordId}`).toBe(true)
    expect(c.filter((r) => bodies.has(r.recordId))).toHaveLength(0)
    expect(c.filter((r) => logged.has(r.recordId))).toHaveLength(0)
    expect(bodies.size).toBe(acked.length)

    // 2. restart on the same file; many batches in flight; SIGKILL at once after the third acknowledgement
    server = await startServer(dbPath)
    const batches = Array.from({ length: 12 }, (_, i) => batch(`r${i}`, 40))
    const outcome: Array<"acked" | "lost"> = []
    let acks = 0
    let killedAt: Promise<unknown> | undefined
    const inFlight = 3
    let next = 0
    const worker = async () => {
      while (next < batches.length) {
        const i = next++
        const res = await send(batches[i] as Array<Rec>).catch(() => undefined)
        if (res?.status === 201) {
          outcome[i] = "acked"
          acked.push(...(batches[i] as Array<Rec>))
          if (++acks === 3) killedAt = server?.stop("SIGKILL")
        } else outcome[i] = "lost"
      }
    }
    await Promise.all(Array.from({ length: inFlight }, worker))
    await killedAt
    expect(acks).toBeGreaterThanOrEqual(3)
    expect(outcome.filter((o) => o === "lost").length).toBeGreaterThan(0)

    ;({ report, bodies, logged } = inspect())
    expect(report).toMatchObject({ ok: true, integrity: ["ok"], incompleteBatches: [], inconsistentRecords: 0 })
    expect(report).toMatchObject({ recordsWithoutAccessLog: 0, accessLogWithoutRecord: 0, accessLogAppendOnly: true })
    for (const r of acked) expect(bodies.get(r.recordId), r.recordId).toBe(storedForm(r))
    for (const r of acked) expect(logged.has(r.recordId), `access log of ${r.recordId}`).toBe(true)
    // an unacknowledged batch is all there (committed, reply lost) or not at all, with its access log alike
    for (const [i, b] of batches.entries()) {
      const present = b.filter((r) => bodies.has(r.recordId)).length
      expect([0, b.length], `batch r${i}`).toContain(present)
      expect(b.filter((r) => logged.has(r.recordId)).length, `access log of batch r${i}`).toBe(present)
    }

    // 3. restart; the client resends what was not acknowledged: idempotent, nothing duplicated
    server = await startServer(dbPath)
    for (const r of acked.slice(0, 3)) {
      const res = await api.get(`/records/${r.recordId}`)
      expect(canonicalJson(await res.json())).toBe(storedForm(r))
    }
    for (const b of [c, ...batches.filter((_, i) => outcome[i] === "lost")]) {
      const res = await send(b)
      expect([200, 201]).toContain(res.status)
      const body = (await res.json()) as { created: number; unchanged: number }
      expect(body.created + body.unchanged).toBe(b.length)
    }
    expect((await server.stop("SIGTERM")).code).toBe(0)
    ;({ report, bodies } = inspect())
    expect(report.ok).toBe(true)
    expect(bodies.size).toBe(200 + 200 + 12 * 80)
  }, 120_000)
})
