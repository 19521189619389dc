/** The README's example requests, sent to the real service: its printed answers must stay true. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, expect, it } from "vitest"
import { client, provision } from "./support/auth.js"
import { type RunningServer, startServer } from "./support/server.js"

const here = (p: string) => readFileSync(fileURLToPath(new URL(`../${p}`, import.meta.url)), "utf8")
const readme = here("README.md")
/** The first ```json block after `marker` in the README. */
const blockAfter = (marker: string): Record<string, unknown> => {
  const at = readme.indexOf(marker)
  expect(at, marker).toBeGreaterThan(0)
  const m = /```json\n(.*?)\n```/s.exec(readme.slice(at))
  return JSON.parse(m?.[1] ?? "null") as Record<string, unknown>
}

const dir = mkdtempSync(join(tmpdir(), "avain-readme-"))
const keys = provision(join(dir, "avain.sqlite"))
let server: RunningServer
const api = client(() => server.url, keys["pirkanmaa"]?.apiKey as string)
beforeAll(async () => {
  server = await startServer(join(dir, "avain.sqlite"))
}, 90_000)
afterAll(async () => {
  await server?.stop()
  rmSync(dir, { recursive: true, force: true })
})

it("README: batch, score and the 422 answer are what the service returns", async () => {
  const stored = await api.post("/records/batch", here("examples/batch.json"))
  expect(stored.status).toBe(201)
  const { batchId: _b, ...storedBody } = (await stored.json()) as Record<string, unknown>
  const { batchId: _r, ...readmeStored } = blockAfter("--data @examples/batch.json")
  expect(storedBody).toEqual(readmeStored)

  const score = await (await api.get("/plans/plan-1001/score")).json()
  expect(score).toEqual(blockAfter("localhost:8080/plans/plan-1001/score"))

  const invalid = await api.post("/records", here("examples/invalid-record.json"))
  expect(invalid.status).toBe(422)
  const { requestId: _q, ...problem } = (await invalid.json()) as Record<string, unknown>
  const { requestId: _p, ...readmeProblem } = blockAfter("--data @examples/invalid-record.json")
  expect(problem).toEqual(readmeProblem)
})
