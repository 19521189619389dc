/**
 * Runs the households through `@osallistava/social-assistance` and returns the printed report:
 * for each, the decision (support and totals) and its Finnish justification.
 */
import { Money } from "@osallistava/core"
import { calculateBatch, decodeApplication, Explain } from "@osallistava/social-assistance"
import { Result } from "effect"
import { households } from "./households.js"

/** A decision's euro string ("1162.89") in Finnish style ("1 162,89 €"), as the justification prints it. */
const euro = (s: string): string => {
  const cents = Money.parse(s)
  return Result.isSuccess(cents) ? Money.format(cents.success, "fi") : s
}

export const report = (): string => {
  // Decode once at the boundary; bad input would name the field and rule, never a value.
  const apps = households.map((h, i) => {
    const app = decodeApplication(h.application)
    if (Result.isFailure(app)) throw new Error(`household ${i + 1}: ${app.failure.message}`)
    return app.success
  })
  const out: Array<string> = []
  for (const [i, decision] of calculateBatch(apps).entries()) {
    const title = households[i]!.title
    if (Result.isFailure(decision)) {
      out.push(`## ${i + 1}. ${title}`, "", `Virhe: ${decision.failure.message}`, "")
      continue
    }
    const d = decision.success
    out.push(
      `## ${i + 1}. ${title}`,
      "",
      `Päätös: ${d.outcome === "granted" ? `perustoimeentulotukea ${euro(d.support)}` : "ei perustoimeentulotukea"}`,
      `Menot ${euro(d.totals.expenses)}, tulot ${euro(d.totals.income)}, varat ${euro(d.totals.assets)}`,
      "",
      Explain.render(d, "fi"),
      ""
    )
  }
  return out.join("\n")
}
