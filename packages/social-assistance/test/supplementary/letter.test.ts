/**
 * The decision letter in fi/sv/en, and the messages catalog checked with core's Catalog.check (every key in fi, sv
 * and en, the same placeholders, no untranslated English in Finnish or Swedish).
 */
import { Catalog, LocalDate } from "@osallistava/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { render, renderPreventive } from "../../src/supplementary/letter.js"
import * as Messages from "../../src/supplementary/messages.js"
import { decidePreventive, decodePreventiveApplication } from "../../src/supplementary/preventive.js"
import { decide, letter } from "./helpers.js"

const decision = () =>
  decide({
    month: "2025-03",
    kela: letter("2025-03", "1000.00", "1100.00", "0.00", "0.00"),
    guideline: "county-release-2024-10",
    lines: [
      { category: "childrenHobbies", claimed: "450.00", guidelineItem: "children-hobbies", children: 1 },
      {
        category: "householdGoods",
        claimed: "700.00",
        guidelineItem: "household-goods",
        worker: { accepted: "600.00", reason: "actualNecessaryCost" }
      },
      { category: "glasses", claimed: "180.00", worker: { accepted: "150.00", reason: "longOrSeriousIllness" } }
    ],
    otherIncome: [{ kind: "taxRefund", amount: "20.00" }]
  })

describe("messages catalog (core Catalog.check)", () => {
  for (const [name, catalog] of Object.entries(Messages))
    it(`${name}: every key in fi, sv and en, no untranslated text`, () => {
      expect(Catalog.check(catalog as Catalog.Catalog)).toEqual([])
    })
})

describe("supplementary decision letter", () => {
  it("fi: Kela's basis, each line with its section or reason, surplus, support and the review instructions", () => {
    const text = render(decision(), "fi", {
      arrivedOn: LocalDate.unsafeFrom("2025-03-03"),
      notifiedOn: LocalDate.unsafeFrom("2025-03-10")
    })
    expect(text).toContain("Täydentävä toimeentulotuki 3/2025")
    expect(text).toContain(
      "lasten harrastusmenot: haettu 450,00\u00a0€, hyväksytty 400,00\u00a0€ (ohjeen kohta Lasten harrastusmenot: enintään 400,00\u00a0€/lapsi/vuosi)"
    )
    expect(text).toContain(
      "silmälasit: haettu 180,00\u00a0€, hyväksytty 150,00\u00a0€ harkinnan perusteella (peruste: pitkäaikainen tai vaikea sairaus)"
    )
    expect(text).toContain("ylijäämästä käytetään täydentäviin menoihin 120,00\u00a0€")
    expect(text).toContain("Täydentävää toimeentulotukea myönnetään 1\u00a0030,00\u00a0€")
    expect(text).toContain("toimeentulotukilaki 1412/1997 7 c § 1 mom. (1023/2022)")
    expect(text).toContain("Päätös on tehtävä viimeistään 12.3.2025")
    expect(text).toContain("30 päivän kuluessa päätöksen tiedoksisaannista")
    expect(text).toContain("hallintolaki 434/2003 49 c § 1 mom. (581/2010)")
    expect(text).toContain("oikaisuvaatimuksen viimeinen päivä on 9.4.2025")
  })

  it("sv and en are rendered from the same trace, with no English left in the Swedish text", () => {
    const d = decision()
    const sv = render(d, "sv")
    expect(sv).toContain("Kompletterande utkomststöd beviljas med 1\u00a0030,00\u00a0€")
    expect(sv).toContain("lagen om utkomststöd 1412/1997 7 c § 1 mom. (1023/2022)")
    expect(Catalog.untranslated(sv.replace(/\(https:\S+\)/g, ""))).toEqual([])
    expect(Catalog.untranslated(render(d, "fi").replace(/\(https:\S+\)/g, ""))).toEqual([])
    expect(render(d, "en")).toContain("Supplementary social assistance of €1,030.00 is granted.")
  })

  it("the letter repeats no identifier of the input beyond amounts and codes it decided on", () => {
    expect(render(decision(), "fi")).not.toMatch(/householdGoods|childrenHobbies|actualNecessaryCost/)
  })
})

describe("preventive decision letter", () => {
  it("fi: purpose, amount, conditions, reasons, 8 § and the review instructions", () => {
    const a = decodePreventiveApplication({
      decidedOn: "2026-03-05",
      purpose: "securingHousing",
      outcome: "granted",
      amount: "450.00",
      conditions: ["paidToCreditor"],
      reasons: ["preventsEviction"],
      kelaDecisionExists: true
    })
    if (Result.isFailure(a)) throw new Error(a.failure.message)
    const d = decidePreventive(a.success)
    if (Result.isFailure(d)) throw new Error(d.failure.message)
    const text = renderPreventive(d.success, "fi")
    expect(text).toContain("Ehkäisevää toimeentulotukea myönnetään 450,00\u00a0€. Tarkoitus: asumisen turvaaminen.")
    expect(text).toContain("toimeentulotukilaki 1412/1997 8 § 1 mom. (1023/2022)")
    expect(text).toContain("Ehdot: tuki maksetaan suoraan velkojalle tai vuokranantajalle.")
    expect(text).toContain("Perusteet: häädön estäminen.")
    expect(Catalog.untranslated(renderPreventive(d.success, "sv"))).toEqual([])
  })
})

describe("a typical amount in the letter (Etelä-Savo, 'Toimeentulotuki hautauskuluihin')", () => {
  it("fi, sv, en: the line prints the guideline's typical amount next to the worker's amount and reason", () => {
    const d = decide({
      month: "2025-05",
      kela: letter("2025-05", "1000.00", "700.00", "0.00", "300.00"),
      guideline: "etela-savo-funeral-costs",
      lines: [
        {
          category: "funeralCosts",
          claimed: "560.00",
          guidelineItem: "funeral-goods",
          worker: { accepted: "560.00", reason: "actualNecessaryCost" }
        }
      ]
    })
    expect(render(d, "fi")).toContain(
      "hautauskulut: haettu 560,00\u00a0€, hyväksytty 560,00\u00a0€ (ohjeen kohta Hautauskulut: arkku, arkun kansikoriste, vainajan vaatetus, arkkuun laitto ja uurna: keskimäärin 500,00\u00a0€; peruste:"
    )
    expect(render(d, "sv")).toContain("i genomsnitt 500,00\u00a0€")
    expect(render(d, "en")).toContain("€500.00 on average")
    expect(Catalog.untranslated(render(d, "sv"))).toEqual([])
  })
})
