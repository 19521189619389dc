/**
 * Volume statistics over a stream of notices and cases, in one pass and
 * constant memory (apart from one counter per distinct cell):
 * - counts by type, month, municipality, age group and urgency (the shape of
 *   seed 003's Kuvio 6, which Kelasto publishes monthly by type × urgency ×
 *   area);
 * - response rates by type: reached, attended (met), assessed — the seeds
 *   observe that clients notified for a social-care need attend more often
 *   than those notified of a reduction (seed 002; seed 003 p. "Kelan ohjaus");
 * - days from visibility to opening, first contact and assessment start
 *   (calendar days; median and 90th percentile from an exact histogram);
 * - share of finished cases whose first step was on time.
 *
 * Disclosure control (`Disclosure` of `@osallistava/core`, Statistics
 * Finland's frequency rule, `docs/privacy/disclosure-control.md`): counts
 * below `minCell` (default 5) are `null`, with complementary suppression over
 * every sum the statistics show or imply: the cells of a type sum to the
 * type's count, the types to the total, and each response step is part of
 * the previous one (notices ⊇ cases ⊇ reached ⊇ attended ⊇ assessed, the
 * differences never shown but never recoverable either). Shares are shown
 * only when both of their counts are and `Disclosure.share` allows;
 * percentiles only over at least `minCell` cases.
 *
 * @since 0.1.0
 */
import { Disclosure, LocalDate, type RuleViolation } from "@osallistava/core"
import * as Result from "effect/Result"
import type * as Notice from "./notice.js"
import { firstStepOnTime } from "./workflow.js"

/**
 * What happened to a notice, for the response rates and times: the dates of
 * its registration (etotu's `Workflow.Case` has them) and of the municipal
 * case's first steps (recorded in `@osallistava/model`'s pathway; model's
 * `Pathway.followUp` builds this from a `Workflow.Case` and the pathway's
 * state). A `Workflow.Case` alone is a `FollowUp` with no contact steps.
 *
 * @since 0.4.0
 */
export interface FollowUp {
  readonly visibleOn: string
  readonly openedOn?: string
  readonly firstContactOn?: string
  readonly reachedOn?: string
  /** The client came to a meeting. */
  readonly metOn?: string
  readonly assessmentStartedOn?: string
  /** The first substantive step: the decision on a forwarded application, otherwise the start of the assessment. */
  readonly doneOn?: string
  /** The first deadline (etotu's `Workflow.tryDeadlineOf`). */
  readonly deadline: { readonly due: string }
  /**
   * The notice was transferred to another municipality on this day: its case is not counted as finished, on time or
   * late (`Workflow.firstStepOnTime`). @since 0.4.0
   */
  readonly transferredOn?: string
}

/** One cell. @since 0.1.0 */
export interface Cell {
  readonly type: Notice.NoticeType
  readonly month: string
  readonly municipality: string
  /** @since 0.2.0 */
  readonly ageGroup: string
  readonly urgency: Notice.Urgency
  /** `null` when suppressed. */
  readonly count: number | null
}

/** A distribution summary in days. @since 0.1.0 */
export interface Distribution {
  /** Cases measured; `null` when suppressed. @since 0.3.0 */
  readonly n: number | null
  readonly median: number | null
  readonly p90: number | null
}

/** Response of the clients of one notice type. @since 0.2.0 */
export interface Response {
  readonly type: Notice.NoticeType
  readonly notices: number | null
  /** Notices with a case (followed up at all). */
  readonly cases: number | null
  readonly reached: number | null
  readonly attended: number | null
  readonly assessed: number | null
  /** Shares of `cases`; `null` when `cases` < minCell. */
  readonly reachedShare: number | null
  readonly attendedShare: number | null
  readonly assessedShare: number | null
}

/** @since 0.1.0 */
export interface Stats {
  /** Notices; `null` when suppressed (fewer than `minCell`, or recoverable). @since 0.3.0 */
  readonly total: number | null
  readonly cells: ReadonlyArray<Cell>
  readonly daysToOpen: Distribution
  readonly daysToFirstContact: Distribution
  /** @since 0.2.0 */
  readonly daysToAssessment: Distribution
  /** @since 0.2.0 */
  readonly responses: ReadonlyArray<Response>
  /** Volume and share of each type of all notices (seed 003 Kuvio 6: "%, totals in parentheses"). @since 0.2.0 */
  readonly byType: ReadonlyArray<{
    readonly type: Notice.NoticeType
    readonly count: number | null
    readonly share: number | null
  }>
  /** Share of finished cases whose step was on time; `null` when fewer than `minCell` finished. */
  readonly withinDeadlineShare: number | null
}

const MAX_DAYS = 1000

/** Exact histogram of whole days 0..999 (+ overflow bucket). @since 0.2.0 */
class Histogram {
  private readonly bins = new Uint32Array(MAX_DAYS + 1)
  n = 0
  add(days: number) {
    if (days < 0) return
    const i = Math.min(days, MAX_DAYS)
    this.bins[i] = (this.bins[i] as number) + 1
    this.n++
  }
  private quantile(p: number): number {
    const rank = Math.max(1, Math.ceil(p * this.n))
    let acc = 0
    for (let i = 0; i <= MAX_DAYS; i++) {
      acc += this.bins[i] as number
      if (acc >= rank) return i
    }
    return MAX_DAYS
  }
  summary(minCell: number): Distribution {
    const o = { threshold: minCell }
    const n = Disclosure.single(this.n, o).count
    return {
      n,
      median: Disclosure.figure(this.n, this.n === 0 ? null : this.quantile(0.5), o),
      p90: Disclosure.figure(this.n, this.n === 0 ? null : this.quantile(0.9), o)
    }
  }
}

const TYPES: ReadonlyArray<Notice.NoticeType> = [
  "ForwardedApplication",
  "ReducedBasicAmount",
  "SocialWorkNeeded",
  "UnemployedUnder25",
  "Unemployed25OrOver",
  "Immigrant"
]

/** Day numbers of a follow-up's dates, or the `RuleViolation` (rule `existing-date`) at `<at>.<field>` of the first bad one. */
const daysOf = (
  c: FollowUp,
  at: string
): Result.Result<{ visible: number; opened?: number; contact?: number; assessment?: number }, RuleViolation> => {
  const day = (d: string | undefined, field: string): Result.Result<number | undefined, RuleViolation> =>
    d === undefined ? Result.succeed(undefined) : Result.map(LocalDate.parse(d, `${at}.${field}`), LocalDate.toEpochDay)
  const visible = day(c.visibleOn, "visibleOn")
  if (Result.isFailure(visible)) return Result.fail(visible.failure)
  const opened = day(c.openedOn, "openedOn")
  if (Result.isFailure(opened)) return Result.fail(opened.failure)
  const contact = day(c.firstContactOn, "firstContactOn")
  if (Result.isFailure(contact)) return Result.fail(contact.failure)
  const assessment = day(c.assessmentStartedOn, "assessmentStartedOn")
  if (Result.isFailure(assessment)) return Result.fail(assessment.failure)
  return Result.succeed({
    visible: visible.success as number,
    ...(opened.success === undefined ? {} : { opened: opened.success }),
    ...(contact.success === undefined ? {} : { contact: contact.success }),
    ...(assessment.success === undefined ? {} : { assessment: assessment.success })
  })
}

/**
 * Streaming accumulator: `add` each notice (with its case when followed up),
 * then `result`. Use it when the items are not an iterable (e.g. a CLI loop).
 *
 * @since 0.2.0
 */
export class Accumulator {
  private readonly counts = new Map<string, number>()
  private readonly open = new Histogram()
  private readonly contact = new Histogram()
  private readonly assessment = new Histogram()
  private readonly resp = new Map<Notice.NoticeType, [number, number, number, number, number]>()
  private total = 0
  private finished = 0
  private onTime = 0
  constructor(private readonly minCell = 5) {}
  /**
   * Adds a notice (and its case): a `RuleViolation` (rule `existing-date`) at
   * `<at>.visibleOn` (or `openedOn`, `firstContactOn`, `assessmentStartedOn`)
   * when a date of the case is not a date, and then nothing is counted.
   *
   * @since 0.4.0
   */
  tryAdd(n: Notice.Notice, c?: FollowUp, at = "case"): Result.Result<void, RuleViolation> {
    const days = c === undefined ? undefined : daysOf(c, at)
    if (days !== undefined && Result.isFailure(days)) return Result.fail(days.failure)
    this.count(n, c, days?.success)
    return Result.void
  }
  /**
   * {@link tryAdd}, throwing its `RuleViolation`.
   *
   * @throws RuleViolation when a date of the case is not a date.
   * @since 0.4.0
   */
  unsafeAdd(n: Notice.Notice, c?: FollowUp): void {
    const r = this.tryAdd(n, c)
    if (Result.isFailure(r)) throw r.failure
  }
  private count(
    n: Notice.Notice,
    c: FollowUp | undefined,
    days: { visible: number; opened?: number; contact?: number; assessment?: number } | undefined
  ): void {
    this.total++
    const key = `${n._tag}|${n.decisionDate.slice(0, 7)}|${n.municipality}|${n.ageGroup}|${n.urgency}`
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1)
    let r = this.resp.get(n._tag)
    if (r === undefined) {
      r = [0, 0, 0, 0, 0]
      this.resp.set(n._tag, r)
    }
    r[0]++
    if (!c || days === undefined) return
    r[1]++
    if (c.reachedOn !== undefined || c.metOn !== undefined || c.assessmentStartedOn !== undefined) r[2]++
    if (c.metOn !== undefined || c.assessmentStartedOn !== undefined) r[3]++
    if (c.assessmentStartedOn !== undefined) r[4]++
    const v = days.visible
    if (days.opened !== undefined) this.open.add(days.opened - v)
    if (days.contact !== undefined) this.contact.add(days.contact - v)
    if (days.assessment !== undefined) this.assessment.add(days.assessment - v)
    const onTime = firstStepOnTime(c)
    if (onTime !== undefined) {
      this.finished++
      if (onTime) this.onTime++
    }
  }
  /** @since 0.2.0 */
  result(): Stats {
    const m = this.minCell
    const o = { threshold: m }
    // One linked system: the total, each type's count, its response steps with their (never shown) differences,
    // and the cells of each type.
    const values: Array<number> = [this.total]
    const hidden: Array<boolean> = [false]
    const cost: Array<number> = [2]
    const lines: Array<Disclosure.Line> = []
    const push = (v: number, c: number, never = false): number => {
      values.push(v)
      hidden.push(never)
      cost.push(c)
      return values.length - 1
    }
    const types = TYPES.filter((t) => this.resp.has(t))
    const at = new Map<Notice.NoticeType, { notices: number; steps: [number, number, number, number] }>()
    for (const type of types) {
      const [notices, cases, reached, attended, assessed] = this.resp.get(type) as [
        number,
        number,
        number,
        number,
        number
      ]
      const iN = push(notices, 1)
      const steps: [number, number, number, number] = [
        push(cases, 0),
        push(reached, 0),
        push(attended, 0),
        push(assessed, 0)
      ]
      const chain = [notices, cases, reached, attended, assessed]
      const idx = [iN, ...steps]
      for (let k = 1; k < 5; k++) {
        const diff = push((chain[k - 1] as number) - (chain[k] as number), 0, true)
        lines.push({ parts: [idx[k] as number, diff], total: idx[k - 1] as number })
      }
      at.set(type, { notices: iN, steps })
    }
    lines.push({ parts: types.map((t) => (at.get(t) as { notices: number }).notices), total: 0 })
    const entries = [...this.counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    const cellIdx = entries.map(([, v]) => push(v, 0))
    for (const type of types) {
      const parts = entries.flatMap(([k], i) => (k.startsWith(`${type}|`) ? [cellIdx[i] as number] : []))
      lines.push({ parts, total: (at.get(type) as { notices: number }).notices })
    }
    const hide = Disclosure.linked(values, lines, { threshold: m, hidden, cost: (i) => cost[i] as number })
    const shown = (i: number): number | null => (hide[i] ? null : (values[i] as number))
    const share = (i: number, of: number): number | null =>
      hide[i] || hide[of] ? null : Disclosure.share(values[i] as number, values[of] as number, o)
    const cells: Array<Cell> = entries.map(([k], i) => {
      const [type, month, municipality, ageGroup, urgency] = k.split("|") as [
        Notice.NoticeType,
        string,
        string,
        string,
        Notice.Urgency
      ]
      return { type, month, municipality, ageGroup, urgency, count: shown(cellIdx[i] as number) }
    })
    const responses: Array<Response> = types.map((type) => {
      const { notices, steps } = at.get(type) as { notices: number; steps: [number, number, number, number] }
      const [cases, reached, attended, assessed] = steps
      return {
        type,
        notices: shown(notices),
        cases: shown(cases),
        reached: shown(reached),
        attended: shown(attended),
        assessed: shown(assessed),
        reachedShare: share(reached, cases),
        attendedShare: share(attended, cases),
        assessedShare: share(assessed, cases)
      }
    })
    const byType = types.map((type) => {
      const i = (at.get(type) as { notices: number }).notices
      return { type, count: shown(i), share: share(i, 0) }
    })
    return {
      total: shown(0),
      cells,
      byType,
      daysToOpen: this.open.summary(m),
      daysToFirstContact: this.contact.summary(m),
      daysToAssessment: this.assessment.summary(m),
      responses,
      withinDeadlineShare: Disclosure.share(this.onTime, this.finished, o)
    }
  }
}

/**
 * Compute statistics in one pass over any (async) iterable; a `RuleViolation`
 * (rule `existing-date`) at `items[i].case.<field>` for the first case with a
 * date that is not a date.
 *
 * @since 0.4.0
 */
export const tryStats = async (
  items:
    | AsyncIterable<{ notice: Notice.Notice; case?: FollowUp }>
    | Iterable<{ notice: Notice.Notice; case?: FollowUp }>,
  minCell = 5
): Promise<Result.Result<Stats, RuleViolation>> => {
  const acc = new Accumulator(minCell)
  let i = 0
  for await (const { notice, case: c } of items) {
    const r = acc.tryAdd(notice, c, `items[${i++}].case`)
    if (Result.isFailure(r)) return Result.fail(r.failure)
  }
  return Result.succeed(acc.result())
}

/**
 * {@link tryStats}, throwing its `RuleViolation`.
 *
 * @throws RuleViolation when a case's date is not a date.
 * @since 0.4.0
 */
export const unsafeStats = async (
  items:
    | AsyncIterable<{ notice: Notice.Notice; case?: FollowUp }>
    | Iterable<{ notice: Notice.Notice; case?: FollowUp }>,
  minCell = 5
): Promise<Stats> => {
  const r = await tryStats(items, minCell)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * @deprecated Since 0.4.0: use {@link unsafeStats} (same behaviour) or {@link tryStats} (a `Result`).
 * @since 0.1.0
 */
export const stats = unsafeStats
