/**
 * Dated parameter tables.
 *
 * @since 0.1.0
 */
export * from "./dated.js"
export * from "./housing-limits.js"
export * from "./kela-housing-norms.js"
export * from "./tables.js"
