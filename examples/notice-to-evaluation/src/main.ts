/**
 * notice-to-evaluation: the participatory pathway of `@osallistava/model` for
 * five fictional clients, from Kela's eTotu notices to the AVAIN evaluation
 * and the cohort report. Run: `pnpm --filter @osallistava/example-notice-to-evaluation start [-- --lang fi|sv|en]`.
 */
import { type AvainRecord, formatSummaryText, type StartRecord } from "@osallistava/avain"
import { Disclosure, LocalDate, PersonalIdentityCode } from "@osallistava/core"
import { Decode, Dedupe, Messages as EtotuMessages, type Notice, Workflow } from "@osallistava/etotu"
import {
  AvainBridge,
  Caseload,
  Deadlines,
  Employment,
  type Events,
  Funnel,
  Messages as ModelMessages,
  Pathway,
  type Plan,
  Register,
  Render,
  Survival,
  Synthetic
} from "@osallistava/model"
import * as Result from "effect/Result"
import { type Client, clients } from "./clients.js"
import {
  cite,
  date,
  groups,
  heading,
  type Lang,
  langArg,
  num,
  padded,
  significant,
  t,
  text,
  usage
} from "./messages.js"

type Ev = Events.PathwayEvent

/**
 * etotu registers a notice on the day it becomes visible (received → visible → opened) and keeps its first
 * deadline; the municipal case, model's pathway, opens from the registered notice (issue 15: one case lifecycle).
 */
const register = (n: Notice.Notice): Workflow.Case => {
  let c: Workflow.Case = Workflow.start(n, n.decisionDate)
  for (const e of [
    { _tag: "BecameVisible", on: c.visibleOn },
    { _tag: "Opened", on: c.visibleOn }
  ] as const) {
    const next = Workflow.advance(c, e)
    if ("_tag" in next) return c
    c = next
  }
  return c
}

const base = (c: Client, id: string, on: string) => ({
  formatVersion: 1,
  id,
  decisionDate: on,
  municipality: c.municipality,
  urgency: "nonUrgent",
  protectedPersonalData: false,
  householdSize: 1,
  ageGroup: "25to64"
})

/** The notices as Kela's batch delivers them (NDJSON; one delivered twice). */
const noticeBatch = (): string =>
  [
    {
      ...base(clients.aino, "ET-1001", "2026-12-21"),
      _tag: "SocialWorkNeeded",
      reason: "lifeManagement",
      consent: true,
      personalDiscussionRequested: true
    },
    { ...base(clients.bertil, "ET-1002", "2026-12-21"), _tag: "Unemployed25OrOver" },
    {
      ...base(clients.cecilia, "ET-1003", "2026-12-21"),
      _tag: "SocialWorkNeeded",
      reason: "housing",
      consent: true,
      personalDiscussionRequested: false
    },
    {
      ...base(clients.daniel, "ET-1004", "2026-12-22"),
      _tag: "ReducedBasicAmount",
      reductionPercent: 40,
      referredToAssessment: true,
      continuationMonth: 1
    },
    { ...base(clients.eetu, "ET-1005", "2026-12-22"), _tag: "UnemployedUnder25", ageGroup: "under25" },
    { ...base(clients.bertil, "ET-1002", "2026-12-21"), _tag: "Unemployed25OrOver" } // delivered again
  ]
    .map((x) => JSON.stringify(x))
    .join("\n")

const assessment = (activationPlanNeeded: boolean, multiProfessional: boolean): Plan.Assessment => ({
  multiProfessional,
  participants: multiProfessional
    ? ["social-worker", "partner-health-care", "partner-employment-services"]
    : ["social-worker"],
  needsClientPlan: true,
  activationPlanNeeded,
  clientView: "Haluan arjen takaisin hallintaan.",
  workerView: "Tarvitaan suunnitelmallista sosiaalityötä."
})

const plan = (
  planId: string,
  madeOn: string,
  review: string,
  goals: ReadonlyArray<[string, string, string]>
): Plan.ClientPlan => ({
  planId,
  madeOn,
  madeWithClient: true,
  goals: goals.map(([goalId, area, words]) => ({ goalId, area, clientWords: words, intent: "improve" })),
  activities: goals.map(([goalId, area], i) => ({
    activityId: `${planId}-a${i + 1}`,
    method: area === "participation" ? "group-social-work" : area === "housing" ? "housing-adviser" : "named-worker",
    responsible: area === "participation" ? "client" : "social-worker",
    what: area === "participation" ? "Osallistuu ryhmään kerran viikossa" : "Tapaamiset joka toinen viikko",
    goals: [goalId]
  })),
  reviewDates: [review],
  clientView: "Tavoitteet ovat omiani.",
  workerView: "Suunnitelma tehty yhdessä asiakkaan kanssa."
})

interface Script {
  readonly client: Client
  readonly noticeId: string
  readonly events: (caseId: string) => ReadonlyArray<Record<string, unknown>>
  readonly plan?: Plan.ClientPlan
  readonly evaluation?: { readonly on: string; readonly attainment: Readonly<Record<string, string | null>> }
}

const scripts = (): ReadonlyArray<Script> => {
  const pA = plan("PL-A", "2027-01-14", "2027-06-25", [
    ["g1", "financial-management", "Laskut maksettu ajallaan"],
    ["g2", "participation", "Pääsen mukaan ryhmään"]
  ])
  const pB = plan("PL-B", "2027-02-10", "2027-08-10", [
    ["g1", "employment", "Kuntouttavaan työtoimintaan"],
    ["g2", "housing", "Vuokrarästit hoidettu"]
  ])
  const pD = plan("PL-D", "2027-01-20", "2027-04-20", [["g1", "mental-health", "Jaksan paremmin"]])
  const pE = plan("PL-E", "2027-01-18", "2027-06-18", [
    ["g1", "education", "Opiskelupaikka syksyllä"],
    ["g2", "participation", "Kavereita ryhmästä"]
  ])
  return [
    {
      client: clients.aino,
      noticeId: "ET-1001",
      plan: pA,
      evaluation: { on: "2027-06-28", attainment: { g1: "fairly-well", g2: "very-well" } },
      events: (c) => [
        { _tag: "ContactAttempted", caseId: c, on: "2026-12-22", channel: "phone" },
        { _tag: "ClientReached", caseId: c, on: "2026-12-22", channel: "phone" },
        { _tag: "AppointmentBooked", caseId: c, on: "2026-12-22", appointmentOn: "2026-12-30" },
        { _tag: "AssessmentStarted", caseId: c, on: "2026-12-30", multiProfessional: false },
        { _tag: "AssessmentCompleted", caseId: c, on: "2027-01-12", assessment: assessment(false, false) },
        { _tag: "PlanMade", caseId: c, on: "2027-01-14", plan: pA },
        { _tag: "AVAIN-START", caseId: c, on: "2027-01-14" },
        { _tag: "ActivityStarted", caseId: c, on: "2027-01-18", activityId: "PL-A-a1" },
        { _tag: "ActivityStarted", caseId: c, on: "2027-02-01", activityId: "PL-A-a2" },
        {
          _tag: "PlanEvaluated",
          caseId: c,
          on: "2027-06-28",
          clientView: "Arki sujuu.",
          workerView: "Tavoitteet toteutuivat."
        },
        { _tag: "AVAIN-EVALUATION", caseId: c, on: "2027-06-28" }
      ]
    },
    {
      client: clients.bertil,
      noticeId: "ET-1002",
      plan: pB,
      evaluation: { on: "2027-08-10", attainment: { g1: "fairly-well", g2: "fairly-poorly" } },
      events: (c) => [
        { _tag: "ContactAttempted", caseId: c, on: "2026-12-22", channel: "phone" },
        { _tag: "ContactAttempted", caseId: c, on: "2026-12-28", channel: "phone" },
        { _tag: "ContactAttempted", caseId: c, on: "2026-12-29", channel: "letter" },
        { _tag: "ClientReached", caseId: c, on: "2027-01-07", channel: "letter" },
        { _tag: "AppointmentBooked", caseId: c, on: "2027-01-07", appointmentOn: "2027-01-14" },
        { _tag: "AppointmentMissed", caseId: c, on: "2027-01-14" },
        { _tag: "AppointmentBooked", caseId: c, on: "2027-01-15", appointmentOn: "2027-01-21" },
        { _tag: "AssessmentStarted", caseId: c, on: "2027-01-21", multiProfessional: true },
        { _tag: "AssessmentCompleted", caseId: c, on: "2027-02-04", assessment: assessment(true, true) },
        {
          _tag: "EmploymentPlanMade",
          caseId: c,
          on: "2027-02-08",
          instrument: "activation-plan",
          includesRehabilitativeWork: true
        },
        { _tag: "PlanMade", caseId: c, on: "2027-02-10", plan: pB },
        { _tag: "AVAIN-START", caseId: c, on: "2027-02-10" },
        { _tag: "ActivityStarted", caseId: c, on: "2027-02-15", activityId: "PL-B-a1" },
        { _tag: "ActivityStarted", caseId: c, on: "2027-02-15", activityId: "PL-B-a2" },
        { _tag: "ActivityEnded", caseId: c, on: "2027-06-30", activityId: "PL-B-a2", outcome: "interrupted" },
        {
          _tag: "PlanEvaluated",
          caseId: c,
          on: "2027-08-10",
          clientView: "Työtoiminta auttoi.",
          workerView: "Asuminen vielä kesken."
        },
        { _tag: "AVAIN-EVALUATION", caseId: c, on: "2027-08-10" }
      ]
    },
    {
      client: clients.cecilia,
      noticeId: "ET-1003",
      events: (c) => [
        { _tag: "ContactAttempted", caseId: c, on: "2026-12-22", channel: "phone" },
        { _tag: "ContactAttempted", caseId: c, on: "2026-12-28", channel: "phone" },
        { _tag: "ContactAttempted", caseId: c, on: "2027-01-04", channel: "letter" },
        { _tag: "UnreachableInformationSent", caseId: c, on: "2027-01-18", channel: "letter" },
        { _tag: "CaseClosed", caseId: c, on: "2027-02-15", reason: "unreachable" }
      ]
    },
    {
      client: clients.daniel,
      noticeId: "ET-1004",
      plan: pD,
      events: (c) => [
        { _tag: "ClientReached", caseId: c, on: "2026-12-23", channel: "phone" },
        { _tag: "AssessmentStarted", caseId: c, on: "2027-01-05", multiProfessional: true },
        { _tag: "AssessmentCompleted", caseId: c, on: "2027-01-15", assessment: assessment(false, true) },
        { _tag: "PlanMade", caseId: c, on: "2027-01-20", plan: pD },
        { _tag: "AVAIN-START", caseId: c, on: "2027-01-20" },
        { _tag: "ActivityStarted", caseId: c, on: "2027-01-25", activityId: "PL-D-a1" }
      ]
    },
    {
      client: clients.eetu,
      noticeId: "ET-1005",
      plan: pE,
      evaluation: { on: "2027-06-18", attainment: { g1: "very-well", g2: null } },
      events: (c) => [
        { _tag: "ContactAttempted", caseId: c, on: "2026-12-23", channel: "phone" },
        { _tag: "ClientReached", caseId: c, on: "2026-12-28", channel: "phone" },
        { _tag: "AssessmentStarted", caseId: c, on: "2026-12-31", multiProfessional: true },
        { _tag: "AssessmentCompleted", caseId: c, on: "2027-01-11", assessment: assessment(true, true) },
        {
          _tag: "EmploymentPlanMade",
          caseId: c,
          on: "2027-01-11",
          instrument: "activation-plan",
          includesRehabilitativeWork: false
        },
        { _tag: "PlanMade", caseId: c, on: "2027-01-18", plan: pE },
        { _tag: "AVAIN-START", caseId: c, on: "2027-01-18" },
        { _tag: "ActivityStarted", caseId: c, on: "2027-01-19", activityId: "PL-E-a1" },
        {
          _tag: "PlanEvaluated",
          caseId: c,
          on: "2027-06-18",
          clientView: "Pääsin opiskelemaan.",
          workerView: "Hyvä edistys."
        },
        { _tag: "AVAIN-EVALUATION", caseId: c, on: "2027-06-18" }
      ]
    }
  ]
}

/** Kaplan–Meier of spell length, experiment vs comparison, on a synthetic register (seed 2018). */
export const evidence = (): Survival.GroupComparison => {
  const window = { from: "2018-01", to: "2019-12" }
  const register = Synthetic.syntheticRegister(
    [
      { group: "comparison", persons: 300, monthlyExit: 0.12, breakProbability: 0.05 },
      { group: "experiment", persons: 300, monthlyExit: 0.16, breakProbability: 0.05 }
    ],
    window,
    2018
  )
  return Survival.unsafeCompareGroups(Survival.unsafeSpells(register, { window, maxGapMonths: 1 }))
}

/** Runs the whole pathway and returns the printed report. */
export const main = (lang: Lang = "en", today = "2027-09-01"): string => {
  const out: Array<string> = []
  const say = (s = "") => out.push(s)
  const byNotice = new Map<string, Script>(scripts().map((s) => [s.noticeId, s]))

  // 1. Notices: decode, deduplicate (the same notice twice is processed once), open a case.
  say(heading.notices[lang])
  const dedupe = new Dedupe.Deduplicator()
  const logs = new Map<string, Array<Ev>>()
  const records: Array<AvainRecord> = []
  for (const r of Decode.decodeNdjson(noticeBatch())) {
    if (r._tag === "Bad") {
      say(`  ${EtotuMessages.text("badRecord", lang, { record: r.record, count: r.issues.length })}`)
      continue
    }
    const seen = dedupe.offer(r.notice)
    const script = byNotice.get(r.notice.id)
    if (script === undefined) continue
    const caseId = script.client.ref
    say(
      `  ${r.notice.id}  ${caseId}  ${padded(EtotuMessages.deliveries, seen, lang)}  ${EtotuMessages.noticeTypes[r.notice._tag][lang]}`
    )
    const log = logs.get(caseId) ?? []
    // Every delivery is registered and goes to the log; replay makes the duplicate a no-op.
    const opened = Pathway.fromNotice(caseId, r.notice, register(r.notice))
    if (Result.isFailure(opened)) throw opened.failure
    log.push(...opened.success)
    logs.set(caseId, log)
  }

  // The scripted work of each case; AVAIN records are built from the plan.
  for (const s of scripts()) {
    const caseId = s.client.ref
    const age = PersonalIdentityCode.ageOn(s.client.hetu, LocalDate.unsafeFrom("2026-12-21"))
    let start: StartRecord | undefined
    for (const raw of s.events(caseId)) {
      if (raw["_tag"] === "AVAIN-START" && s.plan) {
        start = AvainBridge.startRecordOf(s.plan, {
          recordId: `${s.plan.planId}-start`,
          clientRef: caseId,
          municipality: s.client.municipality,
          date: raw["on"] as string,
          factors: [
            { code: "own-motivation", direction: "supports" },
            { code: age < 25 ? "education" : "mental-health", direction: "hinders" }
          ],
          services: ["social-work"]
        })
        records.push(start)
        logs.get(caseId)?.push({ _tag: "AvainStartRecorded", caseId, on: raw["on"], record: start } as Ev)
      } else if (raw["_tag"] === "AVAIN-EVALUATION" && start && s.evaluation) {
        const ev = AvainBridge.evaluationRecordOf(start, {
          recordId: `${start.planId}-evaluation`,
          date: s.evaluation.on,
          clientPresent: true,
          attainment: s.evaluation.attainment,
          factors: [
            { code: "own-motivation", direction: "supports" },
            { code: age < 25 ? "education" : "mental-health", direction: "supports" }
          ],
          methodsUsed: start.methods.map((m) => ({ code: m.code, assessment: "helped-much" })),
          servicesUsed: [{ code: "social-work", assessment: "helped-some" }]
        })
        records.push(ev)
        logs.get(caseId)?.push({ _tag: "AvainEvaluationRecorded", caseId, on: raw["on"], record: ev } as Ev)
      } else logs.get(caseId)?.push(raw as unknown as Ev)
    }
  }

  // 2. Replay each case's log: state and deadlines.
  say()
  say(t(heading, "cases", lang, { d: date(today, lang) }))
  const states: Array<Pathway.CaseState> = []
  for (const s of scripts()) {
    const r = Pathway.replay(logs.get(s.client.ref) ?? [])
    if (r._tag === "Err") {
      say(`  ${t(text, "replayFailed", lang, { case: s.client.ref })}`)
      continue
    }
    states.push(r.state)
    say(Render.renderCase(r.state, Deadlines.unsafeDeadlinesOf(r.state, today), lang).replace(/^/gm, "  "))
    const age = PersonalIdentityCode.ageOn(s.client.hetu, LocalDate.unsafeFrom(r.state.notices[0]?.receivedOn ?? today))
    if (r.state.openingNotice._tag === "UnemployedUnder25" || r.state.openingNotice._tag === "Unemployed25OrOver") {
      const months = r.state.openingNotice._tag === "UnemployedUnder25" ? 4 : 12
      const duty = Employment.activationPlanRules({ age, monthsOnUnemploymentAssistance: months })
      say(`    ${duty.text[lang]} (${cite(duty.ref, lang)})`)
    }
  }

  // 3. Caseload.
  say()
  say(t(heading, "caseload", lang, { d: date(today, lang) }))
  for (const row of Caseload.caseload(states, today))
    say(
      `  ${row.caseId}  ${Render.stageNames[row.stage][lang].padEnd(34)} ${row.next ? `${date(row.next.due, lang)} ${row.next.label[lang]} [${Render.statusNames[row.next.status][lang]}]` : "—"}`
    )

  // 4. Funnel: the worker's own caseload view (the same five cases listed above, threshold 1, nothing to hide
  // from someone who sees the cases). A funnel published beyond the team uses the default threshold.
  say()
  say(heading.funnel[lang])
  for (const f of Funnel.funnel(states, 1))
    say(
      `  ${padded(ModelMessages.funnelSteps, f.step, lang)} ${(f.count === null ? Disclosure.marker : String(f.count)).padStart(2)}  (-${f.droppedFromPrevious ?? Disclosure.marker})`
    )

  // 5. AVAIN cohort report, published: disclosure control at the default threshold (5). A cohort of 4 plans is
  // under it, so every figure is suppressed (..); the per-plan scores are in each case above.
  say()
  say(heading.cohort[lang])
  const { report, issues } = AvainBridge.cohortReport(records)
  for (const line of formatSummaryText(report, lang, { validationIssues: issues.length })) say(`  ${line}`)
  // Issue #4: while a provisional catalog entry is in use, every report says so.
  if (report.provisional.inUse) say(`  ! ${report.provisional.notice[lang]}`)

  // 6. Structural social work: the register and its social report.
  say()
  say(heading.social[lang])
  const entries: ReadonlyArray<Register.ObstacleEntry> = [
    ...Array.from({ length: 5 }, (_, i) => ({
      entryId: `R-${i + 1}`,
      recordedOn: "2027-02-01",
      municipality: "680",
      category: "digital-services" as const,
      legalArea: "Act 1412/1997 (social assistance)",
      authority: "kela" as const,
      exampleCase: "Asiakas ei saa sähköistä hakemusta tehtyä ilman apua.",
      status: "open" as const
    })),
    {
      entryId: "R-6",
      recordedOn: "2027-03-01",
      municipality: "680",
      category: "benefit-gap",
      legalArea: "Act 1412/1997 § 11 (income)",
      authority: "kela",
      exampleCase: "Kokemusasiantuntijan palkkio vähennettiin tuesta.",
      status: "resolved",
      resolution: "Pieniä kokemusasiantuntijapalkkioita ei enää huomioida tulona.",
      resolvedOn: "2027-05-01"
    }
  ]
  say(
    Register.renderSocialReport(
      Register.socialReport(entries, { from: "2027-01-01", to: "2027-12-31" }, Disclosure.defaultThreshold),
      lang
    ).replace(/^/gm, "  ")
  )

  // 7. Evidence of effect: spells of receipt and Kaplan–Meier (gap rule: one-month breaks bridged).
  say()
  say(heading.evidence[lang])
  const cmp = evidence()
  for (const g of cmp.groups) {
    // The published table (Disclosure): the curve while at least 5 spells are at risk, counts under the rule.
    const curve = Survival.reportKaplanMeier(g.curve)
    const at12 = curve.rows.filter((r) => r.time <= 12).at(-1)
    const n = (x: number | undefined) => (x === undefined ? "–" : num(x, 2, lang))
    const spells = t(ModelMessages.survival, "spells", lang, {
      n: curve.n ?? Disclosure.marker,
      ended: curve.events ?? Disclosure.marker,
      median: curve.median ?? "–"
    })
    const s12 = t(ModelMessages.survival, "atMonth", lang, {
      t: 12,
      s: n(at12?.survival),
      low: n(at12?.lower),
      high: n(at12?.upper)
    })
    say(`  ${padded(groups, g.group as keyof typeof groups, lang)} ${spells}, ${s12}`)
  }
  if (cmp.logRank)
    say(
      `  ${t(ModelMessages.survival, "logRank", lang, { chi: num(cmp.logRank.chiSquare, 2, lang), p: significant(cmp.logRank.pValue, 2, lang) })}`
    )
  return out.join("\n")
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2)
  const lang = langArg(argv)
  if (lang === undefined) {
    // A usage error, never a silent fallback to English; the value given is not repeated.
    process.stderr.write(`${usage()}\n`)
    process.exit(2)
  }
  console.log(main(lang))
  const svg = argv.indexOf("--svg")
  if (svg >= 0 && argv[svg + 1]) {
    const { writeFileSync } = await import("node:fs")
    writeFileSync(
      argv[svg + 1] as string,
      Survival.survivalSvg(evidence().groups, {
        title: t(ModelMessages.survival, "chartTitle", lang),
        x: t(ModelMessages.survival, "chartX", lang),
        y: t(ModelMessages.survival, "chartY", lang)
      })
    )
  }
}
