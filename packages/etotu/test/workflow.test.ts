import { describe, expect, it } from "vitest"
import { Decode, Workflow } from "../src/index.js"

const notice = (tag: string, urgency: string, extra: Record<string, unknown>, decisionDate = "2026-12-23") => {
  const r = Decode.decodeRecord(
    {
      _tag: tag,
      formatVersion: 1,
      id: `${tag}-${urgency}`,
      decisionDate,
      municipality: "091",
      urgency,
      protectedPersonalData: false,
      householdSize: 1,
      ageGroup: "25to64",
      ...extra
    },
    1
  )
  if (r._tag !== "Ok") throw new Error(JSON.stringify(r.issues))
  return r.notice
}
const app = (u: string, d?: string) => notice("ForwardedApplication", u, { assistanceKind: "supplementary" }, d)
const sw = (u: string) =>
  notice("SocialWorkNeeded", u, { reason: "housing", consent: true, personalDiscussionRequested: false })

describe("deadlines around Christmas 2026 (TTL 14 a, 14 b §)", () => {
  it("urgent application received Wed 23.12.2026: next working day is Mon 28.12.2026", () => {
    expect(Workflow.deadlineOf(app("urgent"), "2026-12-23").due).toBe("2026-12-28")
  })
  it("non-urgent application received 23.12.2026: 7th working day is 7.1.2027 (24–26.12, 1.1, 6.1 and weekends skipped)", () => {
    expect(Workflow.deadlineOf(app("nonUrgent"), "2026-12-23").due).toBe("2027-01-07")
  })
  it("non-urgent application decided on Friday becomes visible Monday (Kelmu: day after)", () => {
    expect(Workflow.visibleOn(app("nonUrgent", "2026-11-20"))).toBe("2026-11-23")
  })
  it("social-work need: visible immediately, urgent assessed at once (SHL 36 § 1)", () => {
    expect(Workflow.visibleOn(sw("urgent"))).toBe("2026-12-23")
    const d = Workflow.deadlineOf(sw("urgent"), "2026-12-23")
    expect(d.due).toBe("2026-12-23")
    expect(d.kind).toBe("law")
  })
  it("non-urgent social-work need: policy limit, not law (SHL 36 § 2 'without delay')", () => {
    expect(Workflow.deadlineOf(sw("nonUrgent"), "2026-12-23", { policyStartWorkingDays: 3 })).toMatchObject({
      due: "2026-12-30",
      kind: "policy"
    })
  })
})

describe("workflow transitions", () => {
  it("received → visible → opened → contact ×2 → reached → assessment → closed, on time", () => {
    let c: Workflow.Case | Workflow.IllegalTransition = Workflow.start(sw("nonUrgent"), "2026-12-23")
    const events: Array<Workflow.Event> = [
      { _tag: "BecameVisible", on: "2026-12-23" },
      { _tag: "Opened", on: "2026-12-28" },
      { _tag: "ContactAttempt", on: "2026-12-28", channel: "phone" },
      { _tag: "ContactAttempt", on: "2026-12-29", channel: "letter" },
      { _tag: "Reached", on: "2026-12-30" },
      { _tag: "AssessmentStarted", on: "2027-01-04" },
      { _tag: "Closed", on: "2027-01-10", reason: "done" }
    ]
    for (const e of events) {
      if ("_tag" in c && c._tag === "IllegalTransition") throw new Error("illegal")
      c = Workflow.advance(c as Workflow.Case, e)
    }
    const done = c as Workflow.Case
    expect(done.state).toBe("closed")
    expect(done.contactAttempts).toBe(2)
    expect(done.firstContactOn).toBe("2026-12-28")
    expect(Workflow.isOverdue(done, "2027-02-01")).toBe(false)
  })
  it("illegal: assessment before opening; application decision on a non-application", () => {
    const c = Workflow.start(sw("nonUrgent"), "2026-12-23")
    expect(Workflow.advance(c, { _tag: "AssessmentStarted", on: "2026-12-23" })).toMatchObject({
      _tag: "IllegalTransition",
      from: "received"
    })
    const o = Workflow.advance(Workflow.advance(c, { _tag: "BecameVisible", on: "2026-12-23" }) as Workflow.Case, {
      _tag: "Opened",
      on: "2026-12-23"
    }) as Workflow.Case
    expect(Workflow.advance(o, { _tag: "ApplicationDecided", on: "2026-12-23" })).toMatchObject({
      _tag: "IllegalTransition"
    })
  })
  it("overdue: unopened urgent application past next working day", () => {
    const c = Workflow.start(app("urgent"), "2026-12-23")
    expect(Workflow.isOverdue(c, "2026-12-28")).toBe(false)
    expect(Workflow.isOverdue(c, "2026-12-29")).toBe(true)
  })
})
