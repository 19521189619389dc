/**
 * One time limit, one citation: for the same facts social-assistance, etotu, model (and calendar, which computes
 * them) give the same last day and the same provision (core's LegalRef). Sources: 1412/1997 14 a §, 14 b §, 14 d §
 * (finlex-data asd20221023.xml), 14 c §, 14 e § (asd20150815.xml, asd20160299.xml); Act 150/1930 2 §; hallintolaki
 * 434/2003 18 §; the decisions in docs/calendar/README.md.
 */
import { StatutoryLimits } from "@osallistava/calendar"
import { LegalRef, LocalDate } from "@osallistava/core"
import { Decode, Notice, Workflow } from "@osallistava/etotu"
import { Deadlines, Events, Pathway } from "@osallistava/model"
import { Application, calculate, Deadline } from "@osallistava/social-assistance"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import { notice as pathwayNotice } from "./fixtures.js"

const d = LocalDate.unsafeFrom

const etotuNotice = (
  tag: string,
  urgency: string,
  decisionDate: string,
  extra: Record<string, unknown>
): Notice.Notice => {
  const r = Decode.decodeRecord(
    {
      _tag: tag,
      formatVersion: 1,
      id: "X1",
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
  if (r._tag !== "Ok") throw new Error("fixture did not decode")
  return r.notice
}

const modelDeadlines = (received: string, over: Record<string, unknown>) => {
  const r = Pathway.replay([
    {
      caseId: "C1",
      _tag: "NoticeReceived",
      on: received,
      notice: pathwayNotice({ decisionDate: received, ...over })
    } as unknown as Events.PathwayEvent
  ])
  if (r._tag === "Err") throw new Error(r.error.message)
  return Deadlines.unsafeDeadlinesOf(r.state, received)
}

describe("decision on an application arriving on Saturday 7.3.2026 (1412/1997 14 a § 1 mom.; 150/1930 2 §; 434/2003 18 §)", () => {
  const arrived = "2026-03-07"
  const calendar = StatutoryLimits.unsafeSocialAssistanceDecision(d(arrived))
  it("calendar: Tue 17.3.2026, 14 a § 1 mom. (1023/2022)", () => {
    expect(calendar.due).toBe("2026-03-17")
    expect(LegalRef.render(calendar.ref, "fi")).toBe("toimeentulotukilaki 1412/1997 14 a § 1 mom. (1023/2022)")
  })
  it("social-assistance gives the same day and provision", () => {
    const sa = Deadline.unsafeDecisionDeadline(d(arrived), false)
    expect(sa.deadline).toBe(calendar.due)
    expect(LegalRef.sameProvision(sa.ref, calendar.ref)).toBe(true)
  })
  it("etotu (a forwarded application received that day) gives the same day and provision", () => {
    const n = etotuNotice("ForwardedApplication", "nonUrgent", "2026-03-06", { assistanceKind: "supplementary" })
    const e = Workflow.unsafeDeadlineOf(n, arrived)
    expect(e.due).toBe(calendar.due)
    expect(e.ref && LegalRef.sameProvision(e.ref, calendar.ref)).toBe(true)
  })
  it("model (a pathway opened by that notice) gives the same day and provision", () => {
    const m = modelDeadlines(arrived, { _tag: "ForwardedApplication", assistanceKind: "supplementary" }).find(
      (x) => x.id === "assessment-start"
    )
    expect(m?.due).toBe(calendar.due)
    expect(m?.ref && LegalRef.sameProvision(m.ref, calendar.ref)).toBe(true)
  })
})

describe("urgent application arriving Wednesday 23.12.2026 (14 b §, 815/2015)", () => {
  it("social-assistance, etotu, model and calendar agree: Mon 28.12.2026", () => {
    const c = StatutoryLimits.unsafeSocialAssistanceDecision(d("2026-12-23"), { urgent: true })
    const sa = Deadline.unsafeDecisionDeadline(d("2026-12-23"), true)
    const e = Workflow.unsafeDeadlineOf(
      etotuNotice("ForwardedApplication", "urgent", "2026-12-23", { assistanceKind: "preventive" }),
      "2026-12-23"
    )
    const m = modelDeadlines("2026-12-23", {
      _tag: "ForwardedApplication",
      urgency: "urgent",
      assistanceKind: "preventive"
    }).find((x) => x.id === "assessment-start")
    expect([c.due, sa.deadline, e.due, m?.due]).toEqual(["2026-12-28", "2026-12-28", "2026-12-28", "2026-12-28"])
    for (const ref of [sa.ref, e.ref, m?.ref]) expect(ref && LegalRef.sameProvision(ref, c.ref)).toBe(true)
  })
})

describe("personal discussion, Kela decision 30.12.2022 received 2.1.2023 (14 d § 2 mom. (1023/2022); no transitional provision)", () => {
  it("model (the one case lifecycle) cites 14 d § 2 mom. (1023/2022) and gives Thu 12.1.2023, as calendar computes it", () => {
    const m = modelDeadlines("2023-01-02", { decisionDate: "2022-12-30", personalDiscussionRequested: true }).find(
      (x) => x.id === "personal-discussion"
    )
    const cal = StatutoryLimits.unsafePersonalDiscussion(d("2023-01-02"))
    expect(LegalRef.render(cal.ref, "fi")).toBe("toimeentulotukilaki 1412/1997 14 d § 2 mom. (1023/2022)")
    expect(m?.due).toBe("2023-01-12")
    expect(m?.due).toBe(cal.due)
    expect(m?.ref && LegalRef.sameProvision(m.ref, cal.ref)).toBe(true)
    // etotu no longer has a second copy of the later deadlines (issue 15): only the first one.
    expect("deadlines" in Workflow).toBe(false)
  })
})

describe("one § 10 vocabulary: Kela's reduced-basic-amount notice feeds the calculator with one function", () => {
  const reducedNotice = (decisionDate: string, reductionPercent: number, ground: string) =>
    etotuNotice("ReducedBasicAmount", "nonUrgent", decisionDate, {
      reductionPercent,
      referredToAssessment: reductionPercent === 40,
      continuationMonth: 1,
      ground
    }) as Notice.ReducedBasicAmountNotice
  const calculateWith = (month: string, reduction: unknown) => {
    const app = Application.decodeApplication({
      month,
      municipality: "091",
      persons: [{ id: "a", role: "applicant", birthDate: "1970-01-01" }],
      expenses: [],
      incomes: [],
      reductions: [reduction]
    })
    if (Result.isFailure(app)) throw new Error(app.failure.message)
    const d = calculate(app.success)
    if (Result.isFailure(d)) throw new Error(d.failure._tag)
    return d.success
  }
  it("law 26/2026, March 2026: 50 % of the single amount 578.43 € (Kela 16.2.2026) leaves 289.22 € (rounded half-up per person)", () => {
    const r = Notice.fromReducedBasicAmountNotice(reducedNotice("2026-03-02", 50, "primaryBenefitNotApplied"), "a")
    if (Result.isFailure(r)) throw new Error(r.failure.message)
    const d = calculateWith("2026-03", r.success)
    expect(d.supportCents).toBe(28922)
  })
  it("the reduced months agree: a 50 % reduction for February 2026 is refused by the conversion and by the calculator, March 2026 by neither (core's firstReducedMonth; Kela 28.1.2026, sttinfo.fi/tiedote/71766190)", () => {
    const n = reducedNotice("2026-02-16", 50, "primaryBenefitNotApplied")
    const outcome = (month: string) => {
      const conv = Notice.fromReducedBasicAmountNotice(n, "a", { month })
      const plain = Notice.fromReducedBasicAmountNotice(n, "a")
      if (Result.isFailure(plain)) throw new Error(plain.failure.message)
      const app = Application.decodeApplication({
        month,
        municipality: "091",
        persons: [{ id: "a", role: "applicant", birthDate: "1970-01-01" }],
        expenses: [],
        incomes: [],
        reductions: [plain.success]
      })
      if (Result.isFailure(app)) throw new Error(app.failure.message)
      const calc = calculate(app.success)
      return {
        conversion: Result.isSuccess(conv) ? "ok" : conv.failure.rule,
        calculator: Result.isSuccess(calc) ? "ok" : (calc.failure as { rule?: string }).rule
      }
    }
    expect(outcome("2026-02")).toEqual({ conversion: "reduction-order-period", calculator: "reduction-order-period" })
    expect(outcome("2026-03")).toEqual({ conversion: "ok", calculator: "ok" })
  })
  it("1023/2022, May 2025: a 40 % notice under 10 § 2 mom. (legacy name continuedAfterReduction) is accepted as repeatedRefusal", () => {
    const r = Notice.fromReducedBasicAmountNotice(reducedNotice("2025-05-05", 40, "continuedAfterReduction"), "a")
    if (Result.isFailure(r)) throw new Error(r.failure.message)
    expect(r.success.ground).toBe("repeatedRefusal")
    // 593.55 € (2025) − 40 % = 356.13 €
    expect(calculateWith("2025-05", r.success).supportCents).toBe(35613)
  })
})

describe("one list of contact channels (model's Events.contactChannels) for the whole case", () => {
  it("the pathway accepts every attempt channel, including outreach work (etsivä työ)", () => {
    for (const channel of Events.attemptChannels) {
      const r = Pathway.replay([
        { caseId: "C1", _tag: "NoticeReceived", on: "2026-12-21", notice: pathwayNotice() },
        { caseId: "C1", _tag: "ContactAttempted", on: "2026-12-22", channel }
      ] as unknown as ReadonlyArray<Events.PathwayEvent>)
      expect(r._tag).toBe("Ok")
    }
    expect([...Events.attemptChannels, "walk-in"].sort()).toEqual([...Events.contactChannels].sort())
    // etotu keeps no copy: the channels belong to the municipal case.
    expect("contactChannels" in Workflow).toBe(false)
  })
  it("the event Schemas decode a channel of the list and refuse one outside it", () => {
    const decode = Schema.decodeUnknownResult(Events.ContactAttempted)
    expect(
      Result.isSuccess(decode({ _tag: "ContactAttempted", caseId: "C1", on: "2026-12-22", channel: "outreach" }))
    ).toBe(true)
    expect(
      Result.isFailure(decode({ _tag: "ContactAttempted", caseId: "C1", on: "2026-12-22", channel: "carrier-pigeon" }))
    ).toBe(true)
  })
})

describe("one case lifecycle: etotu registers the notice, the pathway is the case (Pathway.fromNotice)", () => {
  const n = etotuNotice("SocialWorkNeeded", "nonUrgent", "2026-12-21", {
    reason: "housing",
    consent: true,
    personalDiscussionRequested: false
  })
  const registered = (c: Workflow.Case, events: ReadonlyArray<Workflow.Event>): Workflow.Case =>
    events.reduce((acc, e) => {
      const next = Workflow.advance(acc, e)
      if ("_tag" in next) throw new Error(next.event)
      return next
    }, c)
  it("a registered notice opens the case; the contact steps are pathway events; the first deadline is etotu's", () => {
    const c = registered(Workflow.unsafeStart(n, "2026-12-21"), [
      { _tag: "BecameVisible", on: "2026-12-21" },
      { _tag: "Opened", on: "2026-12-22" }
    ])
    const r = Pathway.fromNotice("C1", n, c)
    if (Result.isFailure(r)) throw new Error(r.failure.message)
    expect(r.success).toEqual([{ _tag: "NoticeReceived", caseId: "C1", on: "2026-12-21", notice: n }])
    const replayed = Pathway.replay([
      ...r.success,
      { _tag: "ContactAttempted", caseId: "C1", on: "2026-12-22", channel: "phone" },
      { _tag: "ContactAttempted", caseId: "C1", on: "2026-12-28", channel: "outreach" },
      { _tag: "ClientReached", caseId: "C1", on: "2026-12-28", channel: "outreach" },
      { _tag: "AppointmentBooked", caseId: "C1", on: "2026-12-28", appointmentOn: "2027-01-04" }
    ])
    if (replayed._tag === "Err") throw new Error(replayed.error.message)
    expect(replayed.state.stage).toBe("appointment-booked")
    const first = Deadlines.unsafeDeadlinesOf(replayed.state, "2026-12-28").find((d) => d.id === "assessment-start")
    expect(first?.due).toBe(c.deadline.due)
    expect(first?.basis).toBe(c.deadline.basis)
  })
  it("a notice not yet registered, or transferred, does not open a case: failures naming the field and the rule", () => {
    const visible = registered(Workflow.unsafeStart(n, "2026-12-21"), [{ _tag: "BecameVisible", on: "2026-12-21" }])
    const r = Pathway.fromNotice("C1", n, visible)
    expect(Result.isFailure(r) && r.failure).toMatchObject({ at: "registered.state", rule: "notice-registered" })
    const moved = registered(visible, [{ _tag: "Transferred", on: "2026-12-22", toMunicipality: "837" }])
    const t = Pathway.fromNotice("C1", n, moved)
    expect(Result.isFailure(t) && t.failure).toMatchObject({ rule: "notice-transferred" })
    if (Result.isFailure(t)) expect(t.failure.message).not.toContain("837")
  })
  it("the statistics see one case: etotu's registration dates and the pathway's contact dates (Pathway.followUp)", () => {
    const c = registered(Workflow.unsafeStart(n, "2026-12-21"), [
      { _tag: "BecameVisible", on: "2026-12-21" },
      { _tag: "Opened", on: "2026-12-22" }
    ])
    const r = Pathway.replayCase([
      { _tag: "NoticeReceived", caseId: "C1", on: "2026-12-21", notice: n },
      { _tag: "ContactAttempted", caseId: "C1", on: "2026-12-22", channel: "phone" },
      { _tag: "AppointmentBooked", caseId: "C1", on: "2026-12-23", appointmentOn: "2026-12-28" },
      { _tag: "ClientMet", caseId: "C1", on: "2026-12-28" },
      { _tag: "AssessmentStarted", caseId: "C1", on: "2026-12-29", multiProfessional: false }
    ] as ReadonlyArray<Events.PathwayEvent>)
    if (Result.isFailure(r)) throw new Error(r.failure.message)
    expect(Pathway.followUp(c, r.success)).toEqual({
      visibleOn: "2026-12-21",
      openedOn: "2026-12-22",
      firstContactOn: "2026-12-22",
      reachedOn: "2026-12-23",
      metOn: "2026-12-28",
      assessmentStartedOn: "2026-12-29",
      doneOn: "2026-12-29",
      deadline: c.deadline
    })
  })
  it("a transferred notice's follow-up carries the transfer day, so the on-time share leaves it out (Workflow.firstStepOnTime)", () => {
    const moved = registered(Workflow.unsafeStart(n, "2026-12-21"), [
      { _tag: "BecameVisible", on: "2026-12-21" },
      { _tag: "Transferred", on: "2026-12-22", toMunicipality: "837" }
    ])
    const f = Pathway.followUp(moved, undefined)
    expect(f.transferredOn).toBe("2026-12-22")
    expect(Workflow.firstStepOnTime(f)).toBeUndefined()
  })
})
