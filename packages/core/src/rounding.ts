/**
 * Rounding of exact integer quotients.
 *
 * Every computed amount in osallistava is an integer number of euro cents.
 * When a rule divides (a percentage, a 1/30 daily share), the exact quotient is
 * rounded with a mode that the caller names explicitly: Kela's tables use
 * half-up (593.55 € × 70 % = 415.485 → 415.49 €).
 *
 * @since 0.1.0
 */
import * as Result from "effect/Result"
import { RuleViolation } from "./errors.js"

/**
 * How an exact quotient is rounded to an integer.
 *
 * - `half-up`: halves away from zero (commercial rounding; Kela's tables).
 * - `half-even`: halves to the even neighbour (banker's rounding).
 * - `down`: toward zero (truncate).
 * - `up`: away from zero.
 * - `floor`: toward −∞.
 * - `ceil`: toward +∞.
 *
 * @since 0.1.0
 */
export type RoundingMode = "half-up" | "half-even" | "down" | "up" | "floor" | "ceil"

/** @since 0.1.0 */
export const roundingModes: ReadonlyArray<RoundingMode> = ["half-up", "half-even", "down", "up", "floor", "ceil"]

/**
 * Divides two integers exactly and rounds the quotient with `mode`.
 * Uses bigint so that no intermediate value is ever a float.
 *
 * @example
 * ```ts
 * import { unsafeDivideRounded } from "@osallistava/core"
 * // 593.55 € × 70 % in cents: 41 548.5 → 41 549
 * unsafeDivideRounded(59_355n * 70n, 100n, "half-up") // 41549n
 * ```
 * @throws RangeError when `denominator` is 0: use {@link tryDivideRounded} for input.
 * @since 0.2.0
 */
export const unsafeDivideRounded = (numerator: bigint, denominator: bigint, mode: RoundingMode): bigint => {
  if (denominator === 0n) throw new RangeError("division by zero")
  if (denominator < 0n) {
    numerator = -numerator
    denominator = -denominator
  }
  const quotient = numerator / denominator // truncates toward zero
  const remainder = numerator - quotient * denominator
  if (remainder === 0n) return quotient
  const negative = numerator < 0n
  const awayFromZero = negative ? quotient - 1n : quotient + 1n
  const twiceRemainder = (remainder < 0n ? -remainder : remainder) * 2n
  switch (mode) {
    case "down":
      return quotient
    case "up":
      return awayFromZero
    case "floor":
      return negative ? awayFromZero : quotient
    case "ceil":
      return negative ? quotient : awayFromZero
    case "half-up":
      return twiceRemainder >= denominator ? awayFromZero : quotient
    case "half-even":
      if (twiceRemainder > denominator) return awayFromZero
      if (twiceRemainder < denominator) return quotient
      return quotient % 2n === 0n ? quotient : awayFromZero
  }
}

/**
 * {@link unsafeDivideRounded} as a `Result`: fails with rule `non-zero-denominator`.
 *
 * @since 0.2.0
 */
export const tryDivideRounded = (
  numerator: bigint,
  denominator: bigint,
  mode: RoundingMode
): Result.Result<bigint, RuleViolation> =>
  denominator === 0n
    ? Result.fail(
        new RuleViolation({
          at: "denominator",
          rule: "non-zero-denominator",
          detail: "Expected a divisor other than 0"
        })
      )
    : Result.succeed(unsafeDivideRounded(numerator, denominator, mode))

/**
 * @deprecated Since 0.2.0: use {@link unsafeDivideRounded} (same behaviour) or {@link tryDivideRounded} (a `Result`).
 * @since 0.1.0
 */
export const divideRounded = unsafeDivideRounded
