/**
 * Municipal housing-cost limits (VNA 144/2024 and 580/2024 annexes), by municipality and household size.
 *
 * @since 0.1.0
 */
import { Municipality, ParameterNotInForce } from "@osallistava/core"
import * as Result from "effect/Result"
import { type HousingLimitRow, housingLimitRows } from "./housing-cost-limits-data.js"

/** @since 0.1.0 */
export interface HousingLimit {
  readonly municipality: string
  readonly validFrom: string
  readonly validTo: string
  readonly limitCents: number
  readonly householdSize: number
  readonly source: string
  /** Set when the row is missing from the requested annex and the previous annex's row is used (Pertunmaa 2025). */
  readonly fallbackFromAnnex?: string
}

const index = new Map<string, HousingLimitRow>()
const knownNames = new Set<string>()
for (const row of housingLimitRows) {
  index.set(`${row[0].slice(0, 4)}|${row[2]}`, row)
  knownNames.add(row[2])
}

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
  const name = Municipality.findByCode(municipality)?.fi ?? municipality
  let row = index.get(`${annex}|${name}`)
  // Addendum Q2: Pertunmaa is missing from the 2025 annex XML; fall back to the previous annex and flag it.
  const previous = String(Number(annex) - 1)
  const fallback = row === undefined && index.has(`${previous}|${name}`)
  if (fallback) row = index.get(`${previous}|${name}`)
  if (row === undefined) {
    // Quote the input only when it is a municipality we know: free text here may be anything, even personal data.
    const known = Municipality.findByCode(municipality) !== undefined || knownNames.has(municipality)
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
    source: row[8],
    ...(fallback ? { fallbackFromAnnex: annex } : {})
  })
}

/** @since 0.1.0 */
export const rowCount = housingLimitRows.length
