/**
 * Community work: meeting places and group activities (visits per week,
 * reach), client panels and co-development sessions, and continuous client
 * feedback (seed 004 goal 4: "jatkuvan asiakaspalautteen arvioinnille").
 * Kemijärvi's drop-in room had up to 117 visitors a week (THL 2019 final
 * report, cited in issue #6).
 *
 * @since 0.1.0
 */
import { Disclosure, LocalDate } from "@osallistava/core"
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

/** ISO week (Monday start) of a date, as `YYYY-Www`. @since 0.1.0 */
export const isoWeek = (d: string): string => {
  const date = LocalDate.unsafeFrom(d)
  const dow = LocalDate.dayOfWeek(date)
  const thursday = LocalDate.addDays(date, 4 - dow)
  const year = LocalDate.year(thursday)
  const jan1 = LocalDate.unsafeMake(year, 1, 1)
  const week = Math.floor(LocalDate.daysBetween(jan1, thursday) / 7) + 1
  return `${year}-W${String(week).padStart(2, "0")}`
}

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

/** Visits per week and reach of each place. @since 0.1.0 */
export const summarizeSessions = (
  sessions: Iterable<Session>,
  minCell: number = defaultMinCell
): ReadonlyArray<PlaceSummary> => {
  const places = new Map<string, { sessions: number; weeks: Map<string, number>; clients: Set<string> }>()
  for (const s of sessions) {
    const p = places.get(s.placeId) ?? { sessions: 0, weeks: new Map(), clients: new Set() }
    p.sessions++
    const w = isoWeek(s.on)
    p.weeks.set(w, (p.weeks.get(w) ?? 0) + s.visitors)
    for (const c of s.clientRefs ?? []) p.clients.add(c)
    places.set(s.placeId, p)
  }
  return [...places.entries()]
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
}

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
