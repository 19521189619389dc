import e1 from "../../../packages/social-assistance/examples/e1-2017-single.json" with { type: "json" }
import e2 from "../../../packages/social-assistance/examples/e2-2021-sipoo-single-parent.json" with { type: "json" }
import type { titles } from "./messages.js"

/**
 * Three households, as JSON applications (money as decimal strings of euros, no names or henkilötunnus).
 * The first two are Kela's own worked examples, read from the social-assistance package's `examples/` (the one copy
 * that its tests, README and the CLI use too); the third shows the March 2026 re-basing. `title` is the key of the
 * household's title in `messages.ts` (fi, sv, en).
 */
export const households: ReadonlyArray<{ readonly title: keyof typeof titles; readonly application: unknown }> = [
  { title: "single2017", application: e1 },
  { title: "singleParent2021", application: e2 },
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
