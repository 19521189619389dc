import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import * as Result from "effect/Result"
import { decodeApplication } from "../../src/application.js"
import type { Decision, ExplanationNode } from "../../src/decision.js"
import { calculate, type LawOptions } from "../../src/engine.js"
import type { RuleId } from "../../src/rules/trace.js"

/** The decision for an application in its JSON form; throws on a decode or calculation error. */
export const decide = (json: unknown, options?: LawOptions): Decision => {
  const app = decodeApplication(json)
  if (Result.isFailure(app)) throw new Error(app.failure.message)
  const d = calculate(app.success, options)
  if (Result.isFailure(d)) throw new Error(`${d.failure._tag} ${JSON.stringify(d.failure)}`)
  return d.success
}

/** The error of an application that decodes but does not calculate. */
export const failure = (json: unknown) => {
  const app = decodeApplication(json)
  if (Result.isFailure(app)) throw new Error(app.failure.message)
  const d = calculate(app.success)
  if (Result.isSuccess(d)) throw new Error("expected a calculation error")
  return d.failure
}

/** The trace nodes of one rule. */
export const nodes = (d: Decision, ruleId: RuleId): ReadonlyArray<ExplanationNode> =>
  d.explanation.filter((n) => n.ruleId === ruleId)

/** The one trace node of a rule (throws when there is not exactly one). */
export const node = (d: Decision, ruleId: RuleId): ExplanationNode => {
  const ns = nodes(d, ruleId)
  if (ns.length !== 1) throw new Error(`${ruleId}: ${ns.length} nodes`)
  return ns[0]!
}

/** A Kela example application shipped in `examples/`. */
export const example = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../examples/${file}`, import.meta.url)), "utf8"))

/** One adult living alone in Helsinki, no expenses or income, in `month`. */
export const single = (month: string, more: Record<string, unknown> = {}) => ({
  month,
  municipality: "091",
  persons: [{ id: "a", role: "applicant", birthDate: "1970-01-01" }],
  expenses: [],
  incomes: [],
  ...more
})
