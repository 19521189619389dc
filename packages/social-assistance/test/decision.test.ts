import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import type { Money } from "@osallistava/core"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { describe, expect, expectTypeOf, it } from "vitest"
import { decodeApplication } from "../src/application.js"
import { Decision, decisionJsonSchema } from "../src/decision.js"
import { calculate } from "../src/engine.js"
import { flagIds, lineRuleIds, ruleIds } from "../src/rules/trace.js"

const example = (file: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../examples/${file}`, import.meta.url)), "utf8"))

const decide = (json: unknown): Decision => {
  const app = decodeApplication(json)
  if (Result.isFailure(app)) throw new Error(app.failure.message)
  const d = calculate(app.success)
  if (Result.isFailure(d)) throw new Error(d.failure._tag)
  return d.success
}

// The package's worked examples (Kela's cases in docs/social-assistance/reference.md): a single person 2017, a single
// parent in Sipoo 2021, a couple with assets in Hyvinkää 2024 (no support: a negative difference).
const decisions = [
  "e1-2017-single.json",
  "e2-2021-sipoo-single-parent.json",
  "e5-2024-hyvinkaa-couple-assets.json"
].map((f) => decide(example(f)))

type Json = { [k: string]: unknown }
const schema = decisionJsonSchema().schema as Json
const at = (s: Json, ...path: Array<string>): Json => path.reduce((o, k) => o[k] as Json, s)
const enumOf = (s: Json): Array<unknown> => s["enum"] as Array<unknown>

/** Every `[euros key, cents key]` pair of a decision, with where it is. */
const pairs = (d: Decision): Array<[string, string, number]> => {
  const out: Array<[string, string, number]> = [["support", d.support, d.supportCents]]
  const t = d.totals
  for (const k of ["basicAmounts", "otherBasicExpenses", "expenses", "income", "assets", "difference"] as const)
    out.push([`totals.${k}`, t[k], t[`${k}Cents`]])
  d.basicAmounts.forEach((b, i) => {
    out.push([`basicAmounts.${i}.fullAmount`, b.fullAmount, b.fullAmountCents])
    out.push([`basicAmounts.${i}.share`, b.share, b.shareCents])
    out.push([`basicAmounts.${i}.reduction`, b.reduction, b.reductionCents])
    out.push([`basicAmounts.${i}.accepted`, b.accepted, b.acceptedCents])
  })
  for (const list of ["expenses", "incomes", "assets"] as const)
    d[list].forEach((l, i) => {
      out.push([`${list}.${i}.claimed`, l.claimed, l.claimedCents])
      out.push([`${list}.${i}.accepted`, l.accepted, l.acceptedCents])
    })
  return out
}

describe("the Decision format: rule ids and flags as literal unions, branded cents inside, decimal strings beside them", () => {
  it("the JSON Schema enumerates exactly every rule id (explanation), line rule id (lines) and flag", () => {
    expect(enumOf(at(schema, "properties", "explanation", "items", "properties", "ruleId"))).toEqual([...ruleIds])
    expect(enumOf(at(schema, "properties", "flags", "items"))).toEqual([...flagIds])
    for (const list of ["expenses", "incomes", "assets"])
      expect(enumOf(at(schema, "properties", list, "items", "properties", "ruleId"))).toEqual([...lineRuleIds])
  })

  it("the JSON Schema: every …Cents field an integer, every euro string with its two-decimal pattern", () => {
    const totals = at(schema, "properties", "totals", "properties")
    const basic = at(schema, "properties", "basicAmounts", "items", "properties")
    const line = at(schema, "properties", "expenses", "items", "properties")
    const fields: Array<[Json, string]> = [
      [at(schema, "properties"), "support"],
      ...["basicAmounts", "otherBasicExpenses", "expenses", "income", "assets", "difference"].map(
        (k) => [totals, k] as [Json, string]
      ),
      ...["fullAmount", "share", "reduction", "accepted"].map((k) => [basic, k] as [Json, string]),
      ...["claimed", "accepted"].map((k) => [line, k] as [Json, string])
    ]
    for (const [props, k] of fields) {
      expect(at(props, `${k}Cents`)["type"], k).toBe("integer")
      expect(at(props, k)["pattern"], k).toBe("^-?(0|[1-9][0-9]*)\\.[0-9]{2}$")
    }
  })

  it("types: a consumer's cents are Money.EuroCents (a plain number is not), rule ids and flags literal unions", () => {
    const d = decisions[0]!
    expectTypeOf(d.supportCents).toEqualTypeOf<Money.EuroCents>()
    expectTypeOf(d.totals.differenceCents).toEqualTypeOf<Money.EuroCents>()
    expectTypeOf(d.basicAmounts[0]!.reductionCents).toEqualTypeOf<Money.EuroCents>()
    expectTypeOf(d.expenses[0]!.claimedCents).toEqualTypeOf<Money.EuroCents>()
    expectTypeOf(d.explanation[0]!.result).toEqualTypeOf<Money.EuroCents>()
    expectTypeOf<number>().not.toMatchTypeOf<Money.EuroCents>()
    expectTypeOf(d.flags[0]!).toEqualTypeOf<(typeof flagIds)[number]>()
    expectTypeOf(d.explanation[0]!.ruleId).toEqualTypeOf<(typeof ruleIds)[number]>()
  })

  it("every decimal string of the worked examples is its cents field written out (238.09 = 23809 in Kela's 2017 case)", () => {
    expect([decisions[0]!.support, decisions[0]!.supportCents]).toEqual(["238.09", 23809])
    expect(decisions[2]!.totals.differenceCents).toBeLessThan(0)
    for (const d of decisions)
      for (const [path, euros, cents] of pairs(d)) {
        expect(Number.isSafeInteger(cents), path).toBe(true)
        expect(euros, path).toBe(
          `${cents < 0 ? "-" : ""}${Math.trunc(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, "0")}`
        )
      }
  })

  it("the totals in cents add up (6 §): expenses = basic amounts + other basic expenses, difference = expenses − income − assets", () => {
    for (const d of decisions) {
      const t = d.totals
      expect(t.expensesCents).toBe(t.basicAmountsCents + t.otherBasicExpensesCents)
      expect(t.differenceCents).toBe(t.expensesCents - t.incomeCents - t.assetsCents)
      expect(d.supportCents).toBe(Math.max(0, t.differenceCents))
      expect(t.basicAmountsCents).toBe(d.basicAmounts.reduce((s, b) => s + b.acceptedCents, 0))
    }
  })

  it("a decision decodes from its JSON (round trip) and the decoded cents are the same numbers", () => {
    for (const d of decisions) {
      const r = Schema.decodeUnknownResult(Decision)(JSON.parse(JSON.stringify(d)))
      expect(Result.isSuccess(r) && r.success).toEqual(d)
    }
  })

  it("decoding refuses a euro string that is not its cents field, naming the path and never repeating either value", () => {
    const json = JSON.parse(JSON.stringify(decisions[0])) as Json
    const tampered = (edit: (j: Json) => void) => {
      const j = structuredClone(json)
      edit(j)
      const r = Schema.decodeUnknownResult(Decision)(j)
      if (Result.isSuccess(r)) throw new Error("expected a failure")
      return r.failure.message
    }
    const support = tampered((j) => {
      j["support"] = "999.99"
    })
    expect(support).toContain('["support"]')
    expect(support).toContain("euros-match-cents")
    expect(support).not.toContain("999.99")
    expect(support).not.toContain("23809")
    const line = tampered((j) => {
      at(j, "incomes", "0")["acceptedCents"] = 12345
    })
    expect(line).toContain('["incomes"][0]["accepted"]')
    expect(line).not.toContain("12345")
    expect(line).not.toContain("518.40")
    const total = tampered((j) => {
      at(j, "totals")["difference"] = "238.1"
    })
    expect(total).toContain('["totals"]["difference"]')
    expect(total).not.toContain("238.1")
    const fraction = tampered((j) => {
      j["supportCents"] = 238.09
    })
    expect(fraction).toContain('["supportCents"]')
  })
})
