/**
 * The dated table of where each provision the packages apply is found: the
 * section numbering of the Act on Social Assistance 1412/1997 before and after
 * its restructuring by 1023/2022 (in force 1.1.2023), and the other provisions
 * that set the municipal time limits. Rule code asks for a provision on a date
 * (`at(provision, date)`) instead of comparing dates with a renumbering date.
 *
 * Every row was read in the amending act as enacted (`eliask/finlex-data`,
 * `data/asd/fi/<year>/asd<year><number>.xml`, snapshot of 2025-02-21; the row's
 * `read` field names the file). No act in that snapshot after 1023/2022
 * (411/2023, 738/2023, 1242/2023, 847/2024, 1106/2024) moves 14–14 e §, 7 c § or
 * 8 §; the numbering after law 26/2026 (1.2.2026) is not in the snapshot and is
 * taken as unchanged for these sections [I] (docs/core/README.md,
 * docs/social-assistance/README.md).
 *
 * 1412/1997, 2017–2022 (815/2015, 299/2016, 1107/2016) → from 2023 (1023/2022):
 *
 * | provision | 2017–2022 | from 1.1.2023 |
 * |---|---|---|
 * | decision within 7 working days | 14 c § 1 mom. | 14 a § 1 mom. |
 * | incomplete application | 14 c § 3 mom. | 14 a § 3 mom. |
 * | urgent decision, same or next working day | 14 b § | 14 b § (not amended) |
 * | forwarding to the municipality / county | 14 d § 1 mom. (1107/2016) | 14 c § 1 mom. |
 * | personal discussion within 7 working days | 14 e § (299/2016) | 14 d § 2 mom. |
 * | Kela's duties under SHL 35 and 41 § | 4 § 3 mom. | 14 e § |
 * | supplementary assistance | 7 c § | 7 c § |
 * | preventive assistance | 13 § (923/2000) | 8 § |
 *
 * @since 0.2.0
 */
import * as Data from "effect/Data"
import * as Result from "effect/Result"
import * as LegalRef from "./legal-ref.js"
import { isLocalDate, type LocalDate, unsafeFrom } from "./local-date.js"

/**
 * The provisions in the table, named by what they rule (stable across
 * renumberings).
 *
 * @since 0.2.0
 */
export type Provision =
  | "social-assistance/decision"
  | "social-assistance/incomplete-application"
  | "social-assistance/later-period-decision"
  | "social-assistance/urgent-decision"
  | "social-assistance/forwarding"
  | "social-assistance/personal-discussion"
  | "social-assistance/kela-social-services-duties"
  | "social-assistance/supplementary"
  | "social-assistance/preventive"
  | "social-welfare/urgent-need"
  | "social-welfare/special-group-assessment"
  | "social-welfare/child-special-support-assessment"
  | "social-welfare/implementation"
  | "rehabilitative-work/activation-measures"
  | "rehabilitative-work/kela-notice"
  | "integration/initial-assessment"
  | "integration/kela-notice"
  | "time-limits/day-not-counted"
  | "time-limits/months"
  | "time-limits/next-working-day"

/** One dated row: the provision's place and wording for a period. @since 0.2.0 */
export interface Row {
  readonly provision: Provision
  readonly ref: LegalRef.LegalRef
  /** Where the wording was read (finlex-data path), or the source when it is not there. */
  readonly read: string
}

const FD = "finlex-data data/asd/fi/"
const d = unsafeFrom
const TO_2022 = { validFrom: d("2017-01-01"), validTo: d("2022-12-31") }
const FROM_2023 = { validFrom: d("2023-01-01") }
const SA = "1412/1997"

/**
 * The table, ordered by provision and date. Periods of one provision do not
 * overlap (tested).
 *
 * @since 0.2.0
 */
export const rows: ReadonlyArray<Row> = [
  {
    provision: "social-assistance/decision",
    ref: LegalRef.make({ act: SA, section: "14 c", subsection: 1, amendedBy: "815/2015", ...TO_2022 }),
    read: `${FD}2015/asd20150815.xml`
  },
  {
    provision: "social-assistance/decision",
    ref: LegalRef.make({ act: SA, section: "14 a", subsection: 1, amendedBy: "1023/2022", ...FROM_2023 }),
    read: `${FD}2022/asd20221023.xml`
  },
  {
    provision: "social-assistance/incomplete-application",
    ref: LegalRef.make({ act: SA, section: "14 c", subsection: 3, amendedBy: "815/2015", ...TO_2022 }),
    read: `${FD}2015/asd20150815.xml`
  },
  {
    provision: "social-assistance/incomplete-application",
    ref: LegalRef.make({ act: SA, section: "14 a", subsection: 3, amendedBy: "1023/2022", ...FROM_2023 }),
    read: `${FD}2022/asd20221023.xml`
  },
  {
    // an application for the next month or a later period: decided by that period's first working day
    provision: "social-assistance/later-period-decision",
    ref: LegalRef.make({ act: SA, section: "14 c", subsection: 2, amendedBy: "815/2015", ...TO_2022 }),
    read: `${FD}2015/asd20150815.xml`
  },
  {
    provision: "social-assistance/later-period-decision",
    ref: LegalRef.make({ act: SA, section: "14 a", subsection: 2, amendedBy: "1023/2022", ...FROM_2023 }),
    read: `${FD}2022/asd20221023.xml`
  },
  {
    // 1023/2022 amends "14, 14 a, 14 c–14 e §": 14 b § keeps the wording of 815/2015.
    provision: "social-assistance/urgent-decision",
    ref: LegalRef.make({ act: SA, section: "14 b", amendedBy: "815/2015", validFrom: d("2017-01-01") }),
    read: `${FD}2015/asd20150815.xml; ${FD}2022/asd20221023.xml (not amended)`
  },
  {
    provision: "social-assistance/forwarding",
    ref: LegalRef.make({ act: SA, section: "14 d", subsection: 1, amendedBy: "1107/2016", ...TO_2022 }),
    read: `${FD}2016/asd20161107.xml`
  },
  {
    provision: "social-assistance/forwarding",
    ref: LegalRef.make({ act: SA, section: "14 c", subsection: 1, amendedBy: "1023/2022", ...FROM_2023 }),
    read: `${FD}2022/asd20221023.xml`
  },
  {
    provision: "social-assistance/personal-discussion",
    ref: LegalRef.make({ act: SA, section: "14 e", amendedBy: "299/2016", ...TO_2022 }),
    read: `${FD}2016/asd20160299.xml`
  },
  {
    provision: "social-assistance/personal-discussion",
    ref: LegalRef.make({ act: SA, section: "14 d", subsection: 2, amendedBy: "1023/2022", ...FROM_2023 }),
    read: `${FD}2022/asd20221023.xml`
  },
  {
    provision: "social-assistance/kela-social-services-duties",
    ref: LegalRef.make({ act: SA, section: "4", subsection: 3, amendedBy: "815/2015", ...TO_2022 }),
    read: `${FD}2015/asd20150815.xml`
  },
  {
    provision: "social-assistance/kela-social-services-duties",
    ref: LegalRef.make({ act: SA, section: "14 e", amendedBy: "1023/2022", ...FROM_2023 }),
    read: `${FD}2022/asd20221023.xml`
  },
  {
    provision: "social-assistance/supplementary",
    ref: LegalRef.make({ act: SA, section: "7 c", amendedBy: "815/2015", ...TO_2022 }),
    read: `${FD}2015/asd20150815.xml`
  },
  {
    provision: "social-assistance/supplementary",
    ref: LegalRef.make({ act: SA, section: "7 c", amendedBy: "1023/2022", ...FROM_2023 }),
    read: `${FD}2022/asd20221023.xml`
  },
  {
    provision: "social-assistance/preventive",
    ref: LegalRef.make({ act: SA, section: "13", amendedBy: "923/2000", ...TO_2022 }),
    read: `${FD}2022/asd20221023.xml (preamble: "13 § laissa 923/2000")`
  },
  {
    provision: "social-assistance/preventive",
    ref: LegalRef.make({ act: SA, section: "8", amendedBy: "1023/2022", ...FROM_2023 }),
    read: `${FD}2022/asd20221023.xml`
  },
  {
    provision: "social-welfare/urgent-need",
    ref: LegalRef.make({ act: "1301/2014", section: "36", subsection: 1, validFrom: d("2015-04-01") }),
    read: `${FD}2014/asd20141301.xml`
  },
  {
    provision: "social-welfare/special-group-assessment",
    ref: LegalRef.make({ act: "1301/2014", section: "36", subsection: 2, validFrom: d("2015-04-01") }),
    read: `${FD}2014/asd20141301.xml (677/2023 adds a third group, disabled persons)`
  },
  {
    provision: "social-welfare/child-special-support-assessment",
    ref: LegalRef.make({ act: "1301/2014", section: "36", subsection: 3, validFrom: d("2015-04-01") }),
    read: `${FD}2014/asd20141301.xml`
  },
  {
    provision: "social-welfare/implementation",
    ref: LegalRef.make({ act: "1301/2014", section: "45", subsection: 2, validFrom: d("2015-04-01") }),
    read: `${FD}2014/asd20141301.xml ("viimeistään 3 kuukaudessa asian vireilletulosta")`
  },
  {
    provision: "rehabilitative-work/activation-measures",
    ref: LegalRef.make({ act: "189/2001", section: "5", subsection: 3, ...TO_2022 }),
    read: `${FD}2001/asd20010189.xml`
  },
  {
    provision: "rehabilitative-work/activation-measures",
    ref: LegalRef.make({ act: "189/2001", section: "5", subsection: 3, amendedBy: "591/2022", ...FROM_2023 }),
    read: `${FD}2022/asd20220591.xml`
  },
  {
    provision: "rehabilitative-work/kela-notice",
    ref: LegalRef.make({ act: "189/2001", section: "27", subsection: 2, amendedBy: "1109/2016", ...TO_2022 }),
    read: `${FD}2016/asd20161109.xml`
  },
  {
    provision: "rehabilitative-work/kela-notice",
    ref: LegalRef.make({ act: "189/2001", section: "27", subsection: 2, amendedBy: "591/2022", ...FROM_2023 }),
    read: `${FD}2022/asd20220591.xml`
  },
  {
    // From 2023 Kela informs the county (936/2022) while the initial assessment stays with the TE office or the
    // municipality: no two-month limit binds the county in 2023–2024; from 2025 681/2023 applies.
    provision: "integration/initial-assessment",
    ref: LegalRef.make({ act: "1386/2010", section: "10", subsection: 1, ...TO_2022 }),
    read: `${FD}2010/asd20101386.xml ("kahden kuukauden kuluessa asiakkuuden alkamisesta")`
  },
  {
    provision: "integration/kela-notice",
    ref: LegalRef.make({ act: "1386/2010", section: "87 a", amendedBy: "1110/2016", ...TO_2022 }),
    read: `${FD}2016/asd20161110.xml`
  },
  {
    provision: "integration/kela-notice",
    ref: LegalRef.make({
      act: "1386/2010",
      section: "87 a",
      amendedBy: "936/2022",
      validFrom: d("2023-01-01"),
      validTo: d("2024-12-31")
    }),
    read: `${FD}2022/asd20220936.xml`
  },
  {
    provision: "integration/kela-notice",
    ref: LegalRef.make({ act: "681/2023", section: "84", subsection: 3, validFrom: d("2025-01-01") }),
    read: `${FD}2023/asd20230681.xml`
  },
  {
    provision: "time-limits/day-not-counted",
    ref: LegalRef.make({ act: "150/1930", section: "2", validFrom: d("1931-01-01") }),
    read: "Finlex consolidated text https://finlex.fi/fi/laki/ajantasa/1930/19300150 (not in the finlex-data snapshot)"
  },
  {
    provision: "time-limits/months",
    ref: LegalRef.make({ act: "150/1930", section: "3", validFrom: d("1931-01-01") }),
    read: "Finlex consolidated text https://finlex.fi/fi/laki/ajantasa/1930/19300150"
  },
  {
    provision: "time-limits/next-working-day",
    ref: LegalRef.make({ act: "150/1930", section: "5", validFrom: d("1931-01-01") }),
    read: "Finlex consolidated text https://finlex.fi/fi/laki/ajantasa/1930/19300150"
  }
]

/**
 * No row of the table covers the date asked for (before the provision existed,
 * or after its period ended), or the date is not a calendar date. Names the
 * provision and the rule, never the date given.
 *
 * @since 0.2.0
 */
export class ProvisionNotInForce extends Data.TaggedError("ProvisionNotInForce")<{
  readonly provision: Provision
  readonly rule: "no-row-for-date" | "not-a-date"
}> {
  override get message(): string {
    return this.rule === "not-a-date"
      ? `${this.provision}: the date is not a calendar date YYYY-MM-DD (rule not-a-date)`
      : `${this.provision}: no provision in force on that date in the table (rule no-row-for-date)`
  }
}

const inForce = (ref: LegalRef.LegalRef, date: string): boolean =>
  (ref.validFrom === undefined || ref.validFrom <= date) && (ref.validTo === undefined || date <= ref.validTo)

/**
 * The provision in force on `date` (YYYY-MM-DD).
 *
 * @example
 * ```ts
 * import { LegalRef, StatuteNumbering } from "@osallistava/core"
 * import * as Result from "effect/Result"
 * const ref = StatuteNumbering.at("social-assistance/decision", "2022-12-30")
 * Result.isSuccess(ref) && LegalRef.render(ref.success, "fi") // "toimeentulotukilaki 1412/1997 14 c § 1 mom. (815/2015)"
 * ```
 * @since 0.2.0
 */
export const at = (provision: Provision, date: string): Result.Result<LegalRef.LegalRef, ProvisionNotInForce> => {
  if (!isLocalDate(date)) return Result.fail(new ProvisionNotInForce({ provision, rule: "not-a-date" }))
  const row = rows.find((r) => r.provision === provision && inForce(r.ref, date))
  return row === undefined
    ? Result.fail(new ProvisionNotInForce({ provision, rule: "no-row-for-date" }))
    : Result.succeed(row.ref)
}

/**
 * Like {@link at}, for callers that have already checked the date range.
 *
 * @throws ProvisionNotInForce when no row covers `date`.
 * @since 0.2.0
 */
export const unsafeAt = (provision: Provision, date: string | LocalDate): LegalRef.LegalRef => {
  const r = at(provision, date)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/** Every period of a provision, oldest first. @since 0.2.0 */
export const history = (provision: Provision): ReadonlyArray<Row> => rows.filter((r) => r.provision === provision)

/**
 * Whether the provision's place or wording changes between two dates (e.g. to
 * tell that a limit started under one wording ends under another).
 *
 * @since 0.2.0
 */
export const changesBetween = (provision: Provision, from: string, to: string): boolean => {
  const a = at(provision, from)
  const b = at(provision, to)
  return Result.isSuccess(a) && Result.isSuccess(b) ? !LegalRef.sameProvision(a.success, b.success) : true
}
