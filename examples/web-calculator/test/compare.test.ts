import { Money } from "@osallistava/core"
import { decodeApplication } from "@osallistava/social-assistance"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { compareMonths, readMonths, signedEuros } from "../src/compare.js"
import { hasDecisionWording } from "../src/estimate.js"
import { type HouseholdInput, toApplication } from "../src/household.js"
import { langs } from "../src/i18n.js"

/** A single person of 30 in Helsinki without income or expenses, as the page's form would give it. */
const single = (month: string, wage = ""): HouseholdInput => ({
  month,
  municipality: "Helsinki",
  applicantAge: "30",
  livingWithParents: false,
  hasSpouse: false,
  spouseAge: "",
  children: [],
  money: { applicantWage: wage }
})

const app = (input: HouseholdInput) => {
  const raw = toApplication(input)
  if (Result.isFailure(raw)) throw new Error(JSON.stringify(raw.failure))
  const decoded = decodeApplication(raw.success)
  if (Result.isFailure(decoded)) throw new Error(String(decoded.failure.message))
  return decoded.success
}

const view = (input: HouseholdInput, lang: (typeof langs)[number], b = "2026-02", r = "2026-03") => {
  const v = compareMonths(app(input), b, r, lang)
  if (Result.isFailure(v)) throw new Error(v.failure)
  return v.success
}

describe("the comparison of two months' law", () => {
  it("a single person without income loses exactly the basic-amount cut of 2026 (596,32 → 578,43 €)", () => {
    // Kela, 16.2.2026: the basic amount of a person living alone is 578,43 € from 1.3.2026 (596,32 € before).
    for (const lang of langs) {
      const v = view(single("2026-03"), lang)
      expect(v.baselineCents).toBe(596_32)
      expect(v.reformCents).toBe(578_43)
      expect(v.changeCents).toBe(-17_89)
      expect(v.change).toBe(`\u2212${Money.format(Money.unsafeCents(17_89), lang)}`)
      const basic = v.steps.find((s) => s.step === "basicAmount")
      expect(basic?.before).toBe(Money.format(Money.unsafeCents(596_32), lang))
      expect(basic?.after).toBe(Money.format(Money.unsafeCents(578_43), lang))
      expect(basic?.parameters.join(" ")).toContain(Money.format(Money.unsafeCents(578_43), lang))
      expect(v.steps.map((s) => s.step)).toEqual(["basicAmount", "support"])
      const texts = v.steps.flatMap((s) => [s.name, ...s.parameters, s.beforeText ?? "", s.afterText ?? ""])
      for (const text of texts) expect(hasDecisionWording(text, lang), `${lang}: ${text}`).toBe(false)
    }
  })

  it("an adult earner also loses the earned-income disregard: a step with the rule changed", () => {
    const v = view(single("2026-03", "500"), "en")
    expect(v.steps.map((s) => s.step)).toContain("earnedIncomeDisregard")
    const disregard = v.steps.find((s) => s.step === "earnedIncomeDisregard")!
    expect(disregard.parameters.join(" ")).toMatch(/earned-income disregard/)
    expect(v.changeCents).toBe(-17_89 - 150_00)
  })

  it("the same month twice changes nothing", () => {
    const v = view(single("2026-03"), "fi", "2026-03", "2026-03")
    expect(v.changeCents).toBe(0)
    expect(v.steps).toEqual([])
    expect(v.change).toBe(Money.format(Money.unsafeCents(0), "fi"))
  })

  it("reads the two months and names the input of a bad one, never repeating it", () => {
    expect(readMonths(" 2026-02 ", "2026-03")).toEqual(Result.succeed({ baseline: "2026-02", reform: "2026-03" }))
    const bad = readMonths("2016-12", "March")
    expect(Result.isFailure(bad) && bad.failure.map((e) => e.field)).toEqual(["compare-baseline", "compare-reform"])
    expect(JSON.stringify(bad)).not.toContain("March")
  })

  it("writes the sign of the difference", () => {
    expect(signedEuros(-17_89, "fi")).toBe(`\u2212${Money.format(Money.unsafeCents(17_89), "fi")}`)
    expect(signedEuros(150_00, "en")).toBe(`+${Money.format(Money.unsafeCents(150_00), "en")}`)
  })
})
