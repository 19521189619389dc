/**
 * JSON Schema (draft 2020-12) documents of the exchange formats, generated
 * from the Schemas (rules written as custom checks — no henkilötunnus,
 * municipality list, existing dates — are enforced by {@link validate}, not
 * by the JSON Schema).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { CatalogSetSchema } from "./catalog-schema.js"
import { AvainRecord } from "./record.js"

/** JSON Schema of an AVAIN record (format version 2). @since 0.1.0 */
export const recordJsonSchema = () => Schema.toJsonSchemaDocument(AvainRecord)

/** JSON Schema of a catalog set document. @since 0.1.0 */
export const catalogSetJsonSchema = () => Schema.toJsonSchemaDocument(CatalogSetSchema)
