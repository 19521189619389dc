/**
 * `@osallistava/model`: the participatory social security model (osallistava
 * sosiaaliturva) of the 2018–2019 THL/STM municipal experiment: the methods in
 * three families, the client plan and service-need assessment, the social
 * worker's employment powers, roles and consent, the event-sourced pathway from
 * Kela's notice to the AVAIN evaluation with its legal deadlines, structural
 * social work reporting, community work, and the evidence of effect (spells of
 * social assistance, Kaplan–Meier, funnel).
 *
 * @since 0.1.0
 */
export * as AvainBridge from "./avain-bridge.js"
export * as Caseload from "./caseload.js"
export * as Community from "./community.js"
// The main Schemas by name too: a bundled .d.ts namespace keeps a const that
// shares its name with a type only as a type, so these are the ones to use as values.
export { Feedback, Session } from "./community.js"
export * as CountyCase from "./county-case.js"
export * as Deadlines from "./deadlines.js"
export * as Employment from "./employment.js"
export * as Events from "./events.js"
export { decodeEvent, PathwayEvent } from "./events.js"
export * as Funnel from "./funnel.js"
export * as Messages from "./messages.js"
export * as Methods from "./methods.js"
export * as Pathway from "./pathway.js"
export * as Plan from "./plan.js"
export { Assessment, ClientPlan } from "./plan.js"
export * as Register from "./register.js"
export { ObstacleEntry } from "./register.js"
export * as Render from "./render.js"
export * as Roles from "./roles.js"
export * as Survival from "./survival.js"
export * as Synthetic from "./synthetic.js"
