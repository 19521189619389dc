/**
 * `@osallistava/avain/scoring`: the scoring and reporting half of the
 * package without the Schemas (and without `effect`), for bundles that
 * receive records already validated elsewhere (e.g. a browser dashboard).
 * Same functions as the main entry.
 *
 * @since 0.1.0
 */
export * from "./catalog.js"
export { provisionalCatalogSet } from "./data/provisional.js"
export * from "./gas.js"
export * from "./ladder.js"
export type { AvainRecord, Direction, EvaluationRecord, StartRecord } from "./record.js"
export * from "./render.js"
export * from "./report.js"
export * from "./score.js"
export * from "./stats.js"
