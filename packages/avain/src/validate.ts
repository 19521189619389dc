/**
 * Validation of AVAIN records beyond their shapes: an evaluation needs its
 * start; every evaluated goal exists at start (with the same area); dates are
 * in order; every code is valid in the catalog set in force on the record's
 * date. Each failure is an {@link AvainRuleViolation} naming the record (input
 * position and `recordId`), the field path and the rule. Messages never
 * contain free text or the client reference.
 *
 * Rules follow docs/avain/reference.md § 9.3 (design), THL's two time points (S1) and the
 * code lists as versioned data (§ 11).
 *
 * @since 0.1.0
 */
import { PersonalIdentityCode, RuleViolation } from "@osallistava/core"
import * as Result from "effect/Result"
import { type CatalogId, type CatalogIndex, type CatalogSet, catalogSetOn, indexCatalogSet } from "./catalog.js"
import { provisionalCatalogSet } from "./data/provisional.js"
import { type AvainRecord, decodeRecord, type EvaluationRecord, type StartRecord } from "./record.js"

/**
 * The rules a record can break.
 *
 * - `schema`: the shape (type, pattern, required field, no henkilötunnus)
 * - `catalog-in-force`: no catalog set is in force on the record's date
 * - `code-in-catalog`: a code is not in its catalog, or not valid on the record's date
 * - `unique-record-id`, `unique-goal-id`, `unique-entry`: duplicates
 * - `one-start-per-plan`, `one-evaluation-per-plan`
 * - `evaluation-needs-start`: no start record for the evaluation's plan
 * - `same-client`: start and evaluation name different clients
 * - `start-date-matches`: the evaluation's `startDate` is not the start record's date
 * - `dates-in-order`: the evaluation is dated before its start
 * - `goal-exists-at-start`: an evaluated goal was not set at start
 * - `goal-area-matches-start`: an evaluated goal's area differs from the start
 *
 * @since 0.1.0
 */
export type ValidationRule =
  | "schema"
  | "catalog-in-force"
  | "code-in-catalog"
  | "unique-record-id"
  | "unique-goal-id"
  | "unique-entry"
  | "one-start-per-plan"
  | "one-evaluation-per-plan"
  | "evaluation-needs-start"
  | "same-client"
  | "start-date-matches"
  | "dates-in-order"
  | "goal-exists-at-start"
  | "goal-area-matches-start"

/**
 * One failed rule of one record: core's `RuleViolation` (the one error
 * type of the project for a broken rule: `_tag` `"RuleViolation"`, `at`,
 * `rule`, `detail`, formatted by core's `errorLines`/`formatError`) with the
 * record it is about, which AVAIN needs because an issue found later (an
 * evaluation whose start never came) concerns an earlier record: `record`
 * (0-based input position) and `recordId` (when it could be read; record ids
 * refuse henkilötunnus shapes, so they may be shown).
 *
 * @since 0.1.0 (core's `RuleViolation` since 0.4.0; before, a tagged error of its own, `_tag` `"AvainRuleViolation"`)
 */
export class AvainRuleViolation extends RuleViolation {
  /** Position of the record in the input (0-based). */
  readonly record: number
  /** The record's `recordId` when it could be read. */
  readonly recordId: string | undefined
  declare readonly rule: ValidationRule
  constructor(args: {
    readonly record: number
    readonly recordId: string | undefined
    /** Field path, e.g. `goals[1].area`; `(root)` for the record itself. */
    readonly at: string
    readonly rule: ValidationRule
    readonly detail: string
  }) {
    super({ at: args.at, rule: args.rule, detail: args.detail })
    this.record = args.record
    this.recordId = args.recordId
  }
  override get message(): string {
    return `records[${this.record}]${this.recordId === undefined ? "" : ` (${this.recordId})`}: ${this.at}: ${this.detail} (rule ${this.rule})`
  }
  /** Plain data for JSON output. */
  override toJSON(): { record: number; recordId: string | null; at: string; rule: ValidationRule; detail: string } {
    return { record: this.record, recordId: this.recordId ?? null, at: this.at, rule: this.rule, detail: this.detail }
  }
}

/** @since 0.1.0 */
export interface ValidateOptions {
  /** Catalog sets to check codes against, by date; default `[provisionalCatalogSet]`. */
  readonly catalogSets?: ReadonlyArray<CatalogSet>
}

/** What {@link Validator.add} returns for one input. @since 0.1.0 */
export interface RecordCheck {
  /** The decoded record when its shape was valid (it may still break other rules). */
  readonly record: AvainRecord | undefined
  readonly issues: ReadonlyArray<AvainRuleViolation>
}

/**
 * An incremental validator: `add` each input in order, then `finish` to get
 * the evaluations whose start never arrived. Memory grows with the number of
 * plans (one small entry each), not with the records' contents.
 *
 * @since 0.1.0
 */
export interface Validator {
  readonly add: (input: unknown) => RecordCheck
  readonly finish: () => ReadonlyArray<AvainRuleViolation>
}

interface StartInfo {
  readonly record: number
  /** False when the start record itself broke a rule: its evaluation cannot be scored against it. */
  readonly valid: boolean
  readonly date: string
  readonly clientRef: string
  readonly goals: Map<string, string>
}

interface PlanState {
  start: StartInfo | undefined
  evaluations: number
  pending: Array<{ record: number; value: EvaluationRecord }>
}

const violation = (record: number, recordId: string | undefined, at: string, rule: ValidationRule, detail: string) =>
  new AvainRuleViolation({ record, recordId, at, rule, detail })

const catalogWord: Readonly<Record<CatalogId, string>> = {
  "goal-area": "goal area",
  "goal-intent": "goal intent",
  "attainment-level": "attainment level",
  factor: "situational factor",
  method: "method",
  "method-family": "method family",
  service: "service",
  "assessment-level": "assessment level"
}

const checkCodes = (r: AvainRecord, index: number, ix: CatalogIndex, out: Array<AvainRuleViolation>): void => {
  const code = (catalog: CatalogId, value: string, at: string) => {
    if (!ix.isValidOn(catalog, value, r.date))
      out.push(
        violation(
          index,
          r.recordId,
          at,
          "code-in-catalog",
          `Unknown ${catalogWord[catalog]} code, or not valid on ${r.date} in catalog set ${ix.set.version}`
        )
      )
  }
  const goalIds = new Set<string>()
  r.goals.forEach((g, i) => {
    if (goalIds.has(g.goalId))
      out.push(violation(index, r.recordId, `goals[${i}].goalId`, "unique-goal-id", "Goal id appears twice"))
    goalIds.add(g.goalId)
    code("goal-area", g.area, `goals[${i}].area`)
    if (r.phase === "start") code("goal-intent", (g as StartRecord["goals"][number]).intent, `goals[${i}].intent`)
    else {
      const a = (g as EvaluationRecord["goals"][number]).attainment
      if (a !== null) code("attainment-level", a, `goals[${i}].attainment`)
    }
  })
  const seen = new Set<string>()
  r.factors.forEach((f, i) => {
    const key = `${f.code}\u0000${f.direction}`
    if (seen.has(key))
      out.push(violation(index, r.recordId, `factors[${i}]`, "unique-entry", "Factor and direction appear twice"))
    seen.add(key)
    code("factor", f.code, `factors[${i}].code`)
  })
  for (const field of ["methods", "services"] as const) {
    const catalog: CatalogId = field === "methods" ? "method" : "service"
    const codes = new Set<string>()
    r[field].forEach((m: { code: string; assessment?: string | null }, i: number) => {
      if (codes.has(m.code))
        out.push(violation(index, r.recordId, `${field}[${i}].code`, "unique-entry", "Code appears twice"))
      codes.add(m.code)
      code(catalog, m.code, `${field}[${i}].code`)
      if (m.assessment !== undefined && m.assessment !== null)
        code("assessment-level", m.assessment, `${field}[${i}].assessment`)
    })
  }
}

const checkPair = (start: StartInfo, e: EvaluationRecord, index: number, out: Array<AvainRuleViolation>): void => {
  // An evaluation is measured against its start (goal attainment per start goal); when the start was rejected,
  // the evaluation has no usable start and must not be scored alone as if the start were missing by design.
  if (!start.valid)
    out.push(
      violation(
        index,
        e.recordId,
        "planId",
        "evaluation-needs-start",
        `The start record of this plan (records[${start.record}]) broke a rule`
      )
    )
  if (e.clientRef !== start.clientRef)
    out.push(
      violation(index, e.recordId, "clientRef", "same-client", "The start record of this plan names another client")
    )
  if (e.startDate !== start.date)
    out.push(
      violation(
        index,
        e.recordId,
        "startDate",
        "start-date-matches",
        `Differs from the date of the plan's start record (${start.date})`
      )
    )
  if (e.date < start.date)
    out.push(
      violation(index, e.recordId, "date", "dates-in-order", `Evaluation dated before its start record (${start.date})`)
    )
  e.goals.forEach((g, i) => {
    const area = start.goals.get(g.goalId)
    if (area === undefined)
      out.push(
        violation(
          index,
          e.recordId,
          `goals[${i}].goalId`,
          "goal-exists-at-start",
          "No goal with this id in the start record"
        )
      )
    else if (area !== g.area)
      out.push(
        violation(
          index,
          e.recordId,
          `goals[${i}].area`,
          "goal-area-matches-start",
          `The goal's area at start is ${area}`
        )
      )
  })
}

/**
 * Makes an incremental {@link Validator}.
 *
 * @since 0.1.0
 */
export const makeValidator = (options: ValidateOptions = {}): Validator => {
  const sets = options.catalogSets ?? [provisionalCatalogSet]
  const plans = new Map<string, PlanState>()
  const recordIds = new Set<string>()
  let position = 0
  return {
    add: (input) => {
      const index = position++
      const decoded = decodeRecord(input)
      if (Result.isFailure(decoded)) {
        const rid =
          typeof input === "object" && input !== null && typeof (input as { recordId?: unknown }).recordId === "string"
            ? ((input as { recordId: string }).recordId.slice(0, 64) as string)
            : undefined
        // Named only when it is a well-formed id: never one shaped like a henkilötunnus (the very value refused).
        const safeId =
          rid !== undefined && /^[A-Za-z0-9._:-]{1,64}$/.test(rid) && !PersonalIdentityCode.containsCodeShape(rid)
            ? rid
            : undefined
        return {
          record: undefined,
          issues: decoded.failure.issues.map((i) => violation(index, safeId, i.at, "schema", i.message))
        }
      }
      const r = decoded.success
      const out: Array<AvainRuleViolation> = []
      if (recordIds.has(r.recordId))
        out.push(violation(index, r.recordId, "recordId", "unique-record-id", "Record id appears twice"))
      recordIds.add(r.recordId)
      const set = catalogSetOn(sets, r.date)
      if (set === undefined)
        out.push(
          violation(index, r.recordId, "date", "catalog-in-force", "No AVAIN catalog set is in force on this date")
        )
      else checkCodes(r, index, indexCatalogSet(set), out)
      let plan = plans.get(r.planId)
      if (plan === undefined) {
        plan = { start: undefined, evaluations: 0, pending: [] }
        plans.set(r.planId, plan)
      }
      if (r.phase === "start") {
        if (plan.start !== undefined)
          out.push(violation(index, r.recordId, "planId", "one-start-per-plan", "The plan already has a start record"))
        else {
          const goals = new Map<string, string>()
          for (const g of r.goals) goals.set(g.goalId, g.area)
          plan.start = { record: index, valid: out.length === 0, date: r.date, clientRef: r.clientRef, goals }
          for (const p of plan.pending) {
            const late: Array<AvainRuleViolation> = []
            checkPair(plan.start, p.value, p.record, late)
            out.push(...late)
          }
          plan.pending = []
        }
      } else {
        if (plan.evaluations > 0)
          out.push(
            violation(
              index,
              r.recordId,
              "planId",
              "one-evaluation-per-plan",
              "The plan already has an evaluation record"
            )
          )
        plan.evaluations++
        if (plan.start !== undefined) checkPair(plan.start, r, index, out)
        else plan.pending.push({ record: index, value: r })
      }
      return { record: r, issues: out }
    },
    finish: () => {
      const out: Array<AvainRuleViolation> = []
      for (const plan of plans.values())
        for (const p of plan.pending)
          out.push(
            violation(p.record, p.value.recordId, "planId", "evaluation-needs-start", "No start record for this plan")
          )
      return out.sort((a, b) => a.record - b.record)
    }
  }
}

/** Result of {@link validate}. @since 0.1.0 */
export interface ValidationResult {
  readonly valid: boolean
  /** Records that broke no rule, in input order. */
  readonly records: ReadonlyArray<AvainRecord>
  /** Every failure, by record position. */
  readonly issues: ReadonlyArray<AvainRuleViolation>
}

/**
 * Validates a batch of inputs (any readable format version) as one data set.
 *
 * @example
 * ```ts
 * import { validate } from "@osallistava/avain"
 * const { valid, issues } = validate(recordsFromMyDatabase)
 * if (!valid) for (const i of issues) console.log(i.message)
 * ```
 * @since 0.1.0
 */
export const validate = (inputs: Iterable<unknown>, options: ValidateOptions = {}): ValidationResult => {
  const v = makeValidator(options)
  const decoded: Array<AvainRecord | undefined> = []
  const issues: Array<AvainRuleViolation> = []
  for (const input of inputs) {
    const c = v.add(input)
    decoded.push(c.record)
    issues.push(...c.issues)
  }
  issues.push(...v.finish())
  issues.sort((a, b) => a.record - b.record)
  const bad = new Set(issues.map((i) => i.record))
  const records: Array<AvainRecord> = []
  decoded.forEach((r, i) => {
    if (r !== undefined && !bad.has(i)) records.push(r)
  })
  return { valid: issues.length === 0, records, issues }
}
