/**
 * `@osallistava/etotu`: Kela's eTotu notices to social services.
 *
 * @since 0.1.0
 */
export * as Csv from "./csv.js"
export * as Decode from "./decode.js"
export * as Dedupe from "./dedupe.js"
export * as Delivery from "./delivery.js"
export * as Flows from "./flows.js"
export * as KelaMapping from "./kela-mapping.js"
export * as LegalBasis from "./legal-basis.js"
export * as Messages from "./messages.js"
export * as Notice from "./notice.js"
export * as Rules from "./rules.js"
export * as Stats from "./stats.js"
export * as Triage from "./triage.js"
export * as Workflow from "./workflow.js"
