/**
 * Runs the households through `@osallistava/social-assistance` and returns the printed report: for each, the
 * decision (support and totals) and its justification, in Finnish (default), Swedish or English.
 */
import { Catalog, formatError, type Language, Money } from "@osallistava/core"
import { calculateBatch, decodeApplication, Explain } from "@osallistava/social-assistance"
import { Result } from "effect"
import { households } from "./households.js"
import { titles, words } from "./messages.js"

/** A decision's cents (116289) in the language's style ("1 162,89 €", "€1,162.89"), as the justification prints it. */
const euro = (cents: Money.EuroCents, lang: Language): string => Money.format(cents, lang)

export const report = (lang: Language = "fi"): string => {
  // Decode once at the boundary; bad input would name the field and rule, never a value.
  const apps = households.map((h, i) => {
    const app = decodeApplication(h.application)
    if (Result.isFailure(app)) throw new Error(`household ${i + 1}: ${formatError(app.failure)}`)
    return app.success
  })
  const out: Array<string> = []
  for (const [i, decision] of calculateBatch(apps).entries()) {
    const heading = `## ${i + 1}. ${Catalog.text(titles, households[i]!.title, lang)}`
    if (Result.isFailure(decision)) {
      out.push(heading, "", Catalog.text(words, "failed", lang, { error: formatError(decision.failure) }), "")
      continue
    }
    const d = decision.success
    out.push(
      heading,
      "",
      d.outcome === "granted"
        ? Catalog.text(words, "granted", lang, { amount: euro(d.supportCents, lang) })
        : Catalog.text(words, "refused", lang),
      Catalog.text(words, "totals", lang, {
        expenses: euro(d.totals.expensesCents, lang),
        income: euro(d.totals.incomeCents, lang),
        assets: euro(d.totals.assetsCents, lang)
      }),
      "",
      Explain.render(d, lang),
      ""
    )
  }
  return out.join("\n")
}
