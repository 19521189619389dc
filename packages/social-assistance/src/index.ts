/**
 * `@osallistava/social-assistance`: basic social assistance (toimeentulotuki, Act 1412/1997) as Kela computes it,
 * for every month from 2017-01 under that month's law (a month after the last confirmed parameters only on request,
 * `assumeLaw: "lastKnown"`, flagged provisional), with a structured trace of every step rendered as fi/sv/en text on
 * demand.
 *
 * The amount alone, without Schema, is also the entry point `@osallistava/social-assistance/amount`.
 *
 * @since 0.1.0
 */
export * as Amount from "./amount.js"
/**
 * @deprecated since 0.2.0: the amount-only functions are `Amount` (or the `./amount` entry point); `Fast` is the
 * same module under its old name.
 */
export * as Fast from "./amount.js"
export { calculateSupportBatch, type SupportBatch, supportCents } from "./amount.js"
export * as Application from "./application.js"
export { decodeApplication } from "./application.js"
export * as Deadline from "./deadline.js"
export * as Decision from "./decision.js"
/**
 * @deprecated since 0.3.0: a typed record without a calculation; use `Supplementary` (the county's calculation on top
 * of Kela's decision, guidelines as data, `Supplementary.decidePreventive` for 8 §).
 */
export * as Discretionary from "./discretionary.js"
export * as Engine from "./engine.js"
export { calculate, calculateBatch } from "./engine.js"
export * as Explain from "./explain.js"
export * as Forwarding from "./forwarding.js"
export * as PaymentTiming from "./income-timing.js"
export * as Labels from "./labels.js"
export * as Parameters from "./parameters/index.js"
export * as Reform from "./reform/index.js"
export * as Trace from "./rules/trace.js"
export * as Supplementary from "./supplementary/index.js"
