/**
 * Social assistance parameters as effective-dated values (Act 1412/1997 as amended), without their source texts:
 * what the rules read to compute an amount. The public tables (`tables.ts`, `Parameters.*`) are these entries with
 * the source text of each (`sources.ts`, by table name and entry index); the tracer, the explanations and the CLI's
 * `parameters` listing read those. The amount path (`supportCents`, the `./amount` entry point) imports only this
 * module, so a browser bundle of it carries no source texts (issue #13). Amounts in cents.
 *
 * @since 0.4.0
 */

import { ParameterNotInForce } from "@osallistava/core/errors"
import * as Money from "@osallistava/core/money"
import * as ReductionGround from "@osallistava/core/reduction-ground"
import * as Result from "effect/Result"
import type { Dated, Evidence } from "./dated.js"

/** A dated value without its source text: {@link Dated} less `source`. @since 0.4.0 */
export type DatedValue<A> = Omit<Dated<A>, "source">

/** A named table of {@link DatedValue}s. @since 0.4.0 */
export interface ValueTable<A> {
  readonly name: string
  readonly values: ReadonlyArray<DatedValue<A>>
}

const entry = <A>(validFrom: string, validTo: string | null, value: A, evidence: Evidence = "C"): DatedValue<A> => ({
  validFrom,
  validTo,
  value,
  evidence,
  provisional: evidence === "I"
})

const valueTable = <A>(name: string, values: ReadonlyArray<DatedValue<A>>): ValueTable<A> => ({ name, values })

/** The entry in force on `date` (`YYYY-MM-DD`), or `ParameterNotInForce`, as `lookup` does for a `Table`. @since 0.4.0 */
export const lookupValue = <A>(t: ValueTable<A>, date: string): Result.Result<DatedValue<A>, ParameterNotInForce> => {
  for (const v of t.values) {
    if (v.validFrom <= date && (v.validTo === null || date <= v.validTo)) return Result.succeed(v)
  }
  return Result.fail(new ParameterNotInForce({ parameter: t.name, date }))
}

const p = Money.percent

/**
 * Basic amount of a person living alone (9 § 1 mom 1 kohta), index-adjusted yearly (9 a §).
 * Sources: Kela basic-amount pages and tables; SISU ptoimtuki (StatisticsFinland/mikrosimulointi).
 *
 * @since 0.1.0
 */
export const basicAmountSingle: ValueTable<number> = valueTable("basicAmountSingle", [
  entry("2017-01-01", "2017-12-31", 48789),
  entry("2018-01-01", "2018-12-31", 49121),
  entry("2019-01-01", "2019-12-31", 49729),
  entry("2020-01-01", "2020-12-31", 50221),
  entry("2021-01-01", "2021-12-31", 50406),
  entry("2022-01-01", "2022-07-31", 51482),
  entry("2022-08-01", "2022-12-31", 53297),
  entry("2023-01-01", "2023-12-31", 55511),
  entry("2024-01-01", "2024-12-31", 58771),
  entry("2025-01-01", "2025-12-31", 59355),
  entry("2026-01-01", "2026-02-28", 59632),
  entry("2026-03-01", "2026-12-31", 57843)
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
export const categoryPercentages: ValueTable<CategoryPercentages> = valueTable("categoryPercentages", [
  entry<CategoryPercentages>("2017-01-01", "2019-12-31", {
    ...base,
    singleParent: p(110),
    section: "1412/1997 9 § as amended by 1184/2011"
  }),
  entry("2020-01-01", "2022-12-31", {
    ...base,
    singleParent: p(114),
    section: "1412/1997 9 § as amended by 1220/2019"
  }),
  entry("2023-01-01", "2023-12-31", {
    ...base,
    singleParent: p(114),
    child10to17: p(76),
    childUnder10: p(69),
    section: "1412/1997 9 § 4–5 mom, temporary law 1228/2022 (1.1.–31.12.2023)"
  }),
  entry("2024-01-01", "2026-02-28", {
    ...base,
    singleParent: p(114),
    section: "1412/1997 9 § as amended by 1220/2019"
  }),
  entry("2026-03-01", "2026-12-31", {
    livingAlone: p(100),
    singleParent: p(115),
    otherAdult: p(86),
    adultWithParents: p(73),
    child10to17: p("72.2"),
    childUnder10: p(65),
    secondChildStep: p(5),
    laterChildStep: p(10),
    section: "1412/1997 9 § as amended by 26/2026"
  })
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
export const earnedIncomeDisregard: ValueTable<EarnedIncomeDisregard> = valueTable("earnedIncomeDisregard", [
  entry<EarnedIncomeDisregard>(
    "2017-01-01",
    "2018-05-31",
    {
      rule: "twentyPercentMax",
      maximum: 15000,
      adultsIncluded: true,
      carersFeeIncluded: true,
      section: "1412/1997 11 § 3 mom (940/2014)"
    },
    "I"
  ),
  entry<EarnedIncomeDisregard>("2018-06-01", "2022-12-31", {
    rule: "firstAmount",
    maximum: 15000,
    adultsIncluded: true,
    carersFeeIncluded: true,
    section: "1412/1997 11 § 3 mom (940/2014)"
  }),
  entry<EarnedIncomeDisregard>("2023-01-01", "2026-02-28", {
    rule: "firstAmount",
    maximum: 15000,
    adultsIncluded: true,
    carersFeeIncluded: true,
    section: "1412/1997 11 § 3 mom (1023/2022)"
  }),
  entry<EarnedIncomeDisregard>(
    "2026-03-01",
    "2026-12-31",
    {
      rule: "firstAmount",
      maximum: 15000,
      adultsIncluded: false,
      carersFeeIncluded: true,
      section: "1412/1997 11 § 3 mom (26/2026)"
    },
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
export const minorAssistanceDisregard: ValueTable<MinorAssistanceDisregard> = valueTable("minorAssistanceDisregard", [
  entry("2017-01-01", "2026-02-28", { singlePerson: 5000, family: 10000 }, "I")
])

/** @since 0.1.0 */
export const coeliacDietAllowance: ValueTable<{ readonly amount: number; readonly minimumAge: number }> = valueTable(
  "coeliacDietAllowance",
  [entry("2025-03-01", "2026-12-31", { amount: 3800, minimumAge: 16 })]
)

/** @since 0.1.0 */
export const movingAllowance: ValueTable<{ readonly short: number; readonly long: number }> = valueTable(
  "movingAllowance",
  [entry("2017-01-01", "2026-12-31", { short: 12000, long: 18000 }, "I")]
)

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
 * with the section text and evidence grade the parameter has always carried (its source text: `sources.ts`,
 * `reductionRegimeSources`, by the same index). The grounds, percentages and
 * maximum months themselves are core's, never a second copy here.
 */
interface ReductionProvenance {
  readonly regimes: ReadonlyArray<ReductionGround.Regime["id"]>
  readonly section: string
  readonly evidence: Evidence
}

const reductionProvenance: ReadonlyArray<ReductionProvenance> = [
  {
    regimes: ["2017", "1023/2022"],
    section: "1412/1997 10 § (up to 20 %, 40 % on repeated refusal; at most two months at a time)",
    evidence: "C"
  },
  {
    regimes: ["26/2026"],
    section: "1412/1997 10 § as amended by 26/2026",
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
const reductionEntries = (): ReadonlyArray<DatedValue<ReductionRegime>> => {
  const out: Array<DatedValue<ReductionRegime>> = []
  for (const p of reductionProvenance) {
    let open: { validFrom: string; validTo: string; value: ReductionRegime } | undefined
    const flush = () => {
      if (open !== undefined) out.push(entry(open.validFrom, open.validTo, open.value, p.evidence))
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
 * The provenance period (index into the reduction provenance above, and into `sources.ts`' `reductionRegimeSources`)
 * of an entry of {@link reductionRegimes}, by its section text (one per period).
 *
 * @since 0.4.0
 */
export const reductionRegimePeriod = (e: DatedValue<ReductionRegime>): number =>
  reductionProvenance.findIndex((p) => p.section === e.value.section)

/**
 * The grounds, percentages and maximum months are core's regime table (`@osallistava/core` `ReductionGround.regimes`,
 * Act 1412/1997 10 §); this table dates them as a parameter with its provenance.
 *
 * @since 0.1.0
 */
export const reductionRegimes: ValueTable<ReductionRegime> = valueTable("reductionRegimes", reductionEntries())

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
export const housingLimitRegimes: ValueTable<HousingLimitRegime> = valueTable("housingLimitRegimes", [
  entry<HousingLimitRegime>("2017-01-01", "2022-12-31", {
    annex: null,
    directionMonths: 0,
    section: "1412/1997 7 b § 1 mom 1 kohta, 2–3 mom (815/2015)"
  }),
  entry<HousingLimitRegime>("2023-01-01", "2024-03-31", {
    annex: null,
    directionMonths: 0,
    section: "1412/1997 7 a § (1023/2022)"
  }),
  entry("2024-04-01", "2024-12-31", {
    annex: "2024",
    directionMonths: 3,
    section: "1412/1997 7 a § (1242/2023); VNA 144/2024"
  }),
  entry("2025-01-01", "2025-12-31", {
    annex: "2025",
    directionMonths: 3,
    section: "1412/1997 7 a § (1242/2023); VNA 144/2024 as amended by 580/2024"
  }),
  entry(
    "2026-01-01",
    "2026-12-31",
    {
      annex: "2026",
      directionMonths: 3,
      section: "1412/1997 7 a § (1242/2023); VNA 144/2024 as amended for 2026 (annex 1.1.–31.12.2026)"
    },
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
export const healthCareCosts: ValueTable<HealthCareCosts> = valueTable("healthCareCosts", [
  entry<HealthCareCosts>("2017-01-01", "2026-01-31", {
    restrictedToNecessary: false,
    section: "1412/1997 7 b § 1 mom 2 kohta (815/2015; 1023/2022)"
  }),
  entry<HealthCareCosts>(
    "2026-02-01",
    "2026-12-31",
    { restrictedToNecessary: true, section: "1412/1997 7 b § as amended by 26/2026" },
    "I"
  )
])
