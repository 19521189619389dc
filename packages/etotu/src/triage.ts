/**
 * Triage: a priority queue with the reason for each position, and assignment
 * queues. Every rule here is a configurable municipal policy, not law; the law
 * only fixes urgency (SHL 1301/2014 36 § 1 mom: urgent need at once; TTL
 * 14 b §: urgent applications the same or next working day).
 *
 * Unemployed 25 or over (189/2001 27 §): THL's 2018 interim report (seed 003,
 * "Kelan ohjaus sosiaalityöhön") notes that in large municipalities these can
 * be so many that not all can be offered social work. `unemployed25OrOverCapacity`
 * caps how many of them go to the social-work queue per batch; the rest go to
 * the `infoLetter` queue (information on where to get help, as seed 003
 * describes for unreachable clients). Within the cap, households with children
 * and clients not yet known to social services are offered first (policy
 * default, configurable by `unemployed25OrOverOrder`).
 *
 * @since 0.1.0
 */
import type * as Notice from "./notice.js"
import * as Workflow from "./workflow.js"

/** Queues. @since 0.1.0 */
export type Queue = "urgent" | "applications" | "socialWork" | "youth" | "immigrant" | "infoLetter"

/** Triage configuration (municipal policy). @since 0.1.0 */
export interface Config {
  readonly receivedOn: string
  readonly policy: Workflow.Policy
  /** Max unemployed-25+ notices sent to the social-work queue per batch; `Infinity` for no cap. */
  readonly unemployed25OrOverCapacity: number
  readonly unemployed25OrOverOrder: ReadonlyArray<"householdWithChildrenFirst" | "unknownClientFirst">
  readonly isKnownClient?: (noticeId: string) => boolean
}

/** @since 0.1.0 */
export const defaultConfig = (receivedOn: string): Config => ({
  receivedOn,
  policy: Workflow.defaultPolicy,
  unemployed25OrOverCapacity: Number.POSITIVE_INFINITY,
  unemployed25OrOverOrder: ["householdWithChildrenFirst", "unknownClientFirst"]
})

/** One triaged notice. @since 0.1.0 */
export interface Triaged {
  readonly position: number
  readonly noticeId: string
  readonly queue: Queue
  readonly due: string
  readonly reasons: ReadonlyArray<string>
}

const queueOf = (n: Notice.Notice): Queue => {
  if (n.urgency === "urgent") return "urgent"
  switch (n._tag) {
    case "ForwardedApplication":
      return "applications"
    case "UnemployedUnder25":
      return "youth"
    case "Immigrant":
      return "immigrant"
    default:
      return "socialWork"
  }
}

/**
 * Order a batch: urgent first, then earliest deadline, then (for 25+) the
 * configured order, then notice id for a stable result.
 *
 * @since 0.1.0
 */
export const triage = (notices: ReadonlyArray<Notice.Notice>, config: Config): ReadonlyArray<Triaged> => {
  const rows = notices.map((n) => {
    const d = Workflow.deadlineOf(n, config.receivedOn, config.policy)
    const known = config.isKnownClient?.(n.id) ?? false
    let rank25 = 0
    if (n._tag === "Unemployed25OrOver") {
      for (const rule of config.unemployed25OrOverOrder) {
        rank25 *= 2
        if (rule === "householdWithChildrenFirst" && n.householdSize < 2) rank25 += 1
        if (rule === "unknownClientFirst" && known) rank25 += 1
      }
    }
    return { n, d, known, rank25 }
  })
  rows.sort(
    (a, b) =>
      (a.n.urgency === "urgent" ? 0 : 1) - (b.n.urgency === "urgent" ? 0 : 1) ||
      (a.d.due < b.d.due ? -1 : a.d.due > b.d.due ? 1 : 0) ||
      a.rank25 - b.rank25 ||
      (a.n.id < b.n.id ? -1 : a.n.id > b.n.id ? 1 : 0)
  )
  let taken25 = 0
  return rows.map((r, i) => {
    const reasons: Array<string> = []
    let queue = queueOf(r.n)
    if (r.n.urgency === "urgent") reasons.push("urgent")
    reasons.push(`due ${r.d.due} (${r.d.basis})`)
    if (r.n._tag === "Unemployed25OrOver" && queue !== "urgent") {
      if (taken25 < config.unemployed25OrOverCapacity) taken25++
      else {
        queue = "infoLetter"
        reasons.push("unemployed 25+ over capacity: information letter (policy)")
      }
      if (r.n.householdSize >= 2) reasons.push("household of 2 or more")
      if (!r.known) reasons.push("not a known client")
    }
    return { position: i + 1, noticeId: r.n.id, queue, due: r.d.due, reasons }
  })
}
