import { Caseload, Deadlines, type Events, Pathway } from "@osallistava/model"
import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import { assessment, fullPath, notice, plan } from "./fixtures.js"

type Ev = Events.PathwayEvent
const e = (x: Record<string, unknown>) => ({ caseId: "C1", ...x }) as unknown as Ev
const state = (events: ReadonlyArray<Ev>) => {
  const r = Pathway.replay(events)
  if (r._tag === "Err") throw new Error(r.error.message)
  return r.state
}
const byId = (ds: ReadonlyArray<Deadlines.Deadline>, id: Deadlines.DeadlineId) => ds.find((d) => d.id === id)
const opened = (on: string, n: Record<string, unknown> = {}) =>
  state([e({ _tag: "NoticeReceived", on, notice: notice({ decisionDate: on, ...n }) })])

describe("deadlines over holidays (Act 150/1930 § 5; calendar)", () => {
  it.each([
    // [name, received, notice fields, deadline id, expected due, basis fragment]
    [
      "SHL 1301/2014 § 36 (2) policy 7 working days over Christmas and New Year",
      "2026-12-21",
      {},
      "assessment-start",
      "2027-01-04",
      "Act 1301/2014 § 36 (2)"
    ],
    [
      "SHL § 36 (1) urgent: assessed the same day",
      "2026-12-21",
      { urgency: "urgent" },
      "assessment-start",
      "2026-12-21",
      "Act 1301/2014 section 36(1)"
    ],
    [
      "TTL 1412/1997 § 14 b urgent forwarded application: next working day after Christmas",
      "2026-12-23",
      { _tag: "ForwardedApplication", urgency: "urgent", assistanceKind: "preventive" },
      "assessment-start",
      "2026-12-28",
      "Act 1412/1997 section 14 b (815/2015)"
    ],
    [
      "TTL § 14 a forwarded application: 7th working day",
      "2026-12-21",
      { _tag: "ForwardedApplication", assistanceKind: "supplementary" },
      "assessment-start",
      "2027-01-04",
      "Act 1412/1997 section 14 a(1) (1023/2022)"
    ],
    [
      "TTL § 14 d (2023) personal discussion within 7 working days",
      "2026-12-21",
      { personalDiscussionRequested: true },
      "personal-discussion",
      "2027-01-04",
      "Act 1412/1997 section 14 d(2) (1023/2022)"
    ],
    [
      "TTL § 14 e (2017–2022) personal discussion over Midsummer 2022",
      "2022-06-20",
      { personalDiscussionRequested: true },
      "personal-discussion",
      "2022-06-30",
      "Act 1412/1997 section 14 e (299/2016)"
    ],
    [
      "Act 1386/2010 § 10 immigrant 2022: initial assessment within 2 months (2017–2022 only, 936/2022)",
      "2022-10-28",
      { _tag: "Immigrant" },
      "assessment-start",
      "2022-12-28",
      "Act 1386/2010 section 10(1)"
    ],
    [
      "Act 189/2001 § 5 activation plan, policy 14 days ending on Christmas Eve → 28 Dec",
      "2026-12-10",
      { _tag: "Unemployed25OrOver" },
      "activation-plan",
      "2026-12-28",
      "189/2001 § 5"
    ]
  ] as const)("%s", (_name, received, n, id, due, basis) => {
    const {
      reason: _r,
      consent: _c,
      personalDiscussionRequested: _p,
      ...rest
    } = notice() as unknown as Record<string, unknown>
    const fields = "_tag" in n ? { ...rest, ...n } : n
    const s =
      "_tag" in n
        ? state([e({ _tag: "NoticeReceived", on: received, notice: { ...fields, decisionDate: received } })])
        : opened(received, n)
    const d = byId(Deadlines.deadlinesOf(s, received), id)
    expect(d?.due).toBe(due)
    expect(d?.basis).toContain(basis)
    expect(d?.status).toBe("open")
  })

  it("SHL § 36 completion: policy 3 months, 30 Nov + 3 months is Sunday 28 Feb 2027 → Monday 1 Mar", () => {
    const s = state([
      e({ _tag: "NoticeReceived", on: "2026-11-25", notice: notice({ decisionDate: "2026-11-25" }) }),
      e({ _tag: "AssessmentStarted", on: "2026-11-30", multiProfessional: false })
    ])
    const d = byId(Deadlines.deadlinesOf(s, "2026-12-01"), "assessment-completion")
    expect(d?.due).toBe("2027-03-01")
    expect(d?.kind).toBe("policy")
    expect(byId(Deadlines.deadlinesOf(s, "2026-12-01"), "assessment-start")?.status).toBe("met")
  })

  it("SHL § 39 plan review on Midsummer Eve 2027 moves to Monday 28 June; evaluation that day is on time", () => {
    const s = state(fullPath())
    const ds = Deadlines.deadlinesOf(s, "2027-07-01")
    expect(byId(ds, "plan-review")).toMatchObject({
      due: "2027-06-28",
      status: "met",
      metOn: "2027-06-28",
      kind: "agreed"
    })
    expect(byId(ds, "client-plan")).toMatchObject({ due: "2027-02-15", status: "met" })
    expect(byId(ds, "assessment-start")).toMatchObject({ due: "2027-01-04", status: "met", metOn: "2027-01-04" })
  })

  it("overdue, late and cancelled", () => {
    const s = opened("2026-12-21")
    expect(byId(Deadlines.deadlinesOf(s, "2027-01-05"), "assessment-start")?.status).toBe("overdue")
    expect(byId(Deadlines.deadlinesOf(s, "2027-01-04"), "assessment-start")?.status).toBe("open")
    const late = state([
      ...fullPath().slice(0, 4),
      e({ _tag: "AssessmentStarted", on: "2027-01-05", multiProfessional: false })
    ])
    expect(byId(Deadlines.deadlinesOf(late, "2027-01-05"), "assessment-start")?.status).toBe("late")
    const closed = state([...fullPath().slice(0, 2), e({ _tag: "CaseClosed", on: "2026-12-22", reason: "moved" })])
    expect(byId(Deadlines.deadlinesOf(closed, "2027-02-01"), "assessment-start")?.status).toBe("cancelled")
  })

  it("a custom policy changes only policy deadlines", () => {
    const s = opened("2026-12-21")
    const d = byId(
      Deadlines.deadlinesOf(s, "2026-12-21", { ...Deadlines.defaultPolicy, assessmentStartWorkingDays: 3 }),
      "assessment-start"
    )
    expect(d?.due).toBe("2026-12-28")
  })

  it("assessment finding an activation need creates the 189/2001 § 5 deadline from its completion", () => {
    const s = state([
      ...fullPath().slice(0, 6),
      e({ _tag: "AssessmentCompleted", on: "2027-01-15", assessment: { ...assessment, activationPlanNeeded: true } })
    ])
    expect(byId(Deadlines.deadlinesOf(s, "2027-01-15"), "activation-plan")?.due).toBe("2027-01-29")
  })
})

describe("caseload: cases by next deadline", () => {
  it("lists overdue first, then by due date, closed cases last", () => {
    const a = opened("2026-12-21") // due 2027-01-04
    const b = state([
      e({
        _tag: "NoticeReceived",
        caseId: "C2",
        on: "2026-12-01",
        notice: notice({ id: "N2", decisionDate: "2026-12-01" })
      })
    ]) // due 2026-12-10
    const c = state([...fullPath("C3")])
    const rows = Caseload.caseload([c, a, b], "2026-12-21")
    expect(rows.map((r) => r.caseId)).toEqual(["C2", "C1", "C3"])
    expect(rows[0]?.overdue.map((d) => d.id)).toEqual(["assessment-start"])
    expect(rows[2]?.next).toBeUndefined()
    void plan
  })
})

describe("deadlines as Results (issue 15: one error convention)", () => {
  const failure = (r: Result.Result<unknown, Deadlines.DeadlinesError>) =>
    Result.isFailure(r) ? [r.failure._tag, "at" in r.failure ? r.failure.at : undefined] : ["succeeded"]
  it("tryDeadlinesOf and tryCaseload give what the unsafe ones give", () => {
    const s = state(fullPath())
    expect(Deadlines.tryDeadlinesOf(s, "2027-07-01")).toEqual(
      Result.succeed(Deadlines.unsafeDeadlinesOf(s, "2027-07-01"))
    )
    expect(Caseload.tryCaseload([s], "2027-07-01")).toEqual(Result.succeed(Caseload.unsafeCaseload([s], "2027-07-01")))
    expect(Deadlines.deadlinesOf).toBe(Deadlines.unsafeDeadlinesOf)
  })
  it("a day the calendar cannot place is its failure, not a throw", () => {
    // A plan review agreed for 3.1.2101: outside the calendar's tables (1900–2100).
    const s = state(fullPath())
    const far = { ...s, plan: { ...(s.plan as NonNullable<typeof s.plan>), reviewDates: ["2101-01-03"] } }
    expect(failure(Deadlines.tryDeadlinesOf(far, "2027-07-01"))).toEqual(["YearOutOfRange", undefined])
    expect(() => Deadlines.unsafeDeadlinesOf(far, "2027-07-01")).toThrow()
    const bad = { ...s, assessmentStartedOn: "2027-02-30" }
    expect(failure(Deadlines.tryDeadlinesOf(bad, "2027-07-01"))).toEqual(["RuleViolation", "assessmentStartedOn"])
    expect(failure(Caseload.tryCaseload([s, bad], "2027-07-01"))).toEqual(["RuleViolation", "assessmentStartedOn"])
    const policy = { ...Deadlines.defaultPolicy, assessmentCompletionMonths: -1 }
    expect(failure(Deadlines.tryDeadlinesOf(s, "2027-07-01", policy))).toEqual(["RuleViolation", "months"])
  })
})
