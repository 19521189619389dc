/**
 * One time limit, one citation: for the same facts social-assistance, etotu, model (and calendar, which computes
 * them) give the same last day and the same provision (core's LegalRef). Sources: 1412/1997 14 a §, 14 b §, 14 d §
 * (finlex-data asd20221023.xml), 14 c §, 14 e § (asd20150815.xml, asd20160299.xml); Act 150/1930 2 §; hallintolaki
 * 434/2003 18 §; the decisions in docs/calendar/README.md.
 */
import { StatutoryLimits } from "@osallistava/calendar"
import { LegalRef, LocalDate } from "@osallistava/core"
import { Decode, type Notice, Workflow } from "@osallistava/etotu"
import { Deadlines, type Events, Pathway } from "@osallistava/model"
import { Deadline } from "@osallistava/social-assistance"
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
  return Deadlines.deadlinesOf(r.state, received)
}

describe("decision on an application arriving on Saturday 7.3.2026 (1412/1997 14 a § 1 mom.; 150/1930 2 §; 434/2003 18 §)", () => {
  const arrived = "2026-03-07"
  const calendar = StatutoryLimits.socialAssistanceDecision(d(arrived))
  it("calendar: Tue 17.3.2026, 14 a § 1 mom. (1023/2022)", () => {
    expect(calendar.due).toBe("2026-03-17")
    expect(LegalRef.render(calendar.ref, "fi")).toBe("toimeentulotukilaki 1412/1997 14 a § 1 mom. (1023/2022)")
  })
  it("social-assistance gives the same day and provision", () => {
    const sa = Deadline.decisionDeadline(d(arrived), false)
    expect(sa.deadline).toBe(calendar.due)
    expect(LegalRef.sameProvision(sa.ref, calendar.ref)).toBe(true)
  })
  it("etotu (a forwarded application received that day) gives the same day and provision", () => {
    const n = etotuNotice("ForwardedApplication", "nonUrgent", "2026-03-06", { assistanceKind: "supplementary" })
    const e = Workflow.deadlineOf(n, arrived)
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
    const c = StatutoryLimits.socialAssistanceDecision(d("2026-12-23"), { urgent: true })
    const sa = Deadline.decisionDeadline(d("2026-12-23"), true)
    const e = Workflow.deadlineOf(
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
  it("etotu and model both cite 14 d § 2 mom. (1023/2022) and give Thu 12.1.2023", () => {
    const n = etotuNotice("SocialWorkNeeded", "nonUrgent", "2022-12-30", {
      reason: "housing",
      consent: true,
      personalDiscussionRequested: true
    })
    const c = Workflow.start(n, "2023-01-02")
    const e = Workflow.deadlines(c, "2023-01-02").find((s) => s.step === "personalDiscussion")
    const m = modelDeadlines("2023-01-02", { decisionDate: "2022-12-30", personalDiscussionRequested: true }).find(
      (x) => x.id === "personal-discussion"
    )
    const cal = StatutoryLimits.personalDiscussion(d("2023-01-02"))
    expect(LegalRef.render(cal.ref, "fi")).toBe("toimeentulotukilaki 1412/1997 14 d § 2 mom. (1023/2022)")
    expect([e?.due, m?.due]).toEqual(["2023-01-12", "2023-01-12"])
    expect(e?.basis).toBe(m?.basis)
    for (const ref of [e?.ref, m?.ref]) expect(ref && LegalRef.sameProvision(ref, cal.ref)).toBe(true)
  })
})
