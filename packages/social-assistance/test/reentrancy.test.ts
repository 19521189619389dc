import { readdirSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import * as Result from "effect/Result"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { calculateSupportBatch, supportCents } from "../src/amount.js"
import { type Application, decodeApplication } from "../src/application.js"
import { calculate, calculateBatch } from "../src/engine.js"
import { monthFor, Work } from "../src/rules/context.js"
import { run } from "../src/rules/run.js"

const month = fc.constantFrom("2017-05", "2023-06", "2024-07", "2025-03", "2026-03")
const euros = fc.integer({ min: 0, max: 150_000 }).map((c) => (c / 100).toFixed(2))
const household = fc.record({
  month,
  municipality: fc.constantFrom("091", "837", "Hyvinkää", "Kuopio"),
  children: fc.array(fc.integer({ min: 0, max: 17 }), { maxLength: 3 }),
  spouse: fc.boolean(),
  rent: euros,
  wage: euros,
  childIncome: euros,
  savings: euros
})
const apps: ReadonlyArray<Application> = fc.sample(household, { numRuns: 400, seed: 13 }).map((h) => {
  const y = Number(h.month.slice(0, 4))
  const persons: Array<object> = [{ id: "a", role: "applicant", birthDate: "1980-03-03" }]
  if (h.spouse) persons.push({ id: "s", role: "spouse", birthDate: "1982-04-04" })
  for (const [i, age] of h.children.entries())
    persons.push({ id: `c${i}`, role: "child", birthDate: `${y - age - 1}-12-1${i}` })
  const r = decodeApplication({
    month: h.month,
    municipality: h.municipality,
    persons,
    expenses: [{ kind: "rent", amount: h.rent }],
    incomes: [
      { kind: "wage", amount: h.wage, personId: "a" },
      ...(h.children.length ? [{ kind: "pension", amount: h.childIncome, personId: "c0" }] : [])
    ],
    assets: [{ kind: "bankSavings", amount: h.savings, immediatelyAvailable: true }],
    housingDirection: { directedInMonth: "2024-01" }
  })
  if (Result.isFailure(r)) throw new Error(r.failure.message)
  return r.success
})

describe("no module-level mutable state: the calculation is reentrant", () => {
  it("two batches interleaved application by application (two scratch spaces, one month shared) give each batch's own results", () => {
    const A = apps.slice(0, 200)
    const B = apps.slice(200)
    const alone = [calculateSupportBatch(A).supportCents, calculateSupportBatch(B).supportCents]
    const wa = new Work()
    const wb = new Work()
    const months = new Map(
      ["2017-05", "2023-06", "2024-07", "2025-03", "2026-03"].map((m) => [m, Result.getOrThrow(monthFor(m))])
    )
    for (let i = 0; i < A.length; i++) {
      expect(run(A[i]!, months.get(A[i]!.month)!, wa)).toBe(alone[0]![i])
      expect(run(B[i]!, months.get(B[i]!.month)!, wb)).toBe(alone[1]![i])
    }
  })

  it("single calls, the traced batch and the amount batch agree whatever ran before them", () => {
    const amounts = calculateSupportBatch(apps).supportCents
    const decisions = calculateBatch([...apps].reverse()).reverse()
    apps.forEach((app, i) => {
      const d = calculate(app)
      expect(Result.isSuccess(d) && d.success.supportCents).toBe(amounts[i])
      expect(Result.getOrThrow(supportCents(app))).toBe(amounts[i])
      expect(Result.isSuccess(decisions[i]!) && decisions[i]!.success.supportCents).toBe(amounts[i])
    })
  })

  it("no module of the calculation (rules/, parameters/, amount, engine, explain) declares a top-level let or var", () => {
    const dir = fileURLToPath(new URL("../src/", import.meta.url))
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter(
      (f) =>
        f.endsWith(".ts") &&
        (f.startsWith("rules/") || f.startsWith("parameters/") || ["amount.ts", "engine.ts", "explain.ts"].includes(f))
    )
    expect(files.length).toBeGreaterThan(15)
    for (const f of files) expect(readFileSync(`${dir}${f}`, "utf8"), f).not.toMatch(/^(let|var) /m)
  })
})
