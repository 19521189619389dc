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
      accepted: 60000,
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
    expect(d.lines[0]).toMatchObject({ accepted: 80000, guidelineAmount: 80000, rule: "guideline-cap" })
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
    expect(d.lines[0]!.accepted).toBe(10000)
  })

  it("'Lasten harrastusmenot': the number of children is required", () => {
    const e = failureOf(release({ category: "childrenHobbies", claimed: "100.00", guidelineItem: "children-hobbies" }))
    expect(e).toMatchObject({ at: "lines[0].children", rule: "children-required" })
  })

  it("'Erityisruokavaliosta aiheutuvat kustannukset' 50 €/month: 80 € claimed → 50 €; 40 € claimed → 40 €", () => {
    expect(
      decide(release({ category: "specialDiet", claimed: "80.00", guidelineItem: "special-diet" })).lines[0]
    ).toMatchObject({
      accepted: 5000,
      rule: "guideline-fixed"
    })
    expect(
      decide(release({ category: "specialDiet", claimed: "40.00", guidelineItem: "special-diet" })).lines[0]!.accepted
    ).toBe(4000)
  })

  it("'Hautauskulut: arkku enintään 700 €': 950 € claimed → 700 €", () => {
    const d = decide(release({ category: "funeralCoffin", claimed: "950.00", guidelineItem: "funeral-coffin" }))
    expect(d.lines[0]).toMatchObject({ accepted: 70000, rule: "guideline-cap" })
  })

  it("'Hautauskulut: uurna enintään 100 €': 120 € claimed → 100 €; the estate not without means → not accepted", () => {
    expect(
      decide(release({ category: "funeralUrn", claimed: "120.00", guidelineItem: "funeral-urn" })).lines[0]!.accepted
    ).toBe(10000)
    const d = decide(
      release({ category: "funeralUrn", claimed: "120.00", guidelineItem: "funeral-urn", conditionsMet: false })
    )
    expect(d.lines[0]).toMatchObject({ accepted: 0, rule: "conditions-not-met" })
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
      accepted: 25000,
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
    expect(d.lines[0]).toMatchObject({ accepted: 120000, reason: "actualNecessaryCost" })
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
