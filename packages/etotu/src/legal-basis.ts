/**
 * Legal basis of each eTotu notice type by period, as dated data with its
 * source (oikeusperusta). One row per (type, period); rows of a type are
 * contiguous and ordered. `from`/`until` are inclusive ISO dates.
 *
 * Verified against the original statutes in the Semantic Finlex dump
 * (GitHub `eliask/finlex-data`, snapshot Feb 2025):
 * - `data/asd/fi/2022/asd20221023.xml` (Act 1023/2022, from 1.1.2023): 10 §
 *   (20 %; 40 % only if the conduct continues after a 20 % reduction **and** the
 *   person refuses the 10 a § assessment), 10 a § (Kela must always refer the
 *   client to an SHL 36 § assessment before a 40 % reduction and give
 *   reasonable time), 14 a § (decision at the latest on the 7th weekday after
 *   the application arrives), 14 c § (forwarding at the applicant's request
 *   after the basic decision; Kela assesses urgency with the county), 14 d §
 *   (personal discussion within 7 weekdays), 15 § (county's statement), 18 b §
 *   (county's own-initiative information), 18 h § (Kela's duty to send the
 *   reduction decision and forwarded applications).
 * - `data/asd/fi/2016/asd20161109.xml` (Act 1109/2016): 189/2001 27 § 2 mom,
 *   under-25s (4 months) from 1.5.2017, 25 or over (12 months) from 1.1.2018.
 * - `data/asd/fi/2016/asd20161110.xml` (Act 1110/2016, from 1.1.2017):
 *   1386/2010 87 a §, Kela → the home municipality, immigrants receiving
 *   assistance "other than temporarily".
 * - `data/asd/fi/2022/asd20220591.xml` (Act 591/2022, from 1.1.2023): 189/2001
 *   27 § 2 mom. and 5 § 3 mom.: Kela informs, and the activation measures are
 *   started by, the wellbeing services county.
 * - `data/asd/fi/2022/asd20220936.xml` (Act 936/2022, from 1.1.2023): 1386/2010
 *   87 a §: Kela informs the wellbeing services county, to arrange the services of
 *   6 §; the two-month initial assessment (10 §) is not a limit on the county.
 * - `data/asd/fi/2023/asd20230681.xml` (Act 681/2023): 84 § 3 mom (Kela → the
 *   municipality, for the § 15 assessment), 15 § (multisectoral assessment
 *   with the county, started "viipymättä" once the municipality learns of the
 *   person; immigrants within 3 years of the first permit).
 * - `data/asd/fi/2015/asd20150815.xml` (Act 815/2015, 2017–2022): 14 b §
 *   (urgent: the same or at the latest the next weekday), 14 c § (non-urgent:
 *   at the latest the 7th weekday; 14 a § was then who grants the aid), 14 d §
 *   (forwarding), 14 e § (personal discussion). 1023/2022 moved the 7-weekday
 *   limit to 14 a § and left 14 b § unchanged.
 * - `data/asd/fi/2014/asd20141301.xml` (SHL 1301/2014): 36 §.
 * Not re-read here (taken from docs/etotu/reference.md, which read them from
 * the same dump): 1107/2016 (18 a §), SHL 1301/2014 35 §.
 * Law 26/2026 (the February 2026 reform) is after the snapshot: its section
 * numbers are **provisional** (`provisional: true`).
 *
 * @since 0.2.0
 */
import type { NoticeType } from "./notice.js"

/** Who receives the notice (vastaanottaja). @since 0.2.0 */
export type Recipient = "municipality" | "wellbeingServicesCounty"

/** One dated legal basis. @since 0.2.0 */
export interface LegalBasis {
  readonly type: NoticeType
  readonly from: string
  readonly until: string
  /** Short citation, e.g. `Act 1412/1997 § 14 c`. */
  readonly citation: string
  /** The amending or enacting act that gave this wording. */
  readonly enactedBy: string
  /** Finlex address of `enactedBy`. */
  readonly source: string
  readonly recipient: Recipient
  /** What triggers Kela's notice. */
  readonly trigger: string
  /** What the receiving social services must do (law) and by when. */
  readonly duty: string
  /** `true` when the text was not read from the statute itself. */
  readonly provisional: boolean
}

const finlex = (year: number, n: number) =>
  `https://www.finlex.fi/fi/laki/alkup/${year}/${year}${String(n).padStart(4, "0")}`
const END = "9999-12-31"

// Wordings shared by the rows of one notice type across its periods.
const UNDER_25_TRIGGER =
  "unemployed under 25 whose main income for the last 4 months was social assistance paid because of unemployment"
const OVER_25_TRIGGER =
  "unemployed 25 or over whose main income for the last 12 months was social assistance paid because of unemployment"
const ACTIVATION_DUTY_2018 = "activation plan with employment services; start measures without delay (Act 189/2001 § 5)"
const ACTIVATION_DUTY_2023 =
  "the wellbeing services county with employment services: activation plan; start measures without delay (Act 189/2001 § 5 (3) as amended by 591/2022)"
const IMMIGRANT_TRIGGER =
  "immigrant receiving social assistance other than temporarily (Kela: 2 consecutive months as main income)"
const SHL_36_DUTY = "assess the need for support: urgent at once, otherwise start without delay (SHL § 36)"

const rows: ReadonlyArray<LegalBasis> = [
  {
    type: "ForwardedApplication",
    from: "2017-01-01",
    until: "2022-12-31",
    citation: "Act 1412/1997 § 14 d",
    enactedBy: "815/2015, 1107/2016",
    source: finlex(2016, 1107),
    recipient: "municipality",
    trigger:
      "applicant asked Kela to forward the application after the basic-assistance decision (expenses outside §§ 7, 7 a, 7 b)",
    duty: "decide at the latest on the 7th weekday after arrival (§ 14 c in the wording of 815/2015); urgent: the same or next weekday (§ 14 b)",
    provisional: false
  },
  {
    type: "ForwardedApplication",
    from: "2023-01-01",
    until: END,
    citation: "Act 1412/1997 § 14 c",
    enactedBy: "1023/2022",
    source: finlex(2022, 1023),
    recipient: "wellbeingServicesCounty",
    trigger:
      "applicant asked Kela to forward the application after the basic-assistance decision (expenses outside §§ 7, 7 a, 7 b)",
    duty: "decide at the latest on the 7th weekday after arrival (§ 14 a); urgent: the same or next weekday (§ 14 b)",
    provisional: false
  },
  {
    type: "ReducedBasicAmount",
    from: "2017-01-01",
    until: "2022-12-31",
    citation: "Act 1412/1997 § 10 (2), § 18 a (3)",
    enactedBy: "815/2015, 1107/2016",
    source: finlex(2015, 815),
    recipient: "municipality",
    trigger: "Kela reduced the basic amount (20 % or 40 %, at most 2 months at a time)",
    duty: "draw up a plan to promote independent coping, with the client if possible (§ 10 (2))",
    provisional: false
  },
  {
    type: "ReducedBasicAmount",
    from: "2023-01-01",
    until: "2026-01-31",
    citation: "Act 1412/1997 § 10, § 10 a, § 18 h",
    enactedBy: "1023/2022",
    source: finlex(2022, 1023),
    recipient: "wellbeingServicesCounty",
    trigger:
      "Kela reduced the basic amount; before a 40 % reduction Kela always refers the client to an SHL § 36 assessment (§ 10 a (3)); from 1.11.2023 a notice for each month the reduction continues",
    duty: "assess the service need (SHL § 36), decide services, client plan if needed (§ 10 a (4)); give Kela the information the reduction needs (§ 18 b)",
    provisional: false
  },
  {
    type: "ReducedBasicAmount",
    from: "2026-02-01",
    until: END,
    citation: "Act 1412/1997 § 10, § 10 a (as amended by 26/2026)",
    enactedBy: "26/2026",
    source: finlex(2026, 26),
    recipient: "wellbeingServicesCounty",
    trigger:
      "Kela reduced the basic amount: 50 % for not applying for primary benefits or not registering as a full-time jobseeker after Kela's order; 20 %/40 % after an unemployment-benefit sanction; 20 % for neglecting the integration plan",
    duty: "as before (SHL § 36 assessment, § 18 b information); how 26/2026 changed the § 10 a referral is not known",
    provisional: true
  },
  {
    type: "SocialWorkNeeded",
    from: "2017-01-01",
    until: "2022-12-31",
    citation: "Act 1301/2014 § 35; Act 1412/1997 § 4 (3)",
    enactedBy: "1301/2014, 815/2015",
    source: finlex(2014, 1301),
    recipient: "municipality",
    trigger:
      "Kela staff found an obvious need for social care; with consent (or without, if the person cannot look after themselves) contact social services",
    duty: SHL_36_DUTY,
    provisional: false
  },
  {
    type: "SocialWorkNeeded",
    from: "2023-01-01",
    until: END,
    citation: "Act 1301/2014 § 35; Act 1412/1997 § 14 e",
    enactedBy: "1301/2014, 1023/2022",
    source: finlex(2022, 1023),
    recipient: "wellbeingServicesCounty",
    trigger:
      "Kela staff found an obvious need for social care; with consent (or without, if the person cannot look after themselves) contact social services",
    duty: SHL_36_DUTY,
    provisional: false
  },
  {
    type: "UnemployedUnder25",
    from: "2017-05-01",
    until: "2022-12-31",
    citation: "Act 189/2001 § 27 (2)",
    enactedBy: "1109/2016",
    source: finlex(2016, 1109),
    recipient: "municipality",
    trigger: UNDER_25_TRIGGER,
    duty: ACTIVATION_DUTY_2018,
    provisional: false
  },
  {
    type: "UnemployedUnder25",
    from: "2023-01-01",
    until: END,
    citation: "Act 189/2001 § 27 (2)",
    enactedBy: "591/2022",
    source: finlex(2022, 591),
    recipient: "wellbeingServicesCounty",
    trigger: UNDER_25_TRIGGER,
    duty: ACTIVATION_DUTY_2023,
    provisional: false
  },
  {
    type: "Unemployed25OrOver",
    from: "2018-01-01",
    until: "2022-12-31",
    citation: "Act 189/2001 § 27 (2)",
    enactedBy: "1109/2016",
    source: finlex(2016, 1109),
    recipient: "municipality",
    trigger: OVER_25_TRIGGER,
    duty: ACTIVATION_DUTY_2018,
    provisional: false
  },
  {
    type: "Unemployed25OrOver",
    from: "2023-01-01",
    until: END,
    citation: "Act 189/2001 § 27 (2)",
    enactedBy: "591/2022",
    source: finlex(2022, 591),
    recipient: "wellbeingServicesCounty",
    trigger: OVER_25_TRIGGER,
    duty: ACTIVATION_DUTY_2023,
    provisional: false
  },
  {
    type: "Immigrant",
    from: "2017-01-01",
    until: "2022-12-31",
    citation: "Act 1386/2010 § 87 a",
    enactedBy: "1110/2016",
    source: finlex(2016, 1110),
    recipient: "municipality",
    trigger: IMMIGRANT_TRIGGER,
    duty: "start an initial assessment within 2 months of the start of the client relationship (Act 1386/2010 § 10)",
    provisional: false
  },
  {
    type: "Immigrant",
    from: "2023-01-01",
    until: "2024-12-31",
    citation: "Act 1386/2010 § 87 a",
    enactedBy: "936/2022",
    source: finlex(2022, 936),
    recipient: "wellbeingServicesCounty",
    trigger: IMMIGRANT_TRIGGER,
    duty: "the wellbeing services county, to arrange the services of Act 1386/2010 § 6; no statutory time limit on it (the initial assessment of § 10 is the TE office's or the municipality's)",
    provisional: false
  },
  {
    type: "Immigrant",
    from: "2025-01-01",
    until: END,
    citation: "Act 681/2023 § 84 (3)",
    enactedBy: "681/2023",
    source: finlex(2023, 681),
    recipient: "municipality",
    trigger:
      "immigrant receiving social assistance other than temporarily (Kela: over 2 months); the § 15 assessment covers those within 3 years of the first permit",
    duty: "municipality with the wellbeing county: multisectoral assessment of competence and integration service needs, started without delay once the municipality learns of the person (Act 681/2023 § 15 (1) 4, (5))",
    provisional: false
  }
]

/** Every row, ordered by type then period. @since 0.2.0 */
export const table: ReadonlyArray<LegalBasis> = rows

/** First date on which Kela sent notices of a type (the law's start date). @since 0.2.0 */
export const firstDate = (type: NoticeType): string => {
  for (const r of rows) if (r.type === type) return r.from
  return END
}

/**
 * The legal basis of a notice type on a date, or `undefined` before the type
 * existed (e.g. unemployed 25 or over before 1.1.2018).
 *
 * @since 0.2.0
 */
export const on = (type: NoticeType, date: string): LegalBasis | undefined => {
  for (const r of rows) if (r.type === type && r.from <= date && date <= r.until) return r
  return undefined
}
