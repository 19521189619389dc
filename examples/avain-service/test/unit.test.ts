import { timingSafeEqual } from "node:crypto"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it, vi } from "vitest"
import { makeAccessLog } from "../src/access-log.js"
import { parseAdminArgs, runAdmin } from "../src/admin.js"
import { compareDigests, digestOf, makeAdmin, makeAuthenticator, secretMatches } from "../src/auth.js"
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
    expect(first).toMatchObject({ journalMode: "wal", synchronous: "FULL", schemaVersion: 2, migrationsApplied: 2 })
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
    const newer = [...migrations, { version: 3, name: "later", sql: "CREATE TABLE later (x INTEGER) STRICT" }]
    openDatabase(path, newer).db.close()
    expect(() => openDatabase(path)).toThrow(/unknown to this version/)
  })

  it("stores a batch all or nothing, replays idempotently, and keeps batches complete", () => {
    const { db } = openDatabase(join(dir, "c.sqlite"))
    const org = makeAdmin(db).addOrganisation("pirkanmaa", { county: "Pirkanmaan hyvinvointialue" })
    const store = makeRecordStore(db)
    const bad = store.store([start("u1"), evaluation("u1"), start("u2", { municipality: "000" })], "r1", org)
    expect(bad.ok).toBe(false)
    expect(verifyDatabase(db).records).toBe(0)
    // the access log is the caller's: without its rows verify reports the records as unlogged
    const ok = store.store([start("u1"), evaluation("u1")], "r2", org)
    expect(ok).toMatchObject({ ok: true, created: 2, unchanged: 0 })
    expect(store.store([start("u1"), evaluation("u1")], "r3", org)).toMatchObject({
      ok: true,
      batchId: null,
      unchanged: 2
    })
    expect(store.store([evaluation("u1", { recordId: "u1-e2" })], "r4", org)).toMatchObject({
      ok: false,
      issues: [{ record: 0, at: "planId", rule: "one-evaluation-per-plan" }]
    })
    expect(verifyDatabase(db)).toMatchObject({ ok: false, records: 2, batches: 1, recordsWithoutAccessLog: 2 })
    // a municipality outside the organisation (Helsinki is in no county) is refused
    expect(store.store([start("u3", { municipality: "091" })], "r5", org)).toMatchObject({
      ok: false,
      issues: [{ record: 0, at: "municipality", rule: "municipality-outside-organisation" }]
    })
    // another organisation sees nothing of it and may use the same ids
    const hel = makeAdmin(db).addOrganisation("helsinki", { municipality: "091" })
    expect(store.get("helsinki", "u1-s")).toBeUndefined()
    expect(store.get("pirkanmaa", "u1-s")).toMatchObject({ recordId: "u1-s" })
    expect(store.store([start("u1", { municipality: "091" })], "r6", hel)).toMatchObject({ ok: true, created: 1 })
    expect([...store.cohort("helsinki", {})].map((r) => r.municipality)).toEqual(["091"])
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
    expect(readConfig(["--nope"], {})).toEqual({ error: "Unknown option (see --help)" })
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

describe("API keys", () => {
  it("compares digests with node's constant-time timingSafeEqual, on two 32-byte digests whatever is wrong", () => {
    expect(compareDigests).toBe(timingSafeEqual)
    const stored = digestOf("right-secret")
    const compare = vi.fn(timingSafeEqual)
    expect(secretMatches("right-secret", stored, compare)).toBe(true)
    expect(secretMatches("wrong-secret", stored, compare)).toBe(false)
    expect(secretMatches("right-secre", stored, compare)).toBe(false) // shorter
    expect(secretMatches("right-secret", undefined, compare)).toBe(false) // unknown or revoked key
    expect(secretMatches("", undefined, compare)).toBe(false) // malformed key
    expect(secretMatches("right-secret", new Uint8Array(5), compare)).toBe(false) // corrupt stored value
    expect(compare).toHaveBeenCalledTimes(6)
    for (const [a, b] of compare.mock.calls) {
      expect(a.byteLength).toBe(32)
      expect(b.byteLength).toBe(32)
    }
  })

  it("authenticates a key of an organisation; refuses missing, malformed, unknown, wrong and revoked ones", () => {
    const { db } = openDatabase(join(dir, "k.sqlite"))
    const admin = makeAdmin(db)
    admin.addOrganisation("pirkanmaa", { county: "Pirkanmaan hyvinvointialue" })
    const k = admin.createKey("pirkanmaa")
    expect(k.apiKey).toMatch(/^avk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/)
    // only the digest is stored
    const row = db.prepare("SELECT * FROM api_keys").get() as Record<string, unknown>
    expect(JSON.stringify(row)).not.toContain(k.apiKey.slice(21))
    expect(Buffer.compare(row["secret_hash"] as Buffer, digestOf(k.apiKey.slice(21)))).toBe(0)
    const auth = makeAuthenticator(db)
    expect(auth.authenticate(`Bearer ${k.apiKey}`)).toMatchObject({ keyId: k.keyId, org: { code: "pirkanmaa" } })
    expect(auth.authenticate(`bearer ${k.apiKey}`)).toMatchObject({ keyId: k.keyId })
    const secret = k.apiKey.slice(21)
    const flipped = `${secret.slice(0, -1)}${secret.endsWith("A") ? "B" : "A"}`
    for (const header of [
      undefined,
      "",
      k.apiKey,
      `Basic ${k.apiKey}`,
      `Bearer ${k.apiKey}x`,
      `Bearer avk_${k.keyId}_${flipped}`,
      `Bearer avk_0123456789abcdef_${secret}`
    ])
      expect(auth.authenticate(header), String(header)).toBeUndefined()
    expect(admin.keys()).toEqual([{ keyId: k.keyId, org: "pirkanmaa", createdAt: k.createdAt, revokedAt: null }])
    admin.revokeKey(k.keyId)
    expect(auth.authenticate(`Bearer ${k.apiKey}`)).toBeUndefined()
    expect(() => admin.revokeKey(k.keyId)).toThrow(/revoked already/)
    // key rows: no delete, no change but the one revocation
    expect(() => db.prepare("DELETE FROM api_keys").run()).toThrow(/cannot be deleted/)
    expect(() => db.prepare("UPDATE api_keys SET revoked_at = NULL").run()).toThrow(/only be revoked/)
    expect(() => db.prepare("UPDATE api_keys SET secret_hash = zeroblob(32)").run()).toThrow(/only be revoked/)
    db.close()
  })

  it("refuses an organisation code or county that is not one, naming the option only", () => {
    const { db } = openDatabase(join(dir, "o.sqlite"))
    const admin = makeAdmin(db)
    expect(() => admin.addOrganisation("131052-308T", { municipality: "091" })).toThrow(/^--code must/)
    expect(() => admin.addOrganisation("x1", { county: "Matti Meikäläinen" })).toThrow(/^--county must/)
    expect(() => admin.addOrganisation("x1", { municipality: "999" })).toThrow(/^--municipality must/)
    expect(() => admin.createKey("nobody")).toThrow(/^--org must/)
    const o = admin.addOrganisation("pirkanmaa", { county: "Pirkanmaan hyvinvointialue" })
    expect(o.municipalities).toEqual(expect.arrayContaining(["837", "211"]))
    expect(o.municipalities).not.toContain("091")
    db.close()
  })
})

describe("access log", () => {
  it("is append-only: UPDATE and DELETE are refused by triggers", () => {
    const { db } = openDatabase(join(dir, "l.sqlite"))
    const admin = makeAdmin(db)
    const org = admin.addOrganisation("pirkanmaa", { county: "Pirkanmaan hyvinvointialue" })
    const k = admin.createKey("pirkanmaa")
    const log = makeAccessLog(db)
    const ctx = {
      requestId: "r1",
      caller: { keyId: k.keyId, org },
      purpose: "client-work" as const,
      actorId: null
    }
    log.append(ctx, [
      { action: "read-record", target: "record", targetId: "a-s", clientRef: "c-a", result: "ok", status: 200 }
    ])
    expect(log.history("c-a")).toMatchObject([{ org: "pirkanmaa", keyId: k.keyId, purpose: "client-work" }])
    expect(() => db.prepare("UPDATE access_log SET purpose = 'supervision'").run()).toThrow(/append-only/)
    expect(() => db.prepare("DELETE FROM access_log").run()).toThrow(/append-only/)
    expect(() =>
      db
        .prepare(
          "INSERT INTO access_log (at, request_id, key_id, org_code, purpose, action, target, result, status) VALUES ('x', 'r', ?, 'pirkanmaa', 'curiosity', 'read-record', 'record', 'ok', 200)"
        )
        .run(k.keyId)
    ).toThrow(/CHECK/)
    expect(verifyDatabase(db)).toMatchObject({ accessLogAppendOnly: true, accessLogRows: 1 })
    db.close()
  })

  it("migration 2 gives records stored before it to the organisation 'unassigned'", () => {
    const path = join(dir, "m.sqlite")
    const v1 = openDatabase(path, migrations.slice(0, 1))
    v1.db
      .prepare("INSERT INTO batches (batch_id, request_id, record_count, committed_at) VALUES ('b', 'r', 1, 'now')")
      .run()
    v1.db
      .prepare(
        `INSERT INTO records (record_id, plan_id, client_ref, municipality, phase, record_date, plan_start_date,
           format_version, body, batch_id, stored_at) VALUES ('x-s', 'x', 'c-x', '837', 'start', '2018-01-01',
           '2018-01-01', 2, '{}', 'b', 'now')`
      )
      .run()
    v1.db.close()
    const v2 = openDatabase(path)
    expect(v2).toMatchObject({ schemaVersion: 2, migrationsApplied: 1 })
    expect(v2.db.prepare("SELECT org_code, record_id FROM records").all()).toEqual([
      { org_code: "unassigned", record_id: "x-s" }
    ])
    v2.db.close()
  })
})

describe("admin command", () => {
  it("parses commands and names options, never values, in errors", () => {
    expect(parseAdminArgs(["keys", "create", "--org", "pirkanmaa"])).toEqual({
      command: "keys-create",
      org: "pirkanmaa"
    })
    expect(parseAdminArgs(["access-log", "--client-ref", "c-1"])).toEqual({ command: "access-log", clientRef: "c-1" })
    for (const argv of [["--131052-308T"], ["keys", "Matti"], ["keys", "create"], ["orgs", "add", "--code", "x"]]) {
      const r = parseAdminArgs(argv) as { error: string }
      expect(r.error).toBeTypeOf("string")
      expect(r.error).not.toMatch(/131052|Matti/)
    }
  })

  it("creates, lists and revokes keys; the secret is printed once and never listed", () => {
    const path = join(dir, "admin.sqlite")
    const out: Array<string> = []
    const err: Array<string> = []
    const run = (...argv: Array<string>) =>
      runAdmin(
        ["--db", path, ...argv],
        {},
        (l) => out.push(l),
        (l) => err.push(l)
      )
    expect(run("orgs", "add", "--code", "pirkanmaa", "--county", "Pirkanmaan hyvinvointialue")).toBe(0)
    expect(run("keys", "create", "--org", "pirkanmaa")).toBe(0)
    const created = JSON.parse(out.at(-1) as string) as { apiKey: string; keyId: string }
    expect(created.apiKey).toMatch(/^avk_/)
    out.length = 0
    expect(run("keys", "list")).toBe(0)
    expect(out.join("")).toContain(created.keyId)
    expect(out.join("")).not.toContain(created.apiKey.slice(21))
    expect(run("keys", "revoke", created.keyId)).toBe(0)
    expect(run("keys", "revoke", created.keyId)).toBe(1)
    expect(run("keys", "revoke", "131052-308T")).toBe(1)
    expect(run("keys", "create", "--org", "131052-308T")).toBe(1)
    expect(err.join("")).not.toContain("131052")
  })
})
