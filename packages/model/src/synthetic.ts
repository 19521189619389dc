/**
 * A synthetic register of monthly social-assistance receipt, for trying the
 * survival analysis without personal data. Deterministic for a seed
 * (mulberry32). Each person starts a spell in a random month of the window and
 * leaves assistance each month with the group's exit probability; a person may
 * return after a break (so the gap rule matters).
 *
 * NOT real data: the exit probabilities are inputs, not estimates.
 *
 * @since 0.1.0
 */
import type { MonthlyReceipt } from "./survival.js"

/** @since 0.1.0 */
export interface SyntheticGroup {
  readonly group: string
  readonly persons: number
  /** Probability of leaving assistance in a month (0–1). */
  readonly monthlyExit: number
  /** Probability of a one-month break inside a spell (0–1). */
  readonly breakProbability?: number
}

const mulberry32 = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = seed
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const month = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`

/**
 * Monthly receipts for the groups within `from`–`to` (YYYY-MM).
 *
 * @since 0.1.0
 */
export const syntheticRegister = (
  groups: ReadonlyArray<SyntheticGroup>,
  window: { readonly from: string; readonly to: string },
  seed = 1
): ReadonlyArray<MonthlyReceipt> => {
  const rnd = mulberry32(seed)
  const idx = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1
  const from = idx(window.from)
  const to = idx(window.to)
  const out: Array<MonthlyReceipt> = []
  for (const g of groups)
    for (let p = 0; p < g.persons; p++) {
      const personRef = `${g.group}-${p + 1}`
      let m = from + Math.floor(rnd() * (to - from + 1))
      while (m <= to) {
        out.push({ personRef, month: month(m), group: g.group })
        if (rnd() < g.monthlyExit) break
        m += rnd() < (g.breakProbability ?? 0) ? 2 : 1
      }
    }
  return out
}
