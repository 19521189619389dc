/**
 * Municipal housing-cost limits (VNA 144/2024 and 580/2024 annexes; the 2026 annex from SISU, provisional),
 * by municipality and household size. See docs/social-assistance/housing-costs.md.
 *
 * @since 0.1.0
 */
import { ParameterNotInForce } from "@osallistava/core/errors"
import * as Municipality from "@osallistava/core/municipality"
import * as Result from "effect/Result"
import type { Evidence } from "./dated.js"
import {
  type HousingLimitRow,
  housingLimitRowCount,
  housingLimitRows,
  housingLimitSources
} from "./housing-cost-limits-data.js"

/** @since 0.1.0 */
export interface HousingLimit {
  readonly municipality: string
  readonly validFrom: string
  readonly validTo: string
  readonly limitCents: number
  readonly householdSize: number
  readonly source: string
  /** Set when the municipality asked for had been merged into `municipality` before the annex's year (e.g. Pertunmaa). */
  readonly mergedFrom?: string
  /** `C` seen in the decree text; `I` taken from a secondary source (SISU) because the decree text was not available. */
  readonly evidence: Evidence
  /** True when `evidence` is `I`: a decision using this limit must be flagged as provisional. */
  readonly provisional: boolean
  /**
   * Never set since 0.2.0: no limit is taken from an older annex (Pertunmaa, missing from the 2025 annex because it
   * was merged into Mäntyharju on 1.1.2025, gets Mäntyharju's limit, see `mergedFrom`). Kept so that readers compile.
   *
   * @deprecated read `provisional`
   */
  readonly fallbackFromAnnex?: string
}

const formerMunicipalities = Municipality.formerMunicipalities
// Built once, on the first lookup, from the rows the data module then decodes (the data is kept compact for the
// browser bundle of the amount path); every later call only reads the map. Written once, with the same content whoever
// calls first: no state a calculation could observe.
const lookupIndex: () => {
  readonly byKey: ReadonlyMap<string, HousingLimitRow>
  readonly names: ReadonlySet<string>
} = /* @__PURE__ */ (() => {
  let built: { byKey: Map<string, HousingLimitRow>; names: Set<string> } | undefined
  return () => {
    if (built !== undefined) return built
    const byKey = new Map<string, HousingLimitRow>()
    const names = new Set<string>()
    for (const row of housingLimitRows()) {
      byKey.set(`${row[0].slice(0, 4)}|${row[2]}`, row)
      names.add(row[2])
    }
    built = { byKey, names }
    return built
  }
})()

/**
 * Limit for `householdSize` persons in `municipality` (a Statistics Finland code known to core, e.g. `"091"`,
 * or the Finnish name as printed in the decree annex, e.g. `"Hyvinkää"`), from the annex `annex`.
 * Above four persons the per-person increment of the annex is added.
 *
 * @since 0.1.0
 */
export const housingLimit = (
  municipality: string,
  annex: string,
  householdSize: number
): Result.Result<HousingLimit, ParameterNotInForce> => {
  const given = Municipality.findByCode(municipality)?.fi ?? municipality
  // A municipality merged into another before the annex's year has no row of its own: the annex lists the
  // municipalities of its year, and the applicant lives in the successor (Pertunmaa → Mäntyharju from 1.1.2025,
  // which is why the VNA 580/2024 annex has no Pertunmaa row). Never a row of an older annex.
  const merged = formerMunicipalities.find(
    (m) => (m.code === municipality || m.fi === given) && m.until < `${annex}-01-01`
  )
  const successor = merged === undefined ? undefined : Municipality.findByCode(merged.mergedInto)?.fi
  const name = successor ?? given
  const row = lookupIndex().byKey.get(`${annex}|${name}`)
  if (row === undefined) {
    // Quote the input only when it is a municipality we know: free text here may be anything, even personal data.
    const known = Municipality.findByCode(municipality) !== undefined || lookupIndex().names.has(municipality)
    const shown = known ? municipality : "unknown municipality"
    return Result.fail(new ParameterNotInForce({ parameter: `housingLimit[${shown}]`, date: `${annex} annex` }))
  }
  const size = Math.max(1, householdSize)
  const limitCents = size <= 4 ? (row[2 + size] as number) : row[6] + (size - 4) * row[7]
  return Result.succeed({
    municipality: row[2],
    validFrom: row[0],
    validTo: row[1],
    limitCents,
    householdSize: size,
    source: housingLimitSources[row[8]] ?? row[8],
    evidence: row[9],
    provisional: row[9] === "I",
    ...(merged === undefined ? {} : { mergedFrom: merged.fi })
  })
}

/** @since 0.1.0 */
export const rowCount = housingLimitRowCount
