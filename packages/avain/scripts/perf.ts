/**
 * Timing check (not part of the test suite): score and report over 1 000 000
 * decoded records (500 000 plans), against a plain hand-written counting loop
 * as baseline. Run: `npx tsx scripts/perf.ts` in packages/avain.
 */
import { type AvainRecord, forEachPlanScore, report, reportBuilder, score } from "../src/index.js"

const areas = ["financial-management", "subsistence", "employment", "housing", "mental-health", "work-ability"]
const levels = [null, "very-well", "fairly-well", "neither", "fairly-poorly", "very-poorly"]
const methods = ["discussion", "referral", "supplementary-preventive-assistance", "client-panel", "named-worker"]
const factors = ["own-motivation", "mental-health", "education", "physical-health"]
const munis = ["837", "297", "211", "680", "320"]

const make = (plans: number): Array<AvainRecord> => {
  const out: Array<AvainRecord> = []
  let seed = 42
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
  }
  for (let i = 0; i < plans; i++) {
    const planId = `p${i}`
    const g = 1 + rnd(3)
    const goalAreas = [...new Set(Array.from({ length: g }, () => areas[rnd(areas.length)] as string))]
    const ms = [...new Set(Array.from({ length: 1 + rnd(3) }, () => methods[rnd(methods.length)] as string))]
    const municipality = munis[rnd(munis.length)] as string
    out.push({
      formatVersion: 2,
      recordId: `${planId}s`,
      planId,
      clientRef: `c${i}`,
      municipality,
      phase: "start",
      date: "2018-04-01",
      ratedBy: "together",
      clientPresent: rnd(5) > 0,
      goals: goalAreas.map((area, j) => ({ goalId: `g${j}`, area, intent: "improve" })),
      factors: [
        { code: factors[rnd(4)] as string, direction: "supports" },
        { code: factors[rnd(4)] as string, direction: "hinders" }
      ],
      methods: ms.map((code) => ({ code })),
      services: [{ code: "social-work" }]
    })
    out.push({
      formatVersion: 2,
      recordId: `${planId}e`,
      planId,
      clientRef: `c${i}`,
      municipality,
      phase: "evaluation",
      date: "2019-04-01",
      startDate: "2018-04-01",
      ratedBy: "together",
      clientPresent: true,
      goals: goalAreas.map((area, j) => ({ goalId: `g${j}`, area, attainment: levels[rnd(levels.length)] ?? null })),
      factors: [],
      methods: ms.map((code) => ({ code })),
      services: []
    })
  }
  return out
}

const records = make(500_000)
const time = (name: string, f: () => unknown) => {
  const t0 = performance.now()
  f()
  const ms = performance.now() - t0
  console.log(`${name}: ${ms.toFixed(0)} ms`)
  return ms
}
time("baseline: plain loop counting attained goals", () => {
  let a = 0
  for (const r of records)
    if (r.phase === "evaluation")
      for (const g of r.goals) if (g.attainment === "very-well" || g.attainment === "fairly-well") a++
  return a
})
for (let i = 0; i < 2; i++) {
  time(`report(1M records) run ${i + 1}`, () => report(records))
  time(`forEachPlanScore(1M records) run ${i + 1}`, () => {
    let n = 0
    forEachPlanScore(records, (s) => {
      n += s.attainment.attained
    })
    return n
  })
  time(`score(1M records), all 500k scores kept, run ${i + 1}`, () => score(records))
}
time("report with municipality + clientPresent filters", () =>
  reportBuilder({ filters: { municipalities: ["837"], clientPresent: true } })
    .addAll(records)
    .result()
)
