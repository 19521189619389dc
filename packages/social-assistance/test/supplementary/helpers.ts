import { Result } from "effect"
import { calculate, decodeSupplementaryApplication } from "../../src/supplementary/calculate.js"
import type { SupplementaryDecision } from "../../src/supplementary/decision.js"
import type { Guideline } from "../../src/supplementary/guideline.js"

/** Kela's letter figures for a month (euro strings). */
export const letter = (month: string, expenses: string, income: string, assets: string, basicAssistance: string) => ({
  source: "letter" as const,
  month,
  expenses,
  income,
  assets,
  basicAssistance
})

export const decide = (json: unknown, guideline?: Guideline): SupplementaryDecision => {
  const app = decodeSupplementaryApplication(json)
  if (Result.isFailure(app)) throw new Error(app.failure.message)
  const d = calculate(app.success, guideline)
  if (Result.isFailure(d)) throw new Error(d.failure.message)
  return d.success
}

export const failureOf = (json: unknown, guideline?: Guideline) => {
  const app = decodeSupplementaryApplication(json)
  if (Result.isFailure(app)) return app.failure
  const d = calculate(app.success, guideline)
  if (Result.isSuccess(d)) throw new Error("expected a failure")
  return d.failure
}
