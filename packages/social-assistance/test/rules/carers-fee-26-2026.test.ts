/**
 * Legal cases: the earned-income disregard (1412/1997 11 § 3 mom) of an informal or family carer after law 26/2026.
 *
 * Source (secondary, the enacted text of 26/2026 was not read; docs/social-assistance/open-readings.md § 3): Yle,
 * Viikon uutinen selkosuomeksi 14.2.2026 — the 150 € is abolished for adults from 1.3.2026, "Tämä muutos ei koske vielä
 * omaishoitajia ja perhehoitajia. He saavat vielä ansaita 150 euroa kuukaudessa ilman, että se vaikuttaa tukeen.
 * Poikkeus on voimassa ensi vuoden loppuun asti" (until 31.12.2027). Our reading: an adult keeps the disregard on the
 * carer's fee (`carersFee`) only, not on a wage beside it.
 */
import { describe, expect, it } from "vitest"
import { renderNode } from "../../src/explain.js"
import { decide, node } from "./helpers.js"

const carer = (month: string, incomes: ReadonlyArray<object>) =>
  decide({
    month,
    municipality: "091",
    persons: [{ id: "p", role: "applicant", birthDate: "1970-01-01" }],
    expenses: [],
    incomes
  })

describe("informal and family carers keep the 150 € disregard after 1.3.2026 (law 26/2026; Yle 14.2.2026)", () => {
  it("2026-06: a 56-year-old's 400 € carer's fee counts 250 € (150 € disregarded)", () => {
    const d = carer("2026-06", [{ kind: "carersFee", amount: "400", personId: "p" }])
    expect(d.totals.income).toBe("250.00")
    expect(node(d, "earned-income-disregard")).toMatchObject({
      inputs: { personId: "p", earnedIncome: 40000, carersFee: 40000, disregard: 15000 },
      result: 25000
    })
    expect(d.flags).toContain("earnedIncomeDisregardProvisional")
  })

  it("2026-06: a wage beside the fee gets no disregard: 100 € fee + 300 € wage → 300 € counted", () => {
    const d = carer("2026-06", [
      { kind: "wage", amount: "300", personId: "p" },
      { kind: "carersFee", amount: "100", personId: "p" }
    ])
    expect(d.totals.income).toBe("300.00")
    expect(node(d, "earned-income-disregard")).toMatchObject({
      inputs: { earnedIncome: 40000, carersFee: 10000, disregard: 10000 },
      result: 30000
    })
  })

  it("2026-02 (11 § 3 mom, 1023/2022): the fee is earned income like a wage, the first 150 € of both disregarded", () => {
    const d = carer("2026-02", [
      { kind: "wage", amount: "300", personId: "p" },
      { kind: "carersFee", amount: "100", personId: "p" }
    ])
    expect(d.totals.income).toBe("250.00")
  })

  it("2026-06: a wage alone still counts in full (no disregard for persons aged 18 or over)", () => {
    const d = carer("2026-06", [{ kind: "wage", amount: "400", personId: "p" }])
    expect(d.totals.income).toBe("400.00")
    expect(node(d, "earned-income-no-disregard").result).toBe(40000)
  })

  it("the trace reads the dated entry with the exception, and the explanation names the carer's fee in fi/sv/en", () => {
    const n = node(carer("2026-06", [{ kind: "carersFee", amount: "400", personId: "p" }]), "earned-income-disregard")
    expect(n.parameters[0]).toMatchObject({
      name: "earnedIncomeDisregard",
      value: "firstAmount 15000 under18 carersFee",
      validFrom: "2026-03-01",
      provisional: true
    })
    expect(n.parameters[0]!.source).toContain("Yle Viikon uutinen selkosuomeksi 14.2.2026")
    expect(renderNode(n, "fi")).toContain("omaishoidon tai perhehoidon hoitopalkkiosta")
    expect(renderNode(n, "sv")).toContain("närståendevård eller familjevård")
    expect(renderNode(n, "en")).toContain("informal or family carer's fee")
  })
})
