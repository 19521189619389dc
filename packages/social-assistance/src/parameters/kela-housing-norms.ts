/**
 * Kela's own municipal housing norms (asumisnormit) before the decree limits of 1.4.2024, and how Kela applied them.
 *
 * Law, 2017-01 … 2024-03: housing costs count "tarpeellisen suuruisina" (at a necessary amount). If they exceed that
 * amount the applicant must be directed to find a cheaper home and given a sufficient period that takes account of
 * their actual needs ("hänen tosiasialliset tarpeensa huomioon ottava, riittävä määräaika"), during which Kela counts
 * the costs in full; no second period for the same housing need; and if there is no real possibility of a cheaper home
 * in the municipality, the costs may be counted in full after the period too (1412/1997 7 b § 2–3 mom in the wording
 * of 815/2015, https://finlex.fi/fi/laki/alkup/2015/20150815, for 2017–2022; 7 a § 2–3 mom in the wording of
 * 1023/2022, https://finlex.fi/fi/laki/alkup/2022/20221023, for 1.1.2023–31.3.2024). The statute sets no euro amount
 * and no number of months: the norms below are Kela's practice, public only for some months, and always provisional.
 *
 * Read by the housing rule (`src/rules/housing-costs-7a.ts`) for every month before 1.4.2024; see
 * docs/social-assistance/housing-costs.md § 5 for how it uses {@link kelaHousingNorm} and {@link kelaHousingNormPractice}.
 *
 * @since 0.2.0
 */
import { ParameterNotInForce } from "@osallistava/core/errors"
import * as Municipality from "@osallistava/core/municipality"
import * as Result from "effect/Result"
import { dated, type Table, table } from "./dated.js"
import { type KelaHousingNormRow, kelaHousingNormRows, kelaHousingNormSources } from "./kela-housing-norms-data.js"

/** @since 0.2.0 */
export interface KelaHousingNorm {
  readonly municipality: string
  readonly municipalityCode: string
  readonly validFrom: string
  readonly validTo: string
  readonly householdSize: number
  /** Kela's norm for the household size, without separately paid water (see {@link KelaHousingNormPractice}). */
  readonly normCents: number
  readonly source: string
  /** Always `I`: Kela's tables are known only through a secondary source. */
  readonly evidence: "I"
  /** Always true: a decision using a Kela norm must be flagged as provisional. */
  readonly provisional: true
}

// Built once, on the first lookup, from the rows the data module then decodes (the data is kept compact for the
// browser bundle of the amount path); every later call only reads the map. Written once, with the same content whoever
// calls first: no state a calculation could observe.
const lookupIndex: () => ReadonlyMap<string, ReadonlyArray<KelaHousingNormRow>> = /* @__PURE__ */ (() => {
  let built: Map<string, Array<KelaHousingNormRow>> | undefined
  return () => {
    if (built !== undefined) return built
    const byMunicipality = new Map<string, Array<KelaHousingNormRow>>()
    for (const row of kelaHousingNormRows()) {
      const list = byMunicipality.get(row[2]) ?? []
      list.push(row)
      byMunicipality.set(row[2], list)
    }
    built = byMunicipality
    return built
  }
})()

const codeOf = (
  municipality: string,
  byMunicipality: ReadonlyMap<string, ReadonlyArray<KelaHousingNormRow>>
): string | undefined => {
  if (byMunicipality.has(municipality)) return municipality
  const current = Municipality.findByName(municipality)?.code
  if (current !== undefined) return current
  const lower = municipality.trim().toLocaleLowerCase("fi")
  return Municipality.formerMunicipalities.find((m) => m.fi.toLocaleLowerCase("fi") === lower)?.code
}

/**
 * Kela's norm in force on `date` (`YYYY-MM-DD`) for `householdSize` persons in `municipality` (Statistics Finland
 * code or Finnish name). `ParameterNotInForce` when no public norm exists for that month, municipality or household
 * size: before 1.4.2024 that is most months (see {@link kelaHousingNormPractice}'s `publicNorm`), never a silent zero.
 * Above four persons the table's per-person amount is added.
 *
 * @example
 * ```ts
 * import { Parameters } from "@osallistava/social-assistance"
 * Parameters.kelaHousingNorm("853", "2023-06-01", 2) // Result.succeed({ normCents: 65100, provisional: true, ... })
 * ```
 * @since 0.2.0
 */
export const kelaHousingNorm = (
  municipality: string,
  date: string,
  householdSize: number
): Result.Result<KelaHousingNorm, ParameterNotInForce> => {
  const byMunicipality = lookupIndex()
  const code = codeOf(municipality, byMunicipality)
  const rows = code === undefined ? undefined : byMunicipality.get(code)
  const row = rows?.find((r) => r[0] <= date && date <= r[1])
  const size = Math.max(1, householdSize)
  const value =
    row === undefined
      ? null
      : size <= 4
        ? row[3 + size]
        : row[7] === null || row[8] === null
          ? null
          : row[7] + (size - 4) * row[8]
  if (row === undefined || value === null || value === undefined) {
    // Name the municipality only when it is one we know: free text here may be anything, even personal data.
    const shown = code === undefined ? "unknown municipality" : code
    return Result.fail(new ParameterNotInForce({ parameter: `kelaHousingNorm[${shown}, ${size} persons]`, date }))
  }
  return Result.succeed({
    municipality: row[3],
    municipalityCode: row[2],
    validFrom: row[0],
    validTo: row[1],
    householdSize: size,
    normCents: value as number,
    source: kelaHousingNormSources[row[9]] ?? row[9],
    evidence: "I",
    provisional: true
  })
}

/**
 * How Kela applied its norms in a period, as far as it is documented. `null` = not known.
 *
 * @since 0.2.0
 */
export interface KelaHousingNormPractice {
  /** Whether a public norm exists for this period: `"all"` municipalities, `"partial"` (some), or `"none"`. */
  readonly publicNorm: "all" | "partial" | "none"
  /** Separately paid water accepted per person per month on top of the norm (Kela's tables; SISU HuomVesi). */
  readonly waterPerPersonCents: number | null
  /** Kela applied the norm only when costs exceeded it by more than this percentage (SISU: 5 % in 2022–2023). */
  readonly tolerancePercent: number | null
  /** Kela did not apply the norm to families with children (SISU 2022–2023: "poikkeuksena lapsiperheet"). */
  readonly familiesWithChildrenExempt: boolean | null
  /**
   * Months of the direction period. The statute sets none ("riittävä määräaika"): `null`. SISU models an average of
   * about six months from Kela's estimate; that is a modelling assumption, never a rule for one applicant.
   */
  readonly directionMonths: null
  readonly averageDirectionMonthsModelled: number | null
  /** 3 mom: full costs after the period too when no cheaper home can really be had in the municipality. */
  readonly fullCostsIfNoCheaperHomeLocally: true
  readonly section: string
}

const law2017 = "1412/1997 7 b § 1 mom 1 kohta, 2–3 mom (815/2015)"
const law2023 = "1412/1997 7 a § 1 mom 1–3 kohta, 2–3 mom (1023/2022)"
const sisuMacro =
  "StatisticsFinland/mikrosimulointi SISU/MAKROT/TOIMTUKIlakimakrot.sas, AsumMenoRajat (2022–2023: families with children excepted, 5 % tolerance, about 6 months' period on average 'Kelan arvion mukaan')"

/** @since 0.2.0 */
export const kelaHousingNormPractice: Table<KelaHousingNormPractice> = table("kelaHousingNormPractice", [
  dated<KelaHousingNormPractice>(
    "2017-01-01",
    "2017-12-31",
    {
      publicNorm: "partial",
      waterPerPersonCents: null,
      tolerancePercent: null,
      familiesWithChildrenExempt: null,
      directionMonths: null,
      averageDirectionMonthsModelled: null,
      fullCostsIfNoCheaperHomeLocally: true,
      section: law2017
    },
    `${law2017}; Kela published a table 'Hyväksyttävien vuokramenojen kuntakohtaiset rajat 2017' (kela.fi/toimeentulotuki-asumismenot, 2017 version) whose values were not available; only Helsinki 1–3 persons are public (${kelaHousingNormSources["KALEVA-2017"]})`,
    "I"
  ),
  dated<KelaHousingNormPractice>(
    "2018-01-01",
    "2021-12-31",
    {
      publicNorm: "none",
      waterPerPersonCents: null,
      tolerancePercent: null,
      familiesWithChildrenExempt: null,
      directionMonths: null,
      averageDirectionMonthsModelled: null,
      fullCostsIfNoCheaperHomeLocally: true,
      section: law2017
    },
    `${law2017}; Kela published yearly tables (e.g. 'kuntakohtaiset rajat 2020', linked from kysykelasta.kela.fi 18.9.2020) but no values were available: no public norm`,
    "I"
  ),
  dated<KelaHousingNormPractice>(
    "2022-01-01",
    "2022-12-31",
    {
      publicNorm: "all",
      waterPerPersonCents: 2280,
      tolerancePercent: 5,
      familiesWithChildrenExempt: true,
      directionMonths: null,
      averageDirectionMonthsModelled: 6,
      fullCostsIfNoCheaperHomeLocally: true,
      section: law2017
    },
    `${law2017}; norms SISU asummenorajat_2022; water 22.80 €/person SISU ptoimtuki HuomVesi 2022 (source kela.fi/toimeentulotuki-asumismenot#kuntarajat per SISU lakipäivitykset_2022.xlsx); ${sisuMacro}`,
    "I"
  ),
  dated<KelaHousingNormPractice>(
    "2023-01-01",
    "2023-12-31",
    {
      publicNorm: "all",
      waterPerPersonCents: 2400,
      tolerancePercent: 5,
      familiesWithChildrenExempt: true,
      directionMonths: null,
      averageDirectionMonthsModelled: 6,
      fullCostsIfNoCheaperHomeLocally: true,
      section: law2023
    },
    `${law2023}; norms SISU asummenorajat_2023; water 24.00 €/person SISU ptoimtuki HuomVesi 2023; ${sisuMacro}`,
    "I"
  ),
  dated<KelaHousingNormPractice>(
    "2024-01-01",
    "2024-03-31",
    {
      publicNorm: "all",
      waterPerPersonCents: 2640,
      tolerancePercent: null,
      familiesWithChildrenExempt: null,
      directionMonths: null,
      averageDirectionMonthsModelled: null,
      fullCostsIfNoCheaperHomeLocally: true,
      section: law2023
    },
    `${law2023}; norms of Kela's table valid until 31.3.2024 (taken as SISU asummenorajat_2023; SISU itself models the 2024 decree table from 1.1.2024); water 26.40 €/person SISU ptoimtuki HuomVesi 2024, sourced by SISU to that Kela table; tolerance and the exemption of families with children are documented by SISU for 2022–2023 only`,
    "I"
  )
])
