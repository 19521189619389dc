/**
 * Statistical disclosure control (tilastollinen tietosuoja) for every
 * aggregate report of the toolkit: one place where a count, a table, a share
 * or any figure computed over a group of people is either shown or
 * suppressed.
 *
 * Rules (see `docs/privacy/disclosure-control.md` for the reasoning):
 *
 * 1. **Primary suppression** (frequency rule): a count `c` with
 *    `0 < c < threshold` is suppressed. Zero cells are shown: a zero
 *    describes nobody. Statistics Finland's output checking of research
 *    outputs describes exactly this pair of primary and secondary
 *    suppression ("Cell suppression includes primary suppression of cells
 *    with a risk of disclosure and secondary suppression. Secondary
 *    suppression ensures that the values of primarily suppressed cells
 *    cannot be disclosed by means of table row or column totals"; a row
 *    whose total is under the threshold is suppressed whole), Statistics
 *    Finland, *Output checking in FIONA*,
 *    https://stat.fi/en/services/services-for-researchers/instructions-for-researchers/using-the-datasets/output-checking-fiona
 *    and *Remote Access to Research Data*, ch. 3,
 *    https://guides.stat.fi/remote-access-to-research-data/statistical-data-protection.
 * 2. **Complementary (secondary) suppression**: a table is a set of linear
 *    relations ("lines": the parts of a line sum to its total: a 1-D table
 *    with its total, each row and each column of a 2-D table with its
 *    margins, or linked tables sharing a total). While any suppressed value
 *    is determined by the shown values through these relations (its unit
 *    vector lies in the row space of the relations restricted to the
 *    suppressed cells: an exact test, by Gaussian elimination) or pinned by
 *    interval reasoning (a hidden count is ≥ 1 since zeros are shown), or
 *    both at once (a small LP per hidden value, {@link immovable}), one more
 *    cell of a line through it is suppressed. Complements are chosen
 *    nonzero before zero, inner cells before totals, smallest first. In a
 *    2-D table this yields the classic conditions: every row and column
 *    with a suppression has at least two, and no suppressed cell is a
 *    "bridge" that a chain of rows and columns isolates.
 * 3. **Derived figures** (shares, means, percentiles): computed over `n`
 *    people, they are shown only when `n ≥ threshold`; a share
 *    `numerator / denominator` also hides when the numerator or its
 *    complement `denominator − numerator` is a primary cell, since the shown
 *    denominator would give it away.
 * 4. **Texts** attached to a cell (an entry's free text) are shown only with
 *    an unsuppressed cell.
 *
 * Suppressed cells print one marker, `..`, whatever the reason: a marker
 * such as `<5` would bound the value and tell primary cells from
 * complementary ones, which with a total can give the value back.
 *
 * The attacker model: the reader knows every shown figure exactly, that each
 * count is a whole number and that a hidden count is ≥ 1; the test suite
 * checks by exhaustive search that a suppressed cell then still has at least
 * two possible values.
 *
 * Nothing here throws, and nothing is imported (the module is the
 * import-free entry `@osallistava/core/disclosure`, small enough for AVAIN's
 * scoring bundle). Input these rules cannot use fails closed: a threshold
 * that is not a whole number ≥ 1 suppresses every nonzero count and every
 * derived figure; counts that are not whole numbers ≥ 0 (see {@link isCount}),
 * a line naming a value that does not exist or a table whose rows differ in
 * length suppress every value. A report is then all `..`, never a figure
 * that should have been hidden. To learn what was wrong, with the field path
 * and the rule, call the `Result` versions in the `Disclosure` namespace of
 * `@osallistava/core`: `tryLinked`, `tryLine`, `tryTable`, and
 * `checkThreshold` or the `Threshold` schema where a threshold is read from
 * input.
 *
 * @since 0.2.0
 */

/**
 * Default threshold of the frequency rule: a cell is shown when it counts 0 or
 * at least 5 units. Statistics Finland prescribes the rule and leaves the
 * threshold to the data permit ("fewer than the used threshold value"); 5 is
 * the threshold THL and Kela use for published social-welfare statistics
 * and is stricter than the 3 often used for research outputs. A policy
 * parameter: pass the one of your data permit.
 *
 * @since 0.2.0
 */
export const defaultThreshold = 5

/** Where the rule comes from (for reports and documentation). @since 0.2.0 */
export const source = {
  name: "Statistics Finland: output checking (FIONA), primary and secondary cell suppression",
  url: "https://stat.fi/en/services/services-for-researchers/instructions-for-researchers/using-the-datasets/output-checking-fiona"
} as const

/** Text printed for any suppressed figure. @since 0.2.0 */
export const marker = ".."

/** A count, or `null` when suppressed. @since 0.2.0 */
export interface Cell {
  readonly count: number | null
  readonly suppressed: boolean
}

/** Options of every rule. @since 0.2.0 */
export interface Options {
  /**
   * Smallest count shown (other than 0); default {@link defaultThreshold}. A
   * value that is not a whole number ≥ 1 (0, 2.5, `NaN`) fails closed: every
   * nonzero count is suppressed and no derived figure is shown, so a
   * misconfigured policy hides rather than discloses. Where a threshold is
   * read from input (a command-line option, a configuration file), decode it
   * with core's `Disclosure.Threshold` or `Disclosure.checkThreshold` for an
   * error naming the field.
   */
  readonly threshold?: number
}

/** Whether `t` is a usable threshold: a whole number ≥ 1. @since 0.4.0 */
export const isThreshold = (t: unknown): t is number => Number.isSafeInteger(t) && (t as number) >= 1

/** Whether `v` is a count these rules can protect: a whole number ≥ 0. @since 0.4.0 */
export const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0

/** The threshold in force; one that is not a whole number ≥ 1 fails closed (no nonzero count is shown). */
const thresholdOf = (o?: Options): number => {
  const t = o?.threshold ?? defaultThreshold
  return isThreshold(t) ? t : Number.POSITIVE_INFINITY
}

/** Whether every index of `lines` names one of `size` values. @since 0.4.0 */
export const linesWithin = (lines: ReadonlyArray<Line>, size: number): boolean =>
  lines.every((l) => [...l.parts, l.total].every((i) => Number.isSafeInteger(i) && i >= 0 && i < size))

/** The frequency rule: `0 < count < threshold`. @since 0.2.0 */
export const isPrimary = (count: number, options?: Options): boolean => count > 0 && count < thresholdOf(options)

/** A cell shown or suppressed by a decision already made. @since 0.2.0 */
export const cellOf = (count: number, suppressed: boolean): Cell =>
  suppressed ? { count: null, suppressed: true } : { count, suppressed: false }

/**
 * One count with no total or other cell it could be derived from (primary
 * suppression only). Counts that sum to a shown figure must go through
 * {@link line}, {@link table} or {@link linked} instead.
 *
 * @since 0.2.0
 */
export const single = (count: number, options?: Options): Cell => cellOf(count, isPrimary(count, options))

/** The number, or {@link marker}. @since 0.2.0 */
export const cellText = (c: Cell): string => (c.count === null ? marker : String(c.count))

/** A text shown with a cell: `undefined` when the cell is suppressed. @since 0.2.0 */
export const textFor = <A>(c: Cell, text: A): A | undefined => (c.suppressed ? undefined : text)

/**
 * A figure computed over `n` people (a mean, a median, an interval): the
 * figure when `n ≥ threshold`, else `null`. With `n = 0` there is no figure.
 *
 * @since 0.2.0
 */
export const figure = <A>(n: number, value: A, options?: Options): A | null =>
  n <= 0 || n < thresholdOf(options) ? null : value

/**
 * Whether a share `numerator / denominator` may be shown: the denominator is
 * at least the threshold, and neither the numerator nor the rest
 * (`denominator − numerator`) is a primary cell.
 *
 * @since 0.2.0
 */
export const shareShown = (numerator: number, denominator: number, options?: Options): boolean =>
  denominator > 0 &&
  denominator >= thresholdOf(options) &&
  !isPrimary(numerator, options) &&
  !isPrimary(denominator - numerator, options)

/** The share, or `null` when {@link shareShown} says no. @since 0.2.0 */
export const share = (numerator: number, denominator: number, options?: Options): number | null =>
  shareShown(numerator, denominator, options) ? numerator / denominator : null

/** One linear relation: the values at `parts` sum to the value at `total`. @since 0.2.0 */
export interface Line {
  readonly parts: ReadonlyArray<number>
  readonly total: number
}

/** @since 0.2.0 */
export interface LinkedOptions extends Options {
  /** Extra cost of suppressing a value (e.g. 1 for totals); complements of lower cost are chosen first. */
  readonly cost?: (index: number) => number
  /** Values already hidden (e.g. suppressed in a linked table, or never shown), besides the primary cells. */
  readonly hidden?: ReadonlyArray<boolean>
}

const EPS = 1e-9

/**
 * The linear system of `lines` restricted to the suppressed values: `hidden` lists their indices, and each row of
 * `rows` has one coefficient per hidden value (+1 for a part, −1 for the total; lines with no hidden value are left
 * out). Shared by {@link determined} and {@link immovable}.
 */
const hiddenSystem = (
  values: ReadonlyArray<number>,
  lines: ReadonlyArray<Line>,
  suppressed: ReadonlyArray<boolean>
): { readonly hidden: ReadonlyArray<number>; readonly rows: Array<Array<number>> } => {
  const hidden: Array<number> = []
  const col = new Map<number, number>()
  for (let i = 0; i < values.length; i++)
    if (suppressed[i]) {
      col.set(i, hidden.length)
      hidden.push(i)
    }
  const rows: Array<Array<number>> = []
  if (hidden.length === 0) return { hidden, rows }
  for (const l of lines) {
    const r = new Array<number>(hidden.length).fill(0)
    let any = false
    for (const p of l.parts) {
      const c = col.get(p)
      if (c !== undefined) {
        r[c] = (r[c] as number) + 1
        any = true
      }
    }
    const c = col.get(l.total)
    if (c !== undefined) {
      r[c] = (r[c] as number) - 1
      any = true
    }
    if (any) rows.push(r)
  }
  return { hidden, rows }
}

/**
 * Indices of the suppressed values that the shown values determine exactly
 * through `lines` (Gaussian elimination over the relations restricted to the
 * suppressed values: a value is determined when its unit vector lies in their
 * row space).
 *
 * @since 0.2.0
 */
export const determined = (
  values: ReadonlyArray<number>,
  lines: ReadonlyArray<Line>,
  suppressed: ReadonlyArray<boolean>
): ReadonlyArray<number> => {
  const { hidden: unknown, rows } = hiddenSystem(values, lines, suppressed)
  if (unknown.length === 0) return []
  // Reduced row echelon form.
  const n = unknown.length
  let lead = 0
  const pivotRows: Array<number> = []
  for (let c = 0; c < n && lead < rows.length; c++) {
    let best = -1
    for (let r = lead; r < rows.length; r++)
      if (Math.abs((rows[r] as Array<number>)[c] as number) > EPS) {
        best = r
        break
      }
    if (best < 0) continue
    const tmp = rows[best] as Array<number>
    rows[best] = rows[lead] as Array<number>
    rows[lead] = tmp
    const pr = rows[lead] as Array<number>
    const pv = pr[c] as number
    for (let k = 0; k < n; k++) pr[k] = (pr[k] as number) / pv
    for (let r = 0; r < rows.length; r++) {
      if (r === lead) continue
      const row = rows[r] as Array<number>
      const f = row[c] as number
      if (Math.abs(f) > EPS) for (let k = 0; k < n; k++) row[k] = (row[k] as number) - f * (pr[k] as number)
    }
    pivotRows.push(c)
    lead++
  }
  const out: Array<number> = []
  for (let r = 0; r < pivotRows.length; r++) {
    const row = rows[r] as Array<number>
    let nonzero = 0
    for (let k = 0; k < n; k++) if (Math.abs(row[k] as number) > EPS) nonzero++
    if (nonzero === 1) out.push(unknown[pivotRows[r] as number] as number)
  }
  return out.sort((a, b) => a - b)
}

/**
 * Indices of the suppressed values whose range collapses to one value by
 * interval reasoning over the lines: the reader knows each shown value, and
 * that a hidden count is ≥ 1 (zeros are shown, so a hidden count is believed
 * nonzero; a hidden zero gets 0) and ≤ its shown totals. Each line narrows
 * the bounds of its hidden values (a part lies within `total − Σ others`, a
 * total within `Σ parts`) until nothing changes. This catches what the
 * linear test cannot: "7 = 6 + a hidden count ≥ 1" with the 7 bounded by
 * another sum.
 *
 * @since 0.2.0
 */
export const pinned = (
  values: ReadonlyArray<number>,
  lines: ReadonlyArray<Line>,
  suppressed: ReadonlyArray<boolean>
): ReadonlyArray<number> => {
  const lo = values.map((v, i) => (suppressed[i] ? Math.min(1, v) : v))
  const hi = values.map((v, i) => (suppressed[i] ? Number.POSITIVE_INFINITY : v))
  for (let pass = 0; pass < 200; pass++) {
    let changed = false
    for (const l of lines) {
      let sumLo = 0
      let sumHi = 0
      for (const p of l.parts) {
        sumLo += lo[p] as number
        sumHi += hi[p] as number
      }
      const t = l.total
      if (suppressed[t]) {
        if (sumLo > (lo[t] as number)) {
          lo[t] = sumLo
          changed = true
        }
        if (sumHi < (hi[t] as number)) {
          hi[t] = sumHi
          changed = true
        }
      }
      let finiteHi = 0
      let infinite = 0
      for (const p of l.parts) {
        const h = hi[p] as number
        if (Number.isFinite(h)) finiteHi += h
        else infinite++
      }
      for (const p of l.parts) {
        if (!suppressed[p]) continue
        const hp = hi[p] as number
        const otherLo = sumLo - (lo[p] as number)
        const otherInfinite = infinite - (Number.isFinite(hp) ? 0 : 1)
        const otherHi = otherInfinite > 0 ? Number.POSITIVE_INFINITY : finiteHi - (Number.isFinite(hp) ? hp : 0)
        const newHi = (hi[t] as number) - otherLo
        if (newHi < (hi[p] as number)) {
          hi[p] = newHi
          changed = true
        }
        if (Number.isFinite(otherHi)) {
          const newLo = (lo[t] as number) - otherHi
          if (newLo > (lo[p] as number)) {
            lo[p] = newLo
            changed = true
          }
        }
      }
    }
    if (!changed) break
  }
  const out: Array<number> = []
  for (let i = 0; i < values.length; i++) if (suppressed[i] && lo[i] === hi[i]) out.push(i)
  return out
}

/**
 * Phase-1 simplex (Bland's rule): is there `w ≥ 0` with `M w = rhs`?
 * Dense and small: used on the relations of one report's suppressed values.
 */
const feasible = (M: Array<Array<number>>, rhs: Array<number>): boolean => {
  const m = M.length
  const n = (M[0] ?? []).length
  // Tableau: n structural + m artificial columns, then the right-hand side.
  const T: Array<Array<number>> = M.map((row, i) => {
    const sign = (rhs[i] as number) < 0 ? -1 : 1
    const r = new Array<number>(n + m + 1).fill(0)
    for (let j = 0; j < n; j++) r[j] = sign * (row[j] as number)
    r[n + i] = 1
    r[n + m] = sign * (rhs[i] as number)
    return r
  })
  const basis = Array.from({ length: m }, (_, i) => n + i)
  const z = new Array<number>(n + m + 1).fill(0)
  for (const r of T)
    for (let j = 0; j <= n + m; j++) if (j < n || j === n + m) z[j] = (z[j] as number) + (r[j] as number)
  for (let iter = 0; iter < 5000; iter++) {
    let enter = -1
    for (let j = 0; j < n + m; j++)
      if ((z[j] as number) > EPS) {
        enter = j
        break
      }
    if (enter < 0) break
    let leave = -1
    let best = Number.POSITIVE_INFINITY
    for (let i = 0; i < m; i++) {
      const a = (T[i] as Array<number>)[enter] as number
      if (a > EPS) {
        const ratio = ((T[i] as Array<number>)[n + m] as number) / a
        if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && (basis[i] as number) < (basis[leave] as number))) {
          best = ratio
          leave = i
        }
      }
    }
    if (leave < 0) break
    const pr = T[leave] as Array<number>
    const pv = pr[enter] as number
    for (let j = 0; j <= n + m; j++) pr[j] = (pr[j] as number) / pv
    for (let i = 0; i < m; i++) {
      if (i === leave) continue
      const r = T[i] as Array<number>
      const f = r[enter] as number
      if (Math.abs(f) > EPS) for (let j = 0; j <= n + m; j++) r[j] = (r[j] as number) - f * (pr[j] as number)
    }
    const f = z[enter] as number
    for (let j = 0; j <= n + m; j++) z[j] = (z[j] as number) - f * (pr[j] as number)
    basis[leave] = enter
  }
  return Math.abs(z[n + m] as number) <= 1e-7
}

/** Hidden values above this count are checked by {@link determined} and {@link pinned} only (no LP). */
const LP_LIMIT = 80

/**
 * Indices of the suppressed values that cannot move: no other assignment
 * consistent with the shown values and the bounds of {@link pinned} (a hidden
 * count ≥ 1, a hidden zero ≥ 0) gives them another value. Exact for the
 * linear relaxation (a small LP per value: is there a direction `v` in the
 * null space of the relations, `v ≥ 0` on values at their lower bound, with
 * `v_e = ±1`?), which combines what {@link determined} and {@link pinned}
 * each see alone (e.g. `a + e = 1` from two lines and `e ≥ 1`).
 *
 * @since 0.2.0
 */
export const immovable = (
  values: ReadonlyArray<number>,
  lines: ReadonlyArray<Line>,
  suppressed: ReadonlyArray<boolean>,
  /** Check only this value (an index into `values`). */
  only?: number
): ReadonlyArray<number> => {
  const { hidden, rows } = hiddenSystem(values, lines, suppressed)
  const k = hidden.length
  // Values at their lower bound may only move up; the others either way (split into two columns).
  const tight = hidden.map((i) => (values[i] as number) <= 1)
  const out: Array<number> = []
  for (let e = 0; e < k; e++) {
    if (only !== undefined && hidden[e] !== only) continue
    let moves = false
    for (const sign of [1, -1]) {
      if (moves) break
      if (sign === -1 && tight[e]) continue
      const M: Array<Array<number>> = []
      const rhs: Array<number> = []
      const expand = (r: ReadonlyArray<number>): Array<number> => {
        const out: Array<number> = []
        for (let j = 0; j < k; j++) {
          out.push(r[j] as number)
          if (!tight[j]) out.push(-(r[j] as number))
        }
        return out
      }
      for (const r of rows) {
        M.push(expand(r))
        rhs.push(0)
      }
      const unit = new Array<number>(k).fill(0)
      unit[e] = 1
      M.push(expand(unit))
      rhs.push(sign)
      if (feasible(M, rhs)) moves = true
    }
    if (!moves) out.push(hidden[e] as number)
  }
  return out
}

const exposed = (
  values: ReadonlyArray<number>,
  lines: ReadonlyArray<Line>,
  suppressed: ReadonlyArray<boolean>,
  only?: number
): ReadonlyArray<number> => {
  const hiddenCount = suppressed.reduce((a, b) => a + (b ? 1 : 0), 0)
  if (hiddenCount > 0 && hiddenCount <= LP_LIMIT) return immovable(values, lines, suppressed, only)
  return [...new Set([...determined(values, lines, suppressed), ...pinned(values, lines, suppressed)])]
}

/**
 * Primary and complementary suppression over any set of linked values:
 * returns which values to suppress. Primary: `0 < v < threshold`. Then, while
 * a suppressed value is {@link determined} or {@link pinned}, a complement is added from the
 * lines through it (one that undoes the determination if there is one;
 * otherwise the cheapest, and the loop goes on).
 *
 * Values that are not all counts ({@link isCount}), or a line naming an
 * index outside `values`, suppress every value (fails closed; core's
 * `Disclosure.tryLinked` says which and why).
 *
 * @since 0.2.0
 */
export const linked = (
  values: ReadonlyArray<number>,
  lines: ReadonlyArray<Line>,
  options?: LinkedOptions
): ReadonlyArray<boolean> => {
  if (!values.every(isCount) || !linesWithin(lines, values.length)) return values.map(() => true)
  const suppressed = values.map((v, i) => isPrimary(v, options) || options?.hidden?.[i] === true)
  const cost = options?.cost ?? (() => 0)
  const linesOf = new Map<number, Array<Line>>()
  for (const l of lines)
    for (const i of [...l.parts, l.total]) {
      const a = linesOf.get(i) ?? []
      a.push(l)
      linesOf.set(i, a)
    }
  const rank = (i: number): [number, number, number, number] => [
    values[i] === 0 ? 1 : 0,
    cost(i),
    values[i] as number,
    i
  ]
  const cmp = (a: number, b: number): number => {
    const x = rank(a)
    const y = rank(b)
    for (let k = 0; k < 4; k++) if (x[k] !== y[k]) return (x[k] as number) - (y[k] as number)
    return 0
  }
  for (;;) {
    // Every suppressed value is protected (a derivable complement would help derive the others), except values
    // the caller never shows (`hidden`) that are 0 or at least the threshold: they disclose nobody.
    const bad = exposed(values, lines, suppressed).filter(
      (i) => options?.hidden?.[i] !== true || isPrimary(values[i] as number, options)
    )
    if (bad.length === 0) return suppressed
    // Totals first: protecting a total often protects the cells under it without hiding a zero.
    const e = [...bad].sort((a, b) => cost(b) - cost(a) || a - b)[0] as number
    // Candidates: shown values of the lines through any exposed value.
    const near = new Set<number>()
    for (const x of bad)
      for (const l of linesOf.get(x) ?? []) for (const i of [...l.parts, l.total]) if (!suppressed[i]) near.add(i)
    const candidates = [...near].sort(cmp)
    if (candidates.length === 0) {
      // Nothing left to hide around it: hide every value of every line touching a suppressed value.
      for (const l of lines) {
        const all = [...l.parts, l.total]
        if (all.some((i) => suppressed[i])) for (const i of all) suppressed[i] = true
      }
      if (exposed(values, lines, suppressed).length === 0) return suppressed
      return suppressed.map(() => true)
    }
    const frees = (set: ReadonlyArray<number>): boolean => {
      for (const c of set) suppressed[c] = true
      const still = exposed(values, lines, suppressed, e).includes(e)
      for (const c of set) suppressed[c] = false
      return !still
    }
    // Tiers by cost: one complement, then two, among the cheapest values first (inner cells before totals).
    const costs = [...new Set(candidates.map(cost))].sort((x, y) => x - y)
    let chosen: ReadonlyArray<number> = [candidates[0] as number]
    search: for (const maxCost of costs) {
      const tier = candidates.filter((c) => cost(c) <= maxCost)
      for (const c of tier)
        if (frees([c])) {
          chosen = [c]
          break search
        }
      const pairs = tier.slice(0, 24)
      for (let i = 0; i < pairs.length; i++)
        for (let j = i + 1; j < pairs.length; j++)
          if (frees([pairs[i] as number, pairs[j] as number])) {
            chosen = [pairs[i] as number, pairs[j] as number]
            break search
          }
    }
    for (const c of chosen) suppressed[c] = true
  }
}

/** A 1-D table after suppression. @since 0.2.0 */
export interface LineTable {
  readonly cells: ReadonlyArray<Cell>
  readonly total: Cell
}

/**
 * A 1-D table of counts by category with its total shown: if exactly one
 * cell is suppressed, the next smallest is suppressed too; a total under the
 * threshold hides the whole line. Counts that are not all whole numbers ≥ 0
 * suppress every cell and the total (core's `Disclosure.tryLine` names the
 * position and the rule).
 *
 * @example
 * ```ts
 * import { Disclosure } from "@osallistava/core"
 * Disclosure.line([5, 1]) // cells: 5 → "..", 1 → ".."; total 6 shown
 * ```
 * @since 0.2.0
 */
export const line = (counts: ReadonlyArray<number>, options?: Options): LineTable => {
  const values = [...counts, counts.reduce((a, b) => a + b, 0)]
  const n = counts.length
  const s = linked(values, [{ parts: counts.map((_, i) => i), total: n }], {
    ...options,
    cost: (i) => (i === n ? 1 : 0)
  })
  return {
    cells: counts.map((c, i) => cellOf(c, s[i] as boolean)),
    total: cellOf(values[n] as number, s[n] as boolean)
  }
}

/** A 2-D table after suppression. @since 0.2.0 */
export interface Table {
  readonly cells: ReadonlyArray<ReadonlyArray<Cell>>
  readonly rowTotals: ReadonlyArray<Cell>
  readonly columnTotals: ReadonlyArray<Cell>
  readonly total: Cell
}

/**
 * Lines of an `rows × columns` table with row totals, column totals and a
 * grand total, its values laid out as `cells (row-major) ++ rowTotals ++
 * columnTotals ++ [total]`.
 *
 * @since 0.2.0
 */
export const tableLines = (rows: number, columns: number): ReadonlyArray<Line> => {
  const at = (r: number, c: number) => r * columns + c
  const rowTotal = (r: number) => rows * columns + r
  const colTotal = (c: number) => rows * columns + rows + c
  const grand = rows * columns + rows + columns
  const out: Array<Line> = []
  for (let r = 0; r < rows; r++)
    out.push({ parts: Array.from({ length: columns }, (_, c) => at(r, c)), total: rowTotal(r) })
  for (let c = 0; c < columns; c++)
    out.push({ parts: Array.from({ length: rows }, (_, r) => at(r, c)), total: colTotal(c) })
  out.push({ parts: Array.from({ length: rows }, (_, r) => rowTotal(r)), total: grand })
  out.push({ parts: Array.from({ length: columns }, (_, c) => colTotal(c)), total: grand })
  return out
}

/**
 * A 2-D table of counts (`counts[row][column]`, rectangular) with row totals,
 * column totals and the grand total shown, suppressed so that no suppressed
 * cell follows from the rows, columns and margins. Rows of unequal length,
 * or counts that are not all whole numbers ≥ 0, suppress every cell and
 * every total, in the shape given (core's `Disclosure.tryTable` names the
 * position and the rule).
 *
 * @since 0.2.0
 */
export const table = (counts: ReadonlyArray<ReadonlyArray<number>>, options?: Options): Table => {
  const rows = counts.length
  const columns = counts[0]?.length ?? 0
  if (!counts.every((r) => r.length === columns && r.every(isCount))) {
    const hidden = cellOf(0, true)
    return {
      cells: counts.map((r) => r.map(() => hidden)),
      rowTotals: counts.map(() => hidden),
      columnTotals: Array.from({ length: columns }, () => hidden),
      total: hidden
    }
  }
  const rowSums = counts.map((r) => r.reduce((a, b) => a + b, 0))
  const colSums = Array.from({ length: columns }, (_, c) => counts.reduce((a, r) => a + (r[c] as number), 0))
  const values = [...counts.flat(), ...rowSums, ...colSums, rowSums.reduce((a, b) => a + b, 0)]
  const inner = rows * columns
  const s = linked(values, tableLines(rows, columns), { ...options, cost: (i) => (i >= inner ? 1 : 0) })
  const at = (i: number) => cellOf(values[i] as number, s[i] as boolean)
  return {
    cells: counts.map((r, ri) => r.map((_, ci) => at(ri * columns + ci))),
    rowTotals: rowSums.map((_, r) => at(inner + r)),
    columnTotals: colSums.map((_, c) => at(inner + rows + c)),
    total: at(values.length - 1)
  }
}
