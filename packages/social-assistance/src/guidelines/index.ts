/**
 * The county guidelines shipped with the package, decoded through the `Guideline` Schema once, when the module loads,
 * into deeply frozen data: no module state changes afterwards, so every calculation that reads them is pure and
 * reentrant. A county's own guideline is loaded the same way, from JSON, with `Supplementary.decodeGuideline`, and
 * passed to `Supplementary.calculate` explicitly.
 *
 * @since 0.3.0
 */
import * as Result from "effect/Result"
import { decodeGuideline, type Guideline } from "../supplementary/guideline.js"
import { countyRelease202410 } from "./county-release-2024-10.js"
import { etelaSavoFuneralCosts } from "./etela-savo-funeral-costs.js"
import { itaUusimaa2023 } from "./ita-uusimaa-2023.js"

/** The shipped guidelines as data (before decoding). @since 0.3.0 */
export const data: ReadonlyArray<unknown> = Object.freeze([itaUusimaa2023, countyRelease202410, etelaSavoFuneralCosts])

const deepFreeze = <T>(value: T): T => {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}

/** A shipped guideline, decoded; throws for one that does not decode (a defect of the package's data, not input). */
const decodeShipped = (g: unknown, i: number): Guideline => {
  const r = decodeGuideline(g)
  if (Result.isFailure(r)) throw new Error(`shipped guideline ${i} does not decode: ${r.failure.message}`)
  return r.success
}

/**
 * The shipped guidelines, decoded and deeply frozen (a shipped guideline that does not decode is a bug of this
 * package: loading the module throws, naming its index and the failing field paths).
 *
 * @since 0.3.0
 */
export const shipped: ReadonlyArray<Guideline> = deepFreeze(data.map(decodeShipped))

/** The shipped guidelines (the same frozen array every call). @since 0.3.0 */
export const all = (): ReadonlyArray<Guideline> => shipped

/** A shipped guideline by id. @since 0.3.0 */
export const byId = (id: string): Guideline | undefined => shipped.find((g) => g.id === id)
