/**
 * Whole country: about 300 000 households × 12 months of 2025 across worker threads on all cores, with wall time
 * and peak memory (resident set size of the process, sampled every 10 ms; worker heaps are part of it). Each worker
 * generates its own households, so the wall time includes generating the applications; `computeSeconds` is the time
 * inside the calculation alone, summed over workers.
 *
 * @since 0.1.0
 */
import { availableParallelism } from "node:os"
import { Worker } from "node:worker_threads"

/** @since 0.1.0 */
export interface CountryRun {
  readonly mode: "ours" | "baseline"
  readonly threads: number
  readonly households: number
  readonly householdMonths: number
  readonly wallSeconds: number
  readonly computeSeconds: number
  readonly peakRssBytes: number
  readonly totalSupportEuros: number
  readonly errors: number
}

interface WorkerResult {
  householdMonths: number
  totalCents: number
  errors: number
  computeSeconds: number
}

/** @since 0.1.0 */
export const runCountry = async (
  seed: number,
  householdCount: number,
  mode: "ours" | "baseline",
  threads = availableParallelism()
): Promise<CountryRun> => {
  let peak = process.memoryUsage().rss
  const sampler = setInterval(() => {
    const rss = process.memoryUsage().rss
    if (rss > peak) peak = rss
  }, 10)
  const start = process.hrtime.bigint()
  const per = Math.ceil(householdCount / threads)
  const jobs = Array.from({ length: threads }, (_, k) => {
    const from = k * per
    const count = Math.max(0, Math.min(per, householdCount - from))
    return new Promise<WorkerResult>((resolve, reject) => {
      const w = new Worker(new URL("./country-worker-entry.mjs", import.meta.url), {
        workerData: { seed, from, count, year: 2025, mode }
      })
      w.once("message", resolve)
      w.once("error", reject)
    })
  })
  const results = await Promise.all(jobs)
  const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().rss)
  return {
    mode,
    threads,
    households: householdCount,
    householdMonths: results.reduce((a, r) => a + r.householdMonths, 0),
    wallSeconds,
    computeSeconds: results.reduce((a, r) => a + r.computeSeconds, 0),
    peakRssBytes: peak,
    totalSupportEuros: Math.round(results.reduce((a, r) => a + r.totalCents, 0) / 100),
    errors: results.reduce((a, r) => a + r.errors, 0)
  }
}
