/**
 * Related flows that are not Kelasto notice types (docs/etotu/reference.md § 2.7),
 * in the project's own format (formatVersion 1; Kela's is not public).
 *
 * - `StatementToKela`: county → Kela social-welfare statement, TTL 1412/1997
 *   15 § (1023/2022, from 1.1.2023): on circumstances affecting other basic
 *   expenses, factors in a reduction, or the need for urgent handling; the
 *   client is heard first; not binding on Kela.
 * - `InformationToKela`: county → Kela, TTL 18 b § (1023/2022): information
 *   needed for a reduction (e.g. attendance at the service-need assessment,
 *   10 a §) or on its supplementary/preventive decision (18 b § 3 mom).
 * - `TransferNotice`: handler transfers a misrouted notice to another
 *   municipality/county (Kelmu feature since 26.9.2020, Kela partner page).
 *
 * @since 0.1.0
 */
import { MunicipalityCode } from "@osallistava/core"
import * as Schema from "effect/Schema"
import { DateString } from "./notice.js"

/** @since 0.1.0 */
export const StatementToKela = Schema.TaggedStruct("StatementToKela", {
  formatVersion: Schema.Literal(1),
  noticeId: Schema.optionalKey(Schema.String),
  date: DateString,
  topic: Schema.Literals(["otherBasicExpenses", "reductionFactors", "urgentHandling"]),
  clientHeard: Schema.Literal(true)
})
/** @since 0.1.0 */
export const InformationToKela = Schema.TaggedStruct("InformationToKela", {
  formatVersion: Schema.Literal(1),
  noticeId: Schema.optionalKey(Schema.String),
  date: DateString,
  topic: Schema.Literals(["assessmentAttended", "assessmentBooked", "assessmentNotAttended", "supplementaryDecision"])
})
/** @since 0.1.0 */
export const TransferNotice = Schema.TaggedStruct("TransferNotice", {
  formatVersion: Schema.Literal(1),
  noticeId: Schema.String,
  date: DateString,
  toMunicipality: MunicipalityCode
})
/** @since 0.1.0 */
export const Flow = Schema.Union([StatementToKela, InformationToKela, TransferNotice])
/** @since 0.1.0 */
export type Flow = typeof Flow.Type
