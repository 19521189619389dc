/**
 * Integer arithmetic on cents, written once for every rule: `a × n / d` rounded half-up, and dates as numbers.
 *
 * @since 0.2.0
 */

/**
 * `a × n / d` rounded half-up (away from zero), exact: a product that is not a safe integer is computed with bigint.
 * Percentages are millionths: `mulDivHalfUp(cents, 700_000, 1_000_000)` is 70 %.
 *
 * @since 0.2.0
 */
export const mulDivHalfUp = (a: number, n: number, d: number): number => {
  const x = a * n
  if (!Number.isSafeInteger(x)) {
    const big = BigInt(a) * BigInt(n)
    const bd = BigInt(d)
    const q = big / bd
    const r = big - q * bd
    const twice = (r < 0n ? -r : r) * 2n
    return Number(twice >= (bd < 0n ? -bd : bd) ? q + (big < 0n !== bd < 0n ? -1n : 1n) : q)
  }
  const q = Math.trunc(x / d)
  const r = x - q * d
  if (r === 0) return q
  return 2 * Math.abs(r) >= Math.abs(d) ? q + (x < 0 !== d < 0 ? -1 : 1) : q
}

/** `amount × p` for a percentage in millionths, rounded half-up. @since 0.2.0 */
export const percentOf = (amount: number, millionths: number): number => mulDivHalfUp(amount, millionths, 1_000_000)

/**
 * A decoded `YYYY-MM-DD` date as the number YYYYMMDD: numbers compare as the texts do.
 *
 * @since 0.2.0
 */
export const dateKeyOf = (d: string): number =>
  (d.charCodeAt(0) - 48) * 10_000_000 +
  (d.charCodeAt(1) - 48) * 1_000_000 +
  (d.charCodeAt(2) - 48) * 100_000 +
  (d.charCodeAt(3) - 48) * 10_000 +
  (d.charCodeAt(5) - 48) * 1000 +
  (d.charCodeAt(6) - 48) * 100 +
  (d.charCodeAt(8) - 48) * 10 +
  (d.charCodeAt(9) - 48)

/** The year of a decoded `YYYY-MM-DD` date. @since 0.2.0 */
export const yearOf = (d: string): number =>
  (d.charCodeAt(0) - 48) * 1000 + (d.charCodeAt(1) - 48) * 100 + (d.charCodeAt(2) - 48) * 10 + (d.charCodeAt(3) - 48)

/**
 * Age in whole years on the first day of the month `year`-`month` of a person born on `birthKey` (YYYYMMDD): the
 * years, less one if the birthday is after the 1st of that month.
 *
 * @since 0.2.0
 */
export const ageOnFirstDay = (birthKey: number, year: number, month: number): number => {
  const birthYear = Math.floor(birthKey / 10_000)
  return year - birthYear - (birthKey - birthYear * 10_000 > month * 100 + 1 ? 1 : 0)
}

/** `YYYY-MM` as a month count (year × 12 + month − 1). @since 0.2.0 */
export const monthIndexOf = (ym: string): number =>
  ((ym.charCodeAt(0) - 48) * 1000 +
    (ym.charCodeAt(1) - 48) * 100 +
    (ym.charCodeAt(2) - 48) * 10 +
    ym.charCodeAt(3) -
    48) *
    12 +
  (ym.charCodeAt(5) - 48) * 10 +
  (ym.charCodeAt(6) - 48) -
  1

/**
 * A 3-digit municipality code (`"091"`) as the number 0–999, or -1 for anything else (a name).
 *
 * @since 0.3.0
 */
export const municipalityCodeOf = (s: string): number => {
  if (s.length !== 3) return -1
  const a = s.charCodeAt(0) - 48
  const b = s.charCodeAt(1) - 48
  const c = s.charCodeAt(2) - 48
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 && c >= 0 && c <= 9 ? a * 100 + b * 10 + c : -1
}

/**
 * `x` as a small integer where it is one. A value read from a `Float64Array` (the rules' scratch buffers) is a heap
 * number; stored into a trace node's field as such, it makes that field a boxed double, one more allocation per node.
 * An amount in cents is an integer, so this gives the same number, held unboxed.
 *
 * @since 0.3.0
 */
export const smi = (x: number): number => {
  const i = x | 0
  return i === x ? i : x
}
