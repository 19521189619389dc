// README example: replay one case's events and print its state and deadlines.
// Run: npx tsx examples/readme.ts
import { Deadlines, Pathway, PathwayEvent, Render } from "@osallistava/model"
import { Result, Schema } from "effect"

const notice = {
  _tag: "SocialWorkNeeded",
  formatVersion: 1,
  id: "N-1",
  decisionDate: "2026-12-21",
  municipality: "320",
  urgency: "nonUrgent",
  protectedPersonalData: false,
  householdSize: 1,
  ageGroup: "25to64",
  reason: "lifeManagement",
  consent: true,
  personalDiscussionRequested: true
}
const log = [
  { _tag: "NoticeReceived", caseId: "K-1", on: "2026-12-21", notice },
  { _tag: "ContactAttempted", caseId: "K-1", on: "2026-12-22", channel: "phone" },
  { _tag: "ContactAttempted", caseId: "K-1", on: "2026-12-23", channel: "letter" },
  { _tag: "NoticeReceived", caseId: "K-1", on: "2026-12-23", notice }, // the same notice again: no change
  { _tag: "ClientReached", caseId: "K-1", on: "2026-12-28", channel: "phone" },
  { _tag: "AppointmentBooked", caseId: "K-1", on: "2026-12-28", appointmentOn: "2027-01-05" }
].map((e) => Schema.decodeUnknownSync(PathwayEvent)(e))

export const main = (): string => {
  const r = Pathway.replay(log)
  if (r._tag === "Err") return r.error.message
  // A Result: a day outside the calendar's tables or a limit not yet in force is a failure, not a throw.
  const deadlines = Deadlines.tryDeadlinesOf(r.state, "2027-01-05")
  return Result.isSuccess(deadlines) ? Render.renderCase(r.state, deadlines.success, "en") : deadlines.failure.message
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(main())
