/**
 * Goal Attainment Scaling (Kiresuk & Sherman 1968), as used by municipalities
 * and by Kela's rehabilitation (Kela, "GAS menetelmä. Käsikirja, versio 4",
 * Sukula & Vainiemi). Separate from AVAIN: mapping AVAIN levels to GAS is not
 * THL practice (docs/avain/reference.md § 8.1), so any mapping is the caller's.
 *
 *     T = 50 + 10 · Σ(wᵢ·xᵢ) / sqrt((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²),  ρ = 0.3 by convention
 *
 * Outcomes xᵢ ∈ {−2, −1, 0, +1, +2} (0 = the expected level). Conventions of
 * `gasr::calc_tscore` (https://rdrr.io/github/taylordunn/gasr/src/R/calculate.R):
 * no weight on any goal → all 1; when some goals carry weights, a goal with an
 * outcome but no weight is dropped like a goal without an outcome (gasr drops
 * every pair with a missing score or weight); all-zero weights → all 1 (after
 * dropping); ρ default 0.3.
 *
 * @since 0.1.0
 */

/**
 * One scaled goal: outcome −2…+2 (`null` when not scored) and optional weight ≥ 0
 * (give weights to all goals or to none: among weighted goals, one without a
 * weight is dropped, as in gasr). @since 0.1.0
 */
export interface GasGoal {
  readonly outcome: -2 | -1 | 0 | 1 | 2 | null
  readonly weight?: number
}

/** @since 0.1.0 */
export interface GasOptions {
  /** Assumed inter-goal correlation ρ, 0 ≤ ρ ≤ 1 (ρ = 1: goals fully correlated, the denominator is Σwᵢ); default 0.3. */
  readonly rho?: number
}

/** Why a T-score could not be computed. @since 0.1.0 */
export type GasProblem =
  | { readonly _tag: "NoScoredGoals" }
  | { readonly _tag: "InvalidOutcome"; readonly goal: number }
  | { readonly _tag: "InvalidWeight"; readonly goal: number }
  | { readonly _tag: "InvalidRho" }

/** A T-score or the reason there is none. @since 0.1.0 */
export type GasResult =
  | { readonly _tag: "Score"; readonly t: number; readonly goals: number }
  | { readonly _tag: "Problem"; readonly problem: GasProblem }

const outcomes = new Set([-2, -1, 0, 1, 2])

/**
 * Kiresuk–Sherman T-score of a set of goals.
 *
 * @example
 * ```ts
 * import { gasTScore } from "@osallistava/avain"
 * // gasr docs example: x = (−2, 0, −1, 2, 0, 1), w = (3, 5, 1, 4, 2, 6) → T = 55 exactly
 * gasTScore([{ outcome: -2, weight: 3 }, { outcome: 0, weight: 5 }, { outcome: -1, weight: 1 },
 *            { outcome: 2, weight: 4 }, { outcome: 0, weight: 2 }, { outcome: 1, weight: 6 }])
 * // { _tag: "Score", t: 55, goals: 6 }
 * ```
 * @since 0.1.0
 */
export const gasTScore = (goals: ReadonlyArray<GasGoal>, options: GasOptions = {}): GasResult => {
  const rho = options.rho ?? 0.3
  if (!(rho >= 0 && rho <= 1)) return { _tag: "Problem", problem: { _tag: "InvalidRho" } }
  const xs: Array<number> = []
  const ws: Array<number | undefined> = []
  for (let i = 0; i < goals.length; i++) {
    const g = goals[i] as GasGoal
    if (g.outcome !== null && !outcomes.has(g.outcome))
      return { _tag: "Problem", problem: { _tag: "InvalidOutcome", goal: i } }
    if (g.weight !== undefined && !(Number.isFinite(g.weight) && g.weight >= 0))
      return { _tag: "Problem", problem: { _tag: "InvalidWeight", goal: i } }
    if (g.outcome === null) continue
    xs.push(g.outcome)
    ws.push(g.weight)
  }
  if (xs.length === 0) return { _tag: "Problem", problem: { _tag: "NoScoredGoals" } }
  // gasr: weights = NULL → all 1; otherwise pairs with a missing score or weight are dropped
  // (`non_na <- !is.na(scores) & !is.na(weights)`), then all-zero weights → all 1.
  let x = xs
  let w: Array<number>
  if (ws.every((v) => v === undefined)) w = xs.map(() => 1)
  else {
    x = []
    w = []
    for (let i = 0; i < xs.length; i++) {
      const wi = ws[i]
      if (wi === undefined) continue
      x.push(xs[i] as number)
      w.push(wi)
    }
    if (x.length === 0) return { _tag: "Problem", problem: { _tag: "NoScoredGoals" } }
    if (w.every((v) => v === 0)) w = w.map(() => 1)
  }
  let swx = 0
  let sw = 0
  let sw2 = 0
  for (let i = 0; i < x.length; i++) {
    const wi = w[i] as number
    swx += wi * (x[i] as number)
    sw += wi
    sw2 += wi * wi
  }
  const denominator = Math.sqrt((1 - rho) * sw2 + rho * sw * sw)
  return { _tag: "Score", t: 50 + (10 * swx) / denominator, goals: x.length }
}

/**
 * Change in T-score from baseline (conventionally every goal at −1, or −2
 * when deterioration is possible) to follow-up, over the same goals and weights.
 *
 * @since 0.1.0
 */
export const gasChange = (
  baseline: ReadonlyArray<GasGoal>,
  followUp: ReadonlyArray<GasGoal>,
  options: GasOptions = {}
): { readonly baseline: GasResult; readonly followUp: GasResult; readonly change: number | null } => {
  const b = gasTScore(baseline, options)
  const f = gasTScore(followUp, options)
  return { baseline: b, followUp: f, change: b._tag === "Score" && f._tag === "Score" ? f.t - b.t : null }
}

/**
 * Weight as importance × difficulty, each 0–3 (the Turner-Stokes
 * rehabilitation variant; docs/avain/reference.md § 8.1, not verified against Kela's manual).
 *
 * @since 0.1.0
 */
export const gasWeight = (importance: 0 | 1 | 2 | 3, difficulty: 0 | 1 | 2 | 3): number => importance * difficulty
