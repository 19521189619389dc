/**
 * The county's decision is a Schema (`SupplementaryDecision`) with the basic `Decision`'s money convention: branded
 * `EuroCents` in `…Cents` fields next to two-decimal euro strings; it survives a JSON round trip, its JSON Schema
 * enumerates the rule ids, line rules, categories and reasons, and a tampered decision is refused by path and rule,
 * never repeating a value.
 */
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import {
  decodeSupplementaryDecision,
  encodeSupplementaryDecision,
  lineRules,
  supplementaryDecisionJsonSchema,
  supplementaryRuleIds
} from "../../src/supplementary/decision.js"
import { categories } from "../../src/supplementary/guideline.js"
import { reasonCodes } from "../../src/supplementary/reasons.js"
import { decide, letter } from "./helpers.js"

const decision = () =>
  decide({
    month: "2025-03",
    kela: letter("2025-03", "1000.00", "1100.00", "0.00", "0.00"),
    guideline: "county-release-2024-10",
    lines: [
      { category: "childrenHobbies", claimed: "150.00", guidelineItem: "children-hobbies", children: 1 },
      {
        category: "householdGoods",
        claimed: "650.00",
        guidelineItem: "household-goods",
        worker: { accepted: "600.00", reason: "actualNecessaryCost" }
      }
    ],
    otherIncome: [{ kind: "taxRefund", amount: "12.34" }]
  })

describe("SupplementaryDecision as a Schema", () => {
  it("every amount: cents and the same amount as euros (surplus 112,34 € of 750,00 € accepted → 637,66 €)", () => {
    const d = decision()
    expect(d).toMatchObject({ support: "637.66", supportCents: 63766, otherResources: "12.34" })
    expect(d.totals).toMatchObject({ accepted: "750.00", acceptedCents: 75000, surplusUsed: "112.34" })
    expect(d.lines[0]).toMatchObject({ claimed: "150.00", coveredBySurplus: "112.34", paid: "37.66", paidCents: 3766 })
    expect(d.lines[1]!.item).toMatchObject({ amountKind: "range", amount: "1000.00", amountCents: 100000 })
  })

  it("decodes what it encodes, through JSON text", () => {
    const d = decision()
    const json = JSON.parse(JSON.stringify(encodeSupplementaryDecision(d)))
    expect(json).toEqual(JSON.parse(JSON.stringify(d)))
    const back = decodeSupplementaryDecision(json)
    if (Result.isFailure(back)) throw new Error(back.failure.message)
    expect(back.success).toEqual(d)
  })

  it("a euro string that is not its cents, a float cent or an unknown rule is refused by path and rule, no value", () => {
    const json = JSON.parse(JSON.stringify(decision()))
    json.lines[0].paid = "99.99"
    json.totals.supportCents = 10.5
    json.lines[1].rule = "made-up-rule"
    const r = decodeSupplementaryDecision(json)
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isSuccess(r)) return
    const text = JSON.stringify(r.failure.issues) + r.failure.message
    const at = r.failure.issues.map((i) => i.at)
    expect(at).toEqual(expect.arrayContaining(["totals.supportCents", "lines[1].rule"]))
    for (const v of ["99.99", "10.5", "made-up-rule"]) expect(text).not.toContain(v)
  })

  it("the paid string must agree with its cents (rule euros-match-cents)", () => {
    const json = JSON.parse(JSON.stringify(decision()))
    json.lines[0].paid = "99.99"
    const r = decodeSupplementaryDecision(json)
    if (Result.isSuccess(r)) throw new Error("expected a failure")
    expect(r.failure.issues).toEqual(expect.arrayContaining([expect.objectContaining({ at: "lines[0].paid" })]))
    expect(JSON.stringify(r.failure.issues)).toContain("euros-match-cents")
    expect(JSON.stringify(r.failure.issues)).not.toContain("99.99")
  })

  it("the JSON Schema enumerates every step, line rule, category and reason", () => {
    const text = JSON.stringify(supplementaryDecisionJsonSchema())
    for (const id of [...supplementaryRuleIds, ...lineRules, ...categories, ...reasonCodes, "typical"])
      expect(text).toContain(`"${id}"`)
    expect(text).toContain("supportCents")
  })

  it("a stored decision is checked as the calculation writes it: amounts ≥ 0, outcome, totals, month, ids", () => {
    // A stored decision as parsed JSON (a plain tree; the edits below set numbers and strings in it).
    type Stored = {
      supportCents: number
      support: string
      outcome: string
      month: string
      totals: { supportCents: number; support: string }
      lines: Array<{ paidCents: number; paid: string; guidelineItem: string | null }>
      guideline: { id: string; url: string }
    }
    const refused = (edit: (j: Stored) => void) => {
      const j = JSON.parse(JSON.stringify(decision())) as Stored
      edit(j)
      const r = decodeSupplementaryDecision(j)
      if (Result.isSuccess(r)) throw new Error("expected a failure")
      return { at: r.failure.issues.map((i) => i.at), text: r.failure.message + JSON.stringify(r.failure.issues) }
    }
    // The reviewer's probe: a negative support granted, totals that disagree, a month that is not one.
    const probe = refused((j) => {
      j.supportCents = -100
      j.support = "-1.00"
      j.outcome = "granted"
      j.month = "whenever"
    })
    expect(probe.at).toEqual(expect.arrayContaining(["supportCents", "month"]))
    expect(probe.text).toContain("non-negative-amount")
    for (const v of ["-100", "-1.00", "whenever"]) expect(probe.text).not.toContain(v)
    const inner = refused((j) => {
      j.totals.supportCents = j.supportCents + 100
      j.totals.support = (j.totals.supportCents / 100).toFixed(2)
    })
    expect(inner.at).toEqual(["totals.supportCents"])
    expect(inner.text).toContain("support-is-accepted-less-surplus")
    const totals = refused((j) => {
      j.supportCents = j.supportCents + 100
      j.support = (j.supportCents / 100).toFixed(2)
    })
    expect(totals.at).toEqual(expect.arrayContaining(["totals.supportCents", "supportCents"]))
    expect(totals.text).toContain("totals-match-support")
    expect(totals.text).toContain("lines-add-up-to-support")
    const outcome = refused((j) => {
      j.outcome = "noSupport"
    })
    expect(outcome.at).toEqual(["outcome"])
    expect(outcome.text).toContain("outcome-matches-support")
    const paid = refused((j) => {
      const line = j.lines[0]!
      line.paidCents = line.paidCents + 1
      line.paid = (line.paidCents / 100).toFixed(2)
    })
    expect(paid.at).toEqual(expect.arrayContaining(["lines[0].paidCents"]))
    expect(paid.text).toContain("paid-is-accepted-less-surplus")
    // Identifiers are the guideline's codes: a henkilötunnus shape is refused and never repeated.
    const ids = refused((j) => {
      j.guideline.id = "131052-308t"
      j.lines[1]!.guidelineItem = "131052-308T"
      j.guideline.url = "http://example.org"
    })
    expect(ids.at).toEqual(expect.arrayContaining(["guideline.id", "lines[1].guidelineItem", "guideline.url"]))
    for (const v of ["131052", "example.org"]) expect(ids.text).not.toContain(v)
    const early = refused((j) => {
      j.month = "2022-12"
    })
    expect(early.at).toEqual(["month"])
    expect(early.text).toContain("county-decision-in-force")
  })
})
