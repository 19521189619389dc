import { indexCatalogSet, provisionalCatalogSet } from "@osallistava/avain"
import type { RuleViolation } from "@osallistava/core"
import { AvainBridge, Community, Employment, Funnel, Methods, Pathway, Plan, Register, Roles } from "@osallistava/model"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { fullPath, plan } from "./fixtures.js"

describe("method catalog: three families (THL 2018 interim report) and the experiment's additions", () => {
  it("has every family, fi/sv/en names and descriptions", () => {
    expect(Methods.methodFamilies.map((f) => Methods.methodsOf(f).length)).toEqual([9, 6, 8])
    for (const m of Methods.methods)
      for (const l of ["fi", "sv", "en"] as const) {
        expect(m.name[l].length).toBeGreaterThan(0)
        expect(m.description[l].length).toBeGreaterThan(0)
      }
    expect(Methods.methods.filter((m) => m.origin === "experiment-addition").map((m) => m.code)).toEqual([
      "public-health-nurse",
      "housing-adviser"
    ])
    expect(new Set(Methods.methods.map((m) => m.code)).size).toBe(Methods.methods.length)
  })
  it("every AVAIN mapping is a method code of avain's catalog", () => {
    const ix = indexCatalogSet(provisionalCatalogSet)
    for (const m of Methods.methods)
      if (m.avainMethod) expect(ix.isValidOn("method", m.avainMethod, "2018-03-01")).toBe(true)
  })
})

describe("employment powers, Act 189/2001", () => {
  it.each([
    [24, 4, true, "§ 3 (1) 3"],
    [24, 3, false, "§ 3 (1) 3"],
    [25, 12, true, "§ 3 (2) 3"],
    [25, 11, false, "§ 3 (2) 3"]
  ])(
    "age %i, %i months on unemployment-based social assistance → required %s (189/2001 %s)",
    (age, months, req, basis) => {
      const d = Employment.activationPlanRules({ age, monthsOnUnemploymentAssistance: months })
      expect(d.required).toBe(req)
      expect(d.basis).toContain(basis)
    }
  )
  it("§ 8 (3): rehabilitative work activity when nothing can be offered within 3 months", () => {
    expect(Employment.mustIncludeRehabilitativeWork(4)).toBe(true)
    expect(Employment.mustIncludeRehabilitativeWork(3)).toBe(false)
  })
  it("§ 5: activation plan made by the client, the social worker and employment services", () => {
    expect(Employment.employmentPowers.find((p) => p.instrument === "activation-plan")?.participants).toEqual([
      "client",
      "social-worker",
      "partner-employment-services"
    ])
  })
})

describe("roles and consent (Act 812/2000 § 11, 14, 16)", () => {
  const consent = [
    {
      partner: "partner-kela" as const,
      sections: ["client-plan" as const],
      given: "2027-01-01",
      withdrawn: "2027-03-01"
    }
  ]
  it.each([
    ["client", "avain", undefined, true],
    ["social-counsellor", "assessment", undefined, true],
    ["coordinator", "client-plan", undefined, false],
    ["coordinator", "structural-register", undefined, true],
    ["partner-employment-services", "activation-plan", undefined, true],
    ["partner-health-care", "client-plan", undefined, false],
    ["partner-kela", "client-plan", "2027-02-01", true],
    ["partner-kela", "client-plan", "2027-03-01", false],
    ["partner-ngo", "aggregate-reports", undefined, true]
  ] as const)("%s sees %s on %s: %s", (role, section, on, allowed) => {
    expect(Roles.canSee(role, section, consent, on).allowed).toBe(allowed)
  })
})

describe("client plan, SHL 1301/2014 § 39", () => {
  it("a valid plan has no issues", () => {
    expect(Plan.checkPlan(plan())).toEqual([])
  })
  it("flags a duplicate goal, a goal without an activity, an unknown method, a dangling goal and no review date", () => {
    const p = plan({
      goals: [...plan().goals, { goalId: "g1", area: "housing", clientWords: "x", intent: "maintain" }],
      activities: [
        { activityId: "a1", method: "named-worker", responsible: "social-worker", what: "x", goals: ["g1", "g9"] },
        { activityId: "a1", method: "no-such", responsible: "client", what: "y", goals: [] }
      ],
      reviewDates: []
    })
    expect(Plan.checkPlan(p).map((i) => `${i.at} ${i.rule}`)).toEqual([
      "goals[2].goalId unique-goal-id",
      "activities[0].goals[1] activity-goal-exists",
      "activities[1].activityId unique-activity-id",
      "activities[1].method known-method",
      "goals[1] goal-has-activity",
      "reviewDates review-required"
    ])
  })
  it("an empty plan needs a goal", () => {
    expect(Plan.checkPlan(plan({ goals: [], activities: [] }))[0]?.rule).toBe("goal-required")
  })
})

describe("AVAIN integration", () => {
  it("the start record made from the plan validates against avain's rules and the cohort report counts it", () => {
    const s = AvainBridge.startRecordOf(plan(), {
      recordId: "R1",
      clientRef: "C1",
      municipality: "091",
      date: "2027-01-20",
      factors: [{ code: "own-motivation", direction: "supports" }],
      services: ["social-work"]
    })
    expect(s.methods.map((m) => m.code)).toEqual(["named-worker", "group-social-work"])
    const ev = AvainBridge.evaluationRecordOf(s, {
      recordId: "R2",
      date: "2027-06-28",
      clientPresent: true,
      attainment: { g1: "fairly-well", g2: "neither" },
      factors: [{ code: "own-motivation", direction: "supports" }],
      methodsUsed: [{ code: "named-worker", assessment: "helped-much" }],
      servicesUsed: [{ code: "social-work" }]
    })
    // The counts themselves (disclosure control off: one plan of the worker's own) ...
    const { report, issues } = AvainBridge.cohortReport([s, ev], { minCell: 1 })
    expect(issues).toEqual([])
    expect(report.population).toEqual({ started: 1, evaluated: 1 })
    expect(report.attainment.overall.numerator).toBe(1)
    expect(report.attainment.overall.denominator).toBe(2)
    // ... and by default one plan's attainment is never shown.
    const published = AvainBridge.cohortReport([s, ev]).report
    expect(published.population).toEqual({ started: null, evaluated: null })
    expect(published.attainment.overall).toMatchObject({ numerator: null, share: null, suppressed: true })
  })
})

describe("funnel: notices → reached → assessed → plan → evaluated", () => {
  it("counts each step and the drop-out", () => {
    const cases = [fullPath("A"), fullPath("B").slice(0, 4), fullPath("C").slice(0, 1), fullPath("D").slice(0, 8)].map(
      (l) => {
        const r = Pathway.replay(l)
        if (r._tag === "Err") throw new Error(r.error.message)
        return r.state
      }
    )
    const f = Funnel.funnel(cases, 1)
    expect(f.map((r) => [r.step, r.count, r.droppedFromPrevious])).toEqual([
      ["notified", 4, 0],
      ["reached", 3, 1],
      ["assessed", 2, 1],
      ["planned", 2, 0],
      ["avain-start", 1, 1],
      ["evaluated", 1, 0],
      ["avain-evaluation", 1, 0]
    ])
    expect(Funnel.funnel(cases)[1]?.cell).toEqual({ count: null, suppressed: true })
  })
})

describe("structural register and social report (SHL § 7)", () => {
  const entry = (i: number, over: Record<string, unknown> = {}) => ({
    entryId: `E${i}`,
    recordedOn: "2018-05-01",
    municipality: "320",
    category: "benefit-gap",
    legalArea: "Act 1412/1997",
    authority: "kela",
    exampleCase: "Asiakas A: palkkio laskettiin tuloksi",
    status: "open",
    ...over
  })
  it("rejects a henkilötunnus in the example case, naming the field", () => {
    const r = Register.decodeObstacle(entry(1, { exampleCase: "asiakas 010190-900A" }))
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r)) {
      expect(r.failure.issues[0]?.at).toBe("exampleCase")
      expect(r.failure.message).not.toContain("900A")
    }
  })
  it("aggregates with small-cell suppression and renders fi/sv/en", () => {
    const entries = [
      ...Array.from({ length: 6 }, (_, i) => entry(i)),
      entry(10, {
        category: "official-discretion",
        authority: "employment-services",
        exampleCase: "Palkkatuki evättiin"
      }),
      entry(11, {
        status: "resolved",
        resolution: "Pieniä kokemusasiantuntijapalkkioita ei enää huomioida toimeentulotuessa",
        resolvedOn: "2018-10-01"
      }),
      entry(12, { recordedOn: "2020-01-01" })
    ].map((x) => {
      const r = Register.decodeObstacle(x)
      if (Result.isFailure(r)) throw new Error(r.failure.message)
      return r.success
    })
    const rep = Register.socialReport(entries, { from: "2018-01-01", to: "2019-12-31" })
    // Primary: resolved 1, the discretion category (1) and employment services (1). Complements: the gap's other
    // cells and total, and Kela, so that none follows from the total 8 (or from 8 − 7 with hidden counts ≥ 1).
    expect(rep.total).toEqual({ count: 8, suppressed: false })
    expect(rep.byCategory[0]).toMatchObject({
      category: "benefit-gap",
      total: { count: null, suppressed: true },
      byStatus: { open: { count: null }, resolved: { count: null, suppressed: true }, "in-progress": { count: 0 } }
    })
    expect(rep.byAuthority).toEqual([
      { authority: "kela", total: { count: null, suppressed: true } },
      { authority: "employment-services", total: { count: null, suppressed: true } }
    ])
    // The resolution's text belongs to a suppressed cell (1 resolved): it is not shown.
    expect(rep.resolutions).toEqual([])
    const fi = Register.renderSocialReport(rep, "fi")
    expect(fi).toContain("Sosiaaliturvan aukkokohta: .. (avoin .., selvityksessä 0, ratkaistu .., ei ratkaistavissa 0)")
    expect(fi).not.toContain("kokemusasiantuntijapalkkioita")
    expect(fi).not.toContain("Asiakas A")
    expect(Register.renderSocialReport(rep, "sv")).toContain(
      "Antal under 5 och antal som de kunde härledas ur visas inte"
    )
    expect(Register.renderSocialReport(rep, "en")).toContain("Kela: ..")
  })
  it("a resolution's text is shown when its category's resolved count is shown", () => {
    const entries = Array.from({ length: 6 }, (_, i) =>
      entry(i, { status: "resolved", resolution: `Ratkaisu ${i}`, resolvedOn: "2018-10-01" })
    ).map((x) => {
      const r = Register.decodeObstacle(x)
      if (Result.isFailure(r)) throw new Error(r.failure.message)
      return r.success
    })
    const rep = Register.socialReport(entries, { from: "2018-01-01", to: "2019-12-31" })
    expect(rep.byCategory[0]?.byStatus.resolved).toEqual({ count: 6, suppressed: false })
    expect(rep.resolutions).toHaveLength(6)
  })
})

describe("community work: meeting places, visits per week, feedback", () => {
  it("ISO weeks and visits per week (Kemijärvi: up to 117 a week)", () => {
    expect(Community.unsafeIsoWeek("2019-12-30")).toBe("2020-W01")
    expect(Community.unsafeIsoWeek("2021-01-03")).toBe("2020-W53")
    const sessions = [
      { placeId: "tupa", kind: "resident-drop-in-room", on: "2019-03-04", visitors: 60 },
      { placeId: "tupa", kind: "resident-drop-in-room", on: "2019-03-07", visitors: 57 },
      { placeId: "tupa", kind: "resident-drop-in-room", on: "2019-03-11", visitors: 40, clientRefs: ["a", "b"] }
    ] as const
    expect(Community.unsafeSummarizeSessions(sessions)).toEqual([
      {
        placeId: "tupa",
        sessions: 3,
        visits: 157,
        weeks: 2,
        maxVisitsPerWeek: 117,
        meanVisitsPerWeek: 78.5,
        reach: { count: null, suppressed: true }
      }
    ])
  })
  it("ISO weeks and session summaries as Results: the field path and the rule, never the date text", () => {
    const failure = (r: Result.Result<unknown, RuleViolation>) =>
      Result.isFailure(r) ? [r.failure.at, r.failure.rule, r.failure.message.includes("2019-02-30")] : r.success
    expect(Community.tryIsoWeek("2019-12-30")).toEqual(Result.succeed("2020-W01"))
    expect(Community.tryIsoWeek("9999-12-27")).toEqual(Result.succeed("9999-W52"))
    expect(failure(Community.tryIsoWeek("2019-02-30", "on"))).toEqual(["on", "existing-date", false])
    // The ends of the calendar: 9999-12-31 is a Friday (its week's Thursday is 9999-12-30), 0001-01-01 a Monday.
    expect(Community.tryIsoWeek("9999-12-31")).toEqual(Result.succeed("9999-W52"))
    expect(Community.tryIsoWeek("0001-01-01")).toEqual(Result.succeed("0001-W01"))
    const sessions = [
      { placeId: "tupa", kind: "group", on: "2019-03-04", visitors: 6 },
      { placeId: "tupa", kind: "group", on: "2019-02-30", visitors: 5 }
    ] as const
    expect(failure(Community.trySummarizeSessions(sessions))).toEqual(["sessions[1].on", "existing-date", false])
    expect(() => Community.unsafeSummarizeSessions(sessions)).toThrow(/sessions\[1\]\.on/)
    expect(Community.trySummarizeSessions(sessions.slice(0, 1))).toEqual(
      Result.succeed(Community.unsafeSummarizeSessions(sessions.slice(0, 1)))
    )
  })
  it("feedback summary hides the mean under the small-cell limit", () => {
    const f = (score: number) => ({ on: "2019-01-01", score, theme: "heard" as const, felt: "included" as const })
    expect(Community.summarizeFeedback([f(4), f(5)]).meanScore).toBeNull()
    const s = Community.summarizeFeedback([f(4), f(5), f(3), f(4), f(4)])
    expect(s.meanScore).toBe(4)
    expect(s.includedShare).toBe(1)
  })
})
