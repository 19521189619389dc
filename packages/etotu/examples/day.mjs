import { Decode, Dedupe, Stats, Triage, Workflow } from "@osallistava/etotu"

const base = {
  formatVersion: 1,
  decisionDate: "2026-12-23",
  municipality: "091",
  protectedPersonalData: false,
  householdSize: 1,
  ageGroup: "25to64"
}
const lines = [
  { ...base, _tag: "ForwardedApplication", id: "A1", urgency: "urgent", assistanceKind: "preventive" },
  { ...base, _tag: "ForwardedApplication", id: "A1", urgency: "urgent", assistanceKind: "preventive" },
  {
    ...base,
    _tag: "SocialWorkNeeded",
    id: "S1",
    urgency: "nonUrgent",
    reason: "housing",
    consent: true,
    personalDiscussionRequested: false
  },
  { ...base, _tag: "Unemployed25OrOver", id: "U1", urgency: "maybe" }
]
  .map((x) => JSON.stringify(x))
  .join("\n")

const dedupe = new Dedupe.Deduplicator()
const notices = []
for (const r of Decode.decodeNdjson(lines)) {
  if (r._tag === "Bad") console.log("record", r.record, "bad:", r.issues.map((i) => `${i.at}: ${i.message}`).join("; "))
  else if (dedupe.offer(r.notice) === "new") notices.push(r.notice)
  else console.log("record", r.record, "duplicate of", r.notice.id)
}
for (const t of Triage.triage(notices, Triage.defaultConfig("2026-12-23"))) console.log(t)
const cases = notices.map((n) => ({ notice: n, case: Workflow.start(n, "2026-12-23") }))
console.log((await Stats.stats(cases, 1)).cells)
