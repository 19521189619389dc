/**
 * Finnish public holidays (pyhäpäivät) and the two eves that Act 150/1930 § 5
 * treats as non-working, for the years 1900–2100.
 *
 * Sources and history (what is exact and why):
 * - Church holidays: Kirkkolaki 1054/1993 4 luku 3 § lists joulupäivä, toinen
 *   joulupäivä, uudenvuodenpäivä, loppiainen, pitkäperjantai, pääsiäispäivä,
 *   toinen pääsiäispäivä, helatorstai, helluntai, juhannuspäivä and pyhäinpäivä;
 *   dates "as customary in Western Christendom", but Midsummer Day on the
 *   Saturday after 19 June and All Saints' Day on the Saturday after 30 October.
 * - 1955: Midsummer Day (24 June) and All Saints' Day (1 November) moved to those
 *   Saturdays (Suomen asetuskokoelma 535/1953, kirkkolaki 18 §; Helsinki
 *   University almanac, see kirjastot.fi "Pyhäin(miesten)päivän ajankohta siirtyi").
 *   Before 1955 this module uses 24 June, 23 June (eve) and 1 November.
 * - 1973–1991: Epiphany on the Saturday 6–12 January and Ascension Day on a
 *   Saturday; restored to 6 January and Easter + 39 from 1992 (Kirkko ja kaupunki,
 *   Seppo Väisänen, "Helatorstai ja vappu ovat suomalaisia": "arkilauantaina
 *   1973–1991"; Etelä-Suomen Sanomat 2017: loppiainen "vuosina 1973–1991 ... lauantaina
 *   6.–12. tammikuuta"). PROVISIONAL: which Saturday Ascension used; this module
 *   uses the Saturday after the traditional Thursday (Easter + 41). English
 *   Wikipedia ("Public holidays in Finland") says "the Saturday before the
 *   traditional Thursday" (Easter + 37); no primary source was found either way.
 * - Whit Monday (toinen helluntaipäivä) was a church holiday until the 1973 reform
 *   (kotimaa.fi, "Arkipyhät agendalle jälleen kerran": the 1970 labour-market
 *   agreement covered "loppiainen, helatorstai ja toinen helluntaipäivä").
 *   PROVISIONAL: included as a public holiday for 1900–1972.
 * - Independence Day from 1917 (declared 6 December 1917; general holiday and
 *   day off by Act 388/1937; PROVISIONAL for 1917–1937, before that Act). May Day a public day off from 1944 (Kirkko ja kaupunki, Väisänen:
 *   "Vapusta tuli vapaapäivä Suomessa 1944").
 * - NOT modelled before 1955: weekday church holidays of the old calendar
 *   (e.g. Annunciation 25 March, moved to a Sunday in 1955). Holiday lists are
 *   therefore exact for 1955–2100 (with the Ascension caveat for 1973–1991)
 *   and incomplete for 1900–1954.
 *
 * @since 0.1.0
 */
import * as LocalDate from "@osallistava/core/local-date"
import * as Localized from "@osallistava/core/localized"
import * as Data from "effect/Data"
import * as Result from "effect/Result"
import * as Easter from "./easter.js"

/** First and last year this module answers for. @since 0.1.0 */
export const firstYear = 1900
/** @since 0.1.0 */
export const lastYear = 2100

/**
 * Asked for a year outside {@link firstYear}–{@link lastYear}.
 *
 * @since 0.1.0
 */
export class YearOutOfRange extends Data.TaggedError("YearOutOfRange")<{
  readonly year: number
}> {
  override get message(): string {
    return `year: the calendar covers ${firstYear}–${lastYear} (rule year-in-range)`
  }
}

/** @since 0.1.0 */
export type HolidayId =
  | "new-years-day"
  | "epiphany"
  | "good-friday"
  | "easter-sunday"
  | "easter-monday"
  | "may-day"
  | "ascension-day"
  | "pentecost"
  | "whit-monday"
  | "midsummer-eve"
  | "midsummer-day"
  | "all-saints-day"
  | "independence-day"
  | "christmas-eve"
  | "christmas-day"
  | "st-stephens-day"

/**
 * `public-holiday`: a pyhäpäivä or national holiday (uudenvuodenpäivä … tapaninpäivä,
 * vapunpäivä, itsenäisyyspäivä). `eve`: Christmas Eve and Midsummer Eve, not public
 * holidays but non-working days for time limits under Act 150/1930 § 5.
 *
 * @since 0.1.0
 */
export type HolidayKind = "public-holiday" | "eve"

/** @since 0.1.0 */
export interface Holiday {
  readonly id: HolidayId
  readonly date: LocalDate.LocalDate
  readonly kind: HolidayKind
  readonly name: Localized.Localized
}

const freezeAll = <K extends string>(r: Record<K, Localized.Localized>): Readonly<Record<K, Localized.Localized>> => {
  for (const v of Object.values<Localized.Localized>(r)) Object.freeze(v)
  return Object.freeze(r)
}

/** Names in Finnish, Swedish and English (Finnish and Swedish as in the almanac). @since 0.1.0 */
export const names: Readonly<Record<HolidayId, Localized.Localized>> = freezeAll({
  "new-years-day": Localized.make("uudenvuodenpäivä", "nyårsdagen", "New Year's Day"),
  epiphany: Localized.make("loppiainen", "trettondagen", "Epiphany"),
  "good-friday": Localized.make("pitkäperjantai", "långfredagen", "Good Friday"),
  "easter-sunday": Localized.make("pääsiäispäivä", "påskdagen", "Easter Sunday"),
  "easter-monday": Localized.make("toinen pääsiäispäivä", "annandag påsk", "Easter Monday"),
  "may-day": Localized.make("vapunpäivä", "första maj", "May Day"),
  "ascension-day": Localized.make("helatorstai", "Kristi himmelsfärdsdag", "Ascension Day"),
  pentecost: Localized.make("helluntaipäivä", "pingstdagen", "Pentecost"),
  "whit-monday": Localized.make("toinen helluntaipäivä", "annandag pingst", "Whit Monday"),
  "midsummer-eve": Localized.make("juhannusaatto", "midsommarafton", "Midsummer Eve"),
  "midsummer-day": Localized.make("juhannuspäivä", "midsommardagen", "Midsummer Day"),
  "all-saints-day": Localized.make("pyhäinpäivä", "alla helgons dag", "All Saints' Day"),
  "independence-day": Localized.make("itsenäisyyspäivä", "självständighetsdagen", "Independence Day"),
  "christmas-eve": Localized.make("jouluaatto", "julafton", "Christmas Eve"),
  "christmas-day": Localized.make("joulupäivä", "juldagen", "Christmas Day"),
  "st-stephens-day": Localized.make("tapaninpäivä", "annandag jul", "St Stephen's Day")
})

/** The Saturday on or after `date`. */
const saturdayOnOrAfter = (date: LocalDate.LocalDate): LocalDate.LocalDate =>
  LocalDate.addDays(date, (6 - LocalDate.dayOfWeek(date) + 7) % 7)

const inRange = (year: number): boolean => Number.isInteger(year) && year >= firstYear && year <= lastYear

/**
 * @throws YearOutOfRange outside {@link firstYear}–{@link lastYear}: use {@link checkedYear} for input.
 * @since 0.2.0
 */
export const unsafeCheckYear = (year: number): void => {
  if (!inRange(year)) throw new YearOutOfRange({ year })
}

/**
 * @deprecated Since 0.2.0: use {@link unsafeCheckYear} (same behaviour) or {@link checkedYear} (a `Result`).
 * @since 0.1.0
 */
export const checkYear = unsafeCheckYear

/**
 * `year` when the calendar covers it, else `YearOutOfRange`.
 *
 * @since 0.2.0
 */
export const checkedYear = (year: number): Result.Result<number, YearOutOfRange> =>
  inRange(year) ? Result.succeed(year) : Result.fail(new YearOutOfRange({ year }))

const compute = (year: number): ReadonlyArray<Holiday> => {
  const out: Array<Holiday> = []
  const add = (id: HolidayId, date: LocalDate.LocalDate, kind: HolidayKind = "public-holiday") =>
    out.push(Object.freeze({ id, date, kind, name: names[id] }))
  const easter = Easter.unsafeSunday(year)
  const saturdayEra = year >= 1973 && year <= 1991
  add("new-years-day", LocalDate.unsafeMake(year, 1, 1))
  add("epiphany", saturdayEra ? saturdayOnOrAfter(LocalDate.unsafeMake(year, 1, 6)) : LocalDate.unsafeMake(year, 1, 6))
  add("good-friday", LocalDate.addDays(easter, -2))
  add("easter-sunday", easter)
  add("easter-monday", LocalDate.addDays(easter, 1))
  if (year >= 1944) add("may-day", LocalDate.unsafeMake(year, 5, 1))
  add("ascension-day", LocalDate.addDays(easter, saturdayEra ? 41 : 39))
  add("pentecost", LocalDate.addDays(easter, 49))
  if (year <= 1972) add("whit-monday", LocalDate.addDays(easter, 50))
  const midsummer =
    year >= 1955 ? saturdayOnOrAfter(LocalDate.unsafeMake(year, 6, 20)) : LocalDate.unsafeMake(year, 6, 24)
  add("midsummer-eve", LocalDate.addDays(midsummer, -1), "eve")
  add("midsummer-day", midsummer)
  add(
    "all-saints-day",
    year >= 1955 ? saturdayOnOrAfter(LocalDate.unsafeMake(year, 10, 31)) : LocalDate.unsafeMake(year, 11, 1)
  )
  if (year >= 1917) add("independence-day", LocalDate.unsafeMake(year, 12, 6))
  add("christmas-eve", LocalDate.unsafeMake(year, 12, 24), "eve")
  add("christmas-day", LocalDate.unsafeMake(year, 12, 25))
  add("st-stephens-day", LocalDate.unsafeMake(year, 12, 26))
  out.sort((a, b) => LocalDate.compare(a.date, b.date))
  return Object.freeze(out)
}

const cache = new Map<number, ReadonlyArray<Holiday>>()

/**
 * Public holidays and the two eves of `year`, in date order. Computed once per
 * year and cached (the returned array is frozen).
 *
 * @example
 * ```ts
 * import { Holidays } from "@osallistava/calendar"
 * Holidays.unsafeOf(2026).find((h) => h.id === "midsummer-day")?.date // "2026-06-20"
 * ```
 * @throws YearOutOfRange outside 1900–2100: use {@link tryOf} for input.
 * @since 0.4.0 (as `of` since 0.1.0)
 */
export const unsafeOf = (year: number): ReadonlyArray<Holiday> => {
  let list = cache.get(year)
  if (list === undefined) {
    unsafeCheckYear(year)
    list = compute(year)
    cache.set(year, list)
  }
  return list
}

/**
 * {@link unsafeOf} as a `Result`: `YearOutOfRange` outside 1900–2100.
 *
 * @since 0.2.0
 */
export const tryOf = (year: number): Result.Result<ReadonlyArray<Holiday>, YearOutOfRange> =>
  Result.map(checkedYear(year), unsafeOf)

/**
 * @deprecated Since 0.4.0: use {@link unsafeOf} (same behaviour) or {@link tryOf} (a `Result`).
 * @since 0.1.0
 */
export const of = unsafeOf

const publicOnly = (list: ReadonlyArray<Holiday>): ReadonlyArray<Holiday> =>
  list.filter((h) => h.kind === "public-holiday")

/** Only the public holidays of `year` (no eves). @throws YearOutOfRange outside 1900–2100. @since 0.4.0 */
export const unsafePublicHolidaysOf = (year: number): ReadonlyArray<Holiday> => publicOnly(unsafeOf(year))

/** {@link unsafePublicHolidaysOf} as a `Result`: `YearOutOfRange` outside 1900–2100. @since 0.4.0 */
export const tryPublicHolidaysOf = (year: number): Result.Result<ReadonlyArray<Holiday>, YearOutOfRange> =>
  Result.map(tryOf(year), publicOnly)

/**
 * @deprecated Since 0.4.0: use {@link unsafePublicHolidaysOf} (same behaviour) or {@link tryPublicHolidaysOf}.
 * @since 0.1.0
 */
export const publicHolidaysOf = unsafePublicHolidaysOf

/**
 * The holiday or eve on `date`, if any.
 *
 * @throws YearOutOfRange outside 1900–2100: use {@link tryOn} for input.
 * @since 0.4.0 (as `on` since 0.1.0)
 */
export const unsafeOn = (date: LocalDate.LocalDate): Holiday | undefined =>
  unsafeOf(LocalDate.year(date)).find((h) => h.date === date)

/** {@link unsafeOn} as a `Result`: `YearOutOfRange` outside 1900–2100. @since 0.4.0 */
export const tryOn = (date: LocalDate.LocalDate): Result.Result<Holiday | undefined, YearOutOfRange> =>
  Result.map(tryOf(LocalDate.year(date)), (list) => list.find((h) => h.date === date))

/**
 * @deprecated Since 0.4.0: use {@link unsafeOn} (same behaviour) or {@link tryOn} (a `Result`).
 * @since 0.1.0
 */
export const on = unsafeOn

/**
 * Whether `date` is a public holiday (pyhäpäivä in the list above, May Day or
 * Independence Day). Sundays are pyhäpäivä under church law too; use
 * {@link isSunday} or the working-day functions for those.
 *
 * @throws YearOutOfRange outside 1900–2100: use {@link tryIsPublicHoliday} for input.
 * @since 0.4.0 (as `isPublicHoliday` since 0.1.0)
 */
export const unsafeIsPublicHoliday = (date: LocalDate.LocalDate): boolean => unsafeOn(date)?.kind === "public-holiday"

/** {@link unsafeIsPublicHoliday} as a `Result`: `YearOutOfRange` outside 1900–2100. @since 0.4.0 */
export const tryIsPublicHoliday = (date: LocalDate.LocalDate): Result.Result<boolean, YearOutOfRange> =>
  Result.map(tryOn(date), (h) => h?.kind === "public-holiday")

/**
 * @deprecated Since 0.4.0: use {@link unsafeIsPublicHoliday} (same behaviour) or {@link tryIsPublicHoliday}.
 * @since 0.1.0
 */
export const isPublicHoliday = unsafeIsPublicHoliday

/** @since 0.1.0 */
export const isSunday = (date: LocalDate.LocalDate): boolean => LocalDate.dayOfWeek(date) === 7
