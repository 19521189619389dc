/**
 * Community work: meeting places and group activities (visits per week,
 * reach), client panels and co-development sessions, and continuous client
 * feedback (seed 004 goal 4: "jatkuvan asiakaspalautteen arvioinnille").
 * Kemijärvi's drop-in room had up to 117 visitors a week (THL 2019 final
 * report, cited in issue #6).
 *
 * @since 0.1.0
 */
import { Disclosure, LocalDate, type RuleViolation } from "@osallistava/core"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { DateString, Ref } from "./schema-util.js"

type Cell = Disclosure.Cell
const defaultMinCell = Disclosure.defaultThreshold

/** One session of a meeting place, group or panel. @since 0.1.0 */
export const Session = Schema.Struct({
  placeId: Ref,
  kind: Schema.Literals(["meeting-place", "resident-drop-in-room", "group", "client-panel", "co-development"]),
  on: DateString,
  /** Visits (a person visiting twice counts twice). */
  visitors: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0))),
  /** Pseudonymous refs of clients present, for reach (optional). */
  clientRefs: Schema.optionalKey(Schema.Array(Ref))
})
/** @since 0.1.0 */
export type Session = typeof Session.Type

/**
 * ISO week (Monday start) of a date, as `YYYY-Www`; a `RuleViolation` at `at`
 * (rule `existing-date`) for a text that is not a date. Every date of
 * 0001–9999 has its week's Thursday in that range (0001-01-01 is a Monday,
 * 9999-12-31 a Friday).
 *
 * @since 0.3.0
 */
export const tryIsoWeek = (d: string, at = "date"): Result.Result<string, RuleViolation> =>
  Result.flatMap(LocalDate.parse(d, at), (date) => {
    const thursday = LocalDate.addDays(date, 4 - LocalDate.dayOfWeek(date))
    const year = LocalDate.year(thursday)
    return Result.map(LocalDate.fromParts(year, 1, 1, at), (jan1) => {
      const week = Math.floor(LocalDate.daysBetween(jan1, thursday) / 7) + 1
      return `${String(year).padStart(4, "0")}-W${String(week).padStart(2, "0")}`
    })
  })

/**
 * {@link tryIsoWeek}, throwing its `RuleViolation`.
 *
 * @throws RuleViolation for a text that is not a date (the error does not repeat it).
 * @since 0.3.0
 */
export const unsafeIsoWeek = (d: string): string => {
  const r = tryIsoWeek(d)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * @deprecated Since 0.3.0: use {@link unsafeIsoWeek} (same behaviour) or {@link tryIsoWeek} (a `Result`).
 * @since 0.1.0
 */
export const isoWeek = unsafeIsoWeek

/** @since 0.1.0 */
export interface PlaceSummary {
  readonly placeId: string
  readonly sessions: number
  readonly visits: number
  readonly weeks: number
  readonly maxVisitsPerWeek: number
  readonly meanVisitsPerWeek: number
  /** Distinct clients seen (from `clientRefs`), small cells suppressed. */
  readonly reach: Cell
}

/**
 * Visits per week and reach of each place; a `RuleViolation` at
 * `sessions[i].on` for a session whose date is not a date (sessions decoded
 * by {@link Session} always pass).
 *
 * @since 0.3.0
 */
export const trySummarizeSessions = (
  sessions: Iterable<Session>,
  minCell: number = defaultMinCell
): Result.Result<ReadonlyArray<PlaceSummary>, RuleViolation> => {
  const places = new Map<string, { sessions: number; weeks: Map<string, number>; clients: Set<string> }>()
  let i = 0
  for (const s of sessions) {
    const w = tryIsoWeek(s.on, `sessions[${i++}].on`)
    if (Result.isFailure(w)) return Result.fail(w.failure)
    const p = places.get(s.placeId) ?? { sessions: 0, weeks: new Map(), clients: new Set() }
    p.sessions++
    p.weeks.set(w.success, (p.weeks.get(w.success) ?? 0) + s.visitors)
    for (const c of s.clientRefs ?? []) p.clients.add(c)
    places.set(s.placeId, p)
  }
  return Result.succeed(
    [...places.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([placeId, p]) => {
        const perWeek = [...p.weeks.values()]
        const visits = perWeek.reduce((a, b) => a + b, 0)
        return {
          placeId,
          sessions: p.sessions,
          visits,
          weeks: perWeek.length,
          maxVisitsPerWeek: Math.max(0, ...perWeek),
          meanVisitsPerWeek: perWeek.length === 0 ? 0 : visits / perWeek.length,
          reach: Disclosure.single(p.clients.size, { threshold: minCell })
        }
      })
  )
}

/**
 * {@link trySummarizeSessions}, throwing its `RuleViolation`.
 *
 * @throws RuleViolation for a session whose date is not a date.
 * @since 0.3.0
 */
export const unsafeSummarizeSessions = (
  sessions: Iterable<Session>,
  minCell: number = defaultMinCell
): ReadonlyArray<PlaceSummary> => {
  const r = trySummarizeSessions(sessions, minCell)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * @deprecated Since 0.3.0: use {@link unsafeSummarizeSessions} (same behaviour) or {@link trySummarizeSessions} (a `Result`).
 * @since 0.1.0
 */
export const summarizeSessions = unsafeSummarizeSessions

/** One piece of client feedback on a 1–5 scale with optional theme. @since 0.1.0 */
export const Feedback = Schema.Struct({
  on: DateString,
  /** 1 (poor) – 5 (very good). */
  score: Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 5 }))),
  theme: Schema.Literals(["heard", "participation", "service", "accessibility", "other"]),
  felt: Schema.optionalKey(Schema.Literals(["included", "not-included"]))
})
/** @since 0.1.0 */
export type Feedback = typeof Feedback.Type

/** @since 0.1.0 */
export interface FeedbackSummary {
  /** Responses; `null` when suppressed (fewer than `minCell`). @since 0.2.0 */
  readonly responses: number | null
  readonly meanScore: number | null
  readonly distribution: ReadonlyArray<{ readonly score: number; readonly cell: Cell }>
  readonly includedShare: number | null
}

/**
 * Summary of continuous feedback; with fewer than `minCell` responses no mean
 * is shown. The distribution sums to `responses`, so it is suppressed as a
 * line with its total (`Disclosure.line`); the share of "included" hides as a
 * share (`Disclosure.share`).
 *
 * @since 0.1.0
 */
export const summarizeFeedback = (items: Iterable<Feedback>, minCell: number = defaultMinCell): FeedbackSummary => {
  const counts = [0, 0, 0, 0, 0]
  let n = 0
  let sum = 0
  let felt = 0
  let included = 0
  for (const f of items) {
    n++
    sum += f.score
    counts[f.score - 1] = (counts[f.score - 1] ?? 0) + 1
    if (f.felt !== undefined) {
      felt++
      if (f.felt === "included") included++
    }
  }
  const o = { threshold: minCell }
  const dist = Disclosure.line(counts, o)
  return {
    responses: dist.total.count,
    meanScore: Disclosure.figure(n, n === 0 ? 0 : sum / n, o),
    distribution: dist.cells.map((cell, i) => ({ score: i + 1, cell })),
    includedShare: Disclosure.share(included, felt, o)
  }
}
