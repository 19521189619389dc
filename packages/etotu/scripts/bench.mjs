// Decode + dedupe + triage + stats over N generated NDJSON notices as a stream.
// Usage: node scripts/bench.mjs [N=1000000] (after `npx tsup`). Prints throughput and peak RSS.
import { Decode, Dedupe, Stats, Triage } from "../dist/index.js"

const N = Number(process.argv[2] ?? 1_000_000)
const tags = [
  "ForwardedApplication",
  "ReducedBasicAmount",
  "SocialWorkNeeded",
  "UnemployedUnder25",
  "Unemployed25OrOver",
  "Immigrant"
]
const muni = ["091", "837", "564", "853", "049", "179", "297"]
function* lines() {
  for (let i = 0; i < N; i++) {
    const tag = tags[i % 6]
    const o = {
      _tag: tag,
      formatVersion: 1,
      id: `N${i}`,
      decisionDate: `2026-${String(1 + (i % 12)).padStart(2, "0")}-1${i % 10}`,
      municipality: muni[i % 7],
      urgency: i % 7 === 0 ? "urgent" : "nonUrgent",
      protectedPersonalData: false,
      householdSize: 1 + (i % 4),
      ageGroup: tag === "UnemployedUnder25" ? "under25" : "25to64"
    }
    if (tag === "ForwardedApplication") o.assistanceKind = "supplementary"
    if (tag === "ReducedBasicAmount")
      Object.assign(o, { reductionPercent: 20, referredToAssessment: false, continuationMonth: 1 })
    if (tag === "SocialWorkNeeded")
      Object.assign(o, { reason: "housing", consent: true, personalDiscussionRequested: false })
    yield i % 1000 === 999 ? "{broken" : JSON.stringify(o)
  }
}
const dedupe = new Dedupe.Deduplicator(200_000)
const triager = new Triage.Triager(Triage.defaultConfig("2026-12-23"))
const acc = new Stats.Accumulator()
let ok = 0
let bad = 0
let peak = 0
const t0 = performance.now()
let n = 0
for (const line of lines()) {
  n++
  const r = Decode.decodeLine(line, n)
  if (r._tag === "Bad") bad++
  else if (dedupe.offer(r.notice) === "new") {
    triager.next(r.notice)
    acc.add(r.notice)
    ok++
  }
  if ((n & 0xffff) === 0) peak = Math.max(peak, process.memoryUsage().rss)
}
const ms = performance.now() - t0
const s = acc.result()
console.log(
  `${N} records: ${ok} ok, ${bad} bad, ${Math.round(ms)} ms, ${Math.round(N / (ms / 1000))} records/s (incl. JSON.parse and generation), peak RSS ${Math.round(peak / 1048576)} MiB, ${s.cells.length} cells`
)
