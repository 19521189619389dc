/**
 * Numbers for people, per language: `1 234,57` and `80 %` in Finnish and
 * Swedish (decimal comma, no-break space between digit groups and before the
 * per cent sign, as the Institute for the Languages of Finland recommends),
 * `1,234.57` and `80%` in English. Money has its own `Money.format`.
 *
 * @since 0.2.0
 */
import type { Language } from "./localized.js"

const groupThousands = (digits: string, separator: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator)

/**
 * A number with a fixed count of decimals: `1 234,57` (fi, sv: no-break space
 * between groups, decimal comma), `1,234.57` (en). Non-finite numbers are `–`.
 *
 * @example
 * ```ts
 * import { FormatNumber } from "@osallistava/core"
 * FormatNumber.decimal(0.2749, 2, "sv") // "0,27"
 * ```
 * @since 0.2.0
 */
export const decimal = (x: number, digits: number, language: Language): string => {
  if (!Number.isFinite(x)) return "–"
  const fixed = Math.abs(x).toFixed(digits)
  const [whole = "0", fraction] = fixed.split(".")
  const negative = x < 0 && Number(fixed) !== 0
  if (language === "en") return `${negative ? "-" : ""}${groupThousands(whole, ",")}${fraction ? `.${fraction}` : ""}`
  return `${negative ? "\u2212" : ""}${groupThousands(whole, "\u00a0")}${fraction ? `,${fraction}` : ""}`
}

/**
 * A number to `significant` significant digits (e.g. a p value): `0,011` (fi, sv), `0.011` (en).
 *
 * @since 0.2.0
 */
export const significant = (x: number, significant: number, language: Language): string => {
  if (!Number.isFinite(x)) return "–"
  const s = x.toPrecision(significant)
  return language === "en" ? s : s.replace("-", "\u2212").replace(".", ",")
}

/**
 * A share as a whole percentage: `80 %` (fi, sv: a no-break space before the
 * sign), `80%` (en); `–` when undefined.
 *
 * @since 0.2.0
 */
export const percent = (share: number | null, language: Language, digits = 0): string => {
  if (share === null || !Number.isFinite(share)) return "–"
  const s = decimal(share * 100, digits, language)
  return language === "en" ? `${s}%` : `${s}\u00a0%`
}
