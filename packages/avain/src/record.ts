/**
 * The AVAIN record: what a client information system stores with the
 * working-age client plan (start record) and with the plan's evaluation
 * (evaluation record), as Schemas. JSON format `formatVersion: 2`.
 *
 * A record holds a pseudonymous client reference only, never a name or a
 * henkilötunnus: a `clientRef` or free text shaped like a henkilötunnus is
 * rejected. Goals are in the client's own words (`text`), keyed by `goalId`;
 * the evaluation repeats each goal's `area` so that cohort reports fold
 * evaluation records without holding the start records in memory
 * (validation checks the copy matches the start).
 *
 * Structure from THL (docs/avain/reference.md § 3): four components (goals, situational
 * factors, services, methods), each with an evaluation section (S2); two
 * time points, start and evaluation (S1, S3); client and worker fill it in
 * together (S9); Seinäjoki saw records made without the client present (S4),
 * hence `ratedBy` and `clientPresent`.
 *
 * @since 0.1.0
 */
import { decodeInput, type InvalidInput, LocalDate, Municipality, PersonalIdentityCode } from "@osallistava/core"
import type * as Result from "effect/Result"
import * as Schema from "effect/Schema"

/** Current version of the JSON/CSV record format. @since 0.1.0 */
export const formatVersion = 2 as const

/** Format versions this library reads (older ones are upgraded). @since 0.1.0 */
export const readableFormatVersions: ReadonlyArray<number> = [1, 2]

/** True when `text` contains something shaped like a henkilötunnus (checksum not required). @since 0.1.0 */
export const containsIdentityCodeShape = (text: string): boolean => PersonalIdentityCode.containsCodeShape(text)

/** Core's shared check (`PersonalIdentityCode.containsCodeShape`); the message never repeats the value. */
const noHetu = Schema.makeFilter(
  (s: string) => !containsIdentityCodeShape(s) || "Must not contain a henkilötunnus (pseudonymous data only)",
  { title: "NoPersonalIdentityCode" }
)

/**
 * A record, plan or goal identifier: 1–64 characters A–Z a–z 0–9 . _ : -, never shaped like a henkilötunnus
 * (ids are printed by the CLI and the service, so a real code given as an id would travel on).
 * @since 0.1.0
 */
export const Id = Schema.String.pipe(
  Schema.check(
    Schema.isPattern(/^[A-Za-z0-9._:-]{1,64}$/, { message: "Expected 1–64 characters A–Z, a–z, 0–9 . _ : -" }),
    noHetu
  )
)

/**
 * Pseudonymous client reference (e.g. a vendor's internal key or a keyed hash).
 * Never a henkilötunnus. @since 0.1.0
 */
export const ClientRef = Id

/** A catalog code. @since 0.1.0 */
export const Code = Schema.String.pipe(
  Schema.check(
    Schema.isPattern(/^[A-Za-z0-9._-]{1,64}$/, { message: "Expected a code of 1–64 characters A–Z, a–z, 0–9 . _ -" })
  )
)

/** Free text (the client's own words): at most 2000 characters, never a henkilötunnus. @since 0.1.0 */
export const FreeText = Schema.String.pipe(
  Schema.check(Schema.isMaxLength(2000, { message: "Expected at most 2000 characters" })),
  Schema.check(noHetu)
)

/** A calendar date YYYY-MM-DD. @since 0.1.0 */
export const DateString = Schema.String.pipe(
  Schema.check(
    Schema.makeFilter((s: string) => LocalDate.isLocalDate(s) || "Expected an existing calendar date YYYY-MM-DD", {
      title: "LocalDate"
    })
  )
)

/** Statistics Finland municipality code (kuntanumero), checked against core's list. @since 0.1.0 */
export const MunicipalityCodeText = Schema.String.pipe(
  Schema.check(
    Schema.makeFilter(
      (s: string) =>
        Municipality.findByCode(s) !== undefined || "Expected a three-digit municipality code of Statistics Finland",
      { title: "MunicipalityCode" }
    )
  )
)

/** Who rated: client and worker together (THL's practice, S9), the worker alone, or the client alone. @since 0.1.0 */
export const RatedBy = Schema.Literals(["together", "worker", "client"])
/** @since 0.1.0 */
export type RatedBy = typeof RatedBy.Type

/** Whether a situational factor supports or hinders reaching the goals (tukeva / vaikeuttava, S3). @since 0.1.0 */
export const Direction = Schema.Literals(["supports", "hinders"])
/** @since 0.1.0 */
export type Direction = typeof Direction.Type

/** A goal at start: area, intent and the client's own words. @since 0.1.0 */
export const StartGoal = Schema.Struct({
  goalId: Id,
  /** Code of the goal-area catalog. */
  area: Code,
  /** Code of the goal-intent catalog (improve / maintain / not a goal). */
  intent: Code,
  /** The goal in the client's own words. */
  text: Schema.optionalKey(FreeText)
})
/** @since 0.1.0 */
export type StartGoal = typeof StartGoal.Type

/** A goal at evaluation: attainment level code, or `null` when not evaluated (ei arvioitu). @since 0.1.0 */
export const EvaluationGoal = Schema.Struct({
  goalId: Id,
  /** The goal's area, copied from the start record (checked by validation). */
  area: Code,
  attainment: Schema.NullOr(Code)
})
/** @since 0.1.0 */
export type EvaluationGoal = typeof EvaluationGoal.Type

/** A situational factor with its direction for this client. @since 0.1.0 */
export const Factor = Schema.Struct({ code: Code, direction: Direction })
/** @since 0.1.0 */
export type Factor = typeof Factor.Type

/** A planned method or service (start). @since 0.1.0 */
export const PlannedItem = Schema.Struct({ code: Code })
/** @since 0.1.0 */
export type PlannedItem = typeof PlannedItem.Type

/** A method or service used, with its assessment (assessment-level code) or `null`/absent. @since 0.1.0 */
export const UsedItem = Schema.Struct({ code: Code, assessment: Schema.optionalKey(Schema.NullOr(Code)) })
/** @since 0.1.0 */
export type UsedItem = typeof UsedItem.Type

const common = {
  /** Record format version; see {@link formatVersion}. */
  formatVersion: Schema.Literal(2),
  recordId: Id,
  /** The client plan (asiakassuunnitelma) cycle: a start and its evaluation share it. */
  planId: Id,
  clientRef: ClientRef,
  municipality: MunicipalityCodeText,
  date: DateString,
  ratedBy: RatedBy,
  clientPresent: Schema.Boolean,
  /** Mechanisms (2013 framework, S6): optional free text. */
  mechanisms: Schema.optionalKey(FreeText)
}

/** Start record, made with the client plan. @since 0.1.0 */
export const StartRecord = Schema.Struct({
  ...common,
  phase: Schema.Literal("start"),
  goals: Schema.Array(StartGoal),
  factors: Schema.Array(Factor),
  /** Planned social-work methods. */
  methods: Schema.Array(PlannedItem),
  /** Planned services. */
  services: Schema.Array(PlannedItem)
}).annotate({ title: "AvainStartRecord" })
/** @since 0.1.0 */
export type StartRecord = typeof StartRecord.Type

/** Evaluation record, made with the plan's evaluation (suunnitelman arvio). @since 0.1.0 */
export const EvaluationRecord = Schema.Struct({
  ...common,
  phase: Schema.Literal("evaluation"),
  /** Date of the start record this evaluates. */
  startDate: DateString,
  goals: Schema.Array(EvaluationGoal),
  /** Situational factors re-assessed at evaluation. */
  factors: Schema.Array(Factor),
  /** Methods actually used, with their assessment. */
  methods: Schema.Array(UsedItem),
  /** Services actually used, with their assessment. */
  services: Schema.Array(UsedItem)
}).annotate({ title: "AvainEvaluationRecord" })
/** @since 0.1.0 */
export type EvaluationRecord = typeof EvaluationRecord.Type

/** Either record. @since 0.1.0 */
export const AvainRecord = Schema.Union([StartRecord, EvaluationRecord]).annotate({
  title: "AvainRecord",
  description: "An AVAIN start or evaluation record, format version 2"
})
/** @since 0.1.0 */
export type AvainRecord = typeof AvainRecord.Type

/**
 * Format version 1 recorded attainment as the integers 1–5 of the provisional
 * scale (5 = very well … 1 = very poorly). Version 2 uses attainment-level codes.
 */
const v1Attainment: Readonly<Record<number, string>> = {
  5: "very-well",
  4: "fairly-well",
  3: "neither",
  2: "fairly-poorly",
  1: "very-poorly"
}

/**
 * Upgrades an older record (format version 1) to the current format;
 * returns anything else unchanged. Pure, does not validate.
 *
 * @since 0.1.0
 */
export const upgradeRecord = (input: unknown): unknown => {
  if (typeof input !== "object" || input === null) return input
  const r = input as Record<string, unknown>
  if (r["formatVersion"] !== 1) return input
  const goals = Array.isArray(r["goals"])
    ? (r["goals"] as Array<unknown>).map((g) => {
        if (r["phase"] !== "evaluation" || typeof g !== "object" || g === null) return g
        const a = (g as Record<string, unknown>)["attainment"]
        return typeof a === "number" && v1Attainment[a] !== undefined ? { ...g, attainment: v1Attainment[a] } : g
      })
    : r["goals"]
  return { ...r, formatVersion: 2, goals }
}

const decodeCurrent = decodeInput(AvainRecord, "AVAIN record")

/**
 * Decodes one record (any readable format version) into the current format.
 * The failure names every failing field path and rule, never the value.
 *
 * @example
 * ```ts
 * import { decodeRecord } from "@osallistava/avain"
 * const r = decodeRecord({ formatVersion: 2, phase: "start" })
 * r._tag // "Failure"
 * ```
 * @since 0.1.0
 */
export const decodeRecord = (input: unknown): Result.Result<AvainRecord, InvalidInput> =>
  decodeCurrent(upgradeRecord(input))
