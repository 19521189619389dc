import { readdirSync, readFileSync } from "node:fs"
import { Money } from "@osallistava/core"
import { calculate, type Decision, decodeApplication, Explain } from "@osallistava/social-assistance"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import {
  decisionWording,
  estimateJustification,
  estimateNotes,
  estimateSteps,
  hasDecisionWording,
  localizePersonIds,
  withoutDecisionWording
} from "../src/estimate.js"
import { toApplication } from "../src/household.js"
import { langs, messageKeys, t } from "../src/i18n.js"

const examplesDir = new URL("../../../packages/social-assistance/examples/", import.meta.url)

const decide = (json: unknown): Decision.Decision => {
  const app = decodeApplication(json)
  if (Result.isFailure(app)) throw new Error(app.failure.message)
  const decision = calculate(app.success)
  if (Result.isFailure(decision)) throw new Error(decision.failure.message)
  return decision.success
}

/** Rent over Hyvinkää's limit in 2024 (VNA 144/2024: 904 € for four persons): the engine directs the applicant. */
const overLimit = {
  month: "2024-06",
  municipality: "Hyvinkää",
  persons: [
    { id: "a", role: "applicant", birthDate: "1984-01-15" },
    { id: "s", role: "spouse", birthDate: "1986-03-10" },
    { id: "c1", role: "child", birthDate: "2012-02-01" },
    { id: "c2", role: "child", birthDate: "2017-05-20" }
  ],
  expenses: [{ kind: "rent", amount: "1000.00" }],
  incomes: [{ kind: "wage", amount: "1200.00", personId: "a" }]
}

const decisions: ReadonlyArray<[string, Decision.Decision]> = [
  ...readdirSync(examplesDir)
    // The package's example applications are e<N>-….json; the folder also holds other example files (a reform).
    .filter((f) => /^e\d+-.*\.json$/.test(f))
    .map((f): [string, Decision.Decision] => [f, decide(JSON.parse(readFileSync(new URL(f, examplesDir), "utf8")))]),
  ["rent over the municipal limit", decide(overLimit)]
]

describe("estimate wording (the page is an estimate, not Kela's decision)", () => {
  it("drops exactly the sentences in decision wording: the three phrases of the issue and their sv/en forms", () => {
    expect(
      withoutDecisionWording("Menot 10,00 € − tulot 0,00 € = 10,00 €. Perustoimeentulotukea myönnetään 10,00 €.", "fi")
    ).toEqual({ text: "Menot 10,00 € − tulot 0,00 € = 10,00 €.", dropped: true })
    expect(
      withoutDecisionWording("Asumismenot ylittävät rajan. Hakija ohjataan hankkimaan edullisempi asunto.", "fi").text
    ).toBe("Asumismenot ylittävät rajan.")
    expect(hasDecisionWording("Asumismenot ylittävät: hakijalle on annettava ohjaus ja määräaika.", "fi")).toBe(true)
    expect(hasDecisionWording("Grundläggande utkomststöd beviljas med 10,00 €.", "sv")).toBe(true)
    expect(hasDecisionWording("Sökanden hänvisas att skaffa en billigare bostad.", "sv")).toBe(true)
    expect(hasDecisionWording("Basic social assistance of €10.00 is granted.", "en")).toBe(true)
    expect(hasDecisionWording("The applicant must be directed, with a deadline, to find a cheaper home.", "en")).toBe(
      true
    )
    expect(withoutDecisionWording("Perusosa: 100 % × 487,89 € = 487,89 €.", "fi")).toEqual({
      text: "Perusosa: 100 % × 487,89 € = 487,89 €.",
      dropped: false
    })
  })

  it("the page's own catalog has no decision wording in fi, sv or en", () => {
    expect(messageKeys.length).toBeGreaterThan(50)
    for (const lang of langs)
      for (const key of messageKeys) {
        expect(t(lang, key).trim(), `${lang} ${key}`).not.toBe("")
        expect(hasDecisionWording(t(lang, key), lang), `${lang} ${key}`).toBe(false)
      }
  })

  for (const [name, decision] of decisions)
    it(`${name}: every step, note and the justification read as an estimate in fi, sv and en`, () => {
      for (const lang of langs) {
        const steps = estimateSteps(decision, lang)
        expect(steps.length).toBe(decision.explanation.length)
        for (const step of steps) {
          expect(step.text.trim(), `${lang} ${step.ruleId}`).not.toBe("")
          expect(
            decisionWording[lang].filter((re) => re.test(step.text)),
            `${lang} ${step.text}`
          ).toEqual([])
          expect(step.section, `${lang} ${step.ruleId}`).toMatch(/1412\/1997|§|s\. /)
        }
        const support = steps.at(-1)!
        expect(support.ruleId).toBe("support")
        expect(support.text).toContain(Money.format(Money.unsafeCents(cents(decision.totals.expenses)), lang))
        if (decision.outcome === "granted")
          expect(support.text).toContain(Money.format(Money.unsafeCents(decision.supportCents), lang))
        for (const note of estimateNotes(decision, lang))
          expect(hasDecisionWording(note, lang), `${lang} ${note}`).toBe(false)
        const text = estimateJustification(decision, lang, decision.month)
        expect(hasDecisionWording(text, lang), text).toBe(false)
      }
    })

  it("persons are named in the page's language in Finnish and Swedish, not by their English ids", () => {
    const app = toApplication({
      month: "2024-06",
      municipality: "Helsinki",
      applicantAge: "40",
      livingWithParents: false,
      hasSpouse: true,
      spouseAge: "38",
      children: [{ age: "12", alternatingResidence: false, maintenance: "100" }],
      money: { rent: "700", applicantWage: "900", spouseWage: "400" }
    })
    if (Result.isFailure(app)) throw new Error("form")
    const decision = decide(app.success)
    for (const lang of ["fi", "sv"] as const) {
      const text = estimateSteps(decision, lang)
        .map((s) => s.text)
        .join("\n")
      expect(text).not.toMatch(/\bapplicant\b|\bspouse\b|child-\d/)
    }
    expect(localizePersonIds("Ansiotuloista (applicant) 900,00 € ja (spouse), (child-2)", "fi")).toBe(
      "Ansiotuloista (hakija) 900,00 € ja (puoliso), (lapsi 2)"
    )
    expect(localizePersonIds("Av förvärvsinkomsterna (applicant) 900,00 €", "sv")).toBe(
      "Av förvärvsinkomsterna (sökande) 900,00 €"
    )
    expect(localizePersonIds("Of the earned income (applicant)", "en")).toBe("Of the earned income (applicant)")
  })

  it("over the housing limit the engine's text directs the applicant; the page says what Kela may do instead", () => {
    const decision = decisions.at(-1)![1]
    expect(decision.flags).toContain("housingDirectionRequired")
    for (const lang of langs) {
      // The engine words it as the decision (this is what the page must not show) …
      expect(hasDecisionWording(Explain.render(decision, lang), lang), lang).toBe(true)
      // … the page has its own sentences.
      expect(estimateNotes(decision, lang)).toContain(t(lang, "flagHousingOverLimit"))
      expect(estimateSteps(decision, lang).some((s) => s.text.includes(t(lang, "estimateHousingOverLimit")))).toBe(true)
    }
  })
})

const cents = (decimal: string): number => {
  const parsed = Money.parse(decimal)
  if (Result.isFailure(parsed)) throw new Error("not a decimal euro string")
  return parsed.success
}
