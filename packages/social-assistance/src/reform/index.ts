/**
 * Reform simulation: a reform as data (overrides of the dated parameter tables on a base law, JSON in and out), a
 * population under two laws in one pass with who gains and who loses (every figure through core's `Disclosure`), and
 * one household's two decisions with the steps that changed, in fi, sv and en.
 *
 * @since 0.3.0
 */
export * from "./compare.js"
export * from "./law.js"
export * from "./messages.js"
export * from "./render.js"
export * from "./schema.js"
export * from "./simulate.js"
