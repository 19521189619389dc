/**
 * Proportions with their numerator and denominator, and Wilson score
 * intervals (Wilson EB 1927, "Probable inference, the law of succession, and
 * statistical inference", JASA 22:209–212) for them: centre
 * `(p + z²/2n)/(1 + z²/n)`, half-width `z·sqrt(p(1−p)/n + z²/4n²)/(1 + z²/n)`,
 * z = 1.96 for 95 % (docs/avain/reference.md § 6; same formula as R `cicalc::ci_prop_wilson`,
 * https://rdrr.io/cran/cicalc/man/ci_prop_wilson.html).
 *
 * @since 0.1.0
 */

/**
 * z for a two-sided 95 % interval: 1.96, as docs/avain/reference.md § 6 defines the report's
 * interval (the exact normal quantile 1.959964… moves bounds by < 1e-5; pass
 * it as `z` to {@link wilsonInterval} if wanted). @since 0.1.0
 */
export const z95 = 1.96

/** A share with the counts it comes from; `share` is `null` when the denominator is 0. @since 0.1.0 */
export interface Proportion {
  readonly numerator: number
  readonly denominator: number
  readonly share: number | null
}

/** A proportion with its Wilson 95 % interval (`null` when the denominator is 0). @since 0.1.0 */
export interface ProportionWithInterval extends Proportion {
  readonly ci95: { readonly low: number; readonly high: number } | null
}

/** @since 0.1.0 */
export const proportion = (numerator: number, denominator: number): Proportion => ({
  numerator,
  denominator,
  share: denominator > 0 ? numerator / denominator : null
})

/**
 * Wilson score interval of `successes` out of `n`.
 *
 * @example
 * ```ts
 * import { wilsonInterval } from "@osallistava/avain"
 * wilsonInterval(5, 10) // { low: 0.2366…, high: 0.7634… }
 * ```
 * @since 0.1.0
 */
export const wilsonInterval = (
  successes: number,
  n: number,
  z: number = z95
): { readonly low: number; readonly high: number } | null => {
  if (!(n > 0) || successes < 0 || successes > n) return null
  const p = successes / n
  const z2 = z * z
  const denom = 1 + z2 / n
  const centre = (p + z2 / (2 * n)) / denom
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) }
}

/** @since 0.1.0 */
export const proportionWithInterval = (numerator: number, denominator: number): ProportionWithInterval => ({
  numerator,
  denominator,
  share: denominator > 0 ? numerator / denominator : null,
  ci95: wilsonInterval(numerator, denominator)
})
