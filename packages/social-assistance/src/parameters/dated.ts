/**
 * Effective-dated parameter values with their legal source.
 *
 * @since 0.1.0
 */
import { ParameterNotInForce } from "@osallistava/core/errors"
import * as Result from "effect/Result"

/**
 * Evidence grade as in the domain reference: `C` seen in the cited source,
 * `D` derived by arithmetic from certain facts, `I` inferred (provisional).
 *
 * @since 0.1.0
 */
export type Evidence = "C" | "D" | "I"

/**
 * One value of a parameter, in force from `validFrom` to `validTo` (inclusive, `null` = open-ended).
 *
 * @since 0.1.0
 */
export interface Dated<A> {
  readonly validFrom: string
  readonly validTo: string | null
  readonly value: A
  readonly source: string
  readonly evidence: Evidence
  /** True when the value is not confirmed from a primary source; decisions using it are flagged. */
  readonly provisional: boolean
}

/**
 * A named table of dated values.
 *
 * @since 0.1.0
 */
export interface Table<A> {
  readonly name: string
  readonly values: ReadonlyArray<Dated<A>>
}

/** @since 0.1.0 */
export const dated = <A>(
  validFrom: string,
  validTo: string | null,
  value: A,
  source: string,
  evidence: Evidence = "C"
): Dated<A> => ({ validFrom, validTo, value, source, evidence, provisional: evidence === "I" })

/** @since 0.1.0 */
export const table = <A>(name: string, values: ReadonlyArray<Dated<A>>): Table<A> => ({ name, values })

/**
 * The value in force on `date` (`YYYY-MM-DD`), or `ParameterNotInForce` — never a silent default.
 *
 * @example
 * ```ts
 * import { Parameters } from "@osallistava/social-assistance"
 * Parameters.lookup(Parameters.basicAmountSingle, "2021-06-01") // Result.succeed({ value: 50406, ... })
 * ```
 * @since 0.1.0
 */
export const lookup = <A>(t: Table<A>, date: string): Result.Result<Dated<A>, ParameterNotInForce> => {
  for (const v of t.values) {
    if (v.validFrom <= date && (v.validTo === null || date <= v.validTo)) return Result.succeed(v)
  }
  return Result.fail(new ParameterNotInForce({ parameter: t.name, date }))
}
