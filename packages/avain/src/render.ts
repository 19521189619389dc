/**
 * Reports as text tables in Finnish, Swedish or English, and as SVG bar
 * charts shaped like THL's Kuvio 3–5 (horizontal bars, % of clients, N in
 * the title). Pure string building; no DOM, no dependencies.
 *
 * @since 0.1.0
 */
import { marker } from "@osallistava/core/disclosure"
import type { Label } from "./catalog.js"
import { reportWords, summary } from "./messages.js"
import type {
  AttainmentRow,
  CohortReport,
  ComparisonRow,
  PrevalenceRow,
  ReportedProportion,
  ReportedProportionWithInterval
} from "./report.js"

/** @since 0.1.0 */
export type Language = keyof Label

const words = reportWords

/**
 * A share as a percentage in the language's style: `45,3 %` (fi, sv), `45.3%` (en); `–` when undefined.
 *
 * @since 0.1.0
 */
export const formatPercent = (share: number | null, language: Language, digits = 1): string => {
  if (share === null) return "–"
  const s = (share * 100).toFixed(digits)
  return language === "en" ? `${s}%` : `${s.replace(".", ",")} %`
}

const pad = (s: string, n: number): string => (s.length >= n ? s : s + " ".repeat(n - s.length))
const padStart = (s: string, n: number): string => (s.length >= n ? s : " ".repeat(n - s.length) + s)

const table = (title: string, rows: ReadonlyArray<ReadonlyArray<string>>): string => {
  if (rows.length === 0) return `${title}\n  –`
  const widths = (rows[0] as ReadonlyArray<string>).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)))
  return [
    title,
    ...rows.map(
      (r) => `  ${r.map((c, i) => (i === 0 ? pad(c, widths[i] ?? 0) : padStart(c, widths[i] ?? 0))).join("  ")}`
    )
  ].join("\n")
}

/** A count, or the disclosure marker `..` when suppressed. */
const n = (x: number | null): string => (x === null ? marker : String(x))
const ratio = (x: { readonly numerator: number | null; readonly denominator: number | null }) =>
  `${n(x.numerator)}/${n(x.denominator)}`
/** The share as a percentage; `..` when suppressed, `–` when undefined. */
const pct = (x: ReportedProportion, lang: Language, digits = 1): string =>
  x.suppressed ? marker : formatPercent(x.share, lang, digits)
const ci = (x: ReportedProportionWithInterval, lang: Language) =>
  x.ci95 === null ? "" : `[${formatPercent(x.ci95.low, lang)}–${formatPercent(x.ci95.high, lang)}]`

const prevalenceRows = (rows: ReadonlyArray<PrevalenceRow>, lang: Language) =>
  rows.map((r) => [r.label[lang], ratio(r), pct(r, lang)])

/**
 * The report as plain-text tables in one language.
 *
 * @example
 * ```ts
 * import { formatReportText, report } from "@osallistava/avain"
 * console.log(formatReportText(report(records), "sv"))
 * ```
 * @since 0.1.0
 */
export const formatReportText = (r: CohortReport, language: Language): string => {
  const L = (l: Label) => l[language]
  const parts: Array<string> = [L(words.title)]
  if (r.provisional.inUse) parts.push(`! ${L(r.provisional.notice)}`)
  parts.push(`${L(words.started)}: ${n(r.population.started)}\n${L(words.evaluated)}: ${n(r.population.evaluated)}`)
  parts.push(
    table(`${L(words.goalAreas)} (N=${n(r.population.started)})`, prevalenceRows(r.prevalence.goalAreas, language))
  )
  parts.push(
    table(
      `${L(words.supporting)} (N=${n(r.population.started)})`,
      prevalenceRows(r.prevalence.factorsSupporting, language)
    )
  )
  parts.push(
    table(
      `${L(words.hindering)} (N=${n(r.population.started)})`,
      prevalenceRows(r.prevalence.factorsHindering, language)
    )
  )
  parts.push(
    table(`${L(words.methods)} (N=${n(r.population.started)})`, prevalenceRows(r.prevalence.methodsPlanned, language))
  )
  parts.push(
    table(
      `${L(words.methodsUsed)} (N=${n(r.population.evaluated)})`,
      prevalenceRows(r.prevalence.methodsUsed, language)
    )
  )
  parts.push(
    table(`${L(words.services)} (N=${n(r.population.started)})`, prevalenceRows(r.prevalence.services, language))
  )
  const att = (x: AttainmentRow | CohortReport["attainment"]["overall"], name: string) => [
    name,
    ratio(x),
    pct(x, language),
    ci(x, language),
    `${L(words.notEvaluated)} ${n(x.notEvaluated)}`
  ]
  parts.push(
    table(`${L(words.attainment)} "${L(r.threshold.label)}" (${L(words.ci)})`, [
      ...r.attainment.byArea.map((a) => att(a, L(a.label))),
      att(r.attainment.overall, L(words.all))
    ]) +
      `\n  ${L(words.clientMean)}: ${r.attainment.clientMean.plans === null ? marker : formatPercent(r.attainment.clientMean.mean, language)} (n=${n(r.attainment.clientMean.plans)})`
  )
  const cmp = (c: ComparisonRow) => [
    L(c.label),
    `${L(words.with)} ${ratio(c.with)} ${pct(c.with, language)}`,
    `${L(words.without)} ${ratio(c.without)} ${pct(c.without, language)}`
  ]
  parts.push(table(L(words.comparison), r.comparison.map(cmp)))
  parts.push(`${L(words.attrition)}: ${ratio(r.attrition)} ${pct(r.attrition, language)}`)
  parts.push(r.notes.map((n) => `* ${L(n)}`).join("\n"))
  return `${parts.join("\n\n")}\n`
}

/**
 * A short summary of the report in one language: plans started and
 * evaluated, goals attained at least at the threshold level with the Wilson
 * 95 % interval, goals not evaluated, attrition, and attainment per goal
 * area; `validationIssues` (records that did not validate) when given.
 *
 * @example
 * ```ts
 * import { formatSummaryText, report } from "@osallistava/avain"
 * console.log(formatSummaryText(report(records), "fi").join("\n"))
 * ```
 * @since 0.2.0
 */
export const formatSummaryText = (
  r: CohortReport,
  language: Language,
  options: { readonly validationIssues?: number; readonly areaWidth?: number } = {}
): ReadonlyArray<string> => {
  // No run-time import of core here: the scoring entry stays free of it (test/bundle.test.ts).
  const say = (l: Label, values: Readonly<Record<string, string | number>>) =>
    l[language].replace(/\{(\w+)\}/g, (whole, k: string) => (k in values ? String(values[k]) : whole))
  const o = r.attainment.overall
  const population = say(summary.population, { started: n(r.population.started), evaluated: n(r.population.evaluated) })
  const lines = [
    options.validationIssues === undefined
      ? population
      : `${population}, ${say(summary.validationIssues, { n: options.validationIssues })}`,
    say(summary.attained, {
      level: r.threshold.label[language],
      ratio: ratio(o),
      share: pct(o, language, 0),
      ci: o.ci95 ? `${formatPercent(o.ci95.low, language, 0)}–${formatPercent(o.ci95.high, language, 0)}` : "–",
      notEvaluated: n(o.notEvaluated)
    }),
    say(summary.attrition, { ratio: ratio(r.attrition) })
  ]
  const width = options.areaWidth ?? Math.max(0, ...r.attainment.byArea.map((a) => a.label[language].length))
  for (const a of r.attainment.byArea) lines.push(`${pad(a.label[language], width)} ${ratio(a)}`)
  return lines
}

const xml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;")

/** @since 0.1.0 */
export interface BarChartOptions {
  readonly title: string
  readonly language: Language
  /** Width in px; default 640. */
  readonly width?: number
  /** At most this many bars (largest first); default all. */
  readonly maxBars?: number
  /** Bar colour; default THL-like dark blue. */
  readonly color?: string
}

/**
 * A horizontal bar chart (SVG 1.1 text) of shares, labelled with the
 * percentage and `n/N` of each bar.
 *
 * @since 0.1.0
 */
export const barChartSvg = (
  rows: ReadonlyArray<{
    readonly label: Label
    readonly numerator: number | null
    readonly denominator: number | null
    readonly share: number | null
    /** @since 0.2.0 */
    readonly suppressed?: boolean
  }>,
  options: BarChartOptions
): string => {
  const width = options.width ?? 640
  const shown = options.maxBars === undefined ? rows : rows.slice(0, options.maxBars)
  const labelWidth = Math.round(width * 0.42)
  const barMax = width - labelWidth - 110
  const rowH = 22
  const top = 34
  const height = top + shown.length * rowH + 12
  const color = options.color ?? "#1f4e79"
  const lines = shown.map((r, i) => {
    const y = top + i * rowH
    const w = Math.max(0, Math.round((r.share ?? 0) * barMax))
    const pct = r.suppressed === true ? marker : formatPercent(r.share, options.language)
    return [
      `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${xml(r.label[options.language])}</text>`,
      `<rect x="${labelWidth}" y="${y + 3}" width="${w}" height="${rowH - 6}" fill="${xml(color)}"><title>${xml(`${pct} (${ratio(r)})`)}</title></rect>`,
      `<text x="${labelWidth + w + 6}" y="${y + 15}">${xml(`${pct} (${ratio(r)})`)}</text>`
    ].join("")
  })
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12" role="img" aria-label="${xml(options.title)}">`,
    `<text x="8" y="20" font-size="14" font-weight="bold">${xml(options.title)}</text>`,
    ...lines,
    "</svg>"
  ].join("\n")
}

/**
 * The report's figures as SVG bar charts: goal areas (Kuvio 3 shape),
 * supporting and hindering factors (Kuvio 4), methods (Kuvio 5) and
 * attainment per goal area.
 *
 * @since 0.1.0
 */
export const reportCharts = (
  r: CohortReport,
  language: Language,
  options: { readonly width?: number; readonly maxBars?: number } = {}
): {
  readonly goalAreas: string
  readonly factorsSupporting: string
  readonly factorsHindering: string
  readonly methods: string
  readonly attainment: string
} => {
  const L = (l: Label) => l[language]
  const N = `(N=${n(r.population.started)})`
  const chart = (rows: Parameters<typeof barChartSvg>[0], title: string, color?: string) =>
    barChartSvg(rows, { title, language, ...options, ...(color === undefined ? {} : { color }) })
  return {
    goalAreas: chart(r.prevalence.goalAreas, `${L(words.goalAreas)} ${N}`),
    factorsSupporting: chart(r.prevalence.factorsSupporting, `${L(words.supporting)} ${N}`, "#2e7d32"),
    factorsHindering: chart(r.prevalence.factorsHindering, `${L(words.hindering)} ${N}`, "#c62828"),
    methods: chart(r.prevalence.methodsPlanned, `${L(words.methods)} ${N}`),
    attainment: chart(r.attainment.byArea, `${L(words.attainment)} "${L(r.threshold.label)}"`)
  }
}
