/**
 * Legal cases, one or more per guideline item shipped, each citing the guideline's section. Kela's figures are a
 * single person's calculation with no surplus (expenses 1 000,00 €, income 700,00 €, basic assistance 300,00 €), so
 * the support equals the accepted supplementary expenses.
 */
import { describe, expect, it } from "vitest"
import { decide, failureOf, letter } from "./helpers.js"

const kela = letter("2025-03", "1000.00", "700.00", "0.00", "300.00")
const release = (line: Record<string, unknown>) => ({
  month: "2025-03",
  kela,
  guideline: "county-release-2024-10",
  lines: [line]
})
const itaUusimaa = (line: Record<string, unknown>) => ({
  month: "2023-06",
  kela: letter("2023-06", "1000.00", "700.00", "0.00", "300.00"),
  guideline: "ita-uusimaa-2023",
  lines: [line]
})

describe("county release 1.10.2024 (STT 70509512)", () => {
  it("'Välttämättömät kodin hankinnat', 300–1000 € by family size: the worker's amount within the range is accepted", () => {
    const d = decide(
      release({
        category: "householdGoods",
        claimed: "650.00",
        guidelineItem: "household-goods",
        worker: { accepted: "600.00", reason: "actualNecessaryCost" }
      })
    )
    expect(d.lines[0]).toMatchObject({
      acceptedCents: 60000,
      rule: "worker-within-guideline",
      section: "Välttämättömät kodin hankinnat"
    })
    expect(d.supportCents).toBe(60000)
  })

  it("'Välttämättömät kodin hankinnat': without the worker's amount the line is refused (the range is not tabulated)", () => {
    const e = failureOf(release({ category: "householdGoods", claimed: "650.00", guidelineItem: "household-goods" }))
    expect(e).toMatchObject({ _tag: "RuleViolation", at: "lines[0].worker", rule: "worker-amount-required" })
  })

  it("'Välttämättömät kodin hankinnat': above 1000 € is a deviation and is said to be one", () => {
    const d = decide(
      release({
        category: "householdGoods",
        claimed: "1300.00",
        guidelineItem: "household-goods",
        worker: { accepted: "1200.00", reason: "specialCircumstances" }
      })
    )
    expect(d.lines[0]!.rule).toBe("worker-deviation")
  })

  it("'Lasten harrastusmenot' 400 €/year (per child): two children, 900 € claimed → 800 € accepted", () => {
    const d = decide(
      release({ category: "childrenHobbies", claimed: "900.00", guidelineItem: "children-hobbies", children: 2 })
    )
    expect(d.lines[0]).toMatchObject({ acceptedCents: 80000, guidelineAmountCents: 80000, rule: "guideline-cap" })
  })

  it("'Lasten harrastusmenot': 300 € granted earlier in the year leaves 100 € of one child's 400 €", () => {
    const d = decide(
      release({
        category: "childrenHobbies",
        claimed: "250.00",
        guidelineItem: "children-hobbies",
        children: 1,
        grantedEarlierInPeriod: "300.00"
      })
    )
    expect(d.lines[0]!.acceptedCents).toBe(10000)
  })

  it("'Lasten harrastusmenot': the number of children is required", () => {
    const e = failureOf(release({ category: "childrenHobbies", claimed: "100.00", guidelineItem: "children-hobbies" }))
    expect(e).toMatchObject({ at: "lines[0].children", rule: "children-required" })
  })

  it("'Erityisruokavaliosta aiheutuvat kustannukset' 50 €/month: 80 € claimed → 50 €; 40 € claimed → 40 €", () => {
    expect(
      decide(release({ category: "specialDiet", claimed: "80.00", guidelineItem: "special-diet" })).lines[0]
    ).toMatchObject({
      acceptedCents: 5000,
      rule: "guideline-fixed"
    })
    expect(
      decide(release({ category: "specialDiet", claimed: "40.00", guidelineItem: "special-diet" })).lines[0]!
        .acceptedCents
    ).toBe(4000)
  })

  it("'Hautauskulut: arkku enintään 700 €': 950 € claimed → 700 €", () => {
    const d = decide(release({ category: "funeralCoffin", claimed: "950.00", guidelineItem: "funeral-coffin" }))
    expect(d.lines[0]).toMatchObject({ acceptedCents: 70000, rule: "guideline-cap" })
  })

  it("'Hautauskulut: uurna enintään 100 €': 120 € claimed → 100 €; the estate not without means → not accepted", () => {
    expect(
      decide(release({ category: "funeralUrn", claimed: "120.00", guidelineItem: "funeral-urn" })).lines[0]!
        .acceptedCents
    ).toBe(10000)
    const d = decide(
      release({ category: "funeralUrn", claimed: "120.00", guidelineItem: "funeral-urn", conditionsMet: false })
    )
    expect(d.lines[0]).toMatchObject({ acceptedCents: 0, rule: "conditions-not-met" })
    expect(d.outcome).toBe("noSupport")
  })

  it("the guideline is not applied before it is in force (1.10.2024)", () => {
    const e = failureOf({
      ...release({ category: "specialDiet", claimed: "50.00", guidelineItem: "special-diet" }),
      month: "2024-09",
      kela: letter("2024-09", "1000.00", "700.00", "0.00", "300.00")
    })
    expect(e).toMatchObject({ at: "guideline", rule: "guideline-in-force" })
  })
})

describe("Itä-Uudenmaan hyvinvointialue, toimintaohje ja myöntämisperusteet 2023", () => {
  it("4.4 Opiskeluun liittyvät kustannukset: no amount in the guideline → the worker's amount and reason", () => {
    const d = decide(
      itaUusimaa({
        category: "studyCosts",
        claimed: "260.00",
        guidelineItem: "4.4-study-costs",
        worker: { accepted: "250.00", reason: "guidelineGivesNoAmount" }
      })
    )
    expect(d.lines[0]).toMatchObject({
      acceptedCents: 25000,
      rule: "worker-within-guideline",
      section: "4.4 Opiskeluun liittyvät kustannukset"
    })
    expect(
      failureOf(itaUusimaa({ category: "studyCosts", claimed: "260.00", guidelineItem: "4.4-study-costs" }))
    ).toMatchObject({
      rule: "worker-amount-required"
    })
  })

  it("4.8 Hautajaiskustannukset: the worker accepts 1 200 € of 1 500 € with a reason", () => {
    const d = decide(
      itaUusimaa({
        category: "funeralCosts",
        claimed: "1500.00",
        guidelineItem: "4.8-funeral-costs",
        worker: { accepted: "1200.00", reason: "actualNecessaryCost" }
      })
    )
    expect(d.lines[0]).toMatchObject({ acceptedCents: 120000, reason: "actualNecessaryCost" })
    expect(d.supportCents).toBe(120000)
  })

  it("the 2023 guideline is not in force in 2024", () => {
    const e = failureOf({
      ...itaUusimaa({
        category: "studyCosts",
        claimed: "1.00",
        guidelineItem: "4.4-study-costs",
        worker: { accepted: "1.00", reason: "guidelineGivesNoAmount" }
      }),
      month: "2024-01",
      kela: letter("2024-01", "1000.00", "700.00", "0.00", "300.00")
    })
    expect(e).toMatchObject({ rule: "guideline-in-force" })
  })
})

describe("Etelä-Savon hyvinvointialue, 'Toimeentulotuki hautauskuluihin' (service page)", () => {
  const etelaSavo = (line: Record<string, unknown>) => ({
    month: "2025-05",
    kela: letter("2025-05", "1000.00", "700.00", "0.00", "300.00"),
    guideline: "etela-savo-funeral-costs",
    lines: [line]
  })
  const goods = "Hautauskulut: arkku, arkun kansikoriste, vainajan vaatetus, arkkuun laitto ja uurna"

  it(`'${goods}' yhteensä keskimäärin 500 €: a typical amount, not a cap: the worker's 560 € with a reason is accepted`, () => {
    const d = decide(
      etelaSavo({
        category: "funeralCosts",
        claimed: "560.00",
        guidelineItem: "funeral-goods",
        worker: { accepted: "560.00", reason: "actualNecessaryCost" }
      })
    )
    expect(d.lines[0]).toMatchObject({
      acceptedCents: 56000,
      rule: "worker-within-guideline",
      section: goods,
      guidelineAmountCents: null,
      item: { amountKind: "typical", amountCents: 50000, amount: "500.00" }
    })
    expect(d.supportCents).toBe(56000)
  })

  it(`'${goods}': without the worker's amount the line is refused (a typical amount does not set the accepted one)`, () => {
    const e = failureOf(etelaSavo({ category: "funeralCosts", claimed: "480.00", guidelineItem: "funeral-goods" }))
    expect(e).toMatchObject({ _tag: "RuleViolation", at: "lines[0].worker", rule: "worker-amount-required" })
  })

  it(`'${goods}': the estate has means (conditions not met) → not accepted`, () => {
    const d = decide(
      etelaSavo({ category: "funeralCosts", claimed: "480.00", guidelineItem: "funeral-goods", conditionsMet: false })
    )
    expect(d.lines[0]).toMatchObject({ acceptedCents: 0, rule: "conditions-not-met" })
  })

  it("'Hautauskulut: välttämättömät ja kohtuulliset kuljetuskustannukset' (no amount) and 'seurakunnan hautapaikka- ja hautausmaksut' (no amount): the worker's amounts", () => {
    const d = decide({
      ...etelaSavo({
        category: "funeralCosts",
        claimed: "180.00",
        guidelineItem: "funeral-transport",
        worker: { accepted: "150.00", reason: "cheaperAlternative" }
      }),
      lines: [
        {
          category: "funeralCosts",
          claimed: "180.00",
          guidelineItem: "funeral-transport",
          worker: { accepted: "150.00", reason: "cheaperAlternative" }
        },
        {
          category: "funeralCosts",
          claimed: "320.00",
          guidelineItem: "funeral-parish-fees",
          worker: { accepted: "320.00", reason: "guidelineGivesNoAmount" }
        }
      ]
    })
    expect(d.lines.map((l) => [l.section, l.acceptedCents, l.rule])).toEqual([
      ["Hautauskulut: välttämättömät ja kohtuulliset kuljetuskustannukset", 15000, "worker-within-guideline"],
      ["Hautauskulut: seurakunnan hautapaikka- ja hautausmaksut", 32000, "worker-within-guideline"]
    ])
    expect(d.totals.acceptedCents).toBe(47000)
    expect(
      failureOf(etelaSavo({ category: "funeralCosts", claimed: "180.00", guidelineItem: "funeral-transport" }))
    ).toMatchObject({ at: "lines[0].worker", rule: "worker-amount-required" })
  })

  it("not before 2023: the county decides from 1.1.2023", () => {
    const e = failureOf({
      ...etelaSavo({
        category: "funeralCosts",
        claimed: "1.00",
        guidelineItem: "funeral-parish-fees",
        worker: { accepted: "1.00", reason: "guidelineGivesNoAmount" }
      }),
      month: "2022-12",
      kela: letter("2022-12", "1000.00", "700.00", "0.00", "300.00")
    })
    expect(e).toMatchObject({ rule: "county-decision-in-force" })
  })
})
