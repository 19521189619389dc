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

describe("every transition of the notice's workflow", () => {
  it("forwarded application: opened → decided; on time within 14 a §, late after it", () => {
    const c = run(opened(app("nonUrgent")), [{ _tag: "ApplicationDecided", on: "2026-04-15" }])
    expect(c).toMatchObject({ state: "decided", doneOn: "2026-04-15" })
    expect(Workflow.isOverdue(c, "2026-05-01")).toBe(false)
    const late = run(opened(app("nonUrgent")), [{ _tag: "ApplicationDecided", on: "2026-04-16" }])
    expect(Workflow.isOverdue(late, "2026-05-01")).toBe(true)
  })
  it("misrouted: transferred from received, visible or opened, with the municipality and the day", () => {
    const o = opened(mk("UnemployedUnder25", "nonUrgent"))
    expect(run(o, [{ _tag: "Transferred", on: "2026-04-03", toMunicipality: "091" }])).toMatchObject({
      state: "transferred",
      transferredTo: "091",
      transferredOn: "2026-04-03"
    })
    const r = Workflow.start(mk("UnemployedUnder25", "nonUrgent"), "2026-04-02")
    expect(run(r, [{ _tag: "Transferred", on: "2026-04-02", toMunicipality: "837" }]).state).toBe("transferred")
    expect(
      Workflow.isOverdue(run(r, [{ _tag: "Transferred", on: "2026-04-02", toMunicipality: "837" }]), "2027-01-01")
    ).toBe(false)
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
    expect(states.sort()).toEqual(["decided", "opened", "received", "transferred", "visible"])
    for (const s of states) for (const to of Object.values(Workflow.transitionTable[s])) expect(states).toContain(to)
    expect(Object.keys(Workflow.transitionTable.decided)).toEqual([])
    expect(Object.keys(Workflow.transitionTable.transferred)).toEqual([])
  })
  it("property: random event sequences (including the pathway's steps, which are refused) never throw and never go back", () => {
    const order: ReadonlyArray<Workflow.State> = ["received", "visible", "opened", "decided", "transferred"]
    const tags = [
      "BecameVisible",
      "Opened",
      "ApplicationDecided",
      "Transferred",
      "ContactAttempt",
      "AssessmentStarted",
      "Closed",
      "InformationToKela"
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tags), { maxLength: 30 }), fc.boolean(), (seq, application) => {
        let c = Workflow.start(application ? app("nonUrgent") : sw("nonUrgent"), "2026-04-02")
        for (const t of seq) {
          const n = Workflow.advance(c, { _tag: t, on: "2026-04-03", toMunicipality: "091" } as Workflow.Event)
          if ("_tag" in n && n._tag === "IllegalTransition") {
            if (!["BecameVisible", "Opened", "ApplicationDecided", "Transferred"].includes(t))
              expect(n.event).toBe("(unknown)")
            continue
          }
          const next = n as Workflow.Case
          expect(order.indexOf(next.state)).toBeGreaterThan(order.indexOf(c.state))
          c = next
        }
      })
    )
  })
})

describe("one rule each (issue 15 review)", () => {
  it("eventTags lists exactly the events advance accepts: every tag of the transition table, nothing else", () => {
    const inTable = new Set(Object.values(Workflow.transitionTable).flatMap((t) => Object.keys(t)))
    expect([...Workflow.eventTags].sort()).toEqual([...inTable].sort())
    const c = Workflow.start(sw("nonUrgent"), "2026-04-02")
    expect(Workflow.advance(c, { _tag: "ContactAttempted", on: "2026-04-02" } as never)).toMatchObject({
      _tag: "IllegalTransition",
      event: "(unknown)"
    })
  })
  it("firstStepOnTime: on the due day on time, the day after late, undefined while not done or when transferred; isOverdue agrees", () => {
    const due = { due: "2026-04-15" }
    expect(Workflow.firstStepOnTime({ doneOn: "2026-04-15", deadline: due })).toBe(true)
    expect(Workflow.firstStepOnTime({ doneOn: "2026-04-16", deadline: due })).toBe(false)
    expect(Workflow.firstStepOnTime({ deadline: due })).toBeUndefined()
    expect(
      Workflow.firstStepOnTime({ doneOn: "2026-04-16", transferredOn: "2026-04-10", deadline: due })
    ).toBeUndefined()
    for (const on of ["2026-04-14", "2026-04-15", "2026-04-16", "2026-05-20"]) {
      const c = run(opened(app("nonUrgent")), [{ _tag: "ApplicationDecided", on }])
      expect(Workflow.isOverdue(c, "2027-01-01")).toBe(Workflow.firstStepOnTime(c) === false)
    }
  })
  it("the default attempts before the information letter are one constant (3)", () => {
    expect(Workflow.defaultPolicy.maxContactAttempts).toBe(Workflow.defaultMaxContactAttempts)
    expect(Workflow.defaultMaxContactAttempts).toBe(3)
  })
})
