import { describe, expect, it } from "vitest"
import { Decode, type Notice, Triage } from "../src/index.js"

const mk = (id: string, tag: string, urgency: string, householdSize = 1, extra: Record<string, unknown> = {}) => {
  const r = Decode.decodeRecord(
    {
      _tag: tag,
      formatVersion: 1,
      id,
      decisionDate: "2026-11-20",
      municipality: "837",
      urgency,
      protectedPersonalData: false,
      householdSize,
      ageGroup: "25to64",
      ...extra
    },
    1
  )
  if (r._tag !== "Ok") throw new Error("bad")
  return r.notice as Notice.Notice
}

describe("triage", () => {
  it("urgent first, then earliest deadline; 25+ over capacity go to info letters, families first (seed 003 volume)", () => {
    const ns = [
      mk("u1", "Unemployed25OrOver", "nonUrgent", 1),
      mk("u2", "Unemployed25OrOver", "nonUrgent", 3),
      mk("a1", "ForwardedApplication", "nonUrgent", 1, { assistanceKind: "preventive" }),
      mk("s1", "SocialWorkNeeded", "urgent", 1, { reason: "health", consent: true, personalDiscussionRequested: true })
    ]
    const t = Triage.triage(ns, { ...Triage.defaultConfig("2026-11-23"), unemployed25OrOverCapacity: 1 })
    expect(t.map((x) => `${x.noticeId}:${x.queue}`)).toEqual([
      "s1:urgent",
      "a1:applications", // same 7-working-day due date (2.12.2026) as the 25+ policy limit; id breaks the tie
      "u2:socialWork",
      "u1:infoLetter"
    ])
    expect(t[0]?.reasons[0]).toBe("urgent")
  })
})
