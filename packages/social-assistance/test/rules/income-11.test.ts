import { describe, expect, it } from "vitest"
import { decide, example, failure, node, nodes } from "./helpers.js"

const family = (month: string, incomes: ReadonlyArray<object>, more: object = {}) =>
  decide({
    month,
    municipality: "091",
    persons: [
      { id: "p", role: "applicant", birthDate: "1980-01-01" },
      { id: "c", role: "child", birthDate: "2012-01-01" }
    ],
    expenses: [],
    incomes,
    ...more
  })
const alone = (month: string, incomes: ReadonlyArray<object>) =>
  decide({
    month,
    municipality: "091",
    persons: [{ id: "p", role: "applicant", birthDate: "1980-01-01" }],
    expenses: [],
    incomes
  })

describe("income (Act 1412/1997 11 §, 13 §)", () => {
  const disregard: ReadonlyArray<[string, string, string, number]> = [
    [
      "law 940/2014 as SISU applies it to 5/2018 (TOIMTUKIlakimakrot.sas; provisional): 20 % of a 400 € wage = 80 € disregarded",
      "2017-01",
      "400",
      32000
    ],
    [
      "law 940/2014 as Kela applies it from 6/2018 (kela.fi/toimeentulotuki-tulot-jotka-eivat-vaikuta): the first 150 € disregarded",
      "2019-05",
      "400",
      25000
    ],
    [
      "law 1023/2022 11 § 3 mom: 150 €/month of each earner's earned income disregarded; a wage under 150 € counts nothing",
      "2024-06",
      "120",
      0
    ],
    [
      "law 26/2026 (Kela/STT 18.12.2025; E10): no disregard for persons 18 or over from 1.3.2026, a 500 € wage counts in full",
      "2026-03",
      "500",
      50000
    ]
  ]
  for (const [name, month, wage, counted] of disregard)
    it(name, () =>
      expect(alone(month, [{ kind: "wage", amount: wage, personId: "p" }]).totals.income).toBe(
        (counted / 100).toFixed(2)
      )
    )

  it("kela.fi/news/thinking-of-applying… (E5, 2024): the spouse's 1 200 € wage counts 1 050 € (11 § 3 mom, 1023/2022)", () => {
    const n = node(decide(example("e5-2024-hyvinkaa-couple-assets.json")), "earned-income-disregard")
    expect(n).toMatchObject({ inputs: { personId: "s", earnedIncome: 120000, disregard: 15000 }, result: 105000 })
  })

  it("law 940/2014 'tulonsaajan': the disregard is per earner (100 € + 400 € → 0 € + 250 €)", () => {
    const d = decide({
      month: "2024-06",
      municipality: "091",
      persons: [
        { id: "p", role: "applicant", birthDate: "1980-01-01" },
        { id: "s", role: "spouse", birthDate: "1981-01-01" }
      ],
      expenses: [],
      incomes: [
        { kind: "wage", amount: "100", personId: "p" },
        { kind: "wage", amount: "400", personId: "s" }
      ]
    })
    expect(nodes(d, "earned-income-disregard").map((n) => n.result)).toEqual([0, 25000])
  })

  it("law 26/2026 (SISU macro keeps it for under-18s): a child's 200 € wage in 2026-04 counts 50 €", () => {
    expect(family("2026-04", [{ kind: "wage", amount: "200", personId: "c" }]).totals.income).toBe("50.00")
  })

  it("kela.fi/toimeentulotuki-miten-tulot-ja-varat-vaikuttavat (E7): gifts 40 € + 50 € to a person living alone → 40 € counted (limit 50 €)", () => {
    const d = alone("2024-06", [
      { kind: "minorAssistance", amount: "40", personId: "p" },
      { kind: "minorAssistance", amount: "50", personId: "p" }
    ])
    expect(node(d, "minor-assistance-disregard")).toMatchObject({
      inputs: { minorAssistance: 9000, disregard: 5000 },
      result: 4000
    })
  })

  it("Kela guidance (11 § 2 mom 1 kohta): a family's limit is 100 €; from 1.3.2026 minor assistance counts in full (law 26/2026, provisional)", () => {
    expect(family("2024-06", [{ kind: "minorAssistance", amount: "120", personId: "p" }]).totals.income).toBe("20.00")
    const after = family("2026-03", [{ kind: "minorAssistance", amount: "120", personId: "p" }])
    expect(after.totals.income).toBe("120.00")
    expect(after.flags).toContain("minorAssistanceDisregardProvisional")
  })

  it("1412/1997 11 § 2 mom 1 kohta as amended by 49/2005 ('vähäisiksi katsottavia ansiotuloja ja avustuksia', any kind) and Kela's 50 € guidance: a one-off 80 € compensation marked occasional counts 30 € for a person living alone", () => {
    const d = alone("2024-06", [{ kind: "otherIncome", amount: "80", personId: "p", occasional: true }])
    expect(d.totals.income).toBe("30.00")
    expect(node(d, "minor-assistance-disregard")).toMatchObject({
      inputs: { minorAssistance: 8000, disregard: 5000 },
      result: 3000
    })
    // unmarked, the same line counts in full
    expect(alone("2024-06", [{ kind: "otherIncome", amount: "80", personId: "p" }]).totals.income).toBe("80.00")
  })

  it("1412/1997 11 § 2 mom 1 kohta (49/2005), Kela's 100 € family limit: the family's occasional lines of any kind and its gifts share one limit (60 € occasional wage + 70 € gift → 30 € counted; the wage's excess gets no earned-income disregard)", () => {
    const d = family("2024-06", [
      { kind: "wage", amount: "60", personId: "p", occasional: true },
      { kind: "minorAssistance", amount: "70", personId: "p" }
    ])
    expect(d.totals.income).toBe("30.00")
    expect(nodes(d, "earned-income-disregard")).toHaveLength(0)
  })

  it("1412/1997 11 § 2 mom 1 kohta, end of the disregard with law 26/2026 on 1.3.2026 (inferred, open-readings.md § 3): an occasional line counts in full in 2026-03, not in 2026-02", () => {
    const line = [{ kind: "otherIncome", amount: "40", personId: "p", occasional: true }]
    expect(alone("2026-02", line).totals.income).toBe("0.00")
    const after = alone("2026-03", line)
    expect(after.totals.income).toBe("40.00")
    expect(after.flags).toContain("minorAssistanceDisregardProvisional")
  })

  it("11 § 2 mom: a kind that is never counted stays not counted when marked occasional (disability allowance)", () => {
    const d = alone("2024-06", [{ kind: "disabilityAllowance", amount: "100", personId: "p", occasional: true }])
    expect(d.totals.income).toBe("0.00")
  })

  it("11 § 2 mom (kela.fi/toimeentulotuki-tulot-jotka-eivat-vaikuta): maternity grant and disability allowance are not counted", () => {
    const d = alone("2024-06", [
      { kind: "maternityGrant", amount: "170", personId: "p" },
      { kind: "disabilityAllowance", amount: "100", personId: "p" }
    ])
    expect(d.totals.income).toBe("0.00")
    expect(node(d, "income-not-counted").inputs["lines"]).toEqual([
      { kind: "maternityGrant", cents: 17000 },
      { kind: "disabilityAllowance", cents: 10000 }
    ])
  })

  it("11 § 2 mom 2 kohta (provisional reading: the child's own need is the child's basic amount, Iltalehti 16.10.2017): a child's 500 € pension counts 411.40 €", () => {
    const d = family("2024-06", [{ kind: "pension", amount: "500", personId: "c" }])
    expect(node(d, "child-income-cap").result).toBe(41140)
    expect(d.incomes[0]).toMatchObject({ acceptedCents: 41140, ruleId: "child-income-cap" })
  })

  it("11 § 2 mom 2 kohta: a child's irregular income is not counted", () => {
    expect(
      family("2024-06", [{ kind: "otherIncome", amount: "30", personId: "c", regular: false }]).totals.income
    ).toBe("0.00")
  })

  it("13 §, Kela (kela.fi/social-assistance-assets-affecting): a wage paid on the month's last banking day (Fri 30.5.2025) counts next month", () => {
    const may = alone("2025-05", [{ kind: "wage", amount: "900", personId: "p", paidOn: "2025-05-30" }])
    expect(may.totals.income).toBe("0.00")
    expect(node(may, "income-not-counted").inputs["lines"]).toEqual([{ kind: "wage", cents: 90000, nextMonth: true }])
    const june = alone("2025-06", [{ kind: "wage", amount: "900", personId: "p", paidOn: "2025-05-30" }])
    expect(june.totals.income).toBe("750.00")
  })

  it("13 §: an income paid after the month is not income of the month (RuleViolation naming the field)", () => {
    expect(
      failure({
        month: "2025-05",
        municipality: "091",
        persons: [{ id: "p", role: "applicant", birthDate: "1980-01-01" }],
        expenses: [],
        incomes: [{ kind: "wage", amount: "1", personId: "p", paidOn: "2025-06-02" }]
      })
    ).toMatchObject({ at: "incomes[0].paidOn", rule: "paid-by-end-of-month" })
  })
})
