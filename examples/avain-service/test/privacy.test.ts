/**
 * Personal data (issue #8): records carrying real-format henkilötunnus values
 * and names go through every path of the service (valid records with names in
 * free text, invalid fields, unknown fields, malformed JSON and NDJSON, URL
 * paths, query parameters, headers, oversized bodies, stateless scoring,
 * reports). None of them may appear in any response (body or header) or in
 * any log line.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import Database from "better-sqlite3"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { authHeaders, provision } from "./support/auth.js"
import { evaluation, start } from "./support/records.js"
import { type RunningServer, startServer } from "./support/server.js"

/** A henkilötunnus with a valid check character (Population Information Act 661/2009 § 11; DVV format). */
const hetu = (ddmmyy: string, sep: string, individual: string): string =>
  `${ddmmyy}${sep}${individual}${"0123456789ABCDEFHJKLMNPRSTUVWXY"[Number(ddmmyy + individual) % 31]}`

// Real-format values (individual numbers outside the 900–999 test range), old and 2023 separators.
const hetus = [
  hetu("131052", "-", "308"),
  hetu("010594", "Y", "102"),
  hetu("240307", "A", "453"),
  hetu("311299", "-", "016")
]
const names = ["Meikäläinen", "Virtanen", "Kärkkäinen", "Matti", "Maija"]
const fullNames = ["Matti Meikäläinen", "Maija Virtanen", "Anna-Liisa Kärkkäinen"]
const secrets = [...hetus, ...names]

const dir = mkdtempSync(join(tmpdir(), "avain-privacy-"))
const keys = provision(join(dir, "avain.sqlite"))
const apiKey = keys["pirkanmaa"]?.apiKey as string
let server: RunningServer
const responses: Array<string> = []

/** Records every response (status line, headers, body) for the final scan; sends the key and a purpose unless told otherwise. */
const call = async (path: string, init: RequestInit = {}, auth = true): Promise<Response> => {
  const headers = { ...(auth ? authHeaders(apiKey) : {}), ...(init.headers as Record<string, string> | undefined) }
  const res = await fetch(`${server.url}${path}`, { ...init, headers })
  const text = await res.text()
  responses.push(`${res.status} ${JSON.stringify([...res.headers.entries()])} ${text}`)
  return new Response(text, { status: res.status, headers: res.headers })
}
const send = (path: string, body: unknown, contentType = "application/json", headers: Record<string, string> = {}) =>
  call(path, {
    method: "POST",
    headers: { "content-type": contentType, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body)
  })

beforeAll(async () => {
  server = await startServer(join(dir, "avain.sqlite"), {
    args: ["--max-body-bytes", "100000", "--min-cohort-size", "1"]
  })
}, 90_000)

afterAll(async () => {
  await server?.stop()
  rmSync(dir, { recursive: true, force: true })
})

describe("no personal data in responses or logs", () => {
  it("the secrets are real-format", () => {
    expect(hetus[0]).toBe("131052-308T") // DVV's published example
    for (const h of hetus) expect(h).toMatch(/^\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]$/)
  })

  it("feeds them through every path", async () => {
    const [h0, h1, h2, h3] = hetus as [string, string, string, string]
    const [n0, n1, n2] = fullNames as [string, string, string]
    const goalText = (text: string) => ({ goals: [{ goalId: "g1", area: "employment", intent: "improve", text }] })

    // valid records with names in free text and unknown fields: stored without them
    expect(
      (
        await send("/records/batch", {
          records: [
            start("priv1", { ...goalText(`${n0} haluaa töihin`), mechanisms: `Tukena ${n1}`, name: n2, hetu: h0 }),
            evaluation("priv1", { goals: [{ goalId: "g1", area: "employment", attainment: "fairly-well" }], name: n0 }),
            start("priv2", { mechanisms: `${n2} (sisar)` })
          ]
        })
      ).status
    ).toBe(201)
    // henkilötunnus in client reference, free text and identifiers: 422
    for (const bad of [
      start("priv3", { clientRef: h0 }),
      start("priv3", goalText(`Asiakas ${h1} haluaa töihin`)),
      start("priv3", { mechanisms: `hetu ${h2}` }),
      start("priv3", { recordId: h3 }),
      start("priv3", { planId: h0 }),
      start("priv3", { recordId: n0 }),
      start("priv3", { clientRef: n1 }),
      start("priv3", { municipality: n2 }),
      start("priv3", { date: h1 }),
      start("priv3", { ratedBy: n0 }),
      start("priv3", { phase: h2 }),
      start("priv3", { goals: [{ goalId: n0, area: n1, intent: h0 }] }),
      start("priv3", { factors: [{ code: n2, direction: h3 }] }),
      start("priv3", { methods: n1 }),
      { [n0]: h0 },
      n1,
      [h2]
    ]) {
      const res = await send("/records", bad)
      expect([400, 422], JSON.stringify(bad).slice(0, 200)).toContain(res.status)
    }
    expect((await send("/records/batch", { records: [start("priv4", { clientRef: h1 }), n0] })).status).toBe(422)
    expect((await send("/score", { records: [start("priv5", { clientRef: h3, mechanisms: n0 })] })).status).toBe(422)
    expect((await send("/score", { records: [start("priv6", goalText(n1))] })).status).toBe(200)
    // malformed JSON and NDJSON around the secrets (V8's parse errors would quote them)
    expect((await send("/records", `{"clientRef": "${n0}", "hetu": ${h0}`)).status).toBe(400)
    expect(
      (await send("/records/batch", `${JSON.stringify(start("priv7"))}\n{"x": ${h1} ${n1}\n`, "application/x-ndjson"))
        .status
    ).toBe(400)
    expect((await send("/records", `"${n2} ${h2}"\udc00`)).status).toBe(400)
    // oversized body full of secrets
    expect((await send("/records", JSON.stringify({ t: `${n0} ${h0} `.repeat(5000) }))).status).toBe(413)
    // wrong media type
    expect((await send("/records", `${n0} ${h0}`, "text/plain")).status).toBe(415)
    // URL paths and query parameters
    for (const path of [
      `/records/${encodeURIComponent(h0)}`,
      `/records/${encodeURIComponent(n0)}`,
      `/plans/${encodeURIComponent(h1)}/score`,
      `/plans/${encodeURIComponent(n1)}/score`,
      `/${encodeURIComponent(n2)}`,
      `/reports/cohort?municipality=${encodeURIComponent(h2)}`,
      `/reports/cohort?methodFamily=${encodeURIComponent(n0)}`,
      `/reports/cohort?threshold=${encodeURIComponent(names[1] as string)}`,
      `/reports/cohort?${encodeURIComponent(n1)}=${encodeURIComponent(h3)}`,
      `/reports/cohort?from=${encodeURIComponent(h0)}`
    ]) {
      const res = await call(path)
      expect([400, 404], path).toContain(res.status)
    }
    // headers: a henkilötunnus or a name as request id is replaced, never echoed or logged
    for (const id of [h0, h1, "010190-1239", n0, `${n0}-0001`]) {
      const res = await call("/health", { headers: { "x-request-id": encodeURIComponent(id) } })
      expect(res.headers.get("x-request-id")).not.toBe(encodeURIComponent(id))
    }
    // credentials, purpose and actor headers carrying the secrets: refused, never echoed or logged
    for (const [headers, status] of [
      [{ authorization: `Bearer ${h0}` }, 401],
      [{ authorization: `Bearer avk_0123456789abcdef_${n0}` }, 401],
      [{ authorization: `${n1} ${h1}` }, 401],
      [{ ...authHeaders(apiKey), "x-purpose": h2 }, 400],
      [{ ...authHeaders(apiKey), "x-purpose": encodeURIComponent(n2) }, 400],
      [{ ...authHeaders(apiKey), "x-actor-id": h3 }, 400],
      [{ ...authHeaders(apiKey), "x-actor-id": encodeURIComponent(n0) }, 400]
    ] as const) {
      const res = await call("/records/priv1-s", { headers }, false)
      expect(res.status, JSON.stringify(headers)).toBe(status)
    }
    // the stored data still scores and reports
    const score = await call("/plans/priv1/score")
    expect(score.status).toBe(200)
    expect(await score.json()).toMatchObject({ planId: "priv1", attainment: { attained: 1, evaluated: 1 } })
    expect((await call("/records/priv1-s")).status).toBe(200)
    expect((await call("/records/priv1-e")).status).toBe(200)
    expect((await call("/reports/cohort")).status).toBe(200)
    expect((await call("/reports/cohort?methodFamily=supportive")).status).toBe(200)
  })

  it("none of them appears in any response, log line or access-log row", async () => {
    await server.stop("SIGTERM")
    const logs = [...server.stdout, ...server.stderr]
    expect(responses.length).toBeGreaterThan(40)
    expect(logs.length).toBeGreaterThan(40)
    // the access log in the database keeps ids and client references, never the refused values
    const db = new Database(join(dir, "avain.sqlite"), { readonly: true })
    const accessRows = (db.prepare("SELECT * FROM access_log").all() as Array<unknown>).map((r) => JSON.stringify(r))
    db.close()
    expect(accessRows.length).toBeGreaterThan(10)
    const haystacks = [...responses, ...logs, ...accessRows]
    for (const secret of secrets) {
      const forms = [secret, secret.toLowerCase(), JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]
      for (const text of haystacks)
        for (const form of forms)
          expect(text.toLowerCase().includes(form.toLowerCase()), `${form} leaked in: ${text.slice(0, 300)}`).toBe(
            false
          )
    }
  })
})
