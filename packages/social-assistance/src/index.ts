/**
 * `@osallistava/social-assistance`: basic social assistance (toimeentulotuki, Act 1412/1997) as Kela computes it,
 * for every month 2017-01 … 2026-12, with a legal explanation for every step.
 *
 * @since 0.1.0
 */
export * as Application from "./application.js"
export { decodeApplication } from "./application.js"
export * as Deadline from "./deadline.js"
export * as Decision from "./decision.js"
export * as Discretionary from "./discretionary.js"
export * as Engine from "./engine.js"
export { calculate, calculateBatch } from "./engine.js"
export * as Explain from "./explain.js"
export * as Fast from "./fast.js"
export { calculateSupportBatch, supportCents } from "./fast.js"
export * as Forwarding from "./forwarding.js"
export * as PaymentTiming from "./income-timing.js"
export * as Labels from "./labels.js"
export * as Parameters from "./parameters/index.js"
