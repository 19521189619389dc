/**
 * A law: what parameters are in force for a month calculated. The law in force (each month its own law, as
 * `calculate` does), the law of one fixed month, or a reform (`Reform`: a base law and overrides of the dated
 * tables). The rules never change: a law only changes the parameters they read (`rules/context.ts`).
 *
 * @since 0.3.0
 */
import { Money, RuleViolation } from "@osallistava/core"
import * as Result from "effect/Result"
import type { Dated } from "../parameters/dated.js"
import type * as T from "../parameters/tables.js"
import { type CalculationError, type Month, type MonthParameters, monthWith, parametersFor } from "../rules/context.js"
import type { Override, Reform } from "./schema.js"

/**
 * A law: a name and the parameters for each month calculated.
 *
 * @since 0.3.0
 */
export interface Law {
  /** `law-in-force`, `law-of-YYYY-MM` or the reform's name. */
  readonly name: string
  /** What the law is, for texts: the law in force, the law of one month, or a reform (by its name). */
  readonly kind: LawKind
  /** The parameters the rules read for month `month` (`YYYY-MM`, the month calculated). */
  readonly parametersFor: (month: string) => Result.Result<MonthParameters, CalculationError>
}

/** @since 0.3.0 */
export type LawKind =
  | { readonly _tag: "InForce" }
  | { readonly _tag: "OfMonth"; readonly month: string }
  | { readonly _tag: "Reform"; readonly name: string }

/** The law in force in each month: what `calculate` uses. @since 0.3.0 */
export const inForce: Law = { name: "law-in-force", kind: { _tag: "InForce" }, parametersFor }

/**
 * The law of `lawMonth` (`YYYY-MM`) for every month calculated: ages, dates and periods stay those of the month
 * calculated, every amount, percentage and regime is the one in force in `lawMonth`.
 *
 * @since 0.3.0
 */
export const ofMonth = (lawMonth: string): Law => ({
  name: `law-of-${lawMonth}`,
  kind: { _tag: "OfMonth", month: lawMonth },
  parametersFor: () => parametersFor(lawMonth)
})

const cents = (text: string): number => {
  const r = Money.parse(text)
  return Result.isSuccess(r) ? r.success : Number.NaN
}

const lastDayOf = (month: string): string => {
  const y = Number(month.slice(0, 4))
  const m = Number(month.slice(5, 7))
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`
}

const applies = (o: Override, month: string): boolean =>
  (o.from === undefined || o.from <= month) && (o.to === undefined || month <= o.to)

/** The dated entry of an override: its window, the reform as source, never provisional. */
const entry = <A>(base: Dated<unknown> | undefined, value: A, o: Override, index: number): Dated<A> => ({
  validFrom: o.from !== undefined ? `${o.from}-01` : (base?.validFrom ?? "2017-01-01"),
  validTo: o.to !== undefined ? lastDayOf(o.to) : (base?.validTo ?? null),
  value,
  source: `Reform, overrides[${index}]${o.source === undefined ? "" : " (source given in the reform)"}`,
  evidence: "C",
  provisional: false
})

const incomplete = (index: number, field: string): RuleViolation =>
  new RuleViolation({
    at: `overrides[${index}].value.${field}`,
    rule: "override-complete",
    detail: "The base law has no value of this parameter in the month: the override must give every field"
  })

/** `partial` over `base` (fields in `partial` replace those of `base`), or the missing field. */
const merge = <A extends object>(
  base: A | undefined,
  partial: { readonly [K in keyof A]?: unknown },
  convert: (key: keyof A, value: unknown) => unknown,
  keys: ReadonlyArray<keyof A>
): A | keyof A => {
  const out: Record<string, unknown> = { ...(base ?? {}) }
  for (const k of keys) {
    const v = partial[k]
    if (v !== undefined) out[k as string] = convert(k, v)
    else if (base === undefined) return k
  }
  return out as A
}

/** Applies override `o` (number `index` of the reform) to the parameters `p`. */
const apply = (p: MonthParameters, o: Override, index: number): Result.Result<MonthParameters, RuleViolation> => {
  switch (o.parameter) {
    case "basicAmountSingle":
      return Result.succeed({ ...p, single: entry(p.single, cents(o.value), o, index) })
    case "categoryPercentages": {
      const parsed: Record<string, Money.Percentage> = {}
      for (const [k, x] of Object.entries(o.value)) {
        if (x === undefined) continue
        const r = Money.parsePercent(x as string, `overrides[${index}].value.${k}`)
        if (Result.isFailure(r)) return Result.fail(r.failure)
        parsed[k] = r.success
      }
      const v = merge<T.CategoryPercentages>(p.percentages.value, o.value, (k) => parsed[k as string], [
        "livingAlone",
        "singleParent",
        "otherAdult",
        "adultWithParents",
        "child10to17",
        "childUnder10",
        "secondChildStep",
        "laterChildStep"
      ])
      return Result.succeed({ ...p, percentages: entry(p.percentages, v as T.CategoryPercentages, o, index) })
    }
    case "earnedIncomeDisregard": {
      const v = merge<T.EarnedIncomeDisregard>(
        p.disregard.value,
        o.value,
        (k, x) => (k === "maximum" ? cents(x as string) : x),
        ["rule", "maximum", "adultsIncluded"]
      )
      return Result.succeed({ ...p, disregard: entry(p.disregard, v as T.EarnedIncomeDisregard, o, index) })
    }
    case "minorAssistanceDisregard": {
      if (o.value === "none") return Result.succeed({ ...p, minorAssistance: undefined })
      const v = merge<T.MinorAssistanceDisregard>(p.minorAssistance?.value, o.value, (_, x) => cents(x as string), [
        "singlePerson",
        "family"
      ])
      if (typeof v === "string") return Result.fail(incomplete(index, v))
      return Result.succeed({ ...p, minorAssistance: entry(p.minorAssistance, v, o, index) })
    }
    case "coeliacDietAllowance": {
      if (o.value === "none") return Result.succeed({ ...p, coeliac: undefined })
      const v = merge<{ readonly amount: number; readonly minimumAge: number }>(
        p.coeliac?.value,
        o.value,
        (k, x) => (k === "amount" ? cents(x as string) : x),
        ["amount", "minimumAge"]
      )
      if (typeof v === "string") return Result.fail(incomplete(index, v))
      return Result.succeed({ ...p, coeliac: entry(p.coeliac, v, o, index) })
    }
    case "movingAllowance": {
      const v = merge<{ readonly short: number; readonly long: number }>(
        p.moving.value,
        o.value,
        (_, x) => cents(x as string),
        ["short", "long"]
      )
      return Result.succeed({ ...p, moving: entry(p.moving, v as { short: number; long: number }, o, index) })
    }
    case "reductionRegimes": {
      const v = merge<T.ReductionRegime>(p.reductions.value, o.value, (_, x) => x, ["grounds", "maxMonths"])
      return Result.succeed({ ...p, reductions: entry(p.reductions, v as T.ReductionRegime, o, index) })
    }
    case "housingLimitRegimes": {
      const v = merge<T.HousingLimitRegime>(p.housing.value, o.value, (_, x) => x, ["annex", "directionMonths"])
      return Result.succeed({ ...p, housing: entry(p.housing, v as T.HousingLimitRegime, o, index) })
    }
  }
}

/**
 * The law of a reform: its base law with its overrides applied, in order, to each month they cover.
 *
 * @since 0.3.0
 */
export const fromReform = (reform: Reform): Law => {
  const base = reform.base === undefined || reform.base === "inForce" ? inForce : ofMonth(reform.base.lawOf)
  const kind: LawKind = { _tag: "Reform", name: reform.name }
  if (reform.overrides.length === 0) return { name: reform.name, kind, parametersFor: base.parametersFor }
  return {
    name: reform.name,
    kind,
    parametersFor: (month) => {
      const b = base.parametersFor(month)
      if (Result.isFailure(b)) return b
      let p = b.success
      for (let i = 0; i < reform.overrides.length; i++) {
        const o = reform.overrides[i]!
        if (!applies(o, month)) continue
        const r = apply(p, o, i)
        if (Result.isFailure(r)) return Result.fail(r.failure)
        p = r.success
      }
      return Result.succeed(p)
    }
  }
}

/**
 * Month `month` prepared for the rules under `law` (what `run` and the fast batch path read).
 *
 * @since 0.3.0
 */
export const monthUnder = (law: Law, month: string): Result.Result<Month, CalculationError> => {
  const p = law.parametersFor(month)
  return Result.isFailure(p) ? Result.fail(p.failure) : Result.succeed(monthWith(month, p.success))
}
