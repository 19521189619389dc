/**
 * Procedure (calendar's StatutoryLimits): decision by the 7th working day (1412/1997 14 a § 1 mom.), urgent the next
 * working day (14 b §), Kela's decision first (14 § 2 mom.) except preventive in urgent cases or for a special reason
 * (8 § 2 mom.), request for review within 30 days of notification (434/2003 49 c § 1 mom.; 59 § 2 mom. for letters).
 */
import { StatutoryLimits } from "@osallistava/calendar"
import { LegalRef, LocalDate } from "@osallistava/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import {
  appealDeadline,
  checkKelaDecisionFirst,
  decisionDeadline,
  notifiedByLetter
} from "../../src/supplementary/procedure.js"

const d = LocalDate.unsafeFrom

describe("county decision deadlines", () => {
  it("application arriving Mon 2.3.2026: decision by Wed 11.3.2026 (14 a § 1 mom.); urgent by Tue 3.3.2026 (14 b §)", () => {
    const normal = decisionDeadline(d("2026-03-02"))
    expect(normal.due).toBe("2026-03-11")
    expect(LegalRef.render(normal.ref, "fi")).toBe("toimeentulotukilaki 1412/1997 14 a § 1 mom. (1023/2022)")
    expect(decisionDeadline(d("2026-03-02"), { urgent: true }).due).toBe("2026-03-03")
  })

  it("request for review: notified 2.3.2026 → Wed 1.4.2026 (434/2003 49 c § 1 mom.)", () => {
    const a = appealDeadline(d("2026-03-02"))
    expect(a.due).toBe("2026-04-01")
    expect(LegalRef.render(a.ref, "fi")).toBe("hallintolaki 434/2003 49 c § 1 mom. (581/2010)")
    expect(StatutoryLimits.citation(a, "sv")).toContain("förvaltningslagen 434/2003 49 c § 1 mom.")
  })

  it("a 30th day on Christmas Eve moves to the next working day (150/1930 5 §): notified 24.11.2026 → 28.12.2026", () => {
    expect(appealDeadline(d("2026-11-24")).due).toBe("2026-12-28")
  })

  it("a decision sent as an ordinary letter on 2.3.2026 is deemed notified on 9.3.2026 (434/2003 59 § 2 mom.)", () => {
    expect(notifiedByLetter(d("2026-03-02"))).toBe("2026-03-09")
    expect(appealDeadline(notifiedByLetter(d("2026-03-02"))).due).toBe("2026-04-08")
  })
})

describe("Kela's decision first (14 § 2 mom.; 8 § 2 mom.)", () => {
  it("supplementary assistance needs it, urgent or not", () => {
    for (const urgent of [false, true]) {
      const r = checkKelaDecisionFirst({ type: "supplementary", kelaDecisionExists: false, urgent })
      expect(Result.isFailure(r) && r.failure.rule).toBe("kela-decision-first")
    }
    expect(Result.isSuccess(checkKelaDecisionFirst({ type: "supplementary", kelaDecisionExists: true }))).toBe(true)
  })

  it("preventive assistance without it: only urgent or for a special reason", () => {
    expect(Result.isFailure(checkKelaDecisionFirst({ type: "preventive", kelaDecisionExists: false }))).toBe(true)
    expect(
      Result.isSuccess(checkKelaDecisionFirst({ type: "preventive", kelaDecisionExists: false, urgent: true }))
    ).toBe(true)
    expect(
      Result.isSuccess(checkKelaDecisionFirst({ type: "preventive", kelaDecisionExists: false, specialReason: true }))
    ).toBe(true)
  })
})
