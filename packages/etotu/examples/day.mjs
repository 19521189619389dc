// A municipal integration's daily run: decode the day's delivery, drop redeliveries,
// triage, open cases with their legal deadlines, and report volumes.
import { Decode, Dedupe, Delivery, Stats, Triage, Workflow } from "@osallistava/etotu"

const base = {
  formatVersion: 1,
  municipality: "091",
  protectedPersonalData: false,
  householdSize: 1,
  ageGroup: "25to64"
}
const delivery = [
  {
    ...base,
    _tag: "ForwardedApplication",
    id: "A1",
    decisionDate: "2026-12-23",
    urgency: "urgent",
    assistanceKind: "preventive"
  },
  {
    ...base,
    _tag: "ForwardedApplication",
    id: "A1",
    decisionDate: "2026-12-23",
    urgency: "urgent",
    assistanceKind: "preventive"
  },
  {
    ...base,
    _tag: "SocialWorkNeeded",
    id: "S1",
    decisionDate: "2026-12-23",
    urgency: "nonUrgent",
    reason: "housing",
    consent: true,
    personalDiscussionRequested: true
  },
  {
    ...base,
    _tag: "ReducedBasicAmount",
    id: "R1",
    decisionDate: "2026-12-23",
    urgency: "nonUrgent",
    reductionPercent: 40,
    referredToAssessment: true,
    continuationMonth: 1
  },
  {
    ...base,
    _tag: "ReducedBasicAmount",
    id: "R2",
    decisionDate: "2025-06-02",
    urgency: "nonUrgent",
    reductionPercent: 40,
    referredToAssessment: false,
    continuationMonth: 1
  },
  { ...base, _tag: "Unemployed25OrOver", id: "U1", decisionDate: "2026-12-23", urgency: "maybe" }
]
  .map((x) => JSON.stringify(x))
  .join("\n")

// 1. Decode (one result per line) and ingest: bad records and duplicates are reported, never lost.
const dedupe = new Dedupe.Deduplicator(1_000_000) // keep one across days
const day = Delivery.ingest(Decode.decodeNdjson(delivery), "2026-12-23", dedupe)
for (const b of day.bad)
  console.log(`record ${b.record} bad: ${b.issues.map((i) => `${i.at}: ${i.message}`).join("; ")}`)
for (const d of day.duplicates) console.log(`record ${d.record} duplicate of ${d.id}`)

// 2. Triage the accepted notices. The try… functions return a Result (_tag "Success" or "Failure"): a day outside
//    the calendar's tables (1900–2100) or before a provision is a failure naming the field and rule, not a throw.
const notices = day.accepted.map((a) => a.notice)
const triaged = Triage.tryTriage(notices, Triage.defaultConfig("2026-12-23"))
if (triaged._tag === "Failure") console.log(`triage refused: ${triaged.failure.message}`)
else
  for (const t of triaged.success)
    console.log(`${t.position}. ${t.noticeId} ${t.queue} due ${t.due}: ${t.reasons.join("; ")}`)

// 3. Register each notice (received → visible → opened) with its first deadline and basis. The municipal case
//    that follows (contact, assessment, plan, later deadlines) is @osallistava/model's pathway (Pathway.fromNotice).
/** @param {import("@osallistava/etotu").Workflow.Case} c */
const register = (c) => {
  for (const e of /** @type {const} */ ([
    { _tag: "BecameVisible", on: c.visibleOn },
    { _tag: "Opened", on: c.visibleOn }
  ])) {
    const next = Workflow.advance(c, e)
    if ("_tag" in next) throw new Error(`registration refused: ${next.event} in state ${next.from}`)
    c = next
  }
  return c
}
const cases = notices.flatMap((n) => {
  const started = Workflow.tryStart(n, "2026-12-23")
  if (started._tag === "Success") return [{ notice: n, case: register(started.success) }]
  console.log(`${n.id} not registered: ${started.failure.message}`)
  return []
})
for (const { case: c } of cases)
  console.log(`${c.noticeId} ${c.state} ${c.openedOn} due ${c.deadline.due} [${c.deadline.kind}] ${c.deadline.basis}`)

// 4. Statistics (minCell 1 only because the example is tiny; use the default 5 for reports).
const s = await Stats.tryStats(cases, 1)
if (s._tag === "Failure") console.log(`statistics refused: ${s.failure.message}`)
else
  console.log(
    s.success.cells
      .map((c) => `${c.type} ${c.month} ${c.municipality} ${c.ageGroup} ${c.urgency}: ${c.count}`)
      .join("\n")
  )
