/**
 * Kela's forwarded application (eTotu ForwardedApplication, 1412/1997 14 c § 1 mom.) opens the county's
 * supplementary/preventive case: the decisions it needs and the deadline (14 a § 1 mom.; urgent 14 b §).
 */
import { LegalRef, LocalDate } from "@osallistava/core"
import { Decode } from "@osallistava/etotu"
import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import { fromNotice, tryFromNotice, unsafeFromNotice } from "../src/county-case.js"

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

describe("CountyCase.unsafeFromNotice", () => {
  it("a forwarded supplementary application received Mon 2.3.2026: a 7 c § decision by Wed 11.3.2026 (14 a § 1 mom.)", () => {
    const c = unsafeFromNotice(notice({}), LocalDate.unsafeFrom("2026-03-02"))
    expect(c).toMatchObject({ noticeId: "F1", decisions: ["supplementary"], kelaDecisionExists: true, urgent: false })
    expect(c?.decisionDue.due).toBe("2026-03-11")
    expect(LegalRef.render(c!.decisionDue.ref, "fi")).toBe("toimeentulotukilaki 1412/1997 14 a § 1 mom. (1023/2022)")
  })

  it("urgent and both kinds: both decisions, by the next working day (14 b §)", () => {
    const c = unsafeFromNotice(
      notice({ urgency: "urgent", assistanceKind: "both" }),
      LocalDate.unsafeFrom("2026-03-06")
    )
    expect(c?.decisions).toEqual(["supplementary", "preventive"])
    expect(c?.decisionDue.due).toBe("2026-03-09")
  })
})

describe("CountyCase.tryFromNotice (issue 15: a Result, not a throw)", () => {
  it("the same case as unsafeFromNotice; fromNotice is its deprecated alias", () => {
    const r = tryFromNotice(notice({}), LocalDate.unsafeFrom("2026-03-02"))
    expect(Result.isSuccess(r) && r.success?.decisionDue.due).toBe("2026-03-11")
    expect(fromNotice).toBe(unsafeFromNotice)
  })

  it("a notice that is not a forwarded application: succeed(undefined)", () => {
    const other = { ...notice({}), _tag: "SocialWorkNeeded" } as unknown as Parameters<typeof tryFromNotice>[0]
    expect(tryFromNotice(other, LocalDate.unsafeFrom("2026-03-02"))).toEqual(Result.succeed(undefined))
  })

  // eTotu notices begin in 2017 (the decoder refuses an earlier decision date); the day received is the caller's.
  it("a received day before 2017: ProvisionNotInForce (the county's deadline begins 1.1.2017), no date in the message", () => {
    const r = tryFromNotice(notice({}), LocalDate.unsafeFrom("2016-12-30"))
    expect(Result.isFailure(r) && r.failure._tag).toBe("ProvisionNotInForce")
    if (Result.isFailure(r)) expect(r.failure.message).not.toMatch(/2016|30\.12/)
    expect(() => unsafeFromNotice(notice({}), LocalDate.unsafeFrom("2016-12-30"))).toThrow()
  })

  it("received after the calendar's tables (a notice of 31.12.2100 received 3.1.2101): YearOutOfRange", () => {
    const r = tryFromNotice(notice({ decisionDate: "2100-12-31" }), LocalDate.unsafeFrom("2101-01-03"))
    expect(Result.isFailure(r) && r.failure._tag).toBe("YearOutOfRange")
  })
})
