/**
 * `pnpm bench`: every benchmark against its hand-written baseline in the same run; prints tables and writes
 * `results/bench-<time>.json` and `results/latest.json`.
 *
 * Environment: `BENCH_QUICK=1` for a small smoke run (minutes → seconds); `BENCH_SEED` (default 2026);
 * `BENCH_ONLY=sa,country,reform,etotu,avain,imports,bundles` to run some suites.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { availableParallelism, cpus, loadavg, totalmem } from "node:os"
import { type Result as BenchResult, table } from "./harness.js"
import { runCohort, runScoring } from "./suites/avain.js"
import { runBundles } from "./suites/bundles.js"
import { runCountry } from "./suites/country.js"
import { runStream } from "./suites/etotu.js"
import { runImports } from "./suites/imports.js"
import { runReform } from "./suites/reform.js"
import { run as runSocialAssistance } from "./suites/social-assistance.js"

const quick = process.env["BENCH_QUICK"] === "1"
const seed = Number(process.env["BENCH_SEED"] ?? 2026)
const only = new Set((process.env["BENCH_ONLY"] ?? "sa,country,reform,etotu,avain,imports,bundles").split(","))
const MB = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`
const s = (x: number) => `${x.toFixed(2)} s`
const k = (x: number) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : `${(x / 1e3).toFixed(1)} k`)

const cpuModel = (() => {
  try {
    return /model name\s*:\s*(.*)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? cpus()[0]?.model ?? "unknown"
  } catch {
    return cpus()[0]?.model ?? "unknown"
  }
})()
const machine = {
  node: process.version,
  nproc: availableParallelism(),
  cpu: cpuModel,
  memoryBytes: totalmem(),
  loadAverageAtStart: loadavg()
}
console.log(
  `machine: ${machine.cpu}, ${machine.nproc} cores, node ${machine.node}, load average ${machine.loadAverageAtStart.map((x) => x.toFixed(1)).join(" ")}${quick ? " (quick run)" : ""}`
)

const out: Record<string, unknown> = { startedAt: new Date().toISOString(), quick, seed, machine }
const rows: Array<BenchResult> = []
const lines: Array<string> = []

if (only.has("sa")) {
  const sa = runSocialAssistance(seed, quick)
  rows.push(...sa.results)
  out["socialAssistance"] = sa
  lines.push(`social assistance: ${sa.mismatches} differences from the baseline in ${sa.compared} applications`)
}

if (only.has("avain")) {
  const scoring = runScoring(seed, quick ? 5_000 : 50_000, quick ? 3 : 7)
  rows.push(scoring)
  const n = quick ? 100_000 : 1_000_000
  const ours = runCohort(seed, n, "ours")
  const base = runCohort(seed, n, "baseline")
  rows.push({
    name: `AVAIN: cohort report over ${k(n)} records (reportBuilder)`,
    unit: "records",
    items: ours.records,
    oursPerSecond: ours.perSecond,
    baselinePerSecond: base.perSecond,
    ratio: ours.reportSeconds / base.reportSeconds,
    targetPerSecond: 500_000,
    meetsTargets: ours.perSecond >= 500_000
  })
  out["avain"] = { scoring, cohort: { ours, baseline: base } }
  lines.push(
    `AVAIN cohort: ${ours.records} records reported in ${s(ours.reportSeconds)} (target < 2 s; generating them took ${s(ours.generateSeconds)}), peak heap ${MB(ours.peakHeapUsedBytes)}; baseline ${s(base.reportSeconds)}; plans ${ours.started} vs baseline ${base.started}, evaluated goals ${ours.evaluatedGoals} vs baseline ${base.evaluatedGoals}`
  )
}

if (only.has("etotu")) {
  const n = quick ? 100_000 : 1_000_000
  const every = quick ? 20_000 : 100_000
  const ours = runStream(seed, n, "ours", every)
  const base = runStream(seed, n, "baseline", every)
  rows.push({
    name: `eTotu: decode + triage, stream of ${k(n)} NDJSON notices`,
    unit: "notices",
    items: n,
    oursPerSecond: ours.perSecond,
    baselinePerSecond: base.perSecond,
    ratio: ours.processSeconds / base.processSeconds,
    meetsTargets: true
  })
  out["etotu"] = { ours, baseline: base }
  lines.push(
    `eTotu stream memory (notices → heap used / rss): ${ours.samples.map((m) => `${k(m.notices)} → ${MB(m.heapUsedBytes)} / ${MB(m.rssBytes)}`).join(", ")}`
  )
  lines.push(
    `eTotu: ${ours.decoded} decoded, ${ours.invalid} invalid, ${ours.triaged} triaged; generation ${s(ours.generateSeconds)} (not counted)`
  )
}

if (rows.length > 0) console.log(`\n${table(rows)}\n`)
for (const l of lines) console.log(l)

if (only.has("country")) {
  const households = quick ? 20_000 : 300_000
  const ours = await runCountry(seed, households, "ours")
  const base = await runCountry(seed, households, "baseline")
  out["country"] = { ours, baseline: base }
  console.log(
    `\nwhole country, ${households} households × 12 months = ${ours.householdMonths} household-months on ${ours.threads} worker threads:`
  )
  for (const r of [ours, base])
    console.log(
      `  ${r.mode.padEnd(8)} wall ${s(r.wallSeconds)} (target < 10 s), calculation ${s(r.computeSeconds)} summed over threads, peak rss ${MB(r.peakRssBytes)} (target < 1024 MiB), support ${r.totalSupportEuros} €, errors ${r.errors}`
    )
  console.log(
    `  ratio ours/baseline: wall ${(ours.wallSeconds / base.wallSeconds).toFixed(2)}×, calculation ${(ours.computeSeconds / base.computeSeconds).toFixed(2)}×`
  )
}

if (only.has("reform")) {
  const households = quick ? 20_000 : 300_000
  const r = runReform(seed, households)
  const { result, ...figures } = r
  out["reform"] = { ...figures, total: result.total, outcomes: result.byHouseholdType.total }
  console.log(
    `\nreform, ${households} households × 12 months of 2026 = ${r.householdMonths} household-months, ${r.baselineLaw} vs ${r.reformLaw}, one thread:`
  )
  console.log(
    `  two laws (Reform.Simulation, every breakdown) ${s(r.twoLawsSeconds)}; one law (Reform.SingleLaw) ${s(r.oneLawSeconds)}, calculateSupportBatch ${s(r.batchOneLawSeconds)}; hand-written two-law baseline ${s(r.handWrittenSeconds)}; generation ${s(r.generateSeconds)} (not counted)`
  )
  console.log(
    `  two laws / one law ${r.ratioToOneLaw.toFixed(2)}× (target < 2: ${r.ratioToOneLaw < 2 ? "met" : "MISSED"}), / calculateSupportBatch ${(r.twoLawsSeconds / r.batchOneLawSeconds).toFixed(2)}×, / hand-written ${r.ratioToHandWritten.toFixed(2)}× (target ≤ 1.5: ${r.ratioToHandWritten <= 1.5 ? "met" : "MISSED"}); peak rss ${MB(r.peakRssBytes)} (target < 1024 MiB: ${r.peakRssBytes < 2 ** 30 ? "met" : "MISSED"}), peak heap ${MB(r.peakHeapUsedBytes)}`
  )
  console.log(
    `  support over the year: ${r.baselineEuros} € → ${r.reformEuros} € (hand-written ${r.handWrittenBaselineEuros} € → ${r.handWrittenReformEuros} €), ${r.differences} differences, ${r.errors} errors`
  )
}

if (only.has("imports")) {
  const imports = runImports(quick ? 3 : 5)
  out["imports"] = imports
  const base = imports[0]?.ms ?? null
  console.log("\ncold import (median ms of the import() in a fresh process; target < 100 ms):")
  for (const i of imports)
    console.log(
      `  ${i.name.padEnd(44)} ${i.ms === null ? `failed: ${i.error}` : `${i.ms.toFixed(0)} ms${base && i !== imports[0] ? ` (${(i.ms / base).toFixed(2)}× effect)` : ""}${i.ms < 100 ? "" : "  MISSED"}`}`
    )
}

if (only.has("bundles")) {
  const bundles = await runBundles()
  out["bundles"] = bundles
  console.log("\nbrowser bundles (esbuild --minify, gzip -9):")
  for (const b of bundles)
    console.log(
      `  ${b.name.padEnd(64)} ${(b.bytes / 1024).toFixed(1)} KiB, gzip ${(b.gzipBytes / 1024).toFixed(1)} KiB${b.targetGzipBytes === undefined ? "" : ` (target < ${(b.targetGzipBytes / 1000).toFixed(0)} KB: ${b.gzipBytes < b.targetGzipBytes ? "met" : "MISSED"})`}`
    )
}

out["rows"] = rows
out["loadAverageAtEnd"] = loadavg()
out["finishedAt"] = new Date().toISOString()
const dir = new URL("../results/", import.meta.url)
mkdirSync(dir, { recursive: true })
const json = JSON.stringify(out, null, 2)
const stamp = String(out["startedAt"]).replace(/[:.]/g, "-")
writeFileSync(new URL(`bench-${stamp}.json`, dir), json)
writeFileSync(new URL("latest.json", dir), json)
console.log(`\nresults: bench/results/bench-${stamp}.json`)
