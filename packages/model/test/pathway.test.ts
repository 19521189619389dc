import { Events, Pathway, PathwayEvent } from "@osallistava/model"
import { Result } from "effect"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { assessment, evaluationRecord, fullPath, notice, plan, startRecord } from "./fixtures.js"

type Ev = Events.PathwayEvent
const ok = (events: ReadonlyArray<Ev>) => {
  const r = Pathway.replay(events)
  if (r._tag === "Err") throw new Error(r.error.message)
  return r.state
}
const err = (events: ReadonlyArray<Ev>) => {
  const r = Pathway.replay(events)
  if (r._tag === "Ok") throw new Error("expected an error")
  return r.error
}
const e = (x: Record<string, unknown>) => ({ caseId: "C1", ...x }) as unknown as Ev

describe("pathway: notice → contact → assessment (SHL § 36) → plan (SHL § 39) → AVAIN → evaluation", () => {
  it("replays the whole pathway", () => {
    const s = ok(fullPath())
    expect(s.stage).toBe("closed")
    expect(s.contactAttempts).toBe(2)
    expect(s.reachedOn).toBe("2026-12-28")
    expect(s.assessmentStartedOn).toBe("2027-01-04")
    expect(s.firstPlanOn).toBe("2027-01-20")
    expect(s.avainStartOn).toBe("2027-01-20")
    expect(s.avainEvaluationOn).toBe("2027-06-28")
    expect(s.activities).toEqual([
      { activityId: "a1", startedOn: "2027-01-25" },
      { activityId: "a2", startedOn: "2027-02-01", endedOn: "2027-05-31", outcome: "completed" }
    ])
    expect(s.closed).toEqual({ on: "2027-07-01", reason: "goals-reached" })
  })

  it("every event of the fixture decodes with the Schema", () => {
    for (const ev of fullPath()) expect(Result.isSuccess(Events.decodeEvent(ev))).toBe(true)
  })

  it("a bad event is a typed error naming the field path, never the value", () => {
    const r = Events.decodeEvent({ _tag: "ContactAttempted", caseId: "010190-900A", on: "2026-13-01", channel: "fax" })
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r)) {
      const at = r.failure.issues.map((i) => i.at)
      expect(at).toEqual(expect.arrayContaining(["caseId", "on", "channel"]))
      expect(r.failure.message).not.toContain("010190-900A")
    }
  })
})

describe("idempotent notices (the same notice twice changes nothing)", () => {
  it("a duplicate notice anywhere leaves the state identical", () => {
    const base = fullPath().slice(0, 8)
    const dup = e({ _tag: "NoticeReceived", on: "2027-01-10", notice: notice() })
    for (let i = 1; i <= base.length; i++) {
      const withDup = [...base.slice(0, i), dup, ...base.slice(i)]
      expect(ok(withDup)).toEqual(ok(base))
    }
  })
  it("the same notice id with other content is a conflict", () => {
    const x = err([
      ...fullPath().slice(0, 2),
      e({ _tag: "NoticeReceived", on: "2026-12-22", notice: notice({ urgency: "urgent" }) })
    ])
    expect(x.rule).toBe("notice-conflict")
    expect(x.index).toBe(2)
  })
  it("another notice for the same client is recorded beside the first", () => {
    const s = ok([
      ...fullPath().slice(0, 2),
      e({ _tag: "NoticeReceived", on: "2026-12-22", notice: notice({ id: "N2" }) })
    ])
    expect(s.notices.map((n) => n.id)).toEqual(["N1", "N2"])
    expect(s.stage).toBe("contacting")
  })
})

const open = fullPath().slice(0, 1)
const reached = fullPath().slice(0, 4)
const assessing = fullPath().slice(0, 6)
const planned = fullPath().slice(0, 8)

describe("transition rules (each a typed error with its rule)", () => {
  const cases: ReadonlyArray<[string, ReadonlyArray<Ev>, Pathway.TransitionRule]> = [
    [
      "first event must be Kela's notice",
      [e({ _tag: "ContactAttempted", on: "2026-12-21", channel: "phone" })],
      "first-event-is-notice"
    ],
    [
      "event of another case",
      [...open, { ...e({ _tag: "ContactAttempted", on: "2026-12-22", channel: "phone" }), caseId: "C2" } as Ev],
      "same-case"
    ],
    [
      "event dated before the previous",
      [...reached, e({ _tag: "AppointmentBooked", on: "2026-12-01", appointmentOn: "2027-01-04" })],
      "chronological"
    ],
    [
      "nothing after the case is closed",
      [...fullPath(), e({ _tag: "ContactAttempted", on: "2027-07-02", channel: "phone" })],
      "case-closed"
    ],
    [
      "unreachable only while contacting",
      [
        ...open,
        e({ _tag: "ContactAttempted", on: "2026-12-22", channel: "phone" }),
        e({ _tag: "ClientReached", on: "2026-12-22", channel: "phone" }),
        e({ _tag: "UnreachableInformationSent", on: "2026-12-23", channel: "letter" })
      ],
      "stage"
    ],
    [
      "assessment completed before it started",
      [...reached, e({ _tag: "AssessmentCompleted", on: "2027-01-15", assessment })],
      "stage"
    ],
    [
      "plan before the assessment (SHL § 39 follows § 36)",
      [...assessing, e({ _tag: "PlanMade", on: "2027-01-20", plan: plan() })],
      "stage"
    ],
    [
      "appointment booked in the past",
      [...reached, e({ _tag: "AppointmentBooked", on: "2026-12-28", appointmentOn: "2026-12-27" })],
      "appointment-not-in-past"
    ],
    [
      "AVAIN start for another plan",
      [...planned, e({ _tag: "AvainStartRecorded", on: "2027-01-20", record: startRecord("P9") })],
      "avain-plan-mismatch"
    ],
    [
      "AVAIN start twice",
      [
        ...planned,
        e({ _tag: "AvainStartRecorded", on: "2027-01-20", record: startRecord() }),
        e({ _tag: "AvainStartRecorded", on: "2027-01-20", record: startRecord() })
      ],
      "avain-once-per-plan"
    ],
    [
      "AVAIN evaluation without a start",
      [
        ...planned,
        e({ _tag: "PlanEvaluated", on: "2027-06-28", clientView: "x", workerView: "y" }),
        e({ _tag: "AvainEvaluationRecorded", on: "2027-06-28", record: evaluationRecord() })
      ],
      "avain-start-first"
    ],
    [
      "activity not in the plan",
      [...planned, e({ _tag: "ActivityStarted", on: "2027-01-25", activityId: "a9" })],
      "activity-in-plan"
    ],
    [
      "activity started twice",
      [
        ...planned,
        e({ _tag: "ActivityStarted", on: "2027-01-25", activityId: "a1" }),
        e({ _tag: "ActivityStarted", on: "2027-01-26", activityId: "a1" })
      ],
      "activity-already-started"
    ],
    [
      "activity ended that never started",
      [
        ...planned,
        e({ _tag: "ActivityStarted", on: "2027-01-25", activityId: "a1" }),
        e({ _tag: "ActivityEnded", on: "2027-01-26", activityId: "a2", outcome: "completed" })
      ],
      "activity-not-started"
    ],
    [
      "invalid plan: activity with unknown method",
      [
        ...fullPath().slice(0, 7),
        e({
          _tag: "PlanMade",
          on: "2027-01-20",
          plan: plan({
            activities: [{ activityId: "a1", method: "x", responsible: "client", what: "", goals: ["g1", "g2"] }]
          })
        })
      ],
      "plan-valid"
    ],
    [
      "invalid plan: review date before the plan",
      [
        ...fullPath().slice(0, 7),
        e({ _tag: "PlanMade", on: "2027-01-20", plan: plan({ reviewDates: ["2027-01-01"] }) })
      ],
      "plan-valid"
    ],
    [
      "evaluation before a plan",
      [...assessing, e({ _tag: "PlanEvaluated", on: "2027-06-28", clientView: "x", workerView: "y" })],
      "stage"
    ]
  ]
  it.each(cases)("%s", (_name, events, rule) => {
    const x = err(events)
    expect(x.rule).toBe(rule)
    expect(x.index).toBe(events.length - 1)
    expect(x._tag).toBe("TransitionError")
  })

  it("UnreachableInformationSent directly after the notice: not allowed in stage received", () => {
    expect(err([...open, e({ _tag: "UnreachableInformationSent", on: "2026-12-23", channel: "letter" })]).rule).toBe(
      "stage"
    )
  })

  it("the transition table, stage by stage (anything else is refused with rule `stage`)", () => {
    const allowed = Object.fromEntries(Pathway.stages.map((st) => [st, Object.keys(Pathway.transitions[st]).sort()]))
    const kela = ["InformationToKela", "StatementToKela"]
    const sorted = (xs: Array<string>) => [...xs, ...kela].sort()
    expect(allowed).toEqual({
      received: sorted([
        "AppointmentBooked",
        "AssessmentStarted",
        "CaseClosed",
        "ClientReached",
        "ContactAttempted",
        "HandedToOtherService"
      ]),
      contacting: sorted([
        "AppointmentBooked",
        "CaseClosed",
        "ClientReached",
        "ContactAttempted",
        "UnreachableInformationSent"
      ]),
      unreachable: sorted(["AppointmentBooked", "CaseClosed", "ClientReached", "ContactAttempted"]),
      reached: sorted(["AppointmentBooked", "AssessmentStarted", "CaseClosed", "ClientMet", "HandedToOtherService"]),
      "appointment-booked": sorted([
        "AppointmentBooked",
        "AppointmentMissed",
        "AssessmentStarted",
        "CaseClosed",
        "ClientMet"
      ]),
      assessing: sorted(["AssessmentCompleted", "CaseClosed"]),
      assessed: sorted(["CaseClosed", "EmploymentPlanMade", "PlanMade", "ServicesStarted"]),
      planned: sorted([
        "ActivityStarted",
        "AvainStartRecorded",
        "CaseClosed",
        "EmploymentPlanMade",
        "PlanEvaluated",
        "PlanMade",
        "ServicesStarted"
      ]),
      active: sorted([
        "ActivityEnded",
        "ActivityStarted",
        "AvainStartRecorded",
        "CaseClosed",
        "EmploymentPlanMade",
        "PlanEvaluated",
        "PlanMade",
        "ServicesStarted"
      ]),
      evaluated: sorted(["ActivityEnded", "AvainEvaluationRecorded", "CaseClosed", "PlanMade", "ServicesStarted"]),
      "handed-over": sorted(["CaseClosed"]),
      closed: []
    })
    const tags = PathwayEvent.members.map((m) => m.fields._tag.schema.literal as string)
    expect(tags).toHaveLength(21)
    // Every refused pair really is refused by apply (one representative state per stage from the fixture path).
    const states = new Map<Pathway.Stage, Pathway.CaseState>()
    const log = fullPath()
    for (let i = 1; i <= log.length; i++) {
      const st = ok(log.slice(0, i))
      if (!states.has(st.stage)) states.set(st.stage, st)
    }
    for (const [stage, st] of states)
      for (const tag of tags) {
        if (tag === "NoticeReceived" || allowed[stage]?.includes(tag)) continue
        const r = Pathway.apply(st, { _tag: tag, caseId: "C1", on: "2030-01-01" } as unknown as Ev)
        expect(r instanceof Pathway.TransitionError && (r.rule === "stage" || r.rule === "case-closed")).toBe(true)
      }
  })

  it("AVAIN evaluation for another plan is refused", () => {
    const x = err([
      ...fullPath().slice(0, 9),
      e({ _tag: "PlanEvaluated", on: "2027-06-28", clientView: "x", workerView: "y" }),
      e({ _tag: "AvainEvaluationRecorded", on: "2027-06-28", record: evaluationRecord("P9") })
    ])
    expect(x.rule).toBe("avain-plan-mismatch")
  })

  it("a missed appointment returns the case to reached and counts it", () => {
    const s = ok([
      ...reached,
      e({ _tag: "AppointmentBooked", on: "2026-12-28", appointmentOn: "2027-01-04" }),
      e({ _tag: "AppointmentMissed", on: "2027-01-04" })
    ])
    expect(s.stage).toBe("reached")
    expect(s.appointmentsMissed).toBe(1)
    expect(s.nextAppointmentOn).toBeUndefined()
  })

  it("a new plan after evaluation starts a new cycle (AVAIN for the new plan)", () => {
    const base = fullPath().slice(0, 14)
    const s = ok([
      ...base,
      e({
        _tag: "PlanMade",
        on: "2027-07-01",
        plan: plan({ planId: "P2", madeOn: "2027-07-01", reviewDates: ["2027-12-01"] })
      })
    ])
    expect(s.stage).toBe("planned")
    expect(s.avainStartOn).toBeUndefined()
    expect(s.firstPlanOn).toBe("2027-01-20")
  })
})

/** Random walks over the transition table that stay valid. */
const walk = (choices: ReadonlyArray<number>): Array<Ev> => {
  const events: Array<Ev> = [fullPath()[0] as Ev]
  let state = ok(events)
  let day = 0
  const date = () => {
    const d = new Date(Date.UTC(2026, 11, 22 + day))
    return d.toISOString().slice(0, 10)
  }
  for (const c of choices) {
    day += c % 3
    const on = date()
    const candidates: Array<Ev> = [
      e({ _tag: "ContactAttempted", on, channel: "phone" }),
      e({ _tag: "ClientReached", on, channel: "letter" }),
      e({ _tag: "UnreachableInformationSent", on, channel: "letter" }),
      e({ _tag: "AppointmentBooked", on, appointmentOn: on }),
      e({ _tag: "AppointmentMissed", on }),
      e({ _tag: "AssessmentStarted", on, multiProfessional: c % 2 === 0 }),
      e({ _tag: "AssessmentCompleted", on, assessment }),
      e({ _tag: "PlanMade", on, plan: plan({ madeOn: on, reviewDates: ["2030-01-01"] }) }),
      e({ _tag: "AvainStartRecorded", on, record: startRecord() }),
      e({ _tag: "ActivityStarted", on, activityId: "a1" }),
      e({ _tag: "ActivityEnded", on, activityId: "a1", outcome: "completed" }),
      e({ _tag: "PlanEvaluated", on, clientView: "x", workerView: "y" }),
      e({ _tag: "NoticeReceived", on, notice: notice() }),
      e({ _tag: "CaseClosed", on, reason: "other" })
    ]
    const pick = candidates[c % candidates.length] as Ev
    const next = Pathway.apply(state, pick)
    if (next instanceof Pathway.TransitionError) continue
    events.push(pick)
    state = next
  }
  return events
}

describe("replay determinism (property tests)", () => {
  it("replaying the same log gives the same state, and equals the incremental fold", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { maxLength: 60 }), (choices) => {
        const log = walk(choices)
        const a = ok(log)
        const b = ok(JSON.parse(JSON.stringify(log)) as Array<Ev>)
        expect(b).toEqual(a)
        let s = Pathway.open(log[0] as Ev) as Pathway.CaseState
        for (const ev of log.slice(1)) s = Pathway.apply(s, ev) as Pathway.CaseState
        expect(s).toEqual(a)
        expect(JSON.parse(JSON.stringify(a))).toEqual(a)
      }),
      { numRuns: 200 }
    )
  })
  it("inserting a duplicate of the notice anywhere never changes the state", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { maxLength: 40 }), fc.nat(), (choices, at) => {
        const log = walk(choices)
        const i = 1 + (at % log.length)
        const dup = e({ _tag: "NoticeReceived", on: "2026-12-21", notice: notice() })
        expect(ok([...log.slice(0, i), dup, ...log.slice(i)])).toEqual(ok(log))
      }),
      { numRuns: 200 }
    )
  })
  it("a replay stopped by an error returns the state before the bad event", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { maxLength: 30 }), (choices) => {
        const log = walk(choices)
        const bad = e({ _tag: "ContactAttempted", on: "2000-01-01", channel: "phone" })
        const r = Pathway.replay([...log, bad])
        expect(r._tag).toBe("Err")
        if (r._tag === "Err") expect(r.state).toEqual(ok(log))
      }),
      { numRuns: 100 }
    )
  })
})

describe("Events.eventTags: the one list of the pathway's events", () => {
  it("21 distinct tags, NoticeReceived first, and every event the transition table names", () => {
    expect(Events.eventTags).toHaveLength(21)
    expect(new Set(Events.eventTags).size).toBe(21)
    expect(Events.eventTags[0]).toBe("NoticeReceived")
    const named = new Set(Object.values(Pathway.transitions).flatMap((t) => Object.keys(t)))
    for (const tag of named) expect(Events.eventTags).toContain(tag)
  })
})
