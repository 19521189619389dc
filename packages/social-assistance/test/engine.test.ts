import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import { calculateSupportBatch, supportCents } from "../src/amount.js"
import { type Application, decodeApplication } from "../src/application.js"
import type { Decision } from "../src/decision.js"
import { calculate, calculateBatch, DecisionTracer, type LawOptions, trace, traceBatch } from "../src/engine.js"

const decoded = (json: unknown): Application => {
  const app = decodeApplication(json)
  if (Result.isFailure(app)) throw new Error(app.failure.message)
  return app.success
}

const rent = (month: string) =>
  decoded({
    month,
    municipality: "091",
    persons: [{ id: "a", role: "applicant", birthDate: "1970-01-01" }],
    expenses: [{ kind: "rent", amount: "600" }],
    incomes: [{ kind: "wage", amount: "250", personId: "a" }]
  })

const ok = <A>(r: Result.Result<A, unknown>): A => {
  if (Result.isFailure(r)) throw new Error(String((r.failure as { _tag?: string })._tag))
  return r.success
}

/** What one entry point says about an application: the support in cents, or the error's tag and last known month. */
type Said =
  | { cents: number; flags?: ReadonlyArray<string>; steps?: ReadonlyArray<string> }
  | { error: string; lastKnownMonth: string }

const said = (r: Result.Result<Decision | number, unknown>): Said => {
  if (Result.isFailure(r)) {
    const e = r.failure as { _tag: string; lastKnownMonth: string }
    return { error: e._tag, lastKnownMonth: e.lastKnownMonth }
  }
  const v = r.success
  return typeof v === "number"
    ? { cents: v }
    : { cents: v.supportCents, flags: v.flags, steps: v.explanation.map((n) => n.ruleId) }
}

/** Every public entry point that computes from an application, with its tracer's flags and steps where it has one. */
const entryPoints: Record<string, (app: Application, options?: LawOptions) => Said> = {
  calculate: (app, o) => said(calculate(app, o)),
  calculateBatch: (app, o) => said(calculateBatch([app], o)[0]!),
  supportCents: (app, o) => said(supportCents(app, o)),
  calculateSupportBatch: (app, o) => {
    const b = calculateSupportBatch([app], o)
    const e = b.errors.get(0)
    return e === undefined ? { cents: b.supportCents[0]! } : said(Result.fail(e))
  },
  "Engine.trace": (app, o) => {
    const t = new DecisionTracer()
    const r = said(trace(app, t, o))
    return "cents" in r ? { ...r, flags: t.flags, steps: t.nodes.map((n) => n.ruleId) } : r
  },
  "Engine.traceBatch": (app, o) => {
    const t = new DecisionTracer()
    const b = traceBatch([app], () => t, o)
    const e = b.errors.get(0)
    if (e !== undefined) return said(Result.fail(e))
    return { cents: b.supportCents[0]!, flags: t.flags, steps: t.nodes.map((n) => n.ruleId) }
  }
}

describe("assumeLaw on every entry point (9 a § 1218/2005: a year's amounts are confirmed by Kela's index release; 2027 not published)", () => {
  const jan2027 = rent("2027-01")
  const dec2026 = ok(calculate(rent("2026-12")))

  for (const [name, f] of Object.entries(entryPoints)) {
    it(`${name}: 2027-01 without assumeLaw is ParameterNotInForce naming 2026-12`, () => {
      expect(f(jan2027)).toEqual({ error: "ParameterNotInForce", lastKnownMonth: "2026-12" })
      expect(f(jan2027, { assumeLaw: "confirmed" })).toEqual({
        error: "ParameterNotInForce",
        lastKnownMonth: "2026-12"
      })
    })

    it(`${name}: 2027-01 with assumeLaw "lastKnown" is computed with the law of 2026-12, provisional where it traces`, () => {
      const r = f(jan2027, { assumeLaw: "lastKnown" })
      expect(r).toMatchObject({ cents: dec2026.supportCents })
      expect(dec2026.supportCents).toBeGreaterThan(0)
      if ("flags" in r && r.flags !== undefined) {
        expect(r.flags).toContain("provisionalLaw")
        expect(r.steps).toContain("provisional-law")
      }
    })

    it(`${name}: a confirmed month (2026-12) is the same with or without assumeLaw and never provisional`, () => {
      const a = f(rent("2026-12"))
      expect(f(rent("2026-12"), { assumeLaw: "lastKnown" })).toEqual(a)
      expect(a).toMatchObject({ cents: dec2026.supportCents })
      if ("flags" in a && a.flags !== undefined) {
        expect(a.flags).not.toContain("provisionalLaw")
        expect(a.steps).not.toContain("provisional-law")
      }
    })
  }

  it("the tracing entry points give the tracer the same flags and steps as the decision of calculate", () => {
    const d = ok(calculate(jan2027, { assumeLaw: "lastKnown" }))
    for (const name of ["Engine.trace", "Engine.traceBatch"])
      expect(entryPoints[name]!(jan2027, { assumeLaw: "lastKnown" })).toEqual({
        cents: d.supportCents,
        flags: d.flags,
        steps: d.explanation.map((n) => n.ruleId)
      })
  })

  it("a batch mixing 2026-12 and 2027-01: only the 2027 month fails without the opt-in, and only it is provisional with it", () => {
    const apps = [rent("2026-12"), jan2027, rent("2026-12")]
    const plain = traceBatch(apps, () => new DecisionTracer())
    expect([...plain.errors.keys()]).toEqual([1])
    const tracers = apps.map(() => new DecisionTracer())
    const lastKnown = traceBatch(apps, (i) => tracers[i]!, { assumeLaw: "lastKnown" })
    expect(lastKnown.errors.size).toBe(0)
    expect(tracers.map((t) => t.flags.includes("provisionalLaw"))).toEqual([false, true, false])
    expect([...lastKnown.supportCents]).toEqual([dec2026.supportCents, dec2026.supportCents, dec2026.supportCents])
  })
})
