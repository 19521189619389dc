/** Preventive assistance (1412/1997 8 § (1023/2022)): a typed decision with purpose, amount, conditions, reasons. */
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { decidePreventive, decodePreventiveApplication } from "../../src/supplementary/preventive.js"

const decide = (json: unknown) => {
  const a = decodePreventiveApplication(json)
  if (Result.isFailure(a)) throw new Error(a.failure.message)
  return decidePreventive(a.success)
}
const base = {
  decidedOn: "2026-03-05",
  purpose: "securingHousing",
  outcome: "granted",
  amount: "450.00",
  conditions: ["paidToCreditor", "paymentPlanAgreed"],
  reasons: ["preventsEviction"],
  kelaDecisionExists: true
}

describe("preventive decision (8 §)", () => {
  it("rent arrears to prevent eviction (asumisen turvaaminen, 8 § 1 mom.): 450 € paid to the landlord", () => {
    const r = decide(base)
    expect(Result.isSuccess(r)).toBe(true)
    if (Result.isFailure(r)) return
    expect(r.success).toMatchObject({
      purpose: "securingHousing",
      amount: "450.00",
      amountCents: 45000,
      withoutKelaDecision: false
    })
    expect(r.success.legal.map((l) => `${l.section}/${l.subsection}`)).toEqual(["8/1", "1/2"])
  })

  it("urgent, without Kela's decision (8 § 2 mom.): allowed, and the deviation is cited", () => {
    const r = decide({
      ...base,
      purpose: "suddenDeterioration",
      kelaDecisionExists: false,
      urgent: true,
      reasons: ["suddenDeterioration"]
    })
    if (Result.isFailure(r)) throw new Error(r.failure.message)
    expect(r.success.withoutKelaDecision).toBe(true)
    expect(r.success.legal.map((l) => `${l.section}/${l.subsection}`)).toContain("8/2")
  })

  it("refused: no Kela decision and neither urgent nor a special reason; a grant of 0; a rejection with an amount; before 2023", () => {
    expect(decide({ ...base, kelaDecisionExists: false })).toMatchObject({ failure: { rule: "kela-decision-first" } })
    expect(decide({ ...base, amount: "0.00" })).toMatchObject({ failure: { at: "amount", rule: "grant-has-amount" } })
    expect(decide({ ...base, outcome: "rejected" })).toMatchObject({ failure: { rule: "rejection-has-no-amount" } })
    expect(decide({ ...base, decidedOn: "2022-12-30" })).toMatchObject({ failure: { rule: "preventive-in-force" } })
  })

  it("reasons are required codes; a purpose outside 8 § is refused by path", () => {
    const r = decodePreventiveApplication({ ...base, purpose: "holiday", reasons: [] })
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isSuccess(r)) return
    expect(r.failure.issues.map((i) => i.at)).toEqual(expect.arrayContaining(["purpose", "reasons"]))
    expect(r.failure.message).not.toContain("holiday")
  })
})

describe("PreventiveDecision as a Schema", () => {
  it("round-trips through JSON; a tampered amount string or an unknown purpose is refused by path, no value", async () => {
    const { decodePreventiveDecision, preventiveDecisionJsonSchema } = await import(
      "../../src/supplementary/preventive.js"
    )
    const r = decide(base)
    if (Result.isFailure(r)) throw new Error(r.failure.message)
    const back = decodePreventiveDecision(JSON.parse(JSON.stringify(r.success)))
    if (Result.isFailure(back)) throw new Error(back.failure.message)
    expect(back.success).toEqual(r.success)
    const bad = decodePreventiveDecision({ ...JSON.parse(JSON.stringify(r.success)), amount: "451.00", purpose: "x-y" })
    if (Result.isSuccess(bad)) throw new Error("expected a failure")
    expect(bad.failure.issues.map((i) => i.at)).toContain("purpose")
    expect(JSON.stringify(bad.failure.issues) + bad.failure.message).not.toContain("451.00")
    const schema = JSON.stringify(preventiveDecisionJsonSchema())
    for (const p of ["activation", "securingHousing", "paidToCreditor", "amountCents"]) expect(schema).toContain(p)
  })

  it("a stored decision is refused by path and rule: not a date, before 2023, a negative amount, grant/rejection amounts", async () => {
    const { decodePreventiveDecision } = await import("../../src/supplementary/preventive.js")
    const r = decide(base)
    if (Result.isFailure(r)) throw new Error(r.failure.message)
    const stored = JSON.parse(JSON.stringify(r.success))
    const refused = (patch: Record<string, unknown>) => {
      const d = decodePreventiveDecision({ ...stored, ...patch })
      if (Result.isSuccess(d)) throw new Error("expected a failure")
      return { at: d.failure.issues.map((i) => i.at), text: d.failure.message + JSON.stringify(d.failure.issues) }
    }
    const date = refused({ decidedOn: "not a date" })
    expect(date.at).toEqual(["decidedOn"])
    expect(date.text).not.toContain("not a date")
    expect(refused({ decidedOn: "2022-12-31" }).text).toContain("preventive-in-force")
    // The reviewer's probe: a rejection with −5.00.
    const negative = refused({ amountCents: -500, amount: "-5.00", outcome: "rejected" })
    expect(negative.at).toEqual(["amountCents"])
    expect(negative.text).toContain("non-negative-amount")
    expect(negative.text).not.toContain("-5.00")
    const rejection = refused({ outcome: "rejected" })
    expect(rejection.at).toEqual(["amountCents"])
    expect(rejection.text).toContain("rejection-has-no-amount")
    const grant = refused({ amountCents: 0, amount: "0.00" })
    expect(grant.text).toContain("grant-has-amount")
    expect(Result.isSuccess(decodePreventiveDecision(stored))).toBe(true)
  })
})
