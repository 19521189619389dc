/**
 * `@osallistava/avain`: THL's AVAIN instrument (KEY measure) for the
 * effectiveness of adult social work, as a library client-system vendors
 * embed: versioned code sets, record Schemas, validation, per-plan scoring
 * and cohort reports.
 *
 * Plain functions over plain data: `validate(inputs)`, `score(records)`,
 * `report(records, options)`. The catalogs shipped are PROVISIONAL (THL's
 * official code lists were not reachable); load the official ones with
 * `parseCatalogSet`.
 *
 * @since 0.1.0
 */
export * from "./catalog.js"
export * from "./catalog-schema.js"
export * from "./code-list.js"
export * from "./csv.js"
export { provisionalCatalogSet } from "./data/provisional.js"
export * from "./gas.js"
export * from "./json-schema.js"
export * from "./ladder.js"
export * as Messages from "./messages.js"
export * from "./record.js"
export * from "./render.js"
export * from "./report.js"
export * from "./score.js"
export * from "./stats.js"
export * from "./validate.js"
