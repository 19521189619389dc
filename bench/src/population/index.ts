/**
 * Seeded synthetic population: households and applications, eTotu notices, AVAIN records.
 *
 * @since 0.1.0
 */
export * from "./avain.js"
export * as Figures from "./figures.js"
export * from "./households.js"
export * from "./notices.js"
export * from "./random.js"
