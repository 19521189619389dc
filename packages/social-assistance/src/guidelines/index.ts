/**
 * The county guidelines shipped with the package, decoded through the `Guideline` Schema on first use (a county's
 * own guideline is loaded the same way, from JSON, with `Supplementary.decodeGuideline`).
 *
 * @since 0.3.0
 */
import * as Result from "effect/Result"
import { decodeGuideline, type Guideline } from "../supplementary/guideline.js"
import { countyRelease202410 } from "./county-release-2024-10.js"
import { itaUusimaa2023 } from "./ita-uusimaa-2023.js"

/** The shipped guidelines as data (before decoding). @since 0.3.0 */
export const data: ReadonlyArray<unknown> = [itaUusimaa2023, countyRelease202410]

let decoded: ReadonlyArray<Guideline> | undefined

/**
 * The shipped guidelines, decoded (a shipped guideline that does not decode is a bug: it throws).
 *
 * @since 0.3.0
 */
export const all = (): ReadonlyArray<Guideline> => {
  if (decoded === undefined)
    decoded = data.map((g, i) => {
      const r = decodeGuideline(g)
      if (Result.isFailure(r)) throw new Error(`shipped guideline ${i} does not decode: ${r.failure.message}`)
      return r.success
    })
  return decoded
}

/** A shipped guideline by id. @since 0.3.0 */
export const byId = (id: string): Guideline | undefined => all().find((g) => g.id === id)
