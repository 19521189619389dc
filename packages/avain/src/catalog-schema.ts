/**
 * Loading a catalog set from JSON (e.g. THL's official lists converted from
 * the Kanta code service export, or a vendor's own) with validation.
 *
 * @since 0.1.0
 */
import { decodeInput, InvalidInput } from "@osallistava/core"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import type { CatalogSet } from "./catalog.js"
import { Code, DateString } from "./record.js"

const Text = Schema.String.pipe(Schema.check(Schema.isMinLength(1, { message: "Expected a non-empty text" })))
const Label = Schema.Struct({ fi: Text, sv: Text, en: Text })
const Source = Schema.Struct({ title: Text, url: Schema.optionalKey(Text) })

const Entry = Schema.Struct({
  code: Code,
  label: Label,
  provisional: Schema.Boolean,
  validFrom: Schema.optionalKey(DateString),
  validTo: Schema.optionalKey(DateString),
  families: Schema.optionalKey(Schema.Array(Code)),
  rank: Schema.optionalKey(Schema.Number),
  dimension: Schema.optionalKey(Schema.Literals(["participatory-model", "support-kind"])),
  source: Schema.optionalKey(Source)
})

const catalog = (id: string) =>
  Schema.Struct({
    id: Schema.Literal(id),
    version: Text,
    title: Label,
    source: Source,
    classificationOid: Schema.optionalKey(
      Schema.String.pipe(Schema.check(Schema.isPattern(/^[0-2](\.\d+)+$/, { message: "Expected an OID" })))
    ),
    entries: Schema.Array(Entry)
  })

/** Schema of a catalog set document. @since 0.1.0 */
export const CatalogSetSchema = Schema.Struct({
  version: Text,
  validFrom: DateString,
  validTo: Schema.optionalKey(DateString),
  source: Source,
  attainmentThreshold: Code,
  catalogs: Schema.Struct({
    "goal-area": catalog("goal-area"),
    "goal-intent": catalog("goal-intent"),
    "attainment-level": catalog("attainment-level"),
    factor: catalog("factor"),
    method: catalog("method"),
    "method-family": catalog("method-family"),
    service: catalog("service"),
    "assessment-level": catalog("assessment-level")
  })
}).annotate({ title: "AvainCatalogSet" })

const decode = decodeInput(CatalogSetSchema, "AVAIN catalog set")

/**
 * Reads a catalog set from parsed JSON. Besides the shape it checks that the
 * attainment threshold is a level with a rank, that every attainment level
 * has a rank, that codes are unique per catalog and that method families
 * exist.
 *
 * @example
 * ```ts
 * import { parseCatalogSet } from "@osallistava/avain"
 * const r = parseCatalogSet(JSON.parse(officialListsJson))
 * if (r._tag === "Success") validate(records, { catalogSets: [r.success] })
 * ```
 * @since 0.1.0
 */
export const parseCatalogSet = (input: unknown): Result.Result<CatalogSet, InvalidInput> => {
  const r = decode(input)
  if (r._tag === "Failure") return Result.fail(r.failure)
  const set = r.success as CatalogSet
  const issues: Array<{ path: ReadonlyArray<PropertyKey>; at: string; message: string }> = []
  for (const [id, c] of Object.entries(set.catalogs)) {
    const seen = new Set<string>()
    c.entries.forEach((e, i) => {
      if (seen.has(e.code))
        issues.push({
          path: ["catalogs", id, "entries", i, "code"],
          at: `catalogs["${id}"].entries[${i}].code`,
          message: "Code appears twice"
        })
      seen.add(e.code)
      if (id === "attainment-level" && e.rank === undefined)
        issues.push({
          path: ["catalogs", id, "entries", i, "rank"],
          at: `catalogs["${id}"].entries[${i}].rank`,
          message: "An attainment level needs a rank"
        })
    })
  }
  if (!set.catalogs["attainment-level"].entries.some((e) => e.code === set.attainmentThreshold))
    issues.push({
      path: ["attainmentThreshold"],
      at: "attainmentThreshold",
      message: "Not a code of the attainment-level catalog"
    })
  const families = new Set(set.catalogs["method-family"].entries.map((e) => e.code))
  set.catalogs.method.entries.forEach((e, i) => {
    e.families?.forEach((f, j) => {
      if (!families.has(f))
        issues.push({
          path: ["catalogs", "method", "entries", i, "families", j],
          at: `catalogs.method.entries[${i}].families[${j}]`,
          message: "Not a code of the method-family catalog"
        })
    })
  })
  if (issues.length > 0) {
    return Result.fail(new InvalidInput({ subject: "AVAIN catalog set", issues }))
  }
  return Result.succeed(set)
}
