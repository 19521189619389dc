/**
 * Kela's decision as an input (the basic `Decision` Schema, decoded inside a supplementary application's
 * `kela: { source: "decision" }`): amounts are non-negative except the difference (6 §: the difference may be
 * negative, the support is its positive part), the outcome follows the support, the totals add up, the person ids
 * are pseudonymous (never a henkilötunnus shape), the month and the municipality are the application's Schemas.
 * Every refusal names the path and the rule and never repeats the value.
 */
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import { decodeApplication } from "../src/application.js"
import { Decision } from "../src/decision.js"
import { calculate } from "../src/engine.js"
import { decodeSupplementaryApplication } from "../src/supplementary/calculate.js"

type Json = Record<string, unknown>

/** The object at `path` inside `j` (a decoded JSON tree). */
const node = (j: Json, ...path: ReadonlyArray<string | number>): Json =>
  path.reduce<Json>((o, k) => o[k as string] as Json, j)

const example = (file: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../examples/${file}`, import.meta.url)), "utf8"))

const decisionJson = (file: string): Json => {
  const app = decodeApplication(example(file))
  if (Result.isFailure(app)) throw new Error(app.failure.message)
  const d = calculate(app.success)
  if (Result.isFailure(d)) throw new Error(d.failure._tag)
  return JSON.parse(JSON.stringify(d.success)) as Json
}

/** Kela's decision as the supplementary application carries it. */
const application = (decision: Json) => ({
  month: decision["month"],
  kela: { source: "decision", decision },
  lines: [{ category: "glasses", claimed: "100.00", worker: { accepted: "100.00", reason: "actualNecessaryCost" } }]
})

const refused = (edit: (j: Json) => void, file = "e1-2017-single.json") => {
  const j = decisionJson(file)
  edit(j)
  const r = decodeSupplementaryApplication(application(j))
  if (Result.isSuccess(r)) throw new Error("expected a failure")
  const text = r.failure.message + JSON.stringify(r.failure.issues)
  return { at: r.failure.issues.map((i) => i.at), text }
}

describe("Kela's decision as the county's input (1412/1997 6 §, 7 c §)", () => {
  it("the calculated decisions decode unchanged (granted 2017, negative difference 2024)", () => {
    for (const f of [
      "e1-2017-single.json",
      "e2-2021-sipoo-single-parent.json",
      "e5-2024-hyvinkaa-couple-assets.json"
    ]) {
      const j = decisionJson(f)
      const r = Schema.decodeUnknownResult(Decision)(j)
      if (Result.isFailure(r)) throw new Error(String(r.failure))
      expect(Result.isSuccess(decodeSupplementaryApplication(application(j)))).toBe(true)
    }
    expect(node(decisionJson("e5-2024-hyvinkaa-couple-assets.json"), "totals")["differenceCents"]).toBeLessThan(0)
  })

  it("the reviewer's probe (support −50.00 granted, a henkilötunnus as person id, a name as municipality) is refused", () => {
    const { at, text } = refused((j) => {
      j["supportCents"] = -5000
      j["support"] = "-50.00"
      j["outcome"] = "granted"
      node(j, "basicAmounts", 0)["personId"] = "131052-308T"
      j["municipality"] = "Matti Meikäläinen"
    })
    expect(at).toEqual(
      expect.arrayContaining([
        "kela.decision.supportCents",
        "kela.decision.basicAmounts[0].personId",
        "kela.decision.municipality"
      ])
    )
    expect(text).toContain("non-negative-amount")
    for (const v of ["-5000", "-50.00", "131052-308T", "Matti", "Meikäläinen"]) expect(text).not.toContain(v)
  })

  it("a negative amount other than the difference is refused (rule non-negative-amount)", () => {
    const { at, text } = refused((j) => {
      node(j, "totals")["incomeCents"] = -100
      node(j, "totals")["income"] = "-1.00"
      node(j, "expenses", 0)["acceptedCents"] = -67500
      node(j, "expenses", 0)["accepted"] = "-675.00"
    })
    expect(at).toEqual(
      expect.arrayContaining(["kela.decision.totals.incomeCents", "kela.decision.expenses[0].acceptedCents"])
    )
    expect(text).toContain("non-negative-amount")
    expect(text).not.toContain("-675.00")
  })

  it("the outcome follows the support: granted exactly when above 0 (rule outcome-matches-support)", () => {
    const granted = refused((j) => {
      j["outcome"] = "noSupport"
    })
    expect(granted.at).toContain("kela.decision.outcome")
    expect(granted.text).toContain("outcome-matches-support")
    const none = refused((j) => {
      j["outcome"] = "granted"
    }, "e5-2024-hyvinkaa-couple-assets.json")
    expect(none.at).toContain("kela.decision.outcome")
  })

  it("the support is the positive part of the difference (6 §, rule support-is-positive-difference)", () => {
    const { at, text } = refused((j) => {
      const c = (j["supportCents"] as number) + 100
      j["supportCents"] = c
      j["support"] = (c / 100).toFixed(2)
    })
    expect(at).toContain("kela.decision.supportCents")
    expect(text).toContain("support-is-positive-difference")
  })

  it("the totals add up: expenses = basic amounts + other basic expenses, difference = expenses − income − assets", () => {
    const { at, text } = refused((j) => {
      const t = node(j, "totals")
      const c = (t["expensesCents"] as number) + 1
      t["expensesCents"] = c
      t["expenses"] = (c / 100).toFixed(2)
    })
    expect(at).toEqual(expect.arrayContaining(["kela.decision.totals.expensesCents"]))
    expect(text).toContain("expenses-add-up")
    expect(text).toContain("difference-of-totals")
  })

  it("the month and the municipality are the application's Schemas; an amount line's person id is pseudonymous", () => {
    const { at, text } = refused((j) => {
      j["month"] = "whenever"
      j["municipality"] = "999"
      node(j, "incomes", 0)["personId"] = "010101A123B"
    })
    expect(at).toEqual(
      expect.arrayContaining(["kela.decision.month", "kela.decision.municipality", "kela.decision.incomes[0].personId"])
    )
    for (const v of ["whenever", "999", "010101A123B"]) expect(text).not.toContain(v)
  })
})
