import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import { Decode, Delivery, Triage, Workflow } from "../src/index.js"

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

describe("the notice's workflow up to registration", () => {
  it("received → visible → opened (registered); the first deadline from the notice", () => {
    let c: Workflow.Case | Workflow.IllegalTransition = Workflow.start(sw("nonUrgent"), "2026-12-23")
    const events: Array<Workflow.Event> = [
      { _tag: "BecameVisible", on: "2026-12-23" },
      { _tag: "Opened", on: "2026-12-28" }
    ]
    for (const e of events) {
      if ("_tag" in c && c._tag === "IllegalTransition") throw new Error("illegal")
      c = Workflow.advance(c as Workflow.Case, e)
    }
    const done = c as Workflow.Case
    expect(done).toMatchObject({ state: "opened", openedOn: "2026-12-28", visibleOn: "2026-12-23" })
    expect(Workflow.isRegistered(done)).toBe(true)
    // The start of the assessment is the pathway's step: a registered notice is not overdue here.
    expect(Workflow.isOverdue(done, "2027-02-01")).toBe(false)
  })
  it("illegal: opening before visibility; application decision on a non-application; a step of the municipal case", () => {
    const c = Workflow.start(sw("nonUrgent"), "2026-12-23")
    expect(Workflow.advance(c, { _tag: "Opened", on: "2026-12-23" })).toMatchObject({
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
    // Issue 15: the assessment is recorded in model's pathway, not in the notice's workflow.
    expect(Workflow.advance(o, { _tag: "AssessmentStarted", on: "2026-12-23" } as never)).toEqual({
      _tag: "IllegalTransition",
      from: "opened",
      event: "(unknown)",
      reason: "recorded in the pathway (@osallistava/model), not in the notice's workflow"
    })
  })
  it("overdue: unopened urgent application past next working day", () => {
    const c = Workflow.start(app("urgent"), "2026-12-23")
    expect(Workflow.isOverdue(c, "2026-12-28")).toBe(false)
    expect(Workflow.isOverdue(c, "2026-12-29")).toBe(true)
  })
  it("overdue: a non-urgent social-work notice not registered by its policy limit (SHL 36 § 2 mom.)", () => {
    const c = Workflow.advance(Workflow.start(sw("nonUrgent"), "2026-12-23"), {
      _tag: "BecameVisible",
      on: "2026-12-23"
    }) as Workflow.Case
    expect(Workflow.isOverdue(c, c.deadline.due)).toBe(false)
    expect(Workflow.isOverdue(c, "2027-01-08")).toBe(true)
  })
})

describe("Results, not throws (issue 15: one error convention)", () => {
  const failure = (r: Result.Result<unknown, Workflow.DeadlineError>) =>
    Result.isFailure(r) ? [r.failure._tag, "at" in r.failure ? r.failure.at : undefined] : ["succeeded"]
  it("tryVisibleOn, tryDeadlineOf, tryStart give what the unsafe ones give", () => {
    const n = app("nonUrgent")
    expect(Workflow.tryVisibleOn(n)).toEqual(Result.succeed(Workflow.unsafeVisibleOn(n)))
    expect(Workflow.tryDeadlineOf(n, "2026-12-23")).toEqual(Result.succeed(Workflow.unsafeDeadlineOf(n, "2026-12-23")))
    expect(Workflow.tryStart(n, "2026-12-23")).toEqual(Result.succeed(Workflow.unsafeStart(n, "2026-12-23")))
    expect(Workflow.start).toBe(Workflow.unsafeStart)
  })
  it("a day outside the calendar's tables (1900–2100) is YearOutOfRange; a received text that is not a date is existing-date at receivedOn", () => {
    // A non-urgent application decided on Friday 31.12.2100 becomes visible the next working day, in 2101.
    expect(failure(Workflow.tryVisibleOn(app("nonUrgent", "2100-12-31")))).toEqual(["YearOutOfRange", undefined])
    expect(() => Workflow.unsafeVisibleOn(app("nonUrgent", "2100-12-31"))).toThrow()
    expect(failure(Workflow.tryDeadlineOf(app("nonUrgent"), "2100-12-31"))).toEqual(["YearOutOfRange", undefined])
    const r = Workflow.tryDeadlineOf(sw("nonUrgent"), "2026-02-30")
    expect(failure(r)).toEqual(["RuleViolation", "receivedOn"])
    expect(Result.isFailure(r) && r.failure.message.includes("2026-02-30")).toBe(false)
    expect(failure(Workflow.tryDeadlineOf(sw("nonUrgent"), "2026-12-23", { policyStartWorkingDays: -1 }))).toEqual([
      "RuleViolation",
      "workingDays"
    ])
    expect(failure(Workflow.tryStart(app("nonUrgent", "2100-12-31"), "2026-12-23"))).toEqual([
      "YearOutOfRange",
      undefined
    ])
  })
  it("a forwarded application received before 2017 has no decision deadline in the table: ProvisionNotInForce", () => {
    expect(failure(Workflow.tryDeadlineOf(app("nonUrgent"), "2016-12-30"))).toEqual(["ProvisionNotInForce", undefined])
  })
  it("delivery refuses such a notice as a bad record at decisionDate; triage returns the failure", () => {
    const late = app("nonUrgent", "2100-12-31")
    const d = Delivery.ingest([{ _tag: "Ok", record: 1, notice: late }], "2026-12-23")
    expect(d.accepted).toEqual([])
    expect(d.bad.map((b) => [b.record, b.issues.map((i) => i.at)])).toEqual([[1, ["decisionDate"]]])
    expect(failure(Triage.tryTriage([late], Triage.defaultConfig("2101-01-03")))).toEqual(["YearOutOfRange", undefined])
    const t = new Triage.Triager(Triage.defaultConfig("2026-12-23"))
    expect(failure(t.tryNext(app("nonUrgent"), "2016-12-30"))).toEqual(["ProvisionNotInForce", undefined])
    // A refused notice takes no place in the arrival order.
    expect(t.unsafeNext(app("nonUrgent")).position).toBe(1)
  })
})
