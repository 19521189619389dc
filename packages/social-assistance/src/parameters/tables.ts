/**
 * Social assistance parameters as effective-dated data (Act 1412/1997 as amended).
 * Every value carries its legal source and evidence grade. Amounts in cents.
 *
 * The values and their validity are in `values.ts` (what the amount path reads), the source texts in `sources.ts`;
 * each table here is the one of `values.ts` with the source text of every entry, the same objects the rules' trace,
 * the explanations and the CLI's `parameters` listing read.
 *
 * @since 0.1.0
 */
import { type Dated, type Table, table } from "./dated.js"
import { kelaHousingNormPractice } from "./kela-housing-norms.js"
import { parameterSources, reductionRegimeSources } from "./sources.js"
import * as V from "./values.js"

export type {
  CategoryPercentages,
  EarnedIncomeDisregard,
  HealthCareCosts,
  HousingLimitRegime,
  MinorAssistanceDisregard,
  ReductionRegime
} from "./values.js"

/** The entries of `t` with their source texts (`source(entry, index)`), in the field order of `dated`. */
const withSources = <A>(
  t: V.ValueTable<A>,
  source: (e: V.DatedValue<A>, index: number) => string | undefined = (_, i) => parameterSources[t.name]?.[i]
): Table<A> =>
  table(
    t.name,
    t.values.map(
      (e, i): Dated<A> => ({
        validFrom: e.validFrom,
        validTo: e.validTo,
        value: e.value,
        source: source(e, i) ?? "",
        evidence: e.evidence,
        provisional: e.provisional
      })
    )
  )

/**
 * Basic amount of a person living alone (9 § 1 mom 1 kohta), index-adjusted yearly (9 a §).
 * Sources: Kela basic-amount pages and tables; SISU ptoimtuki (StatisticsFinland/mikrosimulointi).
 *
 * @since 0.1.0
 */
export const basicAmountSingle: Table<number> = withSources(V.basicAmountSingle)

/**
 * Percentages of the single amount by category (9 § 1–2 mom) and the sibling steps (9 § 3 mom).
 *
 * @since 0.1.0
 */
export const categoryPercentages: Table<V.CategoryPercentages> = withSources(V.categoryPercentages)

/**
 * Earned-income disregard per earner (11 § 3 mom); see {@link V.EarnedIncomeDisregard}.
 *
 * @since 0.1.0
 */
export const earnedIncomeDisregard: Table<V.EarnedIncomeDisregard> = withSources(V.earnedIncomeDisregard)

/**
 * Minor gifts and assistance disregard (11 § 2 mom 1 kohta: 'vähäisiksi katsottavia … avustuksia'; euro limits are
 * Kela guidance).
 *
 * @since 0.1.0
 */
export const minorAssistanceDisregard: Table<V.MinorAssistanceDisregard> = withSources(V.minorAssistanceDisregard)

/** @since 0.1.0 */
export const coeliacDietAllowance: Table<{ readonly amount: number; readonly minimumAge: number }> = withSources(
  V.coeliacDietAllowance
)

/** @since 0.1.0 */
export const movingAllowance: Table<{ readonly short: number; readonly long: number }> = withSources(V.movingAllowance)

/**
 * The grounds, percentages and maximum months are core's regime table (`@osallistava/core` `ReductionGround.regimes`,
 * Act 1412/1997 10 §); this table dates them as a parameter with its provenance.
 *
 * @since 0.1.0
 */
export const reductionRegimes: Table<V.ReductionRegime> = withSources(
  V.reductionRegimes,
  (e) => reductionRegimeSources[V.reductionRegimePeriod(e)]
)

/**
 * Housing-cost limit regime: whether municipal limits apply and which annex.
 *
 * @since 0.1.0
 */
export const housingLimitRegimes: Table<V.HousingLimitRegime> = withSources(V.housingLimitRegimes)

/**
 * Which health-care costs are accepted as other basic expenses (7 b §); see {@link V.HealthCareCosts}. Not in
 * {@link allTables} (the CLI's `parameters` command lists those with their values); its invariants are tested apart.
 *
 * @since 0.4.0
 */
export const healthCareCosts: Table<V.HealthCareCosts> = withSources(V.healthCareCosts)

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
