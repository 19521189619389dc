/**
 * Money as integer euro cents.
 *
 * A `EuroCents` value is a branded safe integer. Every arithmetic helper keeps
 * it an integer: percentages and fractions go through {@link unsafeDivideRounded}
 * with an explicit {@link RoundingMode}, so no float ever enters a computed
 * amount. At the JSON boundary money is a decimal string of euros
 * (`"238.09"`), never a float: see {@link EuroString}.
 *
 * @since 0.1.0
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaTransformation from "effect/SchemaTransformation"
import { RuleViolation } from "./errors.js"
import type { Language } from "./localized.js"
import { type RoundingMode, unsafeDivideRounded } from "./rounding.js"

/**
 * An amount of money in integer euro cents.
 *
 * @since 0.1.0
 */
export const EuroCents = /* @__PURE__ */ Schema.Int.pipe(
  /* @__PURE__ */ Schema.brand("EuroCents"),
  /* @__PURE__ */ Schema.annotate({ title: "EuroCents", description: "An amount of money in integer euro cents" })
)

/** @since 0.1.0 */
export type EuroCents = typeof EuroCents.Type

const DECIMAL_EUROS = /^-?(0|[1-9][0-9]{0,12})(\.[0-9]{1,2})?$/

/**
 * Money at the JSON boundary: a decimal string of euros with at most two
 * decimals and a dot (`"238.09"`, `"-5"`, `"0.5"`), decoded to
 * {@link EuroCents} and encoded back with exactly two decimals.
 *
 * @since 0.1.0
 */
export const EuroString = /* @__PURE__ */ Schema.String.pipe(
  /* @__PURE__ */ Schema.check(
    /* @__PURE__ */ Schema.isPattern(DECIMAL_EUROS, {
      message: 'Expected a euro amount as a decimal string with at most two decimals, e.g. "238.09"',
      title: "EuroString"
    })
  ),
  /* @__PURE__ */ Schema.decodeTo(
    EuroCents,
    /* @__PURE__ */ SchemaTransformation.transform({
      decode: (text: string): number => parseDecimalUnchecked(text),
      encode: (cents: number): string => toDecimalString(cents as EuroCents)
    })
  ),
  /* @__PURE__ */ Schema.annotate({ description: 'A euro amount as a decimal string, e.g. "238.09"' })
)

/** @since 0.1.0 */
export const zero: EuroCents = 0 as EuroCents

/**
 * Makes an amount from integer cents, for literals and values already known to
 * be safe integers.
 *
 * @throws RangeError when `value` is not a safe integer: use {@link fromCents} for input.
 * @since 0.2.0
 */
export const unsafeCents = (value: number): EuroCents => {
  if (!Number.isSafeInteger(value)) throw new RangeError("EuroCents must be a safe integer")
  return value as EuroCents
}

/**
 * @deprecated Since 0.2.0 throwing functions are named `unsafe…`: use {@link unsafeCents}
 * (same behaviour) or {@link fromCents} (a `Result`).
 * @since 0.1.0
 */
export const cents = unsafeCents

/**
 * Makes an amount from integer cents; fails with rule `safe-integer` for a
 * fraction, NaN, an infinity or an unsafe magnitude.
 *
 * @example
 * ```ts
 * import { Money } from "@osallistava/core"
 * Money.fromCents(23809) // Result.succeed(23809)
 * ```
 * @since 0.2.0
 */
export const fromCents = (value: number, at = "(amount)"): Result.Result<EuroCents, RuleViolation> =>
  Number.isSafeInteger(value)
    ? Result.succeed(value as EuroCents)
    : Result.fail(new RuleViolation({ at, rule: "safe-integer", detail: "Expected a whole number of cents" }))

const parseDecimalUnchecked = (text: string): EuroCents => {
  const negative = text.startsWith("-")
  const body = negative ? text.slice(1) : text
  const [whole = "0", fraction = ""] = body.split(".")
  const value = Number(whole) * 100 + Number(fraction.padEnd(2, "0"))
  return (negative && value !== 0 ? -value : value) as EuroCents
}

/**
 * Parses euros from a number with at most two decimals (`1234.56`).
 * Fails for NaN, infinities, more than two decimals and unsafe magnitudes.
 *
 * @example
 * ```ts
 * import { Money } from "@osallistava/core"
 * Money.fromEuros(238.09) // Result.succeed(23809)
 * ```
 * @since 0.1.0
 */
export const fromEuros = (euros: number): Result.Result<EuroCents, RuleViolation> => {
  if (!Number.isFinite(euros)) return fail("not-finite", "Expected a finite euro amount")
  // The shortest decimal representation of a double round-trips exactly,
  // so it tells whether the number was written with at most two decimals.
  const text = Math.abs(euros) < 1e-6 ? "0" : String(euros)
  if (!/^-?\d+(\.\d{1,2})?$/.test(text))
    return fail("at-most-two-decimals", "Expected a euro amount with at most two decimals")
  return checkRange(parseDecimalUnchecked(text))
}

/**
 * Parses euros from text: `"1234.56"`, `"1 234,56"` (Finnish), `"1234,5 €"`,
 * `"-12"`. Spaces (also non-breaking and narrow no-break) group thousands;
 * the decimal separator is a comma or a dot.
 *
 * @example
 * ```ts
 * import { Money } from "@osallistava/core"
 * Money.parse("1 234,56") // Result.succeed(123456)
 * ```
 * @since 0.1.0
 */
export const parse = (text: string): Result.Result<EuroCents, RuleViolation> => {
  const compact = text
    .trim()
    .replace(/\s*(€|EUR|euroa?)$/i, "")
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace("\u2212", "-")
  const normalized = /^-?\d+,\d{1,2}$/.test(compact) ? compact.replace(",", ".") : compact
  if (!/^-?\d+(\.\d{1,2})?$/.test(normalized))
    return fail("euro-format", 'Expected a euro amount such as "1234.56" or "1 234,56"')
  const canonical = normalized.replace(/^(-?)0+(\d)/, "$1$2")
  if (canonical.replace(/^-/, "").split(".")[0]!.length > 13) return fail("safe-range", "Euro amount is too large")
  return checkRange(parseDecimalUnchecked(canonical))
}

const fail = (rule: string, detail: string) => Result.fail(new RuleViolation({ at: "(amount)", rule, detail }))

const checkRange = (value: EuroCents): Result.Result<EuroCents, RuleViolation> =>
  Number.isSafeInteger(value) ? Result.succeed(value) : fail("safe-range", "Euro amount is too large")

/**
 * `"238.09"`: the JSON form, dot separator, always two decimals.
 *
 * @since 0.1.0
 */
export const toDecimalString = (amount: EuroCents): string => {
  const negative = amount < 0
  const abs = Math.abs(amount)
  const whole = Math.trunc(abs / 100)
  const fraction = String(abs % 100).padStart(2, "0")
  return `${negative ? "-" : ""}${whole}.${fraction}`
}

const groupThousands = (digits: string, separator: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator)

/**
 * Formats for people: `1 234,56 €` in Finnish and Swedish, `€1,234.56` in
 * English. Finnish and Swedish use a no-break space as the group separator
 * and before the euro sign, as the Institute for the Languages of Finland
 * recommends.
 *
 * @example
 * ```ts
 * import { Money } from "@osallistava/core"
 * Money.format(Money.unsafeCents(123456), "fi") // "1 234,56 €"
 * ```
 * @since 0.1.0
 */
export const format = (amount: EuroCents, language: Language): string => {
  const negative = amount < 0
  const abs = Math.abs(amount)
  const whole = String(Math.trunc(abs / 100))
  const fraction = String(abs % 100).padStart(2, "0")
  const sign = negative ? "\u2212" : ""
  if (language === "en") return `${negative ? "-" : ""}€${groupThousands(whole, ",")}.${fraction}`
  return `${sign}${groupThousands(whole, "\u00a0")},${fraction}\u00a0€`
}

/** @since 0.1.0 */
export const add = (a: EuroCents, b: EuroCents): EuroCents => (a + b) as EuroCents

/** @since 0.1.0 */
export const subtract = (a: EuroCents, b: EuroCents): EuroCents => (a - b) as EuroCents

/** @since 0.1.0 */
export const negate = (a: EuroCents): EuroCents => (a === 0 ? 0 : -a) as EuroCents

/**
 * Sum of many amounts (one loop, no intermediate arrays).
 *
 * @since 0.1.0
 */
export const sum = (amounts: Iterable<EuroCents>): EuroCents => {
  let total = 0
  for (const a of amounts) total += a
  return total as EuroCents
}

/** @since 0.1.0 */
export const max = (a: EuroCents, b: EuroCents): EuroCents => (a > b ? a : b)

/** @since 0.1.0 */
export const min = (a: EuroCents, b: EuroCents): EuroCents => (a < b ? a : b)

/**
 * `max(amount, 0)`: the positive part, e.g. support when expenses exceed income.
 *
 * @since 0.1.0
 */
export const positivePart = (a: EuroCents): EuroCents => (a > 0 ? a : zero)

/** @since 0.1.0 */
export const isNegative = (a: EuroCents): boolean => a < 0

/**
 * Multiplies by `numerator / denominator` exactly and rounds once; fails with
 * rule `integer-fraction` unless both are safe integers and the denominator is
 * not 0. Used for daily proration: `tryMultiplyByFraction(perusosa, days, 30, "half-up")`.
 *
 * @since 0.2.0
 */
export const tryMultiplyByFraction = (
  amount: EuroCents,
  numerator: number,
  denominator: number,
  mode: RoundingMode
): Result.Result<EuroCents, RuleViolation> =>
  !Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator === 0
    ? Result.fail(
        new RuleViolation({
          at: "(fraction)",
          rule: "integer-fraction",
          detail: "Expected whole numbers with a denominator other than 0"
        })
      )
    : Result.succeed(fraction(amount, numerator, denominator, mode))

const fraction = (amount: EuroCents, numerator: number, denominator: number, mode: RoundingMode): EuroCents =>
  Number(unsafeDivideRounded(BigInt(amount) * BigInt(numerator), BigInt(denominator), mode)) as EuroCents

/**
 * {@link tryMultiplyByFraction} for fractions known to be valid (a month's 30 days).
 *
 * @throws RangeError when the numerator or denominator is not a safe integer or the denominator is 0.
 * @since 0.2.0
 */
export const unsafeMultiplyByFraction = (
  amount: EuroCents,
  numerator: number,
  denominator: number,
  mode: RoundingMode
): EuroCents => {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator === 0)
    throw new RangeError("numerator and denominator must be safe integers, denominator non-zero")
  return fraction(amount, numerator, denominator, mode)
}

/**
 * @deprecated Since 0.2.0: use {@link unsafeMultiplyByFraction} (same behaviour) or
 * {@link tryMultiplyByFraction} (a `Result`).
 * @since 0.1.0
 */
export const multiplyByFraction = unsafeMultiplyByFraction

/**
 * A percentage held exactly as an integer number of millionths of the whole
 * (70 % = 700 000, 72.2 % = 722 000, 0.5 % = 5 000).
 *
 * @since 0.1.0
 */
export const Percentage = /* @__PURE__ */ Schema.Int.pipe(
  /* @__PURE__ */ Schema.brand("Percentage"),
  /* @__PURE__ */ Schema.annotate({
    title: "Percentage",
    description: "A percentage in millionths of the whole (70 % = 700000)"
  })
)

/** @since 0.1.0 */
export type Percentage = typeof Percentage.Type

const PERCENT_TEXT = /^-?\d{1,6}(\.\d{1,4})?$/

/**
 * Makes a percentage from its decimal notation, without float arithmetic:
 * `unsafePercent("72.2")` or `unsafePercent(72.2)` is 72.2 %. At most four decimals.
 *
 * @example
 * ```ts
 * import { Money } from "@osallistava/core"
 * Money.multiplyByPercentage(Money.unsafeCents(59355), Money.unsafePercent(70), "half-up") // 41549 (415.49 €)
 * ```
 * @throws RangeError for malformed percentages: use {@link parsePercent} for input.
 * @since 0.2.0
 */
export const unsafePercent = (value: number | string): Percentage => {
  const r = parsePercent(value)
  if (Result.isFailure(r)) throw new RangeError("percentage must be a decimal with at most four decimals")
  return r.success
}

/**
 * @deprecated Since 0.2.0: use {@link unsafePercent} (same behaviour) or {@link parsePercent} (a `Result`).
 * @since 0.1.0
 */
export const percent = unsafePercent

/**
 * A percentage from its decimal notation (`"72.2"`, `72.2`); fails with rule
 * `percent-format` for anything but a decimal with at most four decimals.
 *
 * @example
 * ```ts
 * import { Money } from "@osallistava/core"
 * Money.parsePercent("72.2") // Result.succeed(722000)
 * ```
 * @since 0.2.0
 */
export const parsePercent = (value: number | string, at = "(percentage)"): Result.Result<Percentage, RuleViolation> => {
  const text = typeof value === "number" ? String(value) : value.trim()
  if (!PERCENT_TEXT.test(text))
    return Result.fail(
      new RuleViolation({ at, rule: "percent-format", detail: "Expected a decimal with at most four decimals" })
    )
  const negative = text.startsWith("-")
  const [whole = "0", fraction = ""] = text.replace("-", "").split(".")
  const millionths = Number(whole) * 10_000 + Number(fraction.padEnd(4, "0"))
  return Result.succeed((negative ? -millionths : millionths) as Percentage)
}

/**
 * `"72.2"`: a percentage in decimal notation without trailing zeros.
 *
 * @since 0.1.0
 */
export const percentageToString = (p: Percentage): string => {
  const abs = Math.abs(p)
  const whole = Math.trunc(abs / 10_000)
  const fraction = String(abs % 10_000)
    .padStart(4, "0")
    .replace(/0+$/, "")
  return `${p < 0 ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`
}

/**
 * `amount × p`, computed exactly and rounded once with `mode`.
 *
 * @example
 * ```ts
 * import { Money } from "@osallistava/core"
 * // Kela's table: 593.55 € × 70 % = 415.49 € (float arithmetic gives 415.48)
 * Money.multiplyByPercentage(Money.unsafeCents(59355), Money.unsafePercent(70), "half-up") // 41549
 * ```
 * @since 0.1.0
 */
export const multiplyByPercentage = (amount: EuroCents, p: Percentage, mode: RoundingMode): EuroCents =>
  Number(unsafeDivideRounded(BigInt(amount) * BigInt(p), 1_000_000n, mode)) as EuroCents

/**
 * `p − q` in percentage points (e.g. the sibling rule: 70 % − 5 points).
 *
 * @since 0.1.0
 */
export const subtractPoints = (p: Percentage, points: Percentage): Percentage => (p - points) as Percentage

/**
 * Orders two amounts (for sorting).
 *
 * @since 0.1.0
 */
export const compare = (a: EuroCents, b: EuroCents): -1 | 0 | 1 => (a < b ? -1 : a > b ? 1 : 0)
