import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { readConfig } from "../src/config.js"
import { DatabaseSetupError, openDatabase } from "../src/database.js"
import { matchRoute } from "../src/http.js"
import { migrations } from "../src/migrations.js"
import { identifierIssues } from "../src/privacy.js"
import { makeRecordStore } from "../src/store.js"
import { verifyDatabase } from "../src/verify.js"
import { evaluation, start } from "./support/records.js"

const dir = mkdtempSync(join(tmpdir(), "avain-unit-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("database", () => {
  it("opens a file in WAL mode with synchronous=FULL and applies each migration once", () => {
    const path = join(dir, "a.sqlite")
    const first = openDatabase(path)
    expect(first).toMatchObject({ journalMode: "wal", synchronous: "FULL", schemaVersion: 1, migrationsApplied: 1 })
    first.db.close()
    const second = openDatabase(path)
    expect(second.migrationsApplied).toBe(0)
    second.db.close()
  })

  it("refuses a migration edited after it was applied, and a database newer than the code", () => {
    const path = join(dir, "b.sqlite")
    openDatabase(path).db.close()
    const edited = migrations.map((m) => ({ ...m, sql: `${m.sql}\n-- edited` }))
    expect(() => openDatabase(path, edited)).toThrow(DatabaseSetupError)
    const newer = [...migrations, { version: 2, name: "later", sql: "CREATE TABLE later (x INTEGER) STRICT" }]
    openDatabase(path, newer).db.close()
    expect(() => openDatabase(path)).toThrow(/unknown to this version/)
  })

  it("stores a batch all or nothing, replays idempotently, and keeps batches complete", () => {
    const { db } = openDatabase(join(dir, "c.sqlite"))
    const store = makeRecordStore(db)
    const bad = store.store([start("u1"), evaluation("u1"), start("u2", { municipality: "000" })], "r1")
    expect(bad.ok).toBe(false)
    expect(verifyDatabase(db).records).toBe(0)
    const ok = store.store([start("u1"), evaluation("u1")], "r2")
    expect(ok).toMatchObject({ ok: true, created: 2, unchanged: 0 })
    expect(store.store([start("u1"), evaluation("u1")], "r3")).toMatchObject({ ok: true, batchId: null, unchanged: 2 })
    expect(store.store([evaluation("u1", { recordId: "u1-e2" })], "r4")).toMatchObject({
      ok: false,
      issues: [{ record: 0, at: "planId", rule: "one-evaluation-per-plan" }]
    })
    expect(verifyDatabase(db)).toMatchObject({ ok: true, records: 2, batches: 1 })
    db.close()
  })
})

describe("identifiers", () => {
  it("refuses a henkilötunnus in recordId, planId and goalId", () => {
    const input = start("p", { recordId: "131052-308T", planId: "x010594Y102Lx" })
    ;(input.goals as Array<{ goalId: string }>)[1] = {
      ...(input.goals as Array<{ goalId: string }>)[1],
      goalId: "240307A453F"
    } as never
    expect(identifierIssues(input).map((i) => i.at)).toEqual(["recordId", "planId", "goals[1].goalId"])
    expect(identifierIssues(start("p"))).toEqual([])
  })
})

describe("config", () => {
  it("reads flags over environment variables and names the setting in errors", () => {
    const r = readConfig(["--port", "0", "--db=/tmp/x.sqlite"], { PORT: "9000", AVAIN_MAX_BATCH_RECORDS: "10" })
    expect(r).toMatchObject({
      config: { port: 0, databasePath: "/tmp/x.sqlite", maxBatchRecords: 10, host: "127.0.0.1" }
    })
    expect(readConfig(["--port", "70000"], {})).toEqual({ error: "--port must be 0–65535" })
    expect(readConfig([], { AVAIN_MAX_BODY_BYTES: "1e6" })).toEqual({
      error: "--max-body-bytes must be a whole number"
    })
    expect(readConfig(["--nope"], {})).toEqual({ error: "Unknown option --nope (see --help)" })
    expect(readConfig(["--help"], {})).toEqual({ help: true })
  })
})

describe("routes", () => {
  const routes = [
    { method: "GET" as const, path: "/plans/{planId}/score", handle: () => {} },
    { method: "POST" as const, path: "/records", handle: () => {} }
  ]
  it("matches templates, decodes parameters, answers 405 for another method", () => {
    expect(matchRoute(routes, "GET", "/plans/a%3Ab/score")).toMatchObject({ params: { planId: "a:b" } })
    expect(matchRoute(routes, "GET", "/records")).toEqual({ allowed: ["POST"] })
    expect(matchRoute(routes, "GET", "/plans//score")).toBeUndefined()
    expect(matchRoute(routes, "GET", "/plans/%E0%A4%A/score")).toBeUndefined()
  })
})
