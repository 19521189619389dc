/**
 * The 2026 reform over the synthetic national population of `bench/`: the law of February 2026 and the law of March
 * 2026 over the same households and months in one pass (`Reform.Simulation`), the summary, the expenditure change
 * beside the government proposal's estimate, and one household's two decisions with the steps that changed.
 */
import { Catalog, FormatNumber, type Language } from "@osallistava/core"
import { Reform } from "@osallistava/social-assistance"
import { application, households, monthsOf } from "../../../bench/src/population/index.js"
import { words } from "./messages.js"

/** The seed of bench's population. */
export const SEED = 2026

/** Households × 12 months of 2026 under the laws of 2026-02 and 2026-03. */
export const simulate = (householdCount: number) => {
  const baseline = Reform.ofMonth("2026-02")
  const reform = Reform.ofMonth("2026-03")
  const simulation = new Reform.Simulation(baseline, reform)
  const months = monthsOf(2026)
  let example: ReturnType<typeof application> | undefined
  for (const h of households(SEED, householdCount, 0, 2026))
    for (const m of months) {
      const app = application(h, m)
      const r = simulation.add(app)
      // The first household with a wage whose support falls: it shows both changes of 1.3.2026.
      if (
        example === undefined &&
        r._tag === "Calculated" &&
        r.outcome === "lose" &&
        app.incomes.some((i) => i.kind === "wage")
      )
        example = app
    }
  return { baseline, reform, result: simulation.result(), example }
}

const millions = (cents: number | null, lang: Language): string =>
  cents === null
    ? ".."
    : Catalog.text(words, "millions", lang, {
        sign: cents < 0 ? "−" : "",
        amount: FormatNumber.decimal(Math.abs(cents) / 1e8, 1, lang)
      })

/** The whole report in `lang`. */
export const report = (lang: Language, householdCount = 300_000): string => {
  const { baseline, reform, result, example } = simulate(householdCount)
  const t = (k: keyof typeof words, v?: Readonly<Record<string, string | number>>) => Catalog.text(words, k, lang, v)
  const out: Array<string> = [
    `# ${t("title")}`,
    "",
    t("synthetic", { households: FormatNumber.decimal(householdCount, 0, lang), seed: SEED }),
    "",
    t("laws"),
    "",
    Reform.renderSummary(result, baseline.kind, reform.kind, lang),
    "",
    `## ${t("comparisonTitle")}`,
    "",
    t("ours", { amount: millions(result.total.annual.changeCents, lang) }),
    t("estimate"),
    "",
    t("why"),
    t("why1"),
    t("why2"),
    t("why3"),
    t("why4")
  ]
  if (example !== undefined) {
    const c = Reform.compare(example, baseline, reform)
    if (c._tag === "Success") out.push("", `## ${t("householdTitle")}`, "", Reform.renderComparison(c.success, lang))
  }
  return `${out.join("\n")}\n`
}
