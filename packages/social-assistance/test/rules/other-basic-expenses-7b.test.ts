import { describe, expect, it } from "vitest"
import { decide, example, node, nodes, single } from "./helpers.js"

const coeliac = (month: string, birthDate: string, coeliacDisease: boolean) =>
  decide({
    month,
    municipality: "091",
    persons: [{ id: "a", role: "applicant", birthDate, coeliacDisease }],
    expenses: [{ kind: "coeliacDiet", amount: "38", personId: "a" }],
    incomes: []
  })

describe("other basic expenses (Act 1412/1997 7 b §)", () => {
  it("kela.fi/web/en/faq-social-assistance (E2, Sipoo 2021): water 45.00 € accepted as claimed (7 b § as amended by 815/2015)", () => {
    const n = node(decide(example("e2-2021-sipoo-single-parent.json")), "other-basic-expense")
    expect(n.result).toBe(4500)
    expect(n.legal).toEqual([
      {
        act: "1412/1997",
        section: "7 b",
        amendedBy: "815/2015",
        finlex: "https://finlex.fi/fi/laki/alkup/2015/20150815"
      }
    ])
  })

  it("Kela: a cost compensated from elsewhere is not accepted", () => {
    const d = decide(
      single("2024-06", { expenses: [{ kind: "householdElectricity", amount: "60.00", compensatedElsewhere: true }] })
    )
    expect(d.expenses[0]).toMatchObject({ acceptedCents: 0, ruleId: "compensated-elsewhere" })
    expect(nodes(d, "other-basic-expense")).toEqual([])
  })

  const cases: ReadonlyArray<[string, string, string, boolean, string, number]> = [
    [
      "law 847/2024 (7 b § 2 mom; sttinfo.fi/tiedote/70743676): coeliac diet 38 €/month from 1.3.2025 for a person 16 or over",
      "2025-03",
      "1970-01-01",
      true,
      "coeliac-diet",
      3800
    ],
    ["law 847/2024: not before 1.3.2025", "2025-02", "1970-01-01", true, "coeliac-diet-not-accepted", 0],
    ["law 847/2024: not without the diagnosis", "2025-03", "1970-01-01", false, "coeliac-diet-not-accepted", 0],
    [
      "law 847/2024: not under 16 (age on the 1st of the month)",
      "2025-06",
      "2009-06-02",
      true,
      "coeliac-diet-not-accepted",
      0
    ]
  ]
  for (const [name, month, birthDate, diagnosed, ruleId, cents] of cases)
    it(name, () => {
      const d = coeliac(month, birthDate, diagnosed)
      expect(node(d, ruleId as never).result).toBe(cents)
      expect(d.expenses[0]).toMatchObject({ acceptedCents: cents, ruleId })
    })
})
