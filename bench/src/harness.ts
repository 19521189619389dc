/**
 * A small benchmark harness: runs our implementation and a plain
 * hand-written baseline over the same input in the same process, several
 * rounds each, alternating, and reports throughput and the ratio.
 */

export interface Case {
  /** What is measured, e.g. "social assistance: decisions (no explanation)". */
  readonly name: string
  /** The unit of one item, e.g. "household-months". */
  readonly unit: string
  /** Items processed by one call of `ours` / `baseline`. */
  readonly items: number
  readonly ours: () => unknown
  readonly baseline: () => unknown
  /** Optional target in items per second, reported as met or missed. */
  readonly targetPerSecond?: number
  /** Optional target ratio ours/baseline time (e.g. 1.5). */
  readonly targetRatio?: number
}

export interface Result {
  readonly name: string
  readonly unit: string
  readonly items: number
  readonly oursPerSecond: number
  readonly baselinePerSecond: number
  /** Time of ours divided by time of the baseline (1.0 = as fast; 2.0 = twice as slow). */
  readonly ratio: number
  readonly targetPerSecond?: number
  readonly targetRatio?: number
  readonly meetsTargets: boolean
}

let sink: unknown
/** Keeps results alive so the engine cannot drop the work. */
export const consume = (value: unknown): void => {
  sink = value
}

const timeOnce = (f: () => unknown): number => {
  const start = process.hrtime.bigint()
  consume(f())
  return Number(process.hrtime.bigint() - start) / 1e9
}

/** Median of several alternating rounds after a warm-up. */
export const measure = (c: Case, rounds = 7): Result => {
  for (let i = 0; i < 2; i++) {
    timeOnce(c.ours)
    timeOnce(c.baseline)
  }
  const ours: Array<number> = []
  const base: Array<number> = []
  for (let i = 0; i < rounds; i++) {
    ours.push(timeOnce(c.ours))
    base.push(timeOnce(c.baseline))
  }
  const median = (xs: Array<number>) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  const o = median(ours)
  const b = median(base)
  const oursPerSecond = c.items / o
  const ratio = o / b
  const meetsTargets =
    (c.targetPerSecond === undefined || oursPerSecond >= c.targetPerSecond) &&
    (c.targetRatio === undefined || ratio <= c.targetRatio)
  return {
    name: c.name,
    unit: c.unit,
    items: c.items,
    oursPerSecond,
    baselinePerSecond: c.items / b,
    ratio,
    ...(c.targetPerSecond === undefined ? {} : { targetPerSecond: c.targetPerSecond }),
    ...(c.targetRatio === undefined ? {} : { targetRatio: c.targetRatio }),
    meetsTargets
  }
}

const fmt = (n: number) =>
  n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(1)

/** A plain-text table of results. */
export const table = (results: ReadonlyArray<Result>): string => {
  const rows = results.map((r) => [
    r.name,
    `${fmt(r.oursPerSecond)} ${r.unit}/s`,
    `${fmt(r.baselinePerSecond)} ${r.unit}/s`,
    `${r.ratio.toFixed(2)}×`,
    [
      r.targetPerSecond === undefined ? "" : `≥ ${fmt(r.targetPerSecond)}/s`,
      r.targetRatio === undefined ? "" : `≤ ${r.targetRatio}×`
    ]
      .filter(Boolean)
      .join(", ") || "-",
    r.targetPerSecond === undefined && r.targetRatio === undefined ? "" : r.meetsTargets ? "met" : "MISSED"
  ])
  const header = ["benchmark", "ours", "baseline", "ours/baseline time", "target", ""]
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: ReadonlyArray<string>) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd()
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n")
}

export const _sink = () => sink
