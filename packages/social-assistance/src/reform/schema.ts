/**
 * A reform as data: a named set of overrides of the dated parameter tables (`Parameters`) on top of a base law, which
 * is either the law in force in each month calculated or the law of one fixed month. Decoded by Schema at the
 * boundary, so a reform can be shared as a JSON file; the decoded value is the JSON itself (amounts stay decimal euro
 * strings, percentages decimal strings), so `encodeReform` gives back the file.
 *
 * @example
 * ```ts
 * import { Reform } from "@osallistava/social-assistance"
 * const r = Reform.decodeReform({
 *   name: "keep-disregard",
 *   description: "The law of March 2026 with the earned-income disregard kept for adults",
 *   source: "Law 26/2026 (HE 116/2025), 11 § 3 mom",
 *   base: { lawOf: "2026-03" },
 *   overrides: [{ parameter: "earnedIncomeDisregard", value: { adultsIncluded: true } }]
 * })
 * ```
 * @since 0.3.0
 */
import { decodeInput, InvalidInput, PersonalIdentityCode, ReductionGround } from "@osallistava/core"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { MonthString } from "../application.js"

/** A month `YYYY-MM` from 2017-01 to 2026-12 (the months the parameters cover). @since 0.3.0 */
export const Month = MonthString

/** A non-negative euro amount as a decimal string, e.g. `"578.43"`. @since 0.3.0 */
export const Euros = Schema.String.pipe(
  Schema.check(
    Schema.isPattern(/^(0|[1-9][0-9]{0,6})(\.[0-9]{1,2})?$/, {
      message: 'Expected a non-negative euro amount as a decimal string with at most two decimals, e.g. "578.43"'
    })
  )
)

/** A percentage as a decimal string from 0 to 200 with at most four decimals, e.g. `"72.2"`. @since 0.3.0 */
export const PercentText = Schema.String.pipe(
  Schema.check(
    Schema.isPattern(/^(0|[1-9][0-9]{0,2})(\.[0-9]{1,4})?$/, {
      message: 'Expected a percentage as a decimal string with at most four decimals, e.g. "72.2"'
    }),
    Schema.makeFilter((s: string) => Number(s) <= 200 || "Expected a percentage of at most 200", {
      title: "PercentageRange"
    })
  )
)

const Count = (max: number) => Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 0, maximum: max })))

/** A short free text (a name, a description, a source). Refuses henkilötunnus shapes. */
const Text = (max: number) =>
  Schema.String.pipe(Schema.check(Schema.isMinLength(1), Schema.isMaxLength(max), PersonalIdentityCode.isPseudonymous))

const when = {
  /** First month the override applies to (inclusive); default: every month. */
  from: Schema.optionalKey(Month),
  /** Last month the override applies to (inclusive); default: every month from `from`. */
  to: Schema.optionalKey(Month),
  /** Where the reformed value comes from (a bill, a proposal, a what-if). */
  source: Schema.optionalKey(Text(500))
}

const override = <P extends string, V extends Schema.Top>(parameter: P, value: V) =>
  Schema.Struct({ parameter: Schema.Literal(parameter), value, ...when })

/**
 * One override: the parameter (a dated table of `Parameters`), its value in the months `from`–`to`, and a source.
 * Object-valued tables take a partial value: the fields given replace those of the base law, the others stay.
 *
 * @since 0.3.0
 */
export const Override = Schema.Union([
  /** Perusosa of a person living alone, 9 § 1 mom 1 kohta. */
  override("basicAmountSingle", Euros),
  /** Percentages of the basic amount by category, 9 § 1–3 mom. */
  override(
    "categoryPercentages",
    Schema.Struct({
      livingAlone: Schema.optionalKey(PercentText),
      singleParent: Schema.optionalKey(PercentText),
      otherAdult: Schema.optionalKey(PercentText),
      adultWithParents: Schema.optionalKey(PercentText),
      child10to17: Schema.optionalKey(PercentText),
      childUnder10: Schema.optionalKey(PercentText),
      secondChildStep: Schema.optionalKey(PercentText),
      laterChildStep: Schema.optionalKey(PercentText)
    })
  ),
  /** Ansiotulovähennys, 11 § 3 mom. */
  override(
    "earnedIncomeDisregard",
    Schema.Struct({
      rule: Schema.optionalKey(Schema.Literals(["twentyPercentMax", "firstAmount"])),
      maximum: Schema.optionalKey(Euros),
      adultsIncluded: Schema.optionalKey(Schema.Boolean)
    })
  ),
  /** Minor gifts and assistance left uncounted, 11 § 2 mom 1 kohta. */
  override(
    "minorAssistanceDisregard",
    Schema.Union([
      Schema.Struct({ singlePerson: Schema.optionalKey(Euros), family: Schema.optionalKey(Euros) }),
      Schema.Literal("none")
    ])
  ),
  /** Coeliac diet allowance, 7 b § 2 mom. */
  override(
    "coeliacDietAllowance",
    Schema.Union([
      Schema.Struct({ amount: Schema.optionalKey(Euros), minimumAge: Schema.optionalKey(Count(120)) }),
      Schema.Literal("none")
    ])
  ),
  /** Moving allowance (muuttoraha), 7 a §. */
  override("movingAllowance", Schema.Struct({ short: Schema.optionalKey(Euros), long: Schema.optionalKey(Euros) })),
  /** Reduction regime of the basic amount, 10 §. */
  override(
    "reductionRegimes",
    Schema.Struct({
      grounds: Schema.optionalKey(
        Schema.Array(
          Schema.Struct({
            ground: ReductionGround.schema,
            percentages: Schema.Array(Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 100 }))))
          })
        )
      ),
      maxMonths: Schema.optionalKey(Count(120))
    })
  ),
  /** Housing-cost limit regime: which annex of decree 144/2024 applies, the direction period, 7 a §. */
  override(
    "housingLimitRegimes",
    Schema.Struct({
      annex: Schema.optionalKey(Schema.Union([Schema.Literals(["2024", "2025", "2026"]), Schema.Null])),
      directionMonths: Schema.optionalKey(Count(24))
    })
  )
])

/** @since 0.3.0 */
export type Override = typeof Override.Type

/** The parameter names a reform may override. @since 0.3.0 */
export type OverriddenParameter = Override["parameter"]

/**
 * The law a reform starts from: `"inForce"` (each month's own law, the default) or the law of one month applied to
 * every month calculated (`{ "lawOf": "2026-03" }`; ages and dates stay those of the month calculated).
 *
 * @since 0.3.0
 */
export const Base = Schema.Union([Schema.Literal("inForce"), Schema.Struct({ lawOf: Month })])

/** @since 0.3.0 */
export type Base = typeof Base.Type

/**
 * A reform: a name (an identifier, `[A-Za-z0-9._-]`), a description and a source, the base law and the overrides in
 * order (a later override of the same parameter wins).
 *
 * @since 0.3.0
 */
export const Reform = Schema.Struct({
  name: Schema.String.pipe(
    Schema.check(
      Schema.isPattern(/^[A-Za-z0-9._-]{1,80}$/, { message: "Expected a name of 1–80 characters [A-Za-z0-9._-]" }),
      PersonalIdentityCode.isPseudonymous
    )
  ),
  description: Schema.optionalKey(Text(2000)),
  source: Schema.optionalKey(Text(500)),
  base: Schema.optionalKey(Base),
  overrides: Schema.Array(Override).pipe(Schema.check(Schema.isMaxLength(200)))
}).annotate({ title: "Reform" })

/** @since 0.3.0 */
export type Reform = typeof Reform.Type

const decode = decodeInput(Reform, "reform")

/**
 * Decodes a reform (parsed JSON). Failure: `InvalidInput` naming each failing field path (`overrides[1].value.maximum`)
 * and the rule, never the value; an override whose `from` is after its `to` fails at `overrides[i].to`.
 *
 * @since 0.3.0
 */
export const decodeReform = (input: unknown): Result.Result<Reform, InvalidInput> => {
  const r = decode(input)
  if (Result.isFailure(r)) return r
  const issues = r.success.overrides.flatMap((o, i) =>
    o.from !== undefined && o.to !== undefined && o.from > o.to
      ? [{ path: ["overrides", i, "to"], at: `overrides[${i}].to`, message: "Expected a month not before `from`" }]
      : []
  )
  return issues.length === 0 ? r : Result.fail(new InvalidInput({ subject: "reform", issues }))
}

/**
 * The reform as JSON (the same document `decodeReform` reads).
 *
 * @since 0.3.0
 */
export const encodeReform = (reform: Reform): unknown => Schema.encodeSync(Reform)(reform)

/** The JSON Schema of a reform file. @since 0.3.0 */
export const reformJsonSchema = () => Schema.toJsonSchemaDocument(Reform)

/**
 * A reform that changes nothing: the law in force in each month (or the law of `lawOf`).
 *
 * @since 0.3.0
 */
export const lawOf = (month?: string): Reform =>
  month === undefined
    ? { name: "law-in-force", overrides: [] }
    : { name: `law-of-${month}`, base: { lawOf: month }, overrides: [] }
