import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { type Notice, Workflow } from "../src/index.js"
import { notice } from "./fixtures.js"

const mk = notice
const app = (u: string, d?: string) => mk("ForwardedApplication", u, { assistanceKind: "supplementary" }, d)
const sw = (u: string, pd = false, d?: string) =>
  mk("SocialWorkNeeded", u, { reason: "housing", consent: true, personalDiscussionRequested: pd }, d)

const run = (c: Workflow.Case, events: ReadonlyArray<Workflow.Event>): Workflow.Case => {
  let cur = c
  for (const e of events) {
    const n = Workflow.advance(cur, e)
    if ("_tag" in n && n._tag === "IllegalTransition") throw new Error(`${n.event} from ${n.from}: ${n.reason ?? ""}`)
    cur = n as Workflow.Case
  }
  return cur
}
const opened = (n: Notice.Notice, on = "2026-04-02") =>
  run(Workflow.start(n, on), [
    { _tag: "BecameVisible", on },
    { _tag: "Opened", on }
  ])

describe("deadlines over Easter and Midsummer 2026 (Act 150/1930 via @osallistava/calendar)", () => {
  it("urgent application received Maundy Thursday 2.4.2026: Good Friday, weekend, Easter Monday skipped → Tue 7.4 (TTL 14 b §)", () => {
    expect(Workflow.deadlineOf(app("urgent"), "2026-04-02").due).toBe("2026-04-07")
  })
  it("non-urgent application received 2.4.2026: 7th working day is 15.4.2026 (TTL 14 a §)", () => {
    expect(Workflow.deadlineOf(app("nonUrgent"), "2026-04-02").due).toBe("2026-04-15")
  })
  it("urgent application received Thu 18.6.2026: Midsummer Eve and Day skipped → Mon 22.6", () => {
    expect(Workflow.deadlineOf(app("urgent", "2026-06-18"), "2026-06-18").due).toBe("2026-06-22")
  })
  it("reduction notice decided Thu 2.4.2026 becomes visible Tue 7.4 (Kelmu: the day after, as next working day [I])", () => {
    const n = mk("ReducedBasicAmount", "nonUrgent", {
      reductionPercent: 20,
      referredToAssessment: false,
      continuationMonth: 1
    })
    expect(Workflow.visibleOn(n)).toBe("2026-04-07")
  })
  it("unemployed and immigrant notices are visible the same day (Kelmu)", () => {
    expect(Workflow.visibleOn(mk("Unemployed25OrOver", "nonUrgent"))).toBe("2026-04-02")
    expect(Workflow.visibleOn(mk("Immigrant", "nonUrgent"))).toBe("2026-04-02")
  })
  it("special group (SHL 36 § 2 mom): assessment started by the 7th working day, as law", () => {
    const d = Workflow.deadlineOf(sw("nonUrgent"), "2026-12-04", Workflow.defaultPolicy, { specialGroup: true })
    expect(d).toMatchObject({ due: "2026-12-15", kind: "law" })
  })
  it("immigrant 2017–2022: initial assessment within 2 months (1386/2010 10 §); 2023–2024 none (936/2022); from 2025 without delay (681/2023 15 § 5 mom) as policy days", () => {
    const before = mk("Immigrant", "nonUrgent", {}, "2022-10-28")
    expect(Workflow.deadlineOf(before, "2022-10-28")).toMatchObject({ due: "2022-12-28", kind: "law" })
    expect(Workflow.deadlineOf(mk("Immigrant", "nonUrgent", {}, "2024-10-31"), "2024-10-31").kind).toBe("policy")
    const after = mk("Immigrant", "nonUrgent", {}, "2025-10-31")
    expect(Workflow.deadlineOf(after, "2025-10-31")).toMatchObject({ kind: "policy", due: "2025-11-11" })
    expect(Workflow.deadlineOf(after, "2025-10-31").basis).toContain("681/2023 § 15 (5)")
  })
  it("unemployed notices: activation 'without delay' (189/2001 5 §) as a policy limit", () => {
    const d = Workflow.deadlineOf(mk("UnemployedUnder25", "nonUrgent"), "2026-04-02", { policyStartWorkingDays: 2 })
    expect(d).toMatchObject({ due: "2026-04-08", kind: "policy" })
    expect(d.basis).toContain("189/2001")
  })
})

describe("every transition", () => {
  it("the full path: contact ×3 → not reached → info letter → reached → appointment → met → assessment → plan → services → closed", () => {
    const c = run(opened(sw("nonUrgent")), [
      { _tag: "ContactAttempt", on: "2026-04-02", channel: "phone" },
      { _tag: "ContactAttempt", on: "2026-04-07", channel: "letter" },
      { _tag: "NotReached", on: "2026-04-08" },
      { _tag: "ContactAttempt", on: "2026-04-09", channel: "outreach" },
      { _tag: "NotReached", on: "2026-04-10" },
      { _tag: "InfoSent", on: "2026-04-10" },
      { _tag: "Reached", on: "2026-04-14" },
      { _tag: "AppointmentBooked", on: "2026-04-14", appointmentOn: "2026-04-16" },
      { _tag: "Met", on: "2026-04-16" },
      { _tag: "AssessmentStarted", on: "2026-04-16" },
      { _tag: "AssessmentCompleted", on: "2026-04-20" },
      { _tag: "ClientPlanMade", on: "2026-04-20" },
      { _tag: "ServicesStarted", on: "2026-05-04" },
      { _tag: "Closed", on: "2026-09-01", reason: "done" }
    ])
    expect(c).toMatchObject({
      state: "closed",
      contactAttempts: 3,
      firstContactOn: "2026-04-02",
      reachedOn: "2026-04-14",
      appointmentOn: "2026-04-16",
      metOn: "2026-04-16",
      doneOn: "2026-04-16",
      closeReason: "done"
    })
    // policy 7 working days from 2.4.2026 = 15.4.2026; started 16.4 → late
    expect(Workflow.isOverdue(c, "2026-09-01")).toBe(true)
  })
  it("information letter only after the policy's number of attempts", () => {
    const c = run(opened(sw("nonUrgent")), [
      { _tag: "ContactAttempt", on: "2026-04-02", channel: "phone" },
      { _tag: "NotReached", on: "2026-04-03" }
    ])
    expect(Workflow.advance(c, { _tag: "InfoSent", on: "2026-04-03" })).toMatchObject({
      _tag: "IllegalTransition",
      reason: expect.stringContaining("3 contact attempts")
    })
  })
  it("side exits: transferred, closed by policy, handled by another service, declined, no-show", () => {
    const o = opened(mk("UnemployedUnder25", "nonUrgent"))
    expect(run(o, [{ _tag: "Transferred", on: "2026-04-03", toMunicipality: "091" }]).state).toBe("transferred")
    expect(run(o, [{ _tag: "Closed", on: "2026-04-03", reason: "policy" }]).closeReason).toBe("policy")
    expect(run(o, [{ _tag: "HandedToOtherService", on: "2026-04-03", service: "youth coach" }]).state).toBe(
      "handledElsewhere"
    )
    const booked = run(o, [{ _tag: "AppointmentBooked", on: "2026-04-03" }])
    expect(run(booked, [{ _tag: "NoShow", on: "2026-04-08" }]).state).toBe("clientNotReached")
    expect(run(booked, [{ _tag: "Closed", on: "2026-04-08", reason: "declined" }]).closeReason).toBe("declined")
  })
  it("forwarded application branch: decided then closed; on time within 14 a §", () => {
    const c = run(opened(app("nonUrgent")), [
      { _tag: "ApplicationDecided", on: "2026-04-15" },
      { _tag: "Closed", on: "2026-04-15", reason: "done" }
    ])
    expect(c.state).toBe("closed")
    expect(Workflow.isOverdue(c, "2026-05-01")).toBe(false)
  })
  it("18 b § information and 15 § statement are recorded without changing the state; not after closing", () => {
    const n = mk("ReducedBasicAmount", "nonUrgent", {
      reductionPercent: 40,
      referredToAssessment: true,
      continuationMonth: 1
    })
    const c = run(opened(n, "2026-04-07"), [
      { _tag: "InformationToKela", on: "2026-04-08" },
      { _tag: "StatementToKela", on: "2026-04-09" }
    ])
    expect(c).toMatchObject({ state: "opened", informationToKelaOn: "2026-04-08", statementToKelaOn: "2026-04-09" })
    const closed = run(c, [{ _tag: "Closed", on: "2026-04-10", reason: "policy" }])
    expect(Workflow.advance(closed, { _tag: "InformationToKela", on: "2026-04-11" })).toMatchObject({
      _tag: "IllegalTransition"
    })
  })
  it("an event dated before the notice arrived is illegal", () => {
    expect(
      Workflow.advance(Workflow.start(sw("nonUrgent"), "2026-04-02"), { _tag: "BecameVisible", on: "2026-04-01" })
    ).toMatchObject({
      _tag: "IllegalTransition"
    })
  })
  it("property: terminal states accept nothing; every defined transition lands in a known state", () => {
    const states = Object.keys(Workflow.transitionTable) as Array<Workflow.State>
    for (const s of states) for (const to of Object.values(Workflow.transitionTable[s])) expect(states).toContain(to)
    expect(Object.keys(Workflow.transitionTable.closed)).toEqual([])
    expect(Object.keys(Workflow.transitionTable.transferred)).toEqual([])
  })
  it("property: random event sequences never throw and contact attempts never decrease", () => {
    const tags = [
      "BecameVisible",
      "Opened",
      "ContactAttempt",
      "Reached",
      "NotReached",
      "AppointmentBooked",
      "NoShow",
      "Met",
      "AssessmentStarted",
      "AssessmentCompleted",
      "ClientPlanMade",
      "ServicesStarted",
      "InfoSent",
      "ApplicationDecided",
      "Closed",
      "InformationToKela"
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tags), { maxLength: 30 }), (seq) => {
        let c = Workflow.start(sw("nonUrgent"), "2026-04-02")
        for (const t of seq) {
          const n = Workflow.advance(c, {
            _tag: t,
            on: "2026-04-03",
            channel: "phone",
            reason: "done"
          } as Workflow.Event)
          if ("_tag" in n && n._tag === "IllegalTransition") continue
          const next = n as Workflow.Case
          expect(next.contactAttempts).toBeGreaterThanOrEqual(c.contactAttempts)
          c = next
        }
      })
    )
  })
})

describe("all deadlines of a case", () => {
  it("personal discussion requested (TTL 14 d § 2 mom): 7th working day, met by the meeting", () => {
    const c = opened(sw("nonUrgent", true, "2026-12-23"), "2026-12-23")
    const ds = Workflow.deadlines(c, "2027-01-08")
    expect(ds.find((d) => d.step === "personalDiscussion")).toMatchObject({ due: "2027-01-07", overdue: true })
    const met = run(c, [
      { _tag: "AppointmentBooked", on: "2026-12-28" },
      { _tag: "Met", on: "2027-01-05" }
    ])
    expect(Workflow.deadlines(met, "2027-01-08").find((d) => d.step === "personalDiscussion")).toMatchObject({
      doneOn: "2027-01-05",
      overdue: false
    })
  })
  it("services within 3 months of the completed assessment (SHL 1301/2014 45 § 2 mom): 30.11.2026 → Mon 1.3.2027", () => {
    const c = run(opened(sw("urgent", false, "2026-11-30"), "2026-11-30"), [
      { _tag: "AssessmentStarted", on: "2026-11-30" },
      { _tag: "AssessmentCompleted", on: "2026-11-30" }
    ])
    expect(Workflow.deadlines(c, "2027-03-02").find((d) => d.step === "servicesStarted")).toMatchObject({
      due: "2027-03-01",
      overdue: true
    })
  })
  it("transferred cases have no deadlines", () => {
    const c = run(Workflow.start(sw("urgent"), "2026-04-02"), [
      { _tag: "Transferred", on: "2026-04-02", toMunicipality: "091" }
    ])
    expect(Workflow.deadlines(c, "2026-05-01")).toEqual([])
  })
})
