import { describe, expect, it } from "vitest"
import { run } from "./helpers.js"

// Order: living alone, single parent, other adult 18+, 18+ with parents, child 10–17 1st/2nd/3rd, child <10 1st/2nd/3rd.
const tables: Record<string, { source: string; values: ReadonlyArray<string> }> = {
  "2023-06": {
    source: "docs/social-assistance/reference.md §2 (STM 2023) and addendum Q1 (law 1228/2022, 76 %/69 %)",
    values: ["555.11", "632.83", "471.84", "405.23", "421.88", "394.13", "366.37", "383.03", "355.27", "327.51"]
  },
  "2024-06": {
    source: "kela.fi/toimeentulotuki-perusosan-maara (2024)",
    values: ["587.71", "669.99", "499.55", "429.03", "411.40", "382.01", "352.63", "370.26", "340.87", "311.49"]
  },
  "2025-06": {
    source: "docs/social-assistance/reference.md §2 (2025 single 593.55 Kela; others derived half-up)",
    values: ["593.55", "676.65", "504.52", "433.29", "415.49", "385.81", "356.13", "373.94", "344.26", "314.58"]
  },
  "2026-01": {
    source: "E9 Kela 16.2.2026 table, before 1.3.2026 (sttinfo.fi/tiedote/71815459)",
    values: ["596.32", "679.80", "506.87", "435.31", "417.42", "387.61", "357.79", "375.68", "345.87", "316.05"]
  },
  "2026-02": {
    source: "E9 Kela 16.2.2026 table, before 1.3.2026 (sttinfo.fi/tiedote/71815459)",
    values: ["596.32", "679.80", "506.87", "435.31", "417.42", "387.61", "357.79", "375.68", "345.87", "316.05"]
  },
  "2026-03": {
    source: "E9 Kela 16.2.2026 table, from 1.3.2026 (sttinfo.fi/tiedote/71815459)",
    values: ["578.43", "665.19", "497.45", "422.25", "417.63", "388.70", "359.78", "375.98", "347.06", "318.14"]
  }
}

const amounts = (month: string): ReadonlyArray<string> => {
  const y = Number(month.slice(0, 4))
  const single = run({
    month,
    municipality: "091",
    persons: [{ id: "a", role: "applicant", birthDate: "1970-01-01" }],
    expenses: [],
    incomes: []
  })
  const withParents = run({
    month,
    municipality: "091",
    persons: [{ id: "a", role: "applicant", birthDate: "1990-01-01", livingWithParents: true }],
    expenses: [],
    incomes: []
  })
  const couple = run({
    month,
    municipality: "091",
    persons: [
      { id: "a", role: "applicant", birthDate: "1970-01-01" },
      { id: "b", role: "spouse", birthDate: "1971-01-01" }
    ],
    expenses: [],
    incomes: []
  })
  const older = run({
    month,
    municipality: "091",
    persons: [
      { id: "p", role: "applicant", birthDate: "1970-01-01" },
      { id: "c1", role: "child", birthDate: `${y - 17}-01-01` },
      { id: "c2", role: "child", birthDate: `${y - 16}-01-01` },
      { id: "c3", role: "child", birthDate: `${y - 15}-01-01` }
    ],
    expenses: [],
    incomes: []
  })
  const younger = run({
    month,
    municipality: "091",
    persons: [
      { id: "p", role: "applicant", birthDate: "1970-01-01" },
      { id: "c1", role: "child", birthDate: `${y - 9}-01-01` },
      { id: "c2", role: "child", birthDate: `${y - 8}-01-01` },
      { id: "c3", role: "child", birthDate: `${y - 7}-01-01` }
    ],
    expenses: [],
    incomes: []
  })
  return [
    single.basicAmounts[0]!.accepted,
    older.basicAmounts[0]!.accepted,
    couple.basicAmounts[0]!.accepted,
    withParents.basicAmounts[0]!.accepted,
    ...older.basicAmounts.slice(1).map((b) => b.accepted),
    ...younger.basicAmounts.slice(1).map((b) => b.accepted)
  ]
}

describe("basic amount tables for every category", () => {
  for (const [month, t] of Object.entries(tables)) {
    it(`${month}: ${t.source}`, () => {
      expect(amounts(month)).toEqual(t.values)
    })
  }

  const singles: Record<string, string> = {
    "2017-01": "487.89",
    "2018-01": "491.21",
    "2019-01": "497.29",
    "2020-01": "502.21",
    "2021-01": "504.06",
    "2022-07": "514.82",
    "2022-08": "532.97",
    "2023-01": "555.11",
    "2024-01": "587.71",
    "2025-01": "593.55",
    "2026-02": "596.32",
    "2026-03": "578.43"
  }
  for (const [month, v] of Object.entries(singles))
    it(`single amount ${month} = ${v} (docs/social-assistance/reference.md §2, SISU/Kela)`, () => {
      expect(amounts(month)[0]).toBe(v)
    })

  it("single parent 2019 is 110 % (law 1184/2011) and 2020 is 114 % (law 1220/2019)", () => {
    expect(amounts("2019-06")[1]).toBe("547.02") // 497.29 × 1.10 = 547.019
    expect(amounts("2020-06")[1]).toBe("572.52") // 502.21 × 1.14 = 572.5194
  })
})

describe("boundary months", () => {
  it("2023-12 → 2024-01: the temporary 76 %/69 % child rates end (law 1228/2022)", () => {
    expect(amounts("2023-12")[4]).toBe("421.88")
    expect(amounts("2024-01")[4]).toBe("411.40")
    expect(amounts("2023-12")[7]).toBe("383.03")
    expect(amounts("2024-01")[7]).toBe("370.26")
  })

  const expensive = (month: string, housingDirection?: object) =>
    run({
      month,
      municipality: "091",
      persons: [{ id: "a", role: "applicant", birthDate: "1970-01-01" }],
      expenses: [
        { kind: "rent", amount: "900" },
        { kind: "water", amount: "20" }
      ],
      incomes: [],
      ...(housingDirection ? { housingDirection } : {})
    })

  it("2024-03 → 2024-04: municipal housing limits from 1.4.2024 (law 1242/2023, VNA 144/2024; Helsinki 1 person 715 €)", () => {
    expect(expensive("2024-03", { directedInMonth: "2023-06" }).totals.otherBasicExpenses).toBe("920.00")
    const april = expensive("2024-04", { directedInMonth: "2024-01" })
    expect(april.totals.otherBasicExpenses).toBe("735.00") // 715 cap + water outside the cap
    expect(april.explanation.some((n) => n.ruleId === "housing-cost-capped")).toBe(true)
  })

  it("housing: full costs during the 3-month direction period, capped after; special ground keeps full costs (7 a §)", () => {
    expect(expensive("2024-06", { directedInMonth: "2024-04" }).totals.otherBasicExpenses).toBe("920.00")
    expect(expensive("2024-07", { directedInMonth: "2024-04" }).totals.otherBasicExpenses).toBe("735.00")
    expect(expensive("2024-07", { directedInMonth: "2024-04", extensionMonths: 1 }).totals.otherBasicExpenses).toBe(
      "920.00"
    )
    expect(expensive("2024-07", { specialGround: "healthOrAge" }).totals.otherBasicExpenses).toBe("920.00")
    const none = expensive("2024-07")
    expect(none.totals.otherBasicExpenses).toBe("920.00")
    expect(none.flags).toContain("housingDirectionRequired")
  })

  it("2026 housing limits: 2025 table applied provisionally and flagged", () => {
    expect(expensive("2026-05", { directedInMonth: "2025-01" }).flags).toContain("housingLimit2026Provisional")
  })

  const reduced = (month: string, reduction: object) =>
    run({
      month,
      municipality: "091",
      persons: [{ id: "a", role: "applicant", birthDate: "1970-01-01" }],
      expenses: [],
      incomes: [],
      reductions: [reduction]
    })
  const ok = { minimumSubsistenceNotEndangered: true, notOtherwiseUnreasonable: true }

  it("2026-01 → 2026-02 → 2026-03: the 50 % ground exists from 1.2.2026 (law 26/2026) and first reduces March (Kela 28.1.2026, sttinfo.fi/tiedote/71766190)", () => {
    const r = { personId: "a", ground: "primaryBenefitNotApplied", percentage: 50, safeguards: ok }
    expect(() => reduced("2026-01", r)).toThrow(/ground-in-force/)
    expect(() => reduced("2026-02", r)).toThrow(/reduction-order-period/)
    expect(reduced("2026-03", r).support).toBe("289.22") // 578.43 × 50 % = 289.215 → 289.22 (half-up, per person)
  })

  it("reduction until 2026-01: 20 % of the person's basic amount; safeguards not met → no reduction (10 §)", () => {
    const r = { personId: "a", ground: "refusedWorkOrService", percentage: 20, safeguards: ok }
    expect(reduced("2025-05", r).support).toBe("474.84") // 593.55 − 118.71
    expect(reduced("2025-05", { ...r, safeguards: { ...ok, notOtherwiseUnreasonable: false } }).support).toBe("593.55")
    expect(() => reduced("2025-05", { ...r, monthOfReduction: 3 })).toThrow(/maximum-duration/)
    expect(() => reduced("2025-05", { ...r, ground: "repeatedRefusal", percentage: 40 })).toThrow(/assessment/)
  })

  it("2025-02 → 2025-03: coeliac diet 38 € from 1.3.2025 for a person aged 16+ (law 847/2024)", () => {
    const app = (month: string) =>
      run({
        month,
        municipality: "091",
        persons: [{ id: "a", role: "applicant", birthDate: "1970-01-01", coeliacDisease: true }],
        expenses: [{ kind: "coeliacDiet", amount: "38", personId: "a" }],
        incomes: []
      })
    expect(app("2025-02").totals.otherBasicExpenses).toBe("0.00")
    expect(app("2025-03").totals.otherBasicExpenses).toBe("38.00")
  })

  it("alternating residence halves the child's basic amount; part month prorated by days/30", () => {
    const d = run({
      month: "2024-06",
      municipality: "091",
      persons: [
        { id: "p", role: "applicant", birthDate: "1980-01-01" },
        { id: "c", role: "child", birthDate: "2012-01-01", alternatingResidence: true }
      ],
      expenses: [],
      incomes: []
    })
    expect(d.basicAmounts[1]!.accepted).toBe("205.70") // 411.40 / 2
    const part = run({
      month: "2024-06",
      municipality: "091",
      days: 10,
      persons: [{ id: "a", role: "applicant", birthDate: "1980-01-01" }],
      expenses: [],
      incomes: []
    })
    expect(part.basicAmounts[0]!.accepted).toBe("195.90") // 587.71 × 10/30 = 195.903
  })

  it("earned-income disregard 2017-01 (law 940/2014, 20 % max 150 €, provisional) vs 2019 (first 150 €)", () => {
    const app = (month: string) =>
      run({
        month,
        municipality: "091",
        persons: [{ id: "a", role: "applicant", birthDate: "1970-01-01" }],
        expenses: [],
        incomes: [{ kind: "wage", amount: "500", personId: "a" }]
      })
    expect(app("2017-06").totals.income).toBe("400.00")
    expect(app("2019-06").totals.income).toBe("350.00")
    // SISU TOIMTUKIlakimakrot.sas: 20 % while kuuid <= MDY(5, 1, 2018), the full 150 € from June 2018
    expect(app("2018-05").totals.income).toBe("400.00")
    expect(app("2018-06").totals.income).toBe("350.00")
  })

  it("wage paid on this month's last working day counts next month (13 §, Kela)", () => {
    const d = run({
      month: "2024-06",
      municipality: "091",
      persons: [{ id: "a", role: "applicant", birthDate: "1970-01-01" }],
      expenses: [],
      incomes: [{ kind: "wage", amount: "800", personId: "a", timing: "thisMonthsLastWorkingDay" }]
    })
    expect(d.totals.income).toBe("0.00")
  })
})
