/**
 * The service's cohort report applies the project's disclosure control (the
 * avain report over `@osallistava/core`'s Disclosure) at the service's
 * threshold, default 5: no published count is a small cell (1–4), and a
 * cohort whose size would be one is not reported at all.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, expect, it } from "vitest"
import { client, provision } from "./support/auth.js"
import { evaluation, start } from "./support/records.js"
import { type RunningServer, startServer } from "./support/server.js"

const dir = mkdtempSync(join(tmpdir(), "avain-report-"))
const dbPath = join(dir, "avain.sqlite")
const keys = provision(dbPath)
let server: RunningServer
const api = client(() => server.url, keys["pirkanmaa"]?.apiKey as string, "statistics-and-planning")

/** Every count of the published report (named fields), with its path. */
const counts = (v: unknown, path = ""): Array<[string, number | null]> => {
  if (Array.isArray(v)) return v.flatMap((x, i) => counts(x, `${path}[${i}]`))
  if (v === null || typeof v !== "object") return []
  return Object.entries(v).flatMap(([k, x]) =>
    ["numerator", "denominator", "plans", "notEvaluated", "started", "evaluated"].includes(k) &&
    (x === null || typeof x === "number")
      ? [[`${path}.${k}`, x] as [string, number | null]]
      : counts(x, `${path}.${k}`)
  )
}

beforeAll(async () => {
  server = await startServer(dbPath)
  // nine started plans, one of them evaluated: the evaluated plan is a small cell
  const records = [...Array.from({ length: 9 }, (_, i) => start(`r${i}`)), evaluation("r0")]
  expect((await api.post("/records/batch", { records })).status).toBe(201)
}, 90_000)

afterAll(async () => {
  await server?.stop()
  rmSync(dir, { recursive: true, force: true })
})

it("publishes no small cell: every count is null, 0 or at least the threshold", async () => {
  const res = await api.get("/reports/cohort")
  expect(res.status).toBe(200)
  const report = (await res.json()) as { minCell: number; population: { started: number | null } }
  expect(report.minCell).toBe(5)
  expect(report.population.started).toBe(9)
  const all = counts(report)
  expect(all.length).toBeGreaterThan(10)
  for (const [path, n] of all) expect(n === null || n === 0 || n >= 5, `${path} = ${n}`).toBe(true)
  // the one evaluated plan is hidden, and with it its attainment
  expect(all.filter(([, n]) => n === null).length).toBeGreaterThan(0)
})

it("does not report a cohort smaller than the threshold", async () => {
  // Kangasala (211) has no plans of this organisation; a period before every plan has none either
  expect((await api.get("/reports/cohort?municipality=211")).status).toBe(422)
  expect((await api.get("/reports/cohort?to=2018-01-01")).status).toBe(422)
})
