/**
 * "Take from lines up to a limit", written once. Five rules use it: the earned-income disregard (11 § 3 mom) and
 * the minor-assistance disregard (11 § 2 mom 1 kohta) take their amount from the lines in order and count the rest;
 * the housing cap (7 a §) and a child's own need (11 § 2 mom 2 kohta, 12 § 2 mom 3 kohta) count the lines in order
 * up to the limit and leave the rest.
 *
 * @since 0.2.0
 */

/** Any owner / any class. @since 0.2.0 */
export const ANY = -9

/** What stays on a line: the part not taken (`rest`, a disregard) or the part taken (`taken`, a cap). @since 0.2.0 */
export type Keep = "rest" | "taken"

/**
 * Goes through `amounts[0 … count)` in order, over the lines whose owner is `owner` and class is `cls` (or `ANY`),
 * and takes from each `min(line, what is left of limit)`. Each line then holds what `keep` says. Returns the total
 * taken (at most `limit`).
 *
 * @example
 * ```ts
 * // disregard of 150 € over two wage lines of 100 € and 80 €: 100 € and 50 € taken, 0 € and 30 € stay counted
 * takeUpTo(amounts, 2, owners, 0, classes, EARNED, 15000, "rest") // 15000
 * ```
 * @since 0.2.0
 */
export const takeUpTo = (
  amounts: Float64Array,
  count: number,
  owners: Int32Array,
  owner: number,
  classes: Int32Array,
  cls: number,
  limit: number,
  keep: Keep
): number => {
  let left = limit
  for (let k = 0; k < count; k++) {
    if ((owner !== ANY && owners[k] !== owner) || (cls !== ANY && classes[k] !== cls)) continue
    const v = amounts[k]!
    const take = Math.min(v, left)
    left -= take
    amounts[k] = keep === "rest" ? v - take : take
  }
  return limit - left
}
