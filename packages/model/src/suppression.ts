/**
 * Small-cell suppression for aggregate reports: a count of 1 to `minCell − 1`
 * is shown as suppressed, never as a number, so that no person can be
 * recognised. Default `minCell` 5: THL's and Kela's statistical practice of not
 * publishing cells under 5 (policy parameter; set it to the rule of your data permit).
 *
 * @since 0.1.0
 */

/** A count, or `null` when suppressed. @since 0.1.0 */
export interface Cell {
  readonly count: number | null
  readonly suppressed: boolean
}

/** @since 0.1.0 */
export const defaultMinCell = 5

/** @since 0.1.0 */
export const cell = (count: number, minCell: number = defaultMinCell): Cell =>
  count > 0 && count < minCell ? { count: null, suppressed: true } : { count, suppressed: false }

/** Text of a cell: the number, or `<minCell`. @since 0.1.0 */
export const cellText = (c: Cell, minCell: number = defaultMinCell): string =>
  c.count === null ? `<${minCell}` : String(c.count)
