/**
 * From an instant to the Helsinki calendar date, and the working day on which a
 * notice becomes visible to the municipality.
 *
 * @since 0.1.0
 */
import { InvalidInput, LocalDate } from "@osallistava/core"
import * as Result from "effect/Result"
import type { YearOutOfRange } from "./holidays.js"
import * as WorkingDays from "./working-days.js"

// One formatter for all calls; Intl applies the Europe/Helsinki rules (EET/EEST).
let formatter: Intl.DateTimeFormat | undefined
const helsinki = (): Intl.DateTimeFormat =>
  (formatter ??= new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Helsinki",
    year: "numeric",
    month: "2-digit",
    day: "2-digit"
  }))

// A timestamp must say its offset: "2026-03-29T01:30:00Z" or "…+03:00".
// Hours 00–23, minutes and seconds 00–59, offset up to ±23:59; the date part is
// checked separately (Date.parse would silently roll 30 February into March).
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i

const fail = (message: string) =>
  Result.fail(new InvalidInput({ subject: "instant", issues: [{ path: [], at: "(root)", message }] }))

/**
 * The calendar date in Europe/Helsinki at `instant` (a `Date` or an ISO 8601
 * timestamp with `Z` or an offset).
 *
 * @example
 * ```ts
 * import { Helsinki } from "@osallistava/calendar"
 * Helsinki.tryDateOf("2026-03-28T22:30:00Z") // Result.succeed("2026-03-29") (00:30 EET)
 * ```
 * Fails with `InvalidInput` for an invalid Date or a timestamp without offset.
 *
 * @since 0.2.0
 */
export const tryDateOf = (instant: Date | string): Result.Result<LocalDate.LocalDate, InvalidInput> => {
  let ms: number
  if (typeof instant === "string") {
    const m = TIMESTAMP.exec(instant)
    if (m === null)
      return fail("Expected an ISO 8601 timestamp with a time zone offset, e.g. 2026-03-29T01:30:00+02:00")
    if (!LocalDate.isLocalDate(m[1])) return fail("Expected an existing calendar date in the timestamp")
    ms = Date.parse(instant)
  } else if (instant instanceof Date) {
    ms = instant.getTime()
  } else {
    return fail("Expected a Date or an ISO 8601 timestamp string")
  }
  if (!Number.isFinite(ms)) return fail("Expected an existing instant")
  let y = ""
  let m = ""
  let d = ""
  for (const part of helsinki().formatToParts(ms)) {
    if (part.type === "year") y = part.value
    else if (part.type === "month") m = part.value
    else if (part.type === "day") d = part.value
  }
  const text = `${y}-${m}-${d}`
  // An instant past year 9999 (a Date reaches year 275760) has no LocalDate.
  return LocalDate.isLocalDate(text) ? Result.succeed(text) : fail("Expected an instant in the years 0001–9999")
}

/**
 * {@link tryDateOf} for instants known to be valid.
 *
 * @throws InvalidInput for an invalid Date or a timestamp without offset.
 * @since 0.2.0
 */
export const unsafeDateOf = (instant: Date | string): LocalDate.LocalDate => {
  const r = tryDateOf(instant)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * @deprecated Since 0.2.0: use {@link unsafeDateOf} (same behaviour) or {@link tryDateOf} (a `Result`).
 * @since 0.1.0
 */
export const dateOf = unsafeDateOf

/**
 * The working day on which a notice sent at `instant` is visible to the
 * municipality: the first working day after the notice's Helsinki date.
 *
 * @example
 * ```ts
 * import { Helsinki } from "@osallistava/calendar"
 * Helsinki.unsafeVisibleToMunicipalityOn("2026-06-18T20:00:00Z") // "2026-06-22" (Fri 19 June is Midsummer Eve)
 * ```
 * @throws InvalidInput for an invalid instant; YearOutOfRange outside 1900–2100: use
 * {@link tryVisibleToMunicipalityOn} for input.
 * @since 0.4.0 (as `visibleToMunicipalityOn` since 0.1.0)
 */
export const unsafeVisibleToMunicipalityOn = (instant: Date | string): LocalDate.LocalDate =>
  WorkingDays.unsafeNextWorkingDay(unsafeDateOf(instant))

/**
 * {@link unsafeVisibleToMunicipalityOn} as a `Result`: `InvalidInput` for an
 * invalid instant (see {@link tryDateOf}), `YearOutOfRange` when its date or
 * the next working day is outside 1900–2100.
 *
 * @since 0.4.0
 */
export const tryVisibleToMunicipalityOn = (
  instant: Date | string
): Result.Result<LocalDate.LocalDate, InvalidInput | YearOutOfRange> =>
  Result.flatMap(
    tryDateOf(instant),
    (d): Result.Result<LocalDate.LocalDate, InvalidInput | YearOutOfRange> => WorkingDays.tryNextWorkingDay(d)
  )

/**
 * @deprecated Since 0.4.0: use {@link unsafeVisibleToMunicipalityOn} (same behaviour) or
 * {@link tryVisibleToMunicipalityOn}.
 * @since 0.1.0
 */
export const visibleToMunicipalityOn = unsafeVisibleToMunicipalityOn
