/**
 * Worker thread of the whole-country run: generates its slice of households, builds each household's twelve monthly
 * applications in chunks, and computes them with the amount path without a tracer (`ours`) or the hand-written baseline (`baseline`).
 * Holds one chunk at a time.
 */
import { parentPort, workerData } from "node:worker_threads"
import { type Application, calculateSupportBatch } from "@osallistava/social-assistance"
import { plainMonth, plainSupport } from "../baselines/social-assistance.js"
import { application, households, monthsOf } from "../population/index.js"

interface Job {
  readonly seed: number
  readonly from: number
  readonly count: number
  readonly year: number
  readonly mode: "ours" | "baseline"
}

const job = workerData as Job
const months = monthsOf(job.year)
const plain = new Map(months.map((m) => [m, plainMonth(m)]))
const CHUNK = 4096
let chunk: Array<Application.Application> = []
let householdMonths = 0
let totalCents = 0
let errors = 0
let computeNs = 0n

const flush = () => {
  if (chunk.length === 0) return
  const t = process.hrtime.bigint()
  if (job.mode === "ours") {
    const r = calculateSupportBatch(chunk)
    errors += r.errors.size
    for (let i = 0; i < r.supportCents.length; i++) if (r.supportCents[i]! > 0) totalCents += r.supportCents[i]!
  } else for (const a of chunk) totalCents += plainSupport(a, plain.get(a.month)!)
  computeNs += process.hrtime.bigint() - t
  householdMonths += chunk.length
  chunk = []
}

// Groups of households, month by month within a group (as a monthly run processes them).
const GROUP = Math.floor(CHUNK / 12)
let group: Array<ReturnType<typeof households> extends Generator<infer H> ? H : never> = []
const flushGroup = () => {
  for (const m of months) for (const h of group) chunk.push(application(h, m))
  group = []
  flush()
}
for (const h of households(job.seed, job.count, job.from, job.year)) {
  group.push(h)
  if (group.length === GROUP) flushGroup()
}
flushGroup()
parentPort!.postMessage({ householdMonths, totalCents, errors, computeSeconds: Number(computeNs) / 1e9 })
