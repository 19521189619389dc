/**
 * Social assistance parameters as effective-dated data (Act 1412/1997 as amended).
 * Every value carries its legal source and evidence grade. Amounts in cents.
 *
 * @since 0.1.0
 */
import * as Money from "@osallistava/core/money"
import * as ReductionGround from "@osallistava/core/reduction-ground"
import { type Dated, dated, type Evidence, type Table, table } from "./dated.js"
import { kelaHousingNormPractice } from "./kela-housing-norms.js"

const p = Money.percent

/**
 * Basic amount of a person living alone (9 § 1 mom 1 kohta), index-adjusted yearly (9 a §).
 * Sources: Kela basic-amount pages and tables; SISU ptoimtuki (StatisticsFinland/mikrosimulointi).
 *
 * @since 0.1.0
 */
export const basicAmountSingle: Table<number> = table("basicAmountSingle", [
  dated("2017-01-01", "2017-12-31", 48789, "Kela 2017 (FAQ 'miksi sain perusosaa pienemmän määrän'); SISU ptoimtuki"),
  dated("2018-01-01", "2018-12-31", 49121, "Kela 2018 kela.fi/toimeentulotuki-perusosan-maara; SISU ptoimtuki"),
  dated("2019-01-01", "2019-12-31", 49729, "SISU ptoimtuki; Kela 2019"),
  dated("2020-01-01", "2020-12-31", 50221, "SISU ptoimtuki; Kela 2020"),
  dated("2021-01-01", "2021-12-31", 50406, "Kela 2021 kela.fi/web/en/faq-social-assistance (E2); SISU ptoimtuki"),
  dated("2022-01-01", "2022-07-31", 51482, "SISU ptoimtuki; Kela 2022"),
  dated(
    "2022-08-01",
    "2022-12-31",
    53297,
    "Extra index increase 1.8.2022 (kansaneläkeindeksi, law 9 a §); SISU ptoimtuki"
  ),
  dated("2023-01-01", "2023-12-31", 55511, "STM release valtioneuvosto.fi/-/1271139 (2023)"),
  dated("2024-01-01", "2024-12-31", 58771, "kela.fi/toimeentulotuki-perusosan-maara (2024)"),
  dated(
    "2025-01-01",
    "2025-12-31",
    59355,
    "kela.fi/necessary-identity-card-or-document (2025); index +1.0 % sttinfo.fi/tiedote/70775113"
  ),
  dated("2026-01-01", "2026-02-28", 59632, "Kela release 16.2.2026 sttinfo.fi/tiedote/71815459 (before 1.3.2026)"),
  dated(
    "2026-03-01",
    "2026-12-31",
    57843,
    "Law 26/2026 (HE 116/2025); Kela release 16.2.2026 sttinfo.fi/tiedote/71815459"
  )
])

/**
 * Percentages of the single amount by category (9 § 1–2 mom) and the sibling steps (9 § 3 mom).
 *
 * @since 0.1.0
 */
export interface CategoryPercentages {
  readonly livingAlone: Money.Percentage
  readonly singleParent: Money.Percentage
  readonly otherAdult: Money.Percentage
  readonly adultWithParents: Money.Percentage
  readonly child10to17: Money.Percentage
  readonly childUnder10: Money.Percentage
  /** Points deducted for the 2nd child. */
  readonly secondChildStep: Money.Percentage
  /** Points deducted for the 3rd and each later child. */
  readonly laterChildStep: Money.Percentage
  /** Legal section and version in force. */
  readonly section: string
}

const base = {
  livingAlone: p(100),
  otherAdult: p(85),
  adultWithParents: p(73),
  child10to17: p(70),
  childUnder10: p(63),
  secondChildStep: p(5),
  laterChildStep: p(10)
}

/** @since 0.1.0 */
export const categoryPercentages: Table<CategoryPercentages> = table("categoryPercentages", [
  dated<CategoryPercentages>(
    "2017-01-01",
    "2019-12-31",
    { ...base, singleParent: p(110), section: "1412/1997 9 § as amended by 1184/2011" },
    "Law 1184/2011 (9 § 2 mom); 1412/1997 9 § 1 and 3 mom; finlex-data asd20111184.xml"
  ),
  dated(
    "2020-01-01",
    "2022-12-31",
    { ...base, singleParent: p(114), section: "1412/1997 9 § as amended by 1220/2019" },
    "Law 1220/2019 (single parent 114 %), HE 39/2019"
  ),
  dated(
    "2023-01-01",
    "2023-12-31",
    {
      ...base,
      singleParent: p(114),
      child10to17: p(76),
      childUnder10: p(69),
      section: "1412/1997 9 § 4–5 mom, temporary law 1228/2022 (1.1.–31.12.2023)"
    },
    "Law 1228/2022 (HE 236/2022): children 76 % / 69 %, sibling steps 5/10 points; finlex-data asd20221228.xml"
  ),
  dated(
    "2024-01-01",
    "2026-02-28",
    { ...base, singleParent: p(114), section: "1412/1997 9 § as amended by 1220/2019" },
    "Law 1220/2019; Kela table 2024 kela.fi/toimeentulotuki-perusosan-maara; Kela 16.2.2026 table (before 1.3.)"
  ),
  dated(
    "2026-03-01",
    "2026-12-31",
    {
      livingAlone: p(100),
      singleParent: p(115),
      otherAdult: p(86),
      adultWithParents: p(73),
      child10to17: p("72.2"),
      childUnder10: p(65),
      secondChildStep: p(5),
      laterChildStep: p(10),
      section: "1412/1997 9 § as amended by 26/2026"
    },
    "Law 26/2026 (HE 116/2025); percentages reproduce every value of Kela's table 16.2.2026 (sttinfo.fi/tiedote/71815459)"
  )
])

/**
 * Earned-income disregard per earner (11 § 3 mom). `rule`:
 * - `twentyPercentMax`: 20 % of earnings, at most `maximum` (law 940/2014 floor; SISU models this up to and including 5/2018) — provisional.
 * - `firstAmount`: the first `maximum` of earnings in full (Kela practice from 6/2018 per SISU, statute 1023/2022 from 2023).
 * `adultsIncluded` false = only persons under 18 (law 26/2026 from 1.3.2026).
 * `carersFeeIncluded` true = an adult whom `adultsIncluded` leaves out keeps the disregard on their `carersFee` lines
 * (the informal or family carer's fee): law 26/2026 keeps the 150 € for informal and family carers until 31.12.2027
 * (Yle, Viikon uutinen selkosuomeksi 14.2.2026; the enacted text was not read) — provisional. Irrelevant while
 * `adultsIncluded` is true (every earner has the disregard on all earned income).
 *
 * @since 0.1.0
 */
export interface EarnedIncomeDisregard {
  readonly rule: "twentyPercentMax" | "firstAmount"
  readonly maximum: number
  readonly adultsIncluded: boolean
  /** @since 0.2.0 */
  readonly carersFeeIncluded: boolean
  readonly section: string
}

/** @since 0.1.0 */
export const earnedIncomeDisregard: Table<EarnedIncomeDisregard> = table("earnedIncomeDisregard", [
  dated<EarnedIncomeDisregard>(
    "2017-01-01",
    "2018-05-31",
    {
      rule: "twentyPercentMax",
      maximum: 15000,
      adultsIncluded: true,
      carersFeeIncluded: true,
      section: "1412/1997 11 § 3 mom (940/2014)"
    },
    "Law 940/2014: at least 20 % of the earner's earned income, at most 150 €/month; StatisticsFinland/mikrosimulointi SISU/MAKROT/TOIMTUKIlakimakrot.sas (ToimTukiKS) uses min(20 %, 150 €) while kuuid <= MDY(5, 1, 2018), i.e. up to and including May 2018 (kuuid = first day of the month, YleisMakrot LuoKuuID); Kela research blog 6.7.2018 (tietotarjotin.fi/tutkimusblogi/725353) reports that recipients 'now' keep 150 €",
    "I"
  ),
  dated<EarnedIncomeDisregard>(
    "2018-06-01",
    "2022-12-31",
    {
      rule: "firstAmount",
      maximum: 15000,
      adultsIncluded: true,
      carersFeeIncluded: true,
      section: "1412/1997 11 § 3 mom (940/2014)"
    },
    "Law 940/2014 ('at least 20 %, max 150 €') applied by Kela as the first 150 €/month in full (kela.fi/toimeentulotuki-tulot-jotka-eivat-vaikuta: 'Jos palkkatulo on alle 150 euroa, sitä ei huomioida lainkaan'); start 1.6.2018 from SISU TOIMTUKIlakimakrot.sas (full 150 € for months after MDY(5, 1, 2018))"
  ),
  dated<EarnedIncomeDisregard>(
    "2023-01-01",
    "2026-02-28",
    {
      rule: "firstAmount",
      maximum: 15000,
      adultsIncluded: true,
      carersFeeIncluded: true,
      section: "1412/1997 11 § 3 mom (1023/2022)"
    },
    "Law 1023/2022 11 § 3 mom: 150 €/month of each earner's earned income is disregarded; finlex-data asd20221023.xml"
  ),
  dated<EarnedIncomeDisregard>(
    "2026-03-01",
    "2026-12-31",
    {
      rule: "firstAmount",
      maximum: 15000,
      adultsIncluded: false,
      carersFeeIncluded: true,
      section: "1412/1997 11 § 3 mom (26/2026)"
    },
    "Law 26/2026 (in force 1.2.2026; SISU lakipäivitykset_2026.xlsx: finlex.fi/fi/lainsaadanto/saadoskokoelma/2026/26): disregard abolished for persons aged 18+ from 1.3.2026 (Kela/STT 18.12.2025, 10.2.2026; SISU macro keeps it for under-18s); informal and family carers keep the 150 € on their carer's fee until 31.12.2027 (Yle Viikon uutinen selkosuomeksi 14.2.2026: 'ei koske vielä omaishoitajia ja perhehoitajia … ensi vuoden loppuun asti'; not in SISU's macro; the enacted text not read)",
    "I"
  )
])

/**
 * Minor gifts and assistance disregard (11 § 2 mom 1 kohta: 'vähäisiksi katsottavia … avustuksia'; euro limits are Kela guidance).
 *
 * @since 0.1.0
 */
export interface MinorAssistanceDisregard {
  readonly singlePerson: number
  readonly family: number
}

/** @since 0.1.0 */
export const minorAssistanceDisregard: Table<MinorAssistanceDisregard> = table("minorAssistanceDisregard", [
  dated(
    "2017-01-01",
    "2026-02-28",
    { singlePerson: 5000, family: 10000 },
    "1412/1997 11 § 2 mom 1 kohta (49/2005: minor earned income and assistance of any kind); 50 €/100 € are Kela guidance (kela.fi/toimeentulotuki-miten-tulot-ja-varat-vaikuttavat); end 28.2.2026 inferred: law 26/2026 abolishes it (ShUB 29/2025), in force with the 150 € change on 1.3.2026 per Yle Viikon uutinen selkosuomeksi 14.2.2026 — the text of 26/2026 not read (docs/social-assistance/open-readings.md § 3)",
    "I"
  )
])

/** @since 0.1.0 */
export const coeliacDietAllowance: Table<{ readonly amount: number; readonly minimumAge: number }> = table(
  "coeliacDietAllowance",
  [
    dated(
      "2025-03-01",
      "2026-12-31",
      { amount: 3800, minimumAge: 16 },
      "Law 847/2024, 1412/1997 7 b § 2 mom (in force 1.2.2025, for periods from 1.3.2025); sttinfo.fi/tiedote/70743676. Not indexed in the sources seen."
    )
  ]
)

/** @since 0.1.0 */
export const movingAllowance: Table<{ readonly short: number; readonly long: number }> = table("movingAllowance", [
  dated(
    "2017-01-01",
    "2026-12-31",
    { short: 12000, long: 18000 },
    "Kela guidance: for a self-organised move a moving allowance of 120 € or 180 €, 'Rahan suuruus riippuu muuttomatkan pituudesta ja perheen koosta' (kela.fi/toimeentulotuki-muuttokustannukset 29.8.2022; sv page 28.9.2023, en page 22.4.2021); Kela publishes no distance or family-size thresholds, so the input states the amount Kela applies (short = 120 €: Kela's example, one person moving across town; long = 180 €). 1412/1997 7 a § 1 mom 7 kohta (1023/2022), 7 b § 1 mom 1 kohta (815/2015): necessary moving costs. Start date inferred (Kela practice since 2017)",
    "I"
  )
])

/**
 * Reduction regimes of the basic amount (10 §).
 *
 * @since 0.1.0
 */
export interface ReductionRegime {
  /** Allowed (ground, percentage) pairs. */
  readonly grounds: ReadonlyArray<{ readonly ground: string; readonly percentages: ReadonlyArray<number> }>
  /** Maximum consecutive months for one decision: the longest maximum any ground of core's regime has. */
  readonly maxMonths: number
  readonly section: string
}

/**
 * The provenance of the reduction table per period: which of core's regimes (`ReductionGround.regimes`) it covers,
 * with the section text, source and evidence grade the parameter has always carried. The grounds, percentages and
 * maximum months themselves are core's, never a second copy here.
 */
interface ReductionProvenance {
  readonly regimes: ReadonlyArray<ReductionGround.Regime["id"]>
  readonly section: string
  readonly source: string
  readonly evidence: Evidence
}

const reductionProvenance: ReadonlyArray<ReductionProvenance> = [
  {
    regimes: ["2017", "1023/2022"],
    section: "1412/1997 10 § (up to 20 %, 40 % on repeated refusal; at most two months at a time)",
    source:
      "1412/1997 10 § 1–3 mom (1023/2022 wording from 2023); kela.fi/toimeentulotuki-perusosan-maaran-alentaminen; Kela applies exactly 20 % or 40 % in practice [I]",
    evidence: "C"
  },
  {
    regimes: ["26/2026"],
    section: "1412/1997 10 § as amended by 26/2026",
    source:
      "Law 26/2026 (HE 116/2025); sttinfo.fi/tiedote/71766190, /71700347; labour-policy sanction at most 6 months (mtvuutiset.fi 9282874)",
    evidence: "I"
  }
]

/**
 * The last day the reduction regime is confirmed for, like every other table's last entry (core's last regime is
 * open-ended; the parameters after it are not confirmed, so a later month is `ParameterNotInForce`).
 */
const REDUCTIONS_CONFIRMED_TO = "2026-12-31"

/** Core's regime as the parameter's value: its (ground, percentages) pairs and the longest maximum any ground has. */
const regimeValue = (r: ReductionGround.Regime, section: string): ReductionRegime => {
  const limits = r.grounds.flatMap((g) => (g.maxMonths === undefined ? [] : [g.maxMonths]))
  return {
    grounds: r.grounds.map((g) => ({ ground: g.ground, percentages: [...g.percentages] })),
    maxMonths: limits.length === 0 ? 0 : Math.max(...limits),
    section
  }
}

const sameRule = (a: ReductionRegime, b: ReductionRegime): boolean =>
  a.maxMonths === b.maxMonths && JSON.stringify(a.grounds) === JSON.stringify(b.grounds)

/** Core's regimes in date order, one dated entry per provenance period, adjacent regimes with the same rule joined. */
const reductionEntries = (): ReadonlyArray<Dated<ReductionRegime>> => {
  const out: Array<Dated<ReductionRegime>> = []
  for (const p of reductionProvenance) {
    let open: { validFrom: string; validTo: string; value: ReductionRegime } | undefined
    const flush = () => {
      if (open !== undefined) out.push(dated(open.validFrom, open.validTo, open.value, p.source, p.evidence))
    }
    for (const r of ReductionGround.regimes) {
      if (!p.regimes.includes(r.id)) continue
      const value = regimeValue(r, p.section)
      const validTo = r.validTo ?? REDUCTIONS_CONFIRMED_TO
      if (open !== undefined && sameRule(open.value, value)) open = { ...open, validTo }
      else {
        flush()
        open = { validFrom: r.validFrom, validTo, value }
      }
    }
    flush()
  }
  return out
}

/**
 * The grounds, percentages and maximum months are core's regime table (`@osallistava/core` `ReductionGround.regimes`,
 * Act 1412/1997 10 §); this table dates them as a parameter with its provenance.
 *
 * @since 0.1.0
 */
export const reductionRegimes: Table<ReductionRegime> = table("reductionRegimes", reductionEntries())

/**
 * Housing-cost limit regime: whether municipal limits apply and which annex.
 *
 * @since 0.1.0
 */
export interface HousingLimitRegime {
  /** Annex period whose table is used ("2024", "2025", "2026"), or null before 1.4.2024 (no statutory municipal limit). */
  readonly annex: string | null
  readonly directionMonths: number
  readonly section: string
}

/** @since 0.1.0 */
export const housingLimitRegimes: Table<HousingLimitRegime> = table("housingLimitRegimes", [
  dated<HousingLimitRegime>(
    "2017-01-01",
    "2022-12-31",
    { annex: null, directionMonths: 0, section: "1412/1997 7 b § 1 mom 1 kohta, 2–3 mom (815/2015)" },
    "Law 815/2015 7 b § (finlex-data asd20150815.xml): housing costs at necessary size, direction to a cheaper home with a reasonable deadline; no decree limit. The library accepts the claimed costs and says so"
  ),
  dated<HousingLimitRegime>(
    "2023-01-01",
    "2024-03-31",
    { annex: null, directionMonths: 0, section: "1412/1997 7 a § (1023/2022)" },
    "Law 1023/2022 7 a §: housing costs at necessary size; no decree limit before 1.4.2024. The library accepts the claimed costs and says so"
  ),
  dated(
    "2024-04-01",
    "2024-12-31",
    { annex: "2024", directionMonths: 3, section: "1412/1997 7 a § (1242/2023); VNA 144/2024" },
    "Law 1242/2023; VNA 144/2024 annex (1.4.–31.12.2024), https://finlex.fi/fi/laki/alkup/2024/20240144"
  ),
  dated(
    "2025-01-01",
    "2025-12-31",
    { annex: "2025", directionMonths: 3, section: "1412/1997 7 a § (1242/2023); VNA 144/2024 as amended by 580/2024" },
    "VNA 580/2024 annex (1.1.–31.12.2025), https://finlex.fi/fi/laki/alkup/2024/20240580; Pertunmaa (merged into Mäntyharju 1.1.2025) has no row in the annex and gets Mäntyharju's row (mergedFrom)"
  ),
  dated(
    "2026-01-01",
    "2026-12-31",
    {
      annex: "2026",
      directionMonths: 3,
      section: "1412/1997 7 a § (1242/2023); VNA 144/2024 as amended for 2026 (annex 1.1.–31.12.2026)"
    },
    "PROVISIONAL: a 2026 annex is in force (valtioneuvosto.fi project STM027:00/2026: 'voimassa olevan asetuksen liitteessä säädetään … rajat vuodelle 2026'), but neither its text nor its number was found (finlex-data ends in 2/2025). The 2026 limits are Statistics Finland's SISU table asummenorajat_2026 (StatisticsFinland/mikrosimulointi 3d93dcd, SISU 26.10; fixture test/fixtures/sisu), not the 2025 annex; docs/social-assistance/housing-costs.md",
    "I"
  )
])

/**
 * Which health-care costs are accepted as other basic expenses (7 b §): `restrictedToNecessary` false before law
 * 26/2026, true from its entry into force, when the reform restricts them to necessary ones. The package still
 * accepts the claimed amounts and flags a decision from the restricted period that accepts one
 * (`rules/health-care-26-2026.ts`, `healthCare2026Provisional`); the entry is the dated source of that date. Not in
 * {@link allTables} (the CLI's `parameters` command lists those with their values); its invariants are tested apart.
 *
 * @since 0.4.0
 */
export interface HealthCareCosts {
  readonly restrictedToNecessary: boolean
  readonly section: string
}

/** @since 0.4.0 */
export const healthCareCosts: Table<HealthCareCosts> = table("healthCareCosts", [
  dated<HealthCareCosts>(
    "2017-01-01",
    "2026-01-31",
    { restrictedToNecessary: false, section: "1412/1997 7 b § 1 mom 2 kohta (815/2015; 1023/2022)" },
    "1412/1997 7 b § 1 mom 2 kohta: health-care costs other than minor ones are other basic expenses (finlex-data asd20150815.xml, asd20221023.xml)"
  ),
  dated<HealthCareCosts>(
    "2026-02-01",
    "2026-12-31",
    { restrictedToNecessary: true, section: "1412/1997 7 b § as amended by 26/2026" },
    "Law 26/2026 in force 1.2.2026 (SISU lakipäivitykset_2026.xlsx: 26/2026, 2026-02-01, finlex.fi/fi/lainsaadanto/saadoskokoelma/2026/26; the same date as core's reduction regime 26/2026); the restriction to 'nödvändiga hälso- och sjukvårdsutgifter' per ShUB 29/2025; the enacted wording not read (docs/social-assistance/open-readings.md § 5)",
    "I"
  )
])

/**
 * Every table, for the invariant tests and documentation.
 *
 * @since 0.1.0
 */
export const allTables: ReadonlyArray<Table<unknown>> = [
  basicAmountSingle,
  categoryPercentages,
  earnedIncomeDisregard,
  minorAssistanceDisregard,
  coeliacDietAllowance,
  movingAllowance,
  reductionRegimes,
  housingLimitRegimes,
  kelaHousingNormPractice
]

/** @since 0.1.0 */
export type { Dated }
