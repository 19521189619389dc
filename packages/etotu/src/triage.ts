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
import { Catalog, FormatDate, LegalRef, Localized } from "@osallistava/core"
import * as Result from "effect/Result"
import { triageReasons } from "./messages.js"
import type * as Notice from "./notice.js"
import * as Workflow from "./workflow.js"

/** Queues. `otherService`: handled by another service by policy (e.g. a youth coach). @since 0.1.0 */
export type Queue = "urgent" | "applications" | "socialWork" | "youth" | "immigrant" | "infoLetter" | "otherService"

/** Triage configuration (municipal policy). @since 0.1.0 */
export interface Config {
  readonly receivedOn: string
  readonly policy: Workflow.Policy
  /** Max unemployed-25+ notices sent to the social-work queue per batch; `Infinity` for no cap. */
  readonly unemployed25OrOverCapacity: number
  readonly unemployed25OrOverOrder: ReadonlyArray<"householdWithChildrenFirst" | "unknownClientFirst">
  readonly isKnownClient?: (noticeId: string) => boolean
  /**
   * Non-urgent under-25 notices go to `otherService` (e.g. Tampere 2018: a
   * personal coach in employment services covered them, seed 003). @since 0.2.0
   */
  readonly under25ToOtherService?: boolean
  /** Clients of the groups SHL 36 § names (7-working-day start). @since 0.2.0 */
  readonly isSpecialGroup?: (notice: Notice.Notice) => boolean
  /** Within the same due date, types earlier in this list come first (default: list order of no preference). @since 0.2.0 */
  readonly typeOrder?: ReadonlyArray<Notice.NoticeType>
  /** Within the same due date and type rank, age groups earlier in this list come first. @since 0.2.0 */
  readonly ageGroupOrder?: ReadonlyArray<"under25" | "25to64" | "65plus">
  /** Within the same due date, type and age rank: clients already known (`isKnownClient`) first or last. @since 0.2.0 */
  readonly knownClients?: "first" | "last"
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
  /**
   * The same reasons in fi, sv and en (`Messages.triageReasons`): dates as the language writes them and the
   * deadline's provision in its citation style. @since 0.2.0
   */
  readonly reasonTexts: ReadonlyArray<Localized.Localized>
}

const queueOf = (n: Notice.Notice, config: Config): Queue => {
  if (n.urgency === "urgent") return "urgent"
  switch (n._tag) {
    case "ForwardedApplication":
      return "applications"
    case "UnemployedUnder25":
      return config.under25ToOtherService === true ? "otherService" : "youth"
    case "Immigrant":
      return "immigrant"
    default:
      return "socialWork"
  }
}

interface Row {
  readonly n: Notice.Notice
  readonly d: Workflow.Deadline
  readonly known: boolean
  readonly rank25: number
  readonly rankType: number
  readonly rankAge: number
  readonly rankKnown: number
}

const rowOf = (n: Notice.Notice, config: Config): Result.Result<Row, Workflow.DeadlineError> => {
  const special = config.isSpecialGroup?.(n) === true
  const deadline = Workflow.tryDeadlineOf(n, config.receivedOn, config.policy, special ? { specialGroup: true } : {})
  return Result.map(deadline, (d) => rankOf(n, d, config))
}

const rankOf = (n: Notice.Notice, d: Workflow.Deadline, config: Config): Row => {
  const known = config.isKnownClient?.(n.id) ?? false
  let rank25 = 0
  if (n._tag === "Unemployed25OrOver") {
    for (const rule of config.unemployed25OrOverOrder) {
      rank25 *= 2
      if (rule === "householdWithChildrenFirst" && n.householdSize < 2) rank25 += 1
      if (rule === "unknownClientFirst" && known) rank25 += 1
    }
  }
  const t = config.typeOrder?.indexOf(n._tag) ?? -1
  const a = config.ageGroupOrder?.indexOf(n.ageGroup) ?? -1
  const rankKnown = config.knownClients === undefined ? 0 : (config.knownClients === "first") === known ? 0 : 1
  return { n, d, known, rank25, rankType: t < 0 ? 99 : t, rankAge: a < 0 ? 99 : a, rankKnown }
}

const compare = (a: Row, b: Row): number =>
  (a.n.urgency === "urgent" ? 0 : 1) - (b.n.urgency === "urgent" ? 0 : 1) ||
  (a.d.due < b.d.due ? -1 : a.d.due > b.d.due ? 1 : 0) ||
  a.rankType - b.rankType ||
  a.rankAge - b.rankAge ||
  a.rankKnown - b.rankKnown ||
  a.rank25 - b.rank25 ||
  (a.n.id < b.n.id ? -1 : a.n.id > b.n.id ? 1 : 0)

const finish = (r: Row, position: number, config: Config, capacity: { taken25: number }): Triaged => {
  const reasons: Array<string> = []
  const reasonTexts: Array<Localized.Localized> = []
  const because = (key: Exclude<keyof typeof triageReasons, "due">) => {
    reasons.push(triageReasons[key].en)
    reasonTexts.push(triageReasons[key])
  }
  let queue = queueOf(r.n, config)
  if (r.n.urgency === "urgent") because("urgent")
  reasons.push(`due ${r.d.due} (${r.d.basis})`)
  reasonTexts.push(
    Localized.byLanguage((l) =>
      Catalog.text(triageReasons, "due", l, {
        date: FormatDate.date(r.d.due, l),
        basis:
          r.d.ref !== undefined && r.d.note !== undefined ? `${LegalRef.render(r.d.ref, l)}: ${r.d.note[l]}` : r.d.basis
      })
    )
  )
  if (queue === "otherService") because("otherService")
  if (config.knownClients !== undefined && r.n._tag !== "Unemployed25OrOver")
    because(r.known ? "knownClient" : "unknownClient")
  if (r.n._tag === "Unemployed25OrOver" && queue !== "urgent") {
    if (capacity.taken25 < config.unemployed25OrOverCapacity) capacity.taken25++
    else {
      queue = "infoLetter"
      because("overCapacity")
    }
    if (r.n.householdSize >= 2) because("household")
    if (!r.known) because("unknownClient")
  }
  return { position, noticeId: r.n.id, queue, due: r.d.due, reasons, reasonTexts }
}

/**
 * Order a batch: urgent first, then earliest deadline, then the configured
 * type and age-group order, then (for 25+) the configured order, then notice
 * id for a stable result. Fails as `Workflow.tryDeadlineOf` does (the first
 * notice whose deadline cannot be computed: a received date that is not a
 * date, a day outside the calendar's tables, a provision not yet in force).
 *
 * @since 0.4.0
 */
export const tryTriage = (
  notices: ReadonlyArray<Notice.Notice>,
  config: Config
): Result.Result<ReadonlyArray<Triaged>, Workflow.DeadlineError> => {
  const rows: Array<Row> = []
  for (const n of notices) {
    const r = rowOf(n, config)
    if (Result.isFailure(r)) return Result.fail(r.failure)
    rows.push(r.success)
  }
  rows.sort(compare)
  const capacity = { taken25: 0 }
  return Result.succeed(rows.map((r, i) => finish(r, i + 1, config, capacity)))
}

/**
 * {@link tryTriage}, throwing its failure.
 *
 * @throws RuleViolation, ProvisionNotInForce or YearOutOfRange (see `Workflow.tryDeadlineOf`).
 * @since 0.4.0
 */
export const unsafeTriage = (notices: ReadonlyArray<Notice.Notice>, config: Config): ReadonlyArray<Triaged> => {
  const r = tryTriage(notices, config)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * @deprecated Since 0.4.0: use {@link unsafeTriage} (same behaviour) or {@link tryTriage} (a `Result`).
 * @since 0.1.0
 */
export const triage = unsafeTriage

/**
 * Streaming triage in arrival order, constant memory: each notice gets its
 * queue, due date and reasons; `position` is the arrival number. The 25+
 * capacity is applied first come, first served (use {@link triage} on a day's
 * batch for the priority order).
 *
 * @since 0.2.0
 */
export class Triager {
  private readonly capacity = { taken25: 0 }
  private n = 0
  constructor(private readonly config: Config) {}
  /**
   * Triage the next notice; `receivedOn` overrides the configured date for this notice. Fails as
   * `Workflow.tryDeadlineOf` does, and then the notice takes no place in the arrival order or the 25+ capacity.
   *
   * @since 0.4.0
   */
  tryNext(notice: Notice.Notice, receivedOn?: string): Result.Result<Triaged, Workflow.DeadlineError> {
    const config = receivedOn === undefined ? this.config : { ...this.config, receivedOn }
    return Result.map(rowOf(notice, config), (row) => finish(row, ++this.n, config, this.capacity))
  }
  /**
   * {@link tryNext}, throwing its failure.
   *
   * @throws RuleViolation, ProvisionNotInForce or YearOutOfRange (see `Workflow.tryDeadlineOf`).
   * @since 0.4.0
   */
  unsafeNext(notice: Notice.Notice, receivedOn?: string): Triaged {
    const r = this.tryNext(notice, receivedOn)
    if (Result.isFailure(r)) throw r.failure
    return r.success
  }
}
