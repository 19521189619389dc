/**
 * Municipality codes (kuntanumero / kommunnummer) of Statistics Finland,
 * with names in Finnish and Swedish. The list is shipped as data with its
 * year and source; see `data/municipalities.ts`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { municipalities, municipalityListSource, municipalityListYear } from "./data/municipalities.js"
import { municipalityNames } from "./data/municipality-names.js"

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

// The lookups read the names alone (`data/municipality-names.ts`), not the counties: a bundle that only looks
// municipalities up carries no county names (issue #13). They return a `Municipality` (code and names).
const byCode: ReadonlyMap<string, Municipality> = new Map(municipalityNames.map((m) => [m.code, m]))
const byName: ReadonlyMap<string, Municipality> = new Map(
  municipalityNames.flatMap((m) => [
    [m.fi.toLocaleLowerCase("fi"), m],
    [m.sv.toLocaleLowerCase("sv"), m]
  ])
)

/**
 * A current municipality code (`"091"` Helsinki, `"837"` Tampere).
 *
 * @since 0.1.0
 */
export const MunicipalityCode = /* @__PURE__ */ Schema.String.pipe(
  /* @__PURE__ */ Schema.check(
    /* @__PURE__ */ Schema.makeFilter(
      (s: string) => byCode.has(s) || `Expected a municipality code of Statistics Finland (${municipalityListYear})`,
      { title: "MunicipalityCode", description: "Statistics Finland three-digit municipality code" }
    )
  ),
  /* @__PURE__ */ Schema.brand("MunicipalityCode")
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

/**
 * Municipalities merged into another since 2017 (the first year of the
 * social-assistance parameters): their code, name and the last day they
 * existed. Applications and records of those years may still name them.
 * Sources: Statistics Finland's classification changes (Valtimo into Nurmes
 * 1.1.2020, Honkajoki into Kankaanpää 1.1.2021), the Government decision of
 * 6.6.2024 (Pertunmaa into Mäntyharju 1.1.2025); see `data/municipalities.ts`.
 *
 * @since 0.2.0
 */
export const formerMunicipalities: ReadonlyArray<
  Municipality & { readonly until: string; readonly mergedInto: string }
> = [
  { code: "911", fi: "Valtimo", sv: "Valtimo", until: "2019-12-31", mergedInto: "541" },
  { code: "099", fi: "Honkajoki", sv: "Honkajoki", until: "2020-12-31", mergedInto: "214" },
  { code: "588", fi: "Pertunmaa", sv: "Pertunmaa", until: "2024-12-31", mergedInto: "507" }
]

const formerByCode: ReadonlyMap<string, Municipality> = new Map(formerMunicipalities.map((m) => [m.code, m]))
const formerNames: ReadonlySet<string> = new Set(formerMunicipalities.map((m) => m.fi.toLocaleLowerCase("fi")))

/**
 * True when `text` is the code or the Finnish or Swedish name
 * (case-insensitive) of a current municipality or of one merged since 2017
 * ({@link formerMunicipalities}).
 *
 * @since 0.2.0
 */
export const isKnownMunicipality = (text: string): boolean =>
  byCode.has(text) ||
  formerByCode.has(text) ||
  findByName(text) !== undefined ||
  formerNames.has(text.trim().toLocaleLowerCase("fi"))

/**
 * A municipality given by its Statistics Finland code (`"091"`) or its
 * Finnish or Swedish name (`"Helsinki"`, `"Helsingfors"`), current or merged
 * since 2017. Anything else is refused with a message that does not repeat
 * the value (a free-text field can hold anything, even a henkilötunnus).
 *
 * @since 0.2.0
 */
export const MunicipalityCodeOrName = /* @__PURE__ */ Schema.String.pipe(
  /* @__PURE__ */ Schema.check(
    /* @__PURE__ */ Schema.makeFilter(
      (s: string) =>
        isKnownMunicipality(s) ||
        `Expected a municipality code or name of Statistics Finland (${municipalityListYear}, or merged since 2017)`,
      { title: "MunicipalityCodeOrName", description: "Statistics Finland municipality code or name" }
    )
  )
)
