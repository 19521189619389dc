/**
 * Kela's forwarded application (eTotu ForwardedApplication, 1412/1997 14 c § 1 mom.) opens the county's
 * supplementary/preventive case: the decisions it needs and the deadline (14 a § 1 mom.; urgent 14 b §).
 */
import { LegalRef, LocalDate } from "@osallistava/core"
import { Decode } from "@osallistava/etotu"
import { describe, expect, it } from "vitest"
import { fromNotice } from "../src/county-case.js"

const notice = (extra: Record<string, unknown>) => {
  const r = Decode.decodeRecord(
    {
      _tag: "ForwardedApplication",
      formatVersion: 1,
      id: "F1",
      decisionDate: "2026-02-27",
      municipality: "091",
      urgency: "nonUrgent",
      protectedPersonalData: false,
      householdSize: 2,
      ageGroup: "25to64",
      assistanceKind: "supplementary",
      ...extra
    },
    1
  )
  if (r._tag !== "Ok") throw new Error(r.issues.map((i) => i.at).join(", "))
  return r.notice
}

describe("CountyCase.fromNotice", () => {
  it("a forwarded supplementary application received Mon 2.3.2026: a 7 c § decision by Wed 11.3.2026 (14 a § 1 mom.)", () => {
    const c = fromNotice(notice({}), LocalDate.unsafeFrom("2026-03-02"))
    expect(c).toMatchObject({ noticeId: "F1", decisions: ["supplementary"], kelaDecisionExists: true, urgent: false })
    expect(c?.decisionDue.due).toBe("2026-03-11")
    expect(LegalRef.render(c!.decisionDue.ref, "fi")).toBe("toimeentulotukilaki 1412/1997 14 a § 1 mom. (1023/2022)")
  })

  it("urgent and both kinds: both decisions, by the next working day (14 b §)", () => {
    const c = fromNotice(notice({ urgency: "urgent", assistanceKind: "both" }), LocalDate.unsafeFrom("2026-03-06"))
    expect(c?.decisions).toEqual(["supplementary", "preventive"])
    expect(c?.decisionDue.due).toBe("2026-03-09")
  })
})
