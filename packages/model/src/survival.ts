/**
 * Evidence of effect from Kela's register of social-assistance recipients
 * (seed 001: "Kelan toimeentulotukirekisteriaineistojen avulla tutkitaan
 * toimeentulotuen saannin kestoa"): spells of receipt from monthly records,
 * Kaplan–Meier survival of spell length with Greenwood confidence bands, the
 * log-rank comparison of experiment and comparison municipalities, and SVG charts.
 *
 * Gap rule (explicit, `maxGapMonths`): a spell continues over at most
 * `maxGapMonths` consecutive months without assistance; default 0 (any month
 * without assistance ends the spell). A spell has ENDED (event) only when the
 * window shows `maxGapMonths + 1` months without assistance after it; else it is
 * right-censored. A spell already running in the window's first month is
 * left-censored (its true start is unknown) and may be excluded.
 *
 * Descriptive: a difference between municipalities is not by itself an effect
 * of the model (selection, local labour markets).
 *
 * @since 0.1.0
 */
import { Disclosure, RuleViolation } from "@osallistava/core"
import * as Result from "effect/Result"

/** One person-month of receipt. `month` is YYYY-MM. @since 0.1.0 */
export interface MonthlyReceipt {
  readonly personRef: string
  readonly month: string
  readonly group: string
}

/** @since 0.1.0 */
export interface SpellOptions {
  readonly window: { readonly from: string; readonly to: string }
  readonly maxGapMonths?: number
}

/** @since 0.1.0 */
export interface Spell {
  readonly personRef: string
  readonly group: string
  readonly firstMonth: string
  readonly lastMonth: string
  /** Months from first to last inclusive (bridged gaps count). */
  readonly months: number
  readonly ended: boolean
  readonly leftCensored: boolean
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/
const monthIndex = (m: string): number | undefined => {
  const x = MONTH.exec(m)
  return x === null ? undefined : Number(x[1]) * 12 + Number(x[2]) - 1
}
const fromIndex = (i: number): string => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`

/** Spell inputs after their checks: the gap, the window and every record's month as an index. */
interface CheckedSpells {
  readonly gap: number
  readonly from: number
  readonly to: number
  readonly records: ReadonlyArray<{ readonly record: MonthlyReceipt; readonly month: number }>
}

const violation = (at: string, rule: string, detail: string) => new RuleViolation({ at, rule, detail })

/** The checks of {@link trySpells}, in the order its errors are reported. */
const checkSpells = (
  records: Iterable<MonthlyReceipt>,
  options: SpellOptions
): Result.Result<CheckedSpells, RuleViolation> => {
  const gap = options.maxGapMonths ?? 0
  if (!Number.isInteger(gap) || gap < 0)
    return Result.fail(violation("maxGapMonths", "non-negative-integer", "Expected a whole number ≥ 0"))
  const from = monthIndex(options.window.from)
  if (from === undefined) return Result.fail(violation("window.from", "year-month", "Expected a month YYYY-MM"))
  const to = monthIndex(options.window.to)
  if (to === undefined) return Result.fail(violation("window.to", "year-month", "Expected a month YYYY-MM"))
  if (to < from) return Result.fail(violation("window", "from-before-to", "Window ends before it starts"))
  const checked: Array<{ readonly record: MonthlyReceipt; readonly month: number }> = []
  let i = 0
  for (const record of records) {
    const month = monthIndex(record.month)
    if (month === undefined)
      return Result.fail(violation(`records[${i}].month`, "year-month", "Expected a month YYYY-MM"))
    checked.push({ record, month })
    i++
  }
  return Result.succeed({ gap, from, to, records: checked })
}

/** The spells of checked input: nothing here can fail. */
const spellsOf = ({ gap, from, to, records }: CheckedSpells): ReadonlyArray<Spell> => {
  const byPerson = new Map<string, { group: string; months: Set<number> }>()
  for (const { record: r, month: m } of records) {
    if (m < from || m > to) continue
    const key = `${r.group}\u0000${r.personRef}`
    const p = byPerson.get(key) ?? { group: r.group, months: new Set<number>() }
    p.months.add(m)
    byPerson.set(key, p)
  }
  const out: Array<Spell> = []
  const keys = [...byPerson.keys()].sort()
  for (const key of keys) {
    const p = byPerson.get(key) as { group: string; months: Set<number> }
    const personRef = key.slice(key.indexOf("\u0000") + 1)
    const ms = [...p.months].sort((a, b) => a - b)
    let start = ms[0] as number
    let prev = start
    const close = (last: number) =>
      out.push({
        personRef,
        group: p.group,
        firstMonth: fromIndex(start),
        lastMonth: fromIndex(last),
        months: last - start + 1,
        ended: last + gap + 1 <= to,
        leftCensored: start === from
      })
    for (const m of ms.slice(1)) {
      if (m - prev - 1 > gap) {
        close(prev)
        start = m
      }
      prev = m
    }
    close(prev)
  }
  return out
}

/**
 * Spells of receipt per person and group. Records outside the window are ignored;
 * duplicates of a person-month count once.
 *
 * @throws RuleViolation for a bad `maxGapMonths`, window or month: use {@link trySpells} for input.
 * @since 0.3.0
 */
export const unsafeSpells = (records: Iterable<MonthlyReceipt>, options: SpellOptions): ReadonlyArray<Spell> => {
  const checked = checkSpells(records, options)
  if (Result.isFailure(checked)) throw checked.failure
  return spellsOf(checked.success)
}

/** A duration and whether it ended in the event (`true`) or was censored. @since 0.1.0 */
export interface Observation {
  readonly time: number
  readonly event: boolean
}

/** One row of a Kaplan–Meier table, at a time with at least one event. @since 0.1.0 */
export interface KaplanMeierRow {
  readonly time: number
  readonly atRisk: number
  readonly events: number
  readonly censored: number
  readonly survival: number
  /** Greenwood standard error of `survival`. */
  readonly standardError: number
  readonly lower: number
  readonly upper: number
}

/** @since 0.1.0 */
export interface KaplanMeier {
  readonly n: number
  readonly events: number
  readonly rows: ReadonlyArray<KaplanMeierRow>
  /** Smallest time with survival ≤ 0.5, `null` if never reached. */
  readonly median: number | null
  readonly confidence: { readonly level: 0.95; readonly method: "log-log" | "plain" }
}

const z95 = 1.959963984540054

/**
 * @deprecated Since 0.3.0: use {@link unsafeSpells} (same behaviour) or {@link trySpells} (a `Result`).
 * @since 0.1.0
 */
export const spells = unsafeSpells

/**
 * {@link unsafeSpells} as a `Result`: a `RuleViolation` naming the field
 * (`maxGapMonths`, `window.from`, `window`, `records[3].month`) and the rule.
 *
 * @since 0.3.0
 */
export const trySpells = (
  records: Iterable<MonthlyReceipt>,
  options: SpellOptions
): Result.Result<ReadonlyArray<Spell>, RuleViolation> => Result.map(checkSpells(records, options), spellsOf)

/**
 * Kaplan–Meier product-limit estimate with Greenwood's variance and a 95 %
 * band (`log-log`, default, stays in [0, 1]; or `plain`, clipped). Censored
 * observations at an event time are at risk at that time (the usual convention).
 *
 * @throws RuleViolation for a time that is not a number ≥ 0: use {@link tryKaplanMeier} for input.
 * @since 0.3.0
 */
export const unsafeKaplanMeier = (
  observations: ReadonlyArray<Observation>,
  method: "log-log" | "plain" = "log-log"
): KaplanMeier => {
  const bad = badTime(observations, "observations", "time")
  if (bad !== undefined) throw bad
  return estimate(observations, method)
}

/** The first time that is not a number ≥ 0, as the `RuleViolation` at `<list>[i].<field>`. */
const badTime = <A>(
  xs: ReadonlyArray<A>,
  list: string,
  field: keyof A & string,
  time: (x: A) => number = (x) => x[field] as number
): RuleViolation | undefined => {
  const i = xs.findIndex((x) => !Number.isFinite(time(x)) || time(x) < 0)
  return i < 0 ? undefined : violation(`${list}[${i}].${field}`, "non-negative", "Expected a time ≥ 0")
}

/** Kaplan–Meier of observations whose times {@link badTime} accepted: nothing here can fail. */
const estimate = (observations: ReadonlyArray<Observation>, method: "log-log" | "plain"): KaplanMeier => {
  const times = [...new Set(observations.map((o) => o.time))].sort((a, b) => a - b)
  const sorted = [...observations].sort((a, b) => a.time - b.time)
  let atRisk = observations.length
  let s = 1
  let greenwood = 0
  let totalEvents = 0
  let k = 0
  const rows: Array<KaplanMeierRow> = []
  for (const t of times) {
    let d = 0
    let c = 0
    while (k < sorted.length && (sorted[k] as Observation).time === t) {
      if ((sorted[k] as Observation).event) d++
      else c++
      k++
    }
    if (d > 0) {
      s *= 1 - d / atRisk
      if (atRisk > d) greenwood += d / (atRisk * (atRisk - d))
      totalEvents += d
      const se = s * Math.sqrt(greenwood)
      let lower: number
      let upper: number
      if (method === "plain" || s === 0 || s === 1) {
        lower = Math.max(0, s - z95 * se)
        upper = Math.min(1, s + z95 * se)
      } else {
        // log(-log S) transform: var = greenwood / (log S)^2
        const theta = Math.sqrt(greenwood) / Math.abs(Math.log(s))
        lower = s ** Math.exp(z95 * theta)
        upper = s ** Math.exp(-z95 * theta)
      }
      rows.push({ time: t, atRisk, events: d, censored: c, survival: s, standardError: se, lower, upper })
    }
    atRisk -= d + c
  }
  const median = rows.find((r) => r.survival <= 0.5)?.time ?? null
  return { n: observations.length, events: totalEvents, rows, median, confidence: { level: 0.95, method } }
}

/** Complementary error function (Abramowitz & Stegun 7.1.26, |error| < 1.5e-7). */
const erfc = (x: number): number => {
  const t = 1 / (1 + 0.3275911 * Math.abs(x))
  const y = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
  const r = y * Math.exp(-x * x)
  return x >= 0 ? r : 2 - r
}

/** @since 0.1.0 */
export interface LogRank {
  readonly chiSquare: number
  readonly degreesOfFreedom: 1
  readonly pValue: number
  readonly observed: readonly [number, number]
  readonly expected: readonly [number, number]
}

/**
 * @deprecated Since 0.3.0: use {@link unsafeKaplanMeier} (same behaviour) or {@link tryKaplanMeier} (a `Result`).
 * @since 0.1.0
 */
export const kaplanMeier = unsafeKaplanMeier

/**
 * {@link unsafeKaplanMeier} as a `Result`: a `RuleViolation` at
 * `observations[i].time` (rule `non-negative`) instead of a throw.
 *
 * @since 0.3.0
 */
export const tryKaplanMeier = (
  observations: ReadonlyArray<Observation>,
  method: "log-log" | "plain" = "log-log"
): Result.Result<KaplanMeier, RuleViolation> => {
  const bad = badTime(observations, "observations", "time")
  return bad === undefined ? Result.succeed(estimate(observations, method)) : Result.fail(bad)
}

/**
 * Two-group log-rank (Mantel–Cox) test.
 *
 * @since 0.1.0
 */
export const logRank = (a: ReadonlyArray<Observation>, b: ReadonlyArray<Observation>): LogRank => {
  const all = [...a.map((o) => ({ ...o, g: 0 })), ...b.map((o) => ({ ...o, g: 1 }))].sort((x, y) => x.time - y.time)
  let n0 = a.length
  let n1 = b.length
  let o0 = 0
  let e0 = 0
  let o1 = 0
  let e1 = 0
  let v = 0
  let k = 0
  while (k < all.length) {
    const t = (all[k] as { time: number }).time
    let d0 = 0
    let d1 = 0
    let c0 = 0
    let c1 = 0
    while (k < all.length && (all[k] as { time: number }).time === t) {
      const x = all[k] as Observation & { g: number }
      if (x.event) x.g === 0 ? d0++ : d1++
      else x.g === 0 ? c0++ : c1++
      k++
    }
    const d = d0 + d1
    const n = n0 + n1
    if (d > 0 && n > 0) {
      e0 += (d * n0) / n
      e1 += (d * n1) / n
      o0 += d0
      o1 += d1
      if (n > 1) v += (n0 * n1 * d * (n - d)) / (n * n * (n - 1))
    }
    n0 -= d0 + c0
    n1 -= d1 + c1
  }
  const chiSquare = v === 0 ? 0 : (o0 - e0) ** 2 / v
  return {
    chiSquare,
    degreesOfFreedom: 1,
    pValue: erfc(Math.sqrt(chiSquare / 2)),
    observed: [o0, o1],
    expected: [e0, e1]
  }
}

/** Observations from spells (time = months, event = ended), optionally without left-censored spells. @since 0.1.0 */
export const observationsOf = (
  xs: ReadonlyArray<Spell>,
  options: { readonly excludeLeftCensored?: boolean } = {}
): ReadonlyArray<Observation> =>
  // Default: left-censored spells are excluded (their length is unknown).
  xs
    .filter((s) => !(options.excludeLeftCensored ?? true) || !s.leftCensored)
    .map((s) => ({ time: s.months, event: s.ended }))

/** Kaplan–Meier curves per group and the log-rank test of the first two groups. @since 0.1.0 */
export interface GroupComparison {
  readonly groups: ReadonlyArray<{ readonly group: string; readonly curve: KaplanMeier }>
  readonly logRank: LogRank | null
}

const comparison = (xs: ReadonlyArray<Spell>, options: { readonly excludeLeftCensored?: boolean }): GroupComparison => {
  const names = [...new Set(xs.map((s) => s.group))].sort()
  const obs = names.map((g) =>
    observationsOf(
      xs.filter((s) => s.group === g),
      options
    )
  )
  return {
    groups: names.map((group, i) => ({ group, curve: estimate(obs[i] ?? [], "log-log") })),
    logRank: obs.length >= 2 ? logRank(obs[0] ?? [], obs[1] ?? []) : null
  }
}

/**
 * Kaplan–Meier curves per group and the log-rank test of the first two
 * groups; a `RuleViolation` at `spells[i].months` (rule `non-negative`) for a
 * spell length that is not a number ≥ 0 (spells from {@link trySpells} always pass).
 *
 * @since 0.3.0
 */
export const tryCompareGroups = (
  xs: ReadonlyArray<Spell>,
  options: { readonly excludeLeftCensored?: boolean } = {}
): Result.Result<GroupComparison, RuleViolation> => {
  const bad = badTime(xs, "spells", "months")
  return bad === undefined ? Result.succeed(comparison(xs, options)) : Result.fail(bad)
}

/**
 * {@link tryCompareGroups}, throwing its `RuleViolation`.
 *
 * @throws RuleViolation for a spell length that is not a number ≥ 0.
 * @since 0.3.0
 */
export const unsafeCompareGroups = (
  xs: ReadonlyArray<Spell>,
  options: { readonly excludeLeftCensored?: boolean } = {}
): GroupComparison => {
  const r = tryCompareGroups(xs, options)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * @deprecated Since 0.3.0: use {@link unsafeCompareGroups} (same behaviour) or {@link tryCompareGroups} (a `Result`).
 * @since 0.1.0
 */
export const compareGroups = unsafeCompareGroups

/** A Kaplan–Meier table as published: rows and counts after disclosure control. @since 0.2.0 */
export interface ReportedKaplanMeier {
  /** Spells; `null` when fewer than `minCell`. */
  readonly n: number | null
  /** Spells ended; `null` when small (or the rest `n − events` is). */
  readonly events: number | null
  /**
   * The curve while at least `minCell` spells are at risk: the number at risk,
   * survival and its band. Events and censorings per time are not published
   * (they are mostly 1s, and the curve's steps already carry them).
   */
  readonly rows: ReadonlyArray<Pick<KaplanMeierRow, "time" | "atRisk" | "survival" | "lower" | "upper">>
  /** `null` when the curve reaches 0.5 only where fewer than `minCell` are at risk. */
  readonly median: number | null
  readonly minCell: number
}

/**
 * The reporting of a Kaplan–Meier table (`Disclosure` of `@osallistava/core`):
 * the curve is cut where fewer than `minCell` spells remain at risk (a step
 * there is one or two people's ends), the median is given only inside the
 * published curve, and `n` and `events` are shown as a line (events +
 * censored = n) under the frequency rule.
 *
 * @since 0.2.0
 */
export const reportKaplanMeier = (
  km: KaplanMeier,
  minCell: number = Disclosure.defaultThreshold
): ReportedKaplanMeier => {
  const o = { threshold: minCell }
  const line = Disclosure.line([km.events, km.n - km.events], o)
  const rows = km.rows
    .filter((r) => r.atRisk >= minCell)
    .map((r) => ({ time: r.time, atRisk: r.atRisk, survival: r.survival, lower: r.lower, upper: r.upper }))
  const median = km.median === null ? null : rows.some((r) => r.time === km.median) ? km.median : null
  return { n: line.total.count, events: (line.cells[0] as Disclosure.Cell).count, rows, median, minCell }
}

const esc = (s: string) =>
  s.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c] ?? c)
const palette = ["#1f5fa8", "#c0392b", "#2e7d32", "#6a1b9a"]

/**
 * Kaplan–Meier curves as a standalone SVG (step lines, shaded 95 % bands,
 * accessible title and legend). Each curve is drawn as {@link reportKaplanMeier}
 * publishes it: only while at least `minCell` (default 5) spells are at risk.
 *
 * @since 0.1.0
 */
export const survivalSvg = (
  groups: ReadonlyArray<{ readonly group: string; readonly curve: KaplanMeier }>,
  labels: { readonly title: string; readonly x: string; readonly y: string } = {
    title: "Kaplan–Meier",
    x: "months",
    y: "still receiving"
  },
  minCell: number = Disclosure.defaultThreshold
): string => {
  const curves = groups.map((g) => ({ group: g.group, curve: reportKaplanMeier(g.curve, minCell) }))
  const W = 640
  const H = 400
  const L = 60
  const R = 20
  const T = 40
  const B = 50
  const maxT = Math.max(1, ...curves.flatMap((c) => c.curve.rows.map((r) => r.time)))
  const x = (t: number) => (L + (t / maxT) * (W - L - R)).toFixed(1)
  const y = (s: number) => (T + (1 - s) * (H - T - B)).toFixed(1)
  const parts: Array<string> = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="t">`,
    `<title id="t">${esc(labels.title)}</title>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${W / 2}" y="24" text-anchor="middle" font-family="sans-serif" font-size="16">${esc(labels.title)}</text>`,
    `<line x1="${L}" y1="${H - B}" x2="${W - R}" y2="${H - B}" stroke="#000"/>`,
    `<line x1="${L}" y1="${T}" x2="${L}" y2="${H - B}" stroke="#000"/>`,
    `<text x="${W / 2}" y="${H - 12}" text-anchor="middle" font-family="sans-serif" font-size="12">${esc(labels.x)}</text>`,
    `<text x="16" y="${H / 2}" text-anchor="middle" font-family="sans-serif" font-size="12" transform="rotate(-90 16 ${H / 2})">${esc(labels.y)}</text>`
  ]
  for (const v of [0, 0.25, 0.5, 0.75, 1])
    parts.push(
      `<text x="${L - 6}" y="${y(v)}" text-anchor="end" dominant-baseline="middle" font-family="sans-serif" font-size="11">${v}</text>`
    )
  const step = maxT <= 12 ? 1 : maxT <= 36 ? 3 : maxT <= 72 ? 6 : 12
  for (let t = 0; t <= maxT; t += step)
    parts.push(
      `<text x="${x(t)}" y="${H - B + 16}" text-anchor="middle" font-family="sans-serif" font-size="11">${t}</text>`
    )
  curves.forEach((c, i) => {
    const color = palette[i % palette.length] as string
    let line = `M${x(0)},${y(1)}`
    const upper: Array<string> = [`${x(0)},${y(1)}`]
    const lower: Array<string> = [`${x(0)},${y(1)}`]
    let prevU = 1
    let prevL = 1
    for (const r of c.curve.rows) {
      line += ` H${x(r.time)} V${y(r.survival)}`
      upper.push(`${x(r.time)},${y(prevU)}`, `${x(r.time)},${y(r.upper)}`)
      lower.push(`${x(r.time)},${y(prevL)}`, `${x(r.time)},${y(r.lower)}`)
      prevU = r.upper
      prevL = r.lower
    }
    line += ` H${x(maxT)}`
    upper.push(`${x(maxT)},${y(prevU)}`)
    lower.push(`${x(maxT)},${y(prevL)}`)
    parts.push(
      `<polygon points="${[...upper, ...lower.reverse()].join(" ")}" fill="${color}" fill-opacity="0.15" stroke="none"/>`,
      `<path d="${line}" fill="none" stroke="${color}" stroke-width="2"/>`,
      `<text x="${W - R - 4}" y="${T + 16 * (i + 1)}" text-anchor="end" font-family="sans-serif" font-size="12" fill="${color}">${esc(c.group)} (n=${c.curve.n ?? Disclosure.marker})</text>`
    )
  })
  parts.push("</svg>")
  return parts.join("\n")
}
