/**
 * Runs one household through Kela's basic social assistance calculation (`calculate`), then the county's
 * supplementary decision on top of Kela's decision under a county guideline (`Supplementary.calculate`), and returns
 * both justifications in Finnish, as a decision letter prints them.
 */
import { readFileSync } from "node:fs"
import { LocalDate, Money } from "@osallistava/core"
import { calculate, decodeApplication, Explain, Supplementary } from "@osallistava/social-assistance"
import { Result } from "effect"

const data = (name: string): unknown => JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8"))

export const report = (): string => {
  // Kela: the basic-assistance decision. Bad input would name the field and the rule, never a value.
  const app = decodeApplication(data("household.json"))
  if (Result.isFailure(app)) throw new Error(app.failure.message)
  const basic = calculate(app.success)
  if (Result.isFailure(basic)) throw new Error(basic.failure.message)
  // The county: the supplementary application with Kela's decision as its basis.
  const supplementary = {
    ...(data("supplementary.json") as object),
    kela: { source: "decision", decision: basic.success }
  }
  const sapp = Supplementary.decodeSupplementaryApplication(supplementary)
  if (Result.isFailure(sapp)) throw new Error(sapp.failure.message)
  const county = Supplementary.calculate(sapp.success)
  if (Result.isFailure(county)) throw new Error(county.failure.message)
  const d = county.success
  // The letter: a Result, failing at arrivedOn/notifiedOn when a day has no deadline in force (before 2017, outside
  // the calendar's tables), never with the date itself.
  const letter = Supplementary.tryRender(d, "fi", {
    arrivedOn: LocalDate.unsafeFrom("2025-03-03"),
    notifiedOn: LocalDate.unsafeFrom("2025-03-10")
  })
  if (Result.isFailure(letter)) throw new Error(letter.failure.message)
  return [
    "# Kelan perustoimeentulotukipäätös",
    "",
    `Päätös: ${basic.success.outcome === "granted" ? `perustoimeentulotukea ${Money.format(basic.success.supportCents, "fi")}` : "ei perustoimeentulotukea"}`,
    "",
    Explain.render(basic.success, "fi"),
    "",
    "# Hyvinvointialueen päätös täydentävästä toimeentulotuesta",
    "",
    `Päätös: ${d.outcome === "granted" ? `täydentävää toimeentulotukea ${Money.format(d.supportCents, "fi")}` : "ei täydentävää toimeentulotukea"}`,
    "",
    letter.success,
    ""
  ].join("\n")
}
