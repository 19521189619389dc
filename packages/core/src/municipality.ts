/**
 * Municipality codes (kuntanumero / kommunnummer) of Statistics Finland,
 * with names in Finnish and Swedish. The list is shipped as data with its
 * year and source; see `data/municipalities.ts`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { municipalities, municipalityListSource, municipalityListYear } from "./data/municipalities.js"

/** @since 0.1.0 */
export interface Municipality {
  /** Three-digit code, e.g. `"837"` (Tampere). */
  readonly code: string
  /** Finnish name. */
  readonly fi: string
  /** Swedish name (the same as the Finnish one where the municipality has no Swedish name). */
  readonly sv: string
}

/** @since 0.1.0 */
export { municipalities, municipalityListSource, municipalityListYear }

const byCode: ReadonlyMap<string, Municipality> = new Map(municipalities.map((m) => [m.code, m]))
const byName: ReadonlyMap<string, Municipality> = new Map(
  municipalities.flatMap((m) => [
    [m.fi.toLocaleLowerCase("fi"), m],
    [m.sv.toLocaleLowerCase("sv"), m]
  ])
)

/**
 * A current municipality code (`"091"` Helsinki, `"837"` Tampere).
 *
 * @since 0.1.0
 */
export const MunicipalityCode = Schema.String.pipe(
  Schema.check(
    Schema.makeFilter(
      (s: string) => byCode.has(s) || `Expected a municipality code of Statistics Finland (${municipalityListYear})`,
      { title: "MunicipalityCode", description: "Statistics Finland three-digit municipality code" }
    )
  ),
  Schema.brand("MunicipalityCode")
)

/** @since 0.1.0 */
export type MunicipalityCode = typeof MunicipalityCode.Type

/**
 * @example
 * ```ts
 * import { Municipality } from "@osallistava/core"
 * Municipality.findByCode("837")?.fi // "Tampere"
 * ```
 * @since 0.1.0
 */
export const findByCode = (code: string): Municipality | undefined => byCode.get(code)

/**
 * Looks a municipality up by its Finnish or Swedish name, case-insensitively
 * (`"Helsingfors"`, `"tampere"`).
 *
 * @since 0.1.0
 */
export const findByName = (name: string): Municipality | undefined =>
  byName.get(name.trim().toLocaleLowerCase("fi")) ?? byName.get(name.trim().toLocaleLowerCase("sv"))

/**
 * The six municipalities of the participatory social security experiment
 * (2018–2019): Kangasala, Kemijärvi, Kuopio, Raisio, Tampere and Tornio.
 *
 * @since 0.1.0
 */
export const experimentMunicipalityCodes: ReadonlyArray<string> = ["211", "320", "297", "680", "837", "851"]
