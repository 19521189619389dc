/**
 * Synthetic eTotu notice streams in the project's notice format (`formatVersion: 1`, `@osallistava/etotu`), with
 * the type mix of Kelasto 2018 (see `figures.ts`). Notice `i` under a seed is always the same; decision dates run
 * forward through the working days of the year, `perDay` notices a day, so a stream of any length is in date order.
 * Notices carry no henkilötunnus or name (the format has none); free text, when present, is neutral.
 *
 * @since 0.1.0
 */
import { municipalities, noticeTypes, socialWorkReasons, urgentShare } from "./figures.js"
import { randomFor } from "./random.js"

const STREAM = 2

/** JSON of one notice, as it arrives (before decoding). @since 0.1.0 */
export type NoticeJson = Record<string, unknown>

const isWeekend = (epochDay: number) => {
  const dow = (((epochDay + 3) % 7) + 7) % 7 // 0 = Monday (1970-01-01 was a Thursday)
  return dow >= 5
}

const dateOf = (epochDay: number) => new Date(epochDay * 86_400_000).toISOString().slice(0, 10)

const workingDayCache = new Map<number, string>()
/** The `n`-th weekday (0-based) from 2025-01-02, wrapping after 2025 to the same year again. */
const workingDay = (n: number): string => {
  const k = n % 250
  let d = workingDayCache.get(k)
  if (d !== undefined) return d
  let day = Date.UTC(2025, 0, 2) / 86_400_000
  let left = k
  for (;;) {
    if (!isWeekend(day)) {
      if (left === 0) break
      left--
    }
    day++
  }
  d = dateOf(day)
  workingDayCache.set(k, d)
  return d
}

/** Age group of other notice types [I]. */
const AGE_GROUPS = { under25: 25, "25to64": 70, "65plus": 5 }
/** Kind of forwarded application [I]. */
const ASSISTANCE_KINDS = { supplementary: 70, preventive: 20, both: 10 }
/** Ground of a 20 % reduction [I]. */
const GROUNDS = { refusedWorkOrService: 80, refusedActivationPlan: 12, refusedRehabilitativeWork: 8 }

const TEXTS = [
  "Asiakas toivoo yhteydenottoa.",
  "Client asked for a call.",
  "Klienten önskar kontakt.",
  "Tilanne epäselvä."
]

/**
 * Notice `index` of the stream under `seed`.
 *
 * @since 0.1.0
 */
export const notice = (seed: number, index: number, perDay = 4000): NoticeJson => {
  const r = randomFor(seed, STREAM, index)
  const tag = r.weighted(noticeTypes)
  const decisionDate = workingDay(Math.floor(index / perDay))
  const ageGroup =
    tag === "UnemployedUnder25" ? "under25" : tag === "Unemployed25OrOver" ? "25to64" : r.weighted(AGE_GROUPS)
  const base: NoticeJson = {
    _tag: tag,
    formatVersion: 1,
    id: `n${seed}-${index}`,
    decisionDate,
    municipality: r.weighted(municipalities),
    urgency: r.chance(urgentShare) ? "urgent" : "nonUrgent",
    protectedPersonalData: r.chance(0.01),
    // 76 % one-person households (Kela 2025: 62 % living alone plus other one-person households) [I]
    householdSize: r.chance(0.76) ? 1 : r.int(2, 6),
    ageGroup
  }
  if (r.chance(0.3)) base["phone"] = `040 ${r.int(100, 999)} ${r.int(1000, 9999)}`
  if (r.chance(0.15)) base["freeText"] = r.pick(TEXTS)
  switch (tag) {
    case "ForwardedApplication":
      base["assistanceKind"] = r.weighted(ASSISTANCE_KINDS)
      break
    case "ReducedBasicAmount": {
      // 2025: 20 % first; 40 % only after a service-need assessment referral (Act 1412/1997 10 a §).
      const forty = r.chance(0.15)
      base["reductionPercent"] = forty ? 40 : 20
      base["referredToAssessment"] = forty ? true : r.chance(0.3)
      base["continuationMonth"] = r.int(1, 2)
      if (forty) base["ground"] = "continuedAfterReduction"
      else if (r.chance(0.7)) base["ground"] = r.weighted(GROUNDS)
      break
    }
    case "SocialWorkNeeded":
      base["reason"] = r.weighted(socialWorkReasons)
      base["consent"] = r.chance(0.8)
      base["personalDiscussionRequested"] = r.chance(0.4)
      break
  }
  return base
}

/**
 * Notices `from` … `from + count − 1`, one at a time (constant memory).
 *
 * @since 0.1.0
 */
export function* notices(seed: number, count: number, from = 0, perDay = 4000): Generator<NoticeJson> {
  for (let i = from; i < from + count; i++) yield notice(seed, i, perDay)
}

/**
 * The same stream as NDJSON lines.
 *
 * @since 0.1.0
 */
export function* noticeLines(seed: number, count: number, from = 0, perDay = 4000): Generator<string> {
  for (let i = from; i < from + count; i++) yield JSON.stringify(notice(seed, i, perDay))
}
