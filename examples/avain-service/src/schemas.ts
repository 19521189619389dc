/**
 * Schemas of the service's responses and query parameters. The OpenAPI
 * description is generated from them (and from the avain package's record
 * Schema), and the type checks at the end of this file fail to compile when
 * the avain package's result types drift from these Schemas.
 *
 * @since 0.1.0
 */
import { type CatalogId, type CohortReport, catalogIds, type PlanScore } from "@osallistava/avain"
import { Schema } from "effect"

const Str = Schema.String
const Num = Schema.Number
const Strs = Schema.Array(Str)

/** @since 0.1.0 */
export const Label = Schema.Struct({ fi: Str, sv: Str, en: Str }).annotate({ identifier: "Label" })

const Interval = Schema.NullOr(Schema.Struct({ low: Num, high: Num }))
const NNum = Schema.NullOr(Num)

/**
 * A share after disclosure control (the avain package's `ReportedProportion`):
 * `numerator`, `denominator` and `share` are `null` when suppressed.
 *
 * @since 0.1.0
 */
export const Proportion = Schema.Struct({
  numerator: NNum,
  denominator: NNum,
  share: NNum,
  suppressed: Schema.Boolean
}).annotate({
  identifier: "Proportion"
})

const proportionFields = { numerator: NNum, denominator: NNum, share: NNum, suppressed: Schema.Boolean }
const withInterval = { ...proportionFields, ci95: Interval }

/** @since 0.1.0 */
export const ProportionWithInterval = Schema.Struct(withInterval).annotate({ identifier: "ProportionWithInterval" })

const FactorState = Schema.Literals(["supports", "hinders", "both"])
const FactorSplit = Schema.Struct({ supports: Strs, hinders: Strs })

/** Scores of one client plan (the avain package's `PlanScore`). @since 0.1.0 */
export const PlanScoreSchema = Schema.Struct({
  planId: Str,
  clientRef: Str,
  municipality: Str,
  status: Schema.Literals(["evaluated", "started", "evaluation-only"]),
  startDate: Schema.NullOr(Str),
  evaluationDate: Schema.NullOr(Str),
  days: Schema.NullOr(Num),
  goals: Schema.Array(
    Schema.Struct({
      goalId: Str,
      area: Str,
      intent: Schema.NullOr(Str),
      attainment: Schema.NullOr(Str),
      attained: Schema.NullOr(Schema.Boolean)
    })
  ),
  attainment: Schema.Struct({ attained: Num, evaluated: Num, notEvaluated: Num, share: Schema.NullOr(Num) }),
  factors: Schema.Struct({
    start: FactorSplit,
    evaluation: Schema.NullOr(FactorSplit),
    changes: Schema.Array(
      Schema.Struct({
        code: Str,
        start: Schema.NullOr(FactorState),
        evaluation: Schema.NullOr(FactorState),
        change: Schema.Literals(["improved", "worsened", "unchanged", "added", "dropped"])
      })
    )
  }),
  methods: Schema.Struct({ planned: Strs, used: Strs, families: Strs }),
  services: Schema.Struct({ planned: Strs, used: Strs }),
  catalogVersion: Str,
  provisional: Schema.Boolean
}).annotate({ identifier: "PlanScore" })

const PrevalenceRow = Schema.Struct({ ...proportionFields, code: Str, label: Label }).annotate({
  identifier: "PrevalenceRow"
})
const Rows = Schema.Array(PrevalenceRow)

/** @since 0.1.0 */
export const catalogIdLiterals = Schema.Literals(catalogIds)

/** The avain package's report filters. @since 0.1.0 */
export const ReportFiltersSchema = Schema.Struct({
  municipalities: Schema.optionalKey(Strs),
  period: Schema.optionalKey(Schema.Struct({ from: Schema.optionalKey(Str), to: Schema.optionalKey(Str) })),
  methodFamily: Schema.optionalKey(Str),
  clientPresent: Schema.optionalKey(Schema.Boolean)
})

/** A cohort report (the avain package's `CohortReport`). @since 0.1.0 */
export const CohortReportSchema = Schema.Struct({
  reportVersion: Schema.Literal(1),
  catalogVersion: Str,
  filters: ReportFiltersSchema,
  threshold: Schema.Struct({ code: Str, label: Label }),
  minCell: Num,
  population: Schema.Struct({ started: NNum, evaluated: NNum }),
  prevalence: Schema.Struct({
    goalAreas: Rows,
    factorsSupporting: Rows,
    factorsHindering: Rows,
    methodsPlanned: Rows,
    methodFamiliesPlanned: Rows,
    services: Rows,
    methodsUsed: Rows
  }),
  attainment: Schema.Struct({
    overall: Schema.Struct({ ...withInterval, notEvaluated: NNum, plans: NNum }),
    byArea: Schema.Array(Schema.Struct({ ...withInterval, code: Str, label: Label, plans: NNum, notEvaluated: NNum })),
    clientMean: Schema.Struct({ plans: NNum, mean: NNum }),
    levels: Rows
  }),
  comparison: Schema.Array(
    Schema.Struct({
      kind: Schema.Literals(["method", "family"]),
      code: Str,
      label: Label,
      with: Schema.Struct({ ...withInterval, plans: NNum }),
      without: Schema.Struct({ ...withInterval, plans: NNum }),
      difference: Schema.NullOr(Num)
    })
  ),
  attrition: Proportion,
  provisional: Schema.Struct({
    inUse: Schema.Boolean,
    entries: Schema.Array(Schema.Struct({ catalog: catalogIdLiterals, code: Str })),
    notice: Label
  }),
  notes: Schema.Array(Label)
}).annotate({ identifier: "CohortReport" })

/** Response of a stored record or batch. @since 0.1.0 */
export const StoreResponse = Schema.Struct({
  /** Id of the committed batch; `null` when every record was already stored (nothing written). */
  batchId: Schema.NullOr(Str),
  created: Num,
  unchanged: Num,
  records: Schema.Array(Schema.Struct({ recordId: Str, status: Schema.Literals(["created", "unchanged"]) }))
}).annotate({ identifier: "StoreResponse" })

/** Response of stateless scoring. @since 0.1.0 */
export const ScoresResponse = Schema.Struct({ scores: Schema.Array(PlanScoreSchema) }).annotate({
  identifier: "ScoresResponse"
})

/** RFC 9457 problem details, with per-record issues for validation failures. @since 0.1.0 */
export const Problem = Schema.Struct({
  type: Str,
  title: Str,
  status: Num,
  detail: Str,
  requestId: Str,
  issues: Schema.optionalKey(
    Schema.Array(
      Schema.Struct({ record: Num, at: Str, rule: Str, detail: Str }).annotate({
        identifier: "Issue"
      })
    )
  ),
  /** Total number of issues when `issues` was cut short. */
  issueCount: Schema.optionalKey(Num)
}).annotate({ identifier: "Problem" })

/** @since 0.1.0 */
export const Health = Schema.Struct({
  status: Schema.Literal("ok"),
  schemaVersion: Num,
  journalMode: Str,
  synchronous: Str
}).annotate({ identifier: "Health" })

const DateParam = Schema.String.pipe(
  Schema.check(Schema.isPattern(/^\d{4}-\d{2}-\d{2}$/, { message: "Expected a date YYYY-MM-DD" }))
)

/** Query parameters of `GET /reports/cohort` (after collecting repeated keys). @since 0.1.0 */
export const CohortQueryParams = Schema.Struct({
  municipality: Schema.optionalKey(
    Schema.Array(
      Schema.String.pipe(
        Schema.check(Schema.isPattern(/^\d{3}$/, { message: "Expected a three-digit municipality code" }))
      )
    )
  ),
  from: Schema.optionalKey(DateParam),
  to: Schema.optionalKey(DateParam),
  methodFamily: Schema.optionalKey(
    Schema.String.pipe(Schema.check(Schema.isPattern(/^[A-Za-z0-9._-]{1,64}$/, { message: "Expected a code" })))
  ),
  clientPresent: Schema.optionalKey(Schema.Literals(["true", "false"])),
  threshold: Schema.optionalKey(
    Schema.String.pipe(Schema.check(Schema.isPattern(/^[A-Za-z0-9._-]{1,64}$/, { message: "Expected a code" })))
  )
})

// Compile-time drift checks: each direction must be assignable.
type Mutable<T> =
  T extends ReadonlyArray<infer U>
    ? Array<Mutable<U>>
    : T extends object
      ? { -readonly [K in keyof T]: Mutable<T[K]> }
      : T
const _planScoreIn = (x: PlanScore): typeof PlanScoreSchema.Type => x
const _planScoreOut = (x: Mutable<typeof PlanScoreSchema.Type>): PlanScore => x
const _reportIn = (x: CohortReport): typeof CohortReportSchema.Type => x
const _reportOut = (x: typeof CohortReportSchema.Type): CohortReport => x
const _catalogId = (x: CatalogId): typeof catalogIdLiterals.Type => x
void [_planScoreIn, _planScoreOut, _reportIn, _reportOut, _catalogId]
