/**
 * Synthetic AVAIN records (`@osallistava/avain` format 2): for each client plan a start record and, for most plans,
 * an evaluation record, with goals, situational factors and methods drawn in the order of frequency of THL's 2018
 * interim report (seed 003, Kuvio 3–5; see `figures.ts` for what is published and what is ours). The JSON form and
 * the decoded form are the same object (every field is a string, number or boolean). No names, no henkilötunnus:
 * `clientRef` is pseudonymous, as the record format requires.
 *
 * @since 0.1.0
 */
import {
  avainAttainment,
  avainEvaluatedShare,
  avainFactorsHindering,
  avainFactorsSupporting,
  avainGoalAreas,
  avainMethods,
  municipalities
} from "./figures.js"
import { type Random, randomFor } from "./random.js"

const STREAM = 3

/** One AVAIN record as JSON (also its decoded form). @since 0.1.0 */
export type AvainRecordJson = Record<string, unknown> & {
  readonly phase: "start" | "evaluation"
  readonly planId: string
}

const SERVICES = {
  "social-work": 0.6,
  "social-guidance": 0.3,
  "employment-services": 0.35,
  "kela-benefits": 0.5,
  "health-care": 0.25,
  "mental-health-services": 0.15
}

/** Assessment of a method used [I]. */
const ASSESSMENTS = { "helped-much": 35, "helped-some": 45, "did-not-help": 20 }

const entries = new WeakMap<object, ReadonlyArray<readonly [string, number]>>()
const draw = (r: Random, probabilities: Readonly<Record<string, number>>): Array<string> => {
  let es = entries.get(probabilities)
  if (es === undefined) {
    es = Object.entries(probabilities)
    entries.set(probabilities, es)
  }
  const out: Array<string> = []
  for (const [code, p] of es) if (r.chance(p)) out.push(code)
  return out
}

// Dates from 2018-03-01 (the first AVAIN records of the experiment, seed 003) on.
const DATES = Array.from({ length: 1000 }, (_, day) =>
  new Date(Date.UTC(2018, 2, 1) + day * 86_400_000).toISOString().slice(0, 10)
)
const dateFrom = (day: number) => DATES[day]!

/**
 * The records of plan `plan` under `seed`: a start record and, with probability 0.8, an evaluation record.
 *
 * @since 0.1.0
 */
export const plan = (seed: number, planIndex: number): ReadonlyArray<AvainRecordJson> => {
  const r = randomFor(seed, STREAM, planIndex)
  const planId = `p${seed}-${planIndex}`
  const clientRef = `k${(seed * 7919 + planIndex).toString(36)}`
  const municipality = r.weighted(municipalities)
  const startDay = r.int(0, 600)
  const startDate = dateFrom(startDay)
  let areas = draw(r, avainGoalAreas)
  if (areas.length === 0) areas = ["financial-management"]
  if (areas.length > 4) areas = areas.slice(0, 4)
  const goals = areas.map((area, i) => ({ goalId: `g${i + 1}`, area, intent: r.chance(0.85) ? "improve" : "maintain" }))
  const supports = draw(r, avainFactorsSupporting)
  const hinders = draw(r, avainFactorsHindering)
  const factors = [
    ...supports.map((code) => ({ code, direction: "supports" })),
    ...hinders.filter((c) => !supports.includes(c)).map((code) => ({ code, direction: "hinders" }))
  ]
  const methods = draw(r, avainMethods)
  if (methods.length === 0) methods.push("discussion")
  const services = draw(r, SERVICES)
  const together = r.chance(0.85)
  const ratedBy = together ? "together" : "worker"
  // Explicit fields, not a spread of shared ones: object spread makes slow objects and this runs a million times.
  const start: AvainRecordJson = {
    formatVersion: 2,
    recordId: `${planId}-s`,
    planId,
    clientRef,
    municipality,
    ratedBy,
    clientPresent: together,
    phase: "start",
    date: startDate,
    goals,
    factors,
    methods: methods.map((code) => ({ code })),
    services: services.map((code) => ({ code }))
  }
  if (!r.chance(avainEvaluatedShare)) return [start]
  const evaluation: AvainRecordJson = {
    formatVersion: 2,
    recordId: `${planId}-e`,
    planId,
    clientRef,
    municipality,
    ratedBy,
    clientPresent: together,
    phase: "evaluation",
    date: dateFrom(startDay + r.int(60, 365)),
    startDate,
    goals: goals.map((g) => {
      const level = r.weighted(avainAttainment)
      return { goalId: g.goalId, area: g.area, attainment: level === "notEvaluated" ? null : level }
    }),
    // A hindering factor turns supporting for some clients; the rest keep their direction.
    factors: factors.map((f) => ({
      code: f.code,
      direction: f.direction === "hinders" && r.chance(0.25) ? "supports" : f.direction
    })),
    methods: methods.filter(() => r.chance(0.9)).map((code) => ({ code, assessment: r.weighted(ASSESSMENTS) })),
    services: services.map((code) => ({ code }))
  }
  return [start, evaluation]
}

/**
 * At least `count` records (whole plans, so possibly one more), one plan at a time (constant memory).
 *
 * @since 0.1.0
 */
export function* avainRecords(seed: number, count: number): Generator<AvainRecordJson> {
  let n = 0
  for (let p = 0; n < count; p++)
    for (const rec of plan(seed, p)) {
      n++
      yield rec
    }
}
