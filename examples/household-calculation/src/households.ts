import type { titles } from "./messages.js"

/**
 * Three households, as JSON applications (money as decimal strings of euros, no names or henkilötunnus).
 * The first two are Kela's own worked examples; the third shows the March 2026 re-basing. `title` is the key of the
 * household's title in `messages.ts` (fi, sv, en).
 */
export const households: ReadonlyArray<{ readonly title: keyof typeof titles; readonly application: unknown }> = [
  {
    title: "single2017",
    application: {
      month: "2017-05",
      municipality: "091",
      persons: [{ id: "a", role: "applicant", birthDate: "1980-01-01" }],
      expenses: [{ kind: "rent", amount: "675.00" }],
      incomes: [
        { kind: "labourMarketSubsidy", amount: "518.40", personId: "a" },
        { kind: "housingAllowance", amount: "406.40", personId: "a" }
      ]
    }
  },
  {
    title: "singleParent2021",
    application: {
      month: "2021-03",
      municipality: "Sipoo",
      persons: [
        { id: "p", role: "applicant", birthDate: "1980-01-01" },
        { id: "c1", role: "child", birthDate: "2006-05-01" },
        { id: "c2", role: "child", birthDate: "2008-05-01" }
      ],
      expenses: [
        { kind: "rent", amount: "810.00" },
        { kind: "water", amount: "45.00" }
      ],
      incomes: [
        { kind: "labourMarketSubsidy", amount: "664.96", personId: "p" },
        { kind: "childBenefit", amount: "326.32", personId: "p" },
        { kind: "housingAllowance", amount: "592.80", personId: "p" },
        { kind: "maintenanceAllowance", amount: "334.70", personId: "p" }
      ]
    }
  },
  {
    title: "couple2026",
    application: {
      month: "2026-03",
      municipality: "837",
      persons: [
        { id: "a", role: "applicant", birthDate: "1990-04-02" },
        { id: "s", role: "spouse", birthDate: "1991-09-15" },
        { id: "c", role: "child", birthDate: "2020-06-01" }
      ],
      expenses: [
        { kind: "rent", amount: "820.00" },
        { kind: "water", amount: "60.00" },
        { kind: "householdElectricity", amount: "45.00" },
        { kind: "dayCareFee", amount: "120.00", personId: "c" }
      ],
      incomes: [
        { kind: "wage", amount: "900.00", personId: "s" },
        { kind: "labourMarketSubsidy", amount: "610.00", personId: "a" },
        { kind: "housingAllowance", amount: "380.00", personId: "a" },
        { kind: "childBenefit", amount: "115.00", personId: "a" }
      ]
    }
  }
] as const
