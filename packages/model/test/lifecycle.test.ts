/**
 * One case lifecycle (issue 15): etotu registers the notice (received → visible → opened) and gives the first
 * deadline; the pathway is the municipal case. Every step that etotu's workflow held until 0.3 is a pathway event
 * here, with the same rules: contact attempts with their channels, not reached → the information letter only after
 * the policy's attempts (seed 003 "tarvittaessa useaan kertaan"), another service taking over (Tampere 2018, seed 003),
 * closing reasons, information and statements to Kela (TTL 1412/1997 18 b §, 15 §), the personal discussion (TTL
 * 14 d § 2 mom. (1023/2022); 14 e § (299/2016) in 2017–2022, finlex-data asd20160299.xml) and the services within
 * 3 months of the matter becoming pending (SHL 1301/2014 45 § 2 mom., finlex-data asd20141301.xml, in force
 * 1.4.2015; 677/2023 kept the sentence).
 */
import { Decode, type Notice, Workflow } from "@osallistava/etotu"
import { Deadlines, type Events, Messages, Pathway, Render } from "@osallistava/model"
import * as Result from "effect/Result"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { assessment, plan } from "./fixtures.js"

type Ev = Events.PathwayEvent

const etotuNotice = (decisionDate: string, over: Record<string, unknown> = {}): Notice.Notice => {
  const r = Decode.decodeRecord(
    {
      _tag: "SocialWorkNeeded",
      formatVersion: 1,
      id: "N1",
      decisionDate,
      municipality: "091",
      urgency: "nonUrgent",
      protectedPersonalData: false,
      householdSize: 1,
      ageGroup: "25to64",
      reason: "housing",
      consent: true,
      personalDiscussionRequested: false,
      ...over
    },
    1
  )
  if (r._tag !== "Ok") throw new Error("fixture does not decode")
  return r.notice
}

/** etotu registers the notice on the day it arrives; the pathway opens from it. */
const handOff = (n: Notice.Notice, receivedOn: string): { registered: Workflow.Case; events: Array<Ev> } => {
  let c = Workflow.start(n, receivedOn)
  for (const e of [
    { _tag: "BecameVisible", on: receivedOn },
    { _tag: "Opened", on: receivedOn }
  ] as const) {
    const next = Workflow.advance(c, e)
    if ("_tag" in next) throw new Error(next.event)
    c = next
  }
  const r = Pathway.fromNotice("C1", n, c)
  if (Result.isFailure(r)) throw new Error(r.failure.message)
  return { registered: c, events: [...r.success] }
}
const e = (x: Record<string, unknown>) => ({ caseId: "C1", ...x }) as unknown as Ev
const run = (events: ReadonlyArray<Ev>, policy?: Pathway.PathwayPolicy) => {
  const r = Pathway.replayCase(events, policy)
  if (Result.isFailure(r)) throw new Error(r.failure.message)
  return r.success
}
const etotuPolicy: Pathway.PathwayPolicy = { maxContactAttempts: Workflow.defaultPolicy.maxContactAttempts ?? 3 }

describe("the steps etotu's workflow held until 0.3, in the pathway", () => {
  const n = etotuNotice("2026-04-02")
  it("the full path: contact ×3 → information letter → reached → appointment → met → assessment → plan → services → closed", () => {
    const { events } = handOff(n, "2026-04-02")
    const s = run(
      [
        ...events,
        e({ _tag: "ContactAttempted", on: "2026-04-02", channel: "phone" }),
        e({ _tag: "ContactAttempted", on: "2026-04-07", channel: "letter" }),
        e({ _tag: "ContactAttempted", on: "2026-04-09", channel: "outreach" }),
        e({ _tag: "UnreachableInformationSent", on: "2026-04-10", channel: "letter" }),
        e({ _tag: "ClientReached", on: "2026-04-14", channel: "phone" }),
        e({ _tag: "AppointmentBooked", on: "2026-04-14", appointmentOn: "2026-04-16" }),
        e({ _tag: "ClientMet", on: "2026-04-16" }),
        e({ _tag: "AssessmentStarted", on: "2026-04-16", multiProfessional: false }),
        e({ _tag: "AssessmentCompleted", on: "2026-04-20", assessment }),
        e({ _tag: "PlanMade", on: "2026-04-20", plan: plan({ madeOn: "2026-04-20" }) }),
        e({ _tag: "ServicesStarted", on: "2026-05-04" }),
        e({ _tag: "CaseClosed", on: "2026-09-01", reason: "completed" })
      ],
      etotuPolicy
    )
    expect(s).toMatchObject({
      stage: "closed",
      contactAttempts: 3,
      firstContactOn: "2026-04-02",
      unreachableOn: "2026-04-10",
      reachedOn: "2026-04-14",
      metOn: "2026-04-16",
      assessmentStartedOn: "2026-04-16",
      servicesStartedOn: "2026-05-04",
      closed: { on: "2026-09-01", reason: "completed" }
    })
    // The policy's 7 working days from 2.4.2026 (Easter skipped) end on 15.4.2026; the assessment started on 16.4: late.
    expect(Deadlines.deadlinesOf(s, "2026-09-01").find((d) => d.id === "assessment-start")).toMatchObject({
      due: "2026-04-15",
      status: "late"
    })
  })
  it("the information letter only after the policy's number of attempts (rule information-after-attempts)", () => {
    const { events } = handOff(n, "2026-04-02")
    const log = [
      ...events,
      e({ _tag: "ContactAttempted", on: "2026-04-02", channel: "phone" }),
      e({ _tag: "UnreachableInformationSent", on: "2026-04-03", channel: "letter" })
    ]
    const r = Pathway.replayCase(log, etotuPolicy)
    expect(Result.isFailure(r) && r.failure).toMatchObject({ index: 2, rule: "information-after-attempts" })
    // The default policy (one attempt) is the pathway's rule before 0.4.
    expect(run(log).stage).toBe("unreachable")
    // The client answers the letter by booking a time: reached on the booking day.
    expect(
      run([...log, e({ _tag: "AppointmentBooked", on: "2026-04-08", appointmentOn: "2026-04-10" })])
    ).toMatchObject({ stage: "appointment-booked", reachedOn: "2026-04-08" })
  })
  it("side exits: closed by policy, another service takes over, declined after booking, a missed appointment", () => {
    const { events } = handOff(etotuNotice("2026-04-02", {}), "2026-04-02")
    expect(run([...events, e({ _tag: "CaseClosed", on: "2026-04-03", reason: "policy" })]).closed?.reason).toBe(
      "policy"
    )
    const handed = run([...events, e({ _tag: "HandedToOtherService", on: "2026-04-03", service: "youth coach" })])
    expect(handed).toMatchObject({ stage: "handed-over", handedOver: { on: "2026-04-03", service: "youth coach" } })
    // The case text says when, never the worker's free text.
    expect(Render.renderCase(handed, [], "fi")).toContain("Siirretty toiseen palveluun: 3.4.2026")
    // The line's label is the stage's own (one text in the catalog), in every language.
    for (const l of ["fi", "sv", "en"] as const)
      expect(Render.renderCase(handed, [], l)).toContain(`  ${Messages.stages["handed-over"][l]}: `)
    expect(Object.keys(Messages.caseWords)).not.toContain("handedOver")
    expect(Render.renderCase(handed, [], "en")).not.toContain("youth coach")
    const closed = run([
      ...events,
      e({ _tag: "HandedToOtherService", on: "2026-04-03", service: "youth coach" }),
      e({ _tag: "CaseClosed", on: "2026-04-08", reason: "other-service" })
    ])
    expect(closed.closed?.reason).toBe("other-service")
    const r = Pathway.replayCase([
      ...events,
      e({ _tag: "HandedToOtherService", on: "2026-04-03", service: "youth coach" }),
      e({ _tag: "ContactAttempted", on: "2026-04-08", channel: "phone" })
    ])
    expect(Result.isFailure(r) && r.failure).toMatchObject({ stage: "handed-over", rule: "stage" })
    const booked = [...events, e({ _tag: "AppointmentBooked", on: "2026-04-03", appointmentOn: "2026-04-08" })]
    expect(run(booked).reachedOn).toBe("2026-04-03")
    expect(run([...booked, e({ _tag: "AppointmentMissed", on: "2026-04-08" })])).toMatchObject({
      stage: "reached",
      appointmentsMissed: 1
    })
    expect(run([...booked, e({ _tag: "CaseClosed", on: "2026-04-08", reason: "client-declined" })]).stage).toBe(
      "closed"
    )
  })
  it("18 b § information and 15 § statement to Kela are recorded without changing the stage; not after closing", () => {
    const reduced = Decode.decodeRecord(
      {
        _tag: "ReducedBasicAmount",
        formatVersion: 1,
        id: "R1",
        decisionDate: "2026-04-07",
        municipality: "091",
        urgency: "nonUrgent",
        protectedPersonalData: false,
        householdSize: 1,
        ageGroup: "25to64",
        reductionPercent: 40,
        referredToAssessment: true,
        continuationMonth: 1
      },
      1
    )
    if (reduced._tag !== "Ok") throw new Error("fixture")
    const { events } = handOff(reduced.notice, "2026-04-07")
    const log = [
      ...events,
      e({ _tag: "InformationToKela", on: "2026-04-08" }),
      e({ _tag: "StatementToKela", on: "2026-04-09" })
    ]
    expect(run(log)).toMatchObject({
      stage: "received",
      informationToKela: ["2026-04-08"],
      statementsToKela: ["2026-04-09"]
    })
    // The case text shows them in each language (dates as people write them).
    const text = (lang: "fi" | "sv" | "en") => Render.renderCase(run(log), [], lang)
    expect(text("fi")).toContain("Tiedot Kelalle: 8.4.2026")
    expect(text("sv")).toContain("Utlåtanden till FPA: 9.4.2026")
    expect(text("en")).toContain("Information to Kela: 2026-04-08")
    const r = Pathway.replayCase([
      ...log,
      e({ _tag: "CaseClosed", on: "2026-04-10", reason: "policy" }),
      e({ _tag: "InformationToKela", on: "2026-04-11" })
    ])
    expect(Result.isFailure(r) && r.failure).toMatchObject({ index: 4, rule: "case-closed" })
  })
})

describe("the later deadlines of the case, now the pathway's (Deadlines.deadlinesOf)", () => {
  it("personal discussion requested (TTL 14 d § 2 mom. (1023/2022)): 7th working day, met by the first meeting", () => {
    const { events } = handOff(etotuNotice("2026-12-23", { personalDiscussionRequested: true }), "2026-12-23")
    const pd = (log: ReadonlyArray<Ev>) =>
      Deadlines.deadlinesOf(run(log), "2027-01-08").find((d) => d.id === "personal-discussion")
    expect(pd(events)).toMatchObject({ due: "2027-01-07", status: "overdue" })
    expect(
      pd([
        ...events,
        e({ _tag: "AppointmentBooked", on: "2026-12-28", appointmentOn: "2027-01-05" }),
        e({ _tag: "ClientMet", on: "2027-01-05" })
      ])
    ).toMatchObject({ metOn: "2027-01-05", status: "met" })
  })
  it("personal discussion 2017–2022 under 14 e § (299/2016): a request received 20.6.2022 is due 30.6.2022 (Midsummer Eve skipped)", () => {
    const { events } = handOff(etotuNotice("2022-06-20", { personalDiscussionRequested: true }), "2022-06-20")
    const d = Deadlines.deadlinesOf(run(events), "2022-06-20").find((x) => x.id === "personal-discussion")
    expect(d?.due).toBe("2022-06-30")
    expect(d?.basis).toContain("Act 1412/1997 section 14 e (299/2016)")
  })
  it("SHL 45 § 2 mom.: services within 3 months of the notice's arrival, 30.11.2026 → Mon 1.3.2027; met by ServicesStarted", () => {
    const { events } = handOff(etotuNotice("2026-11-30", { urgency: "urgent" }), "2026-11-30")
    const assessed = [
      ...events,
      e({ _tag: "AssessmentStarted", on: "2026-11-30", multiProfessional: false }),
      e({ _tag: "AssessmentCompleted", on: "2026-11-30", assessment })
    ]
    const s = Deadlines.deadlinesOf(run(assessed), "2027-03-02").find((d) => d.id === "services-started")
    expect(s).toMatchObject({ due: "2027-03-01", status: "overdue", kind: "law" })
    expect(s?.basis).toContain("Act 1301/2014 section 45(2)")
    const started = run([...assessed, e({ _tag: "ServicesStarted", on: "2027-02-01" })])
    expect(Deadlines.deadlinesOf(started, "2027-03-02").find((d) => d.id === "services-started")?.status).toBe("met")
    // [I] An activity of the client plan started is a service carried out: it meets the limit too, whichever is first.
    const withPlan = run([
      ...assessed,
      e({ _tag: "PlanMade", on: "2026-12-01", plan: plan({ madeOn: "2026-12-01" }) }),
      e({ _tag: "ActivityStarted", on: "2027-01-11", activityId: "a1" }),
      e({ _tag: "ServicesStarted", on: "2027-02-01" })
    ])
    expect(Deadlines.deadlinesOf(withPlan, "2027-03-02").find((d) => d.id === "services-started")).toMatchObject({
      metOn: "2027-01-11",
      status: "met"
    })
    // Not shown before the assessment is completed.
    expect(Deadlines.deadlinesOf(run(events), "2027-03-02").some((d) => d.id === "services-started")).toBe(false)
  })
  it("SHL 45 § 2 mom. counts from when the matter became pending: received 4.3.2024, assessed 2.4.2024 → due 4.6.2024, not 2.7.2024", () => {
    const { events } = handOff(etotuNotice("2024-03-01"), "2024-03-04")
    const s = run([
      ...events,
      e({ _tag: "AssessmentStarted", on: "2024-03-20", multiProfessional: false }),
      e({ _tag: "AssessmentCompleted", on: "2024-04-02", assessment })
    ])
    expect(Deadlines.deadlinesOf(s, "2024-04-03").find((d) => d.id === "services-started")?.due).toBe("2024-06-04")
  })
})

describe("property: any sequence of pathway events after the hand-off", () => {
  const tags = [
    "ContactAttempted",
    "ClientReached",
    "UnreachableInformationSent",
    "AppointmentBooked",
    "AppointmentMissed",
    "ClientMet",
    "AssessmentStarted",
    "AssessmentCompleted",
    "PlanMade",
    "ServicesStarted",
    "HandedToOtherService",
    "InformationToKela",
    "StatementToKela",
    "CaseClosed"
  ] as const
  const eventOf = (tag: (typeof tags)[number], on: string): Ev =>
    e({
      _tag: tag,
      on,
      channel: tag === "UnreachableInformationSent" ? "letter" : "phone",
      appointmentOn: on,
      multiProfessional: false,
      assessment,
      plan: plan({ madeOn: on }),
      service: "youth coach",
      reason: "policy"
    })
  it("never throws; the stage is known, attempts never decrease, and the letter comes only after the policy's attempts", () => {
    const { events } = handOff(etotuNotice("2026-04-02"), "2026-04-02")
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...tags), { maxLength: 25 }),
        fc.integer({ min: 1, max: 4 }),
        (seq, attempts) => {
          const policy = { maxContactAttempts: attempts }
          let s = run(events)
          for (const [i, tag] of seq.entries()) {
            const on = `2026-04-${String(3 + i).padStart(2, "0")}`
            const next = Pathway.step(s, eventOf(tag, on), s.events, policy)
            if (Result.isFailure(next)) {
              expect(next.failure.message).not.toContain("youth coach")
              continue
            }
            expect(Pathway.stages).toContain(next.success.stage)
            expect(next.success.contactAttempts).toBeGreaterThanOrEqual(s.contactAttempts)
            if (next.success.unreachableOn !== undefined && s.unreachableOn === undefined)
              expect(next.success.contactAttempts).toBeGreaterThanOrEqual(attempts)
            s = next.success
          }
        }
      )
    )
  })
})
