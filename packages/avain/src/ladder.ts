/**
 * A generic ladder-scale scorer: per-area change between a first and a last
 * reading on an ordinal scale (e.g. 1–10), share of areas moving up at least
 * one band, and the mean change. Ships no instrument's texts or ladders
 * (Outcomes Star and similar tools are licensed and may not be built into
 * software, docs/avain/reference.md § 8.2): the caller supplies areas, scale and bands.
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export interface LadderScale {
  readonly min: number
  readonly max: number
  /**
   * Upper bounds (inclusive) of the bands, ascending, the last equal to `max`;
   * e.g. `[2, 4, 6, 8, 10]` for five two-point bands on 1–10. Default: one band per point.
   */
  readonly bandUpperBounds?: ReadonlyArray<number>
}

/** One area's change. @since 0.1.0 */
export interface LadderAreaChange {
  readonly area: string
  readonly first: number
  readonly last: number
  /** `last − first` */
  readonly change: number
  readonly firstBand: number
  readonly lastBand: number
  /** `lastBand − firstBand` */
  readonly bandChange: number
}

/** @since 0.1.0 */
export interface LadderChange {
  readonly areas: ReadonlyArray<LadderAreaChange>
  /** Areas read both times. */
  readonly compared: number
  /** Areas that moved up at least one band. */
  readonly movedUp: number
  readonly movedDown: number
  /** `movedUp / compared` (`null` when nothing was compared). */
  readonly shareMovedUp: number | null
  /** Mean of `change` over compared areas. */
  readonly meanChange: number | null
  /** Areas present in only one reading, or with a value off the scale. */
  readonly skipped: ReadonlyArray<{ readonly area: string; readonly reason: "missing" | "off-scale" }>
}

const bandOf = (value: number, scale: LadderScale): number => {
  const bounds = scale.bandUpperBounds
  if (bounds === undefined) return value - scale.min
  for (let i = 0; i < bounds.length; i++) if (value <= (bounds[i] as number)) return i
  return bounds.length - 1
}

/**
 * Per-area change between two readings.
 *
 * @example
 * ```ts
 * import { ladderChange } from "@osallistava/avain"
 * ladderChange({ housing: 3, money: 5 }, { housing: 7, money: 5 }, { min: 1, max: 10, bandUpperBounds: [2, 4, 6, 8, 10] })
 * // housing 3 → 7: band 1 → 3; money unchanged; shareMovedUp 0.5, meanChange 2
 * ```
 * @since 0.1.0
 */
export const ladderChange = (
  first: Readonly<Record<string, number>>,
  last: Readonly<Record<string, number>>,
  scale: LadderScale
): LadderChange => {
  const onScale = (v: number) => Number.isFinite(v) && v >= scale.min && v <= scale.max
  const areas: Array<LadderAreaChange> = []
  const skipped: Array<{ area: string; reason: "missing" | "off-scale" }> = []
  const names = [...new Set([...Object.keys(first), ...Object.keys(last)])].sort()
  let up = 0
  let down = 0
  let sum = 0
  for (const area of names) {
    const a = first[area]
    const b = last[area]
    if (a === undefined || b === undefined) {
      skipped.push({ area, reason: "missing" })
      continue
    }
    if (!onScale(a) || !onScale(b)) {
      skipped.push({ area, reason: "off-scale" })
      continue
    }
    const fb = bandOf(a, scale)
    const lb = bandOf(b, scale)
    if (lb > fb) up++
    if (lb < fb) down++
    sum += b - a
    areas.push({ area, first: a, last: b, change: b - a, firstBand: fb, lastBand: lb, bandChange: lb - fb })
  }
  const n = areas.length
  return {
    areas,
    compared: n,
    movedUp: up,
    movedDown: down,
    shareMovedUp: n > 0 ? up / n : null,
    meanChange: n > 0 ? sum / n : null,
    skipped
  }
}
