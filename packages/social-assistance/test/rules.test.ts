import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { applicationJsonSchema, decodeApplication } from "../src/application.js"
import { Decision, decisionJsonSchema } from "../src/decision.js"
import { calculate } from "../src/engine.js"
import { run } from "./helpers.js"

const family = {
  month: "2024-06",
  municipality: "091",
  persons: [
    { id: "p", role: "applicant", birthDate: "1980-01-01" },
    { id: "c", role: "child", birthDate: "2012-01-01" }
  ],
  expenses: [],
  incomes: []
}

describe("income, assets and validation rules", () => {
  it("a child's regular income counts only up to the child's own need (11 § 2 mom 2 kohta)", () => {
    const d = run({ ...family, incomes: [{ kind: "pension", amount: "500", personId: "c" }] })
    expect(d.incomes[0]!.accepted).toBe("411.40")
    expect(d.incomes[0]!.ruleId).toBe("child-income-cap")
  })

  it("a person id shaped like a henkilötunnus is refused at decoding (ids are pseudonymous; traces print them)", () => {
    const app = { ...family, persons: [{ ...family.persons[0]!, id: "131052-308T" }, family.persons[1]!] }
    const r = decodeApplication(app)
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r)) {
      expect(JSON.stringify(r.failure)).not.toContain("131052")
      expect(r.failure.message).toContain("persons[0].id")
    }
  })

  it("an unknown municipality fails without quoting the text given", () => {
    const r = decodeApplication({
      ...family,
      municipality: "Maija Meikäläinen",
      expenses: [{ kind: "rent", amount: "900" }]
    })
    if (Result.isFailure(r)) return expect(JSON.stringify(r.failure)).not.toContain("Meikäläinen")
    const c = calculate(r.success)
    expect(Result.isFailure(c)).toBe(true)
    if (Result.isFailure(c)) expect(String(c.failure) + JSON.stringify(c.failure)).not.toContain("Meikäläinen")
  })

  it("a child's irregular minor income is not counted", () => {
    const d = run({ ...family, incomes: [{ kind: "otherIncome", amount: "30", personId: "c", regular: false }] })
    expect(d.totals.income).toBe("0.00")
  })

  it("not-counted kinds (11 § 2 mom) count zero: maternity grant, disability allowance", () => {
    const d = run({
      ...family,
      incomes: [
        { kind: "maternityGrant", amount: "170", personId: "p" },
        { kind: "disabilityAllowance", amount: "100", personId: "p" }
      ]
    })
    expect(d.totals.income).toBe("0.00")
  })

  it("earned-income disregard is per earner (law 940/2014 'tulonsaajan'), family of two earners", () => {
    const d = run({
      ...family,
      persons: [
        { id: "p", role: "applicant", birthDate: "1980-01-01" },
        { id: "s", role: "spouse", birthDate: "1981-01-01" }
      ],
      incomes: [
        { kind: "wage", amount: "100", personId: "p" },
        { kind: "wage", amount: "400", personId: "s" }
      ]
    })
    expect(d.totals.income).toBe("250.00")
  })

  it("under-18 earner keeps the 150 € disregard from 2026-03 (SISU; law 26/2026)", () => {
    const d = run({ ...family, month: "2026-04", incomes: [{ kind: "wage", amount: "200", personId: "c" }] })
    expect(d.totals.income).toBe("50.00")
  })

  it("minor assistance disregard: family limit 100 € (Kela guidance)", () => {
    const d = run({ ...family, incomes: [{ kind: "minorAssistance", amount: "130", personId: "p" }] })
    expect(d.totals.income).toBe("30.00")
    expect(d.flags).toContain("minorAssistanceDisregardProvisional")
  })

  it("assets not immediately available are not counted (realisation period)", () => {
    const d = run({ ...family, assets: [{ kind: "vehicle", amount: "3000", immediatelyAvailable: false }] })
    expect(d.totals.assets).toBe("0.00")
    expect(d.assets[0]!.ruleId).toBe("asset-realisation-period")
  })

  it("unknown person reference → RuleViolation naming the field", () => {
    const app = decodeApplication({ ...family, incomes: [{ kind: "wage", amount: "1", personId: "x" }] })
    if (Result.isFailure(app)) throw new Error("decode")
    const r = calculate(app.success)
    expect(Result.isFailure(r) && r.failure._tag === "RuleViolation" && r.failure.at).toBe("incomes[0].personId")
  })

  // Mariehamn (478) is a municipality of Statistics Finland's list but not in the mainland decree annex (VNA 144/2024).
  it("housing limit for a municipality outside the annex from 2024-04 → ParameterNotInForce, never a silent zero", () => {
    const app = decodeApplication({ ...family, municipality: "478", expenses: [{ kind: "rent", amount: "500" }] })
    if (Result.isFailure(app)) throw new Error("decode")
    const r = calculate(app.success)
    expect(Result.isFailure(r) && r.failure._tag).toBe("ParameterNotInForce")
  })

  // Issue 16: "municipality":"131052-308T" was accepted and echoed in the decision.
  it.each(["Atlantis", "131052-308T"])(
    "a municipality that is no code or name of core's list (%s) is refused at the boundary, unechoed",
    (m) => {
      const app = decodeApplication({ ...family, municipality: m, expenses: [{ kind: "rent", amount: "500" }] })
      expect(Result.isFailure(app) && app.failure.issues.map((i) => i.at)).toEqual(["municipality"])
      expect(Result.isFailure(app) && JSON.stringify(app.failure) + app.failure.message).not.toContain(m)
    }
  )

  it("the decision is valid against the Decision Schema; JSON Schemas are exported", () => {
    const d = run({ ...family, incomes: [{ kind: "wage", amount: "300", personId: "p" }] })
    expect(Result.isSuccess(Schema.decodeUnknownResult(Decision)(JSON.parse(JSON.stringify(d))))).toBe(true)
    expect(JSON.stringify(applicationJsonSchema())).toContain("municipality")
    expect(JSON.stringify(decisionJsonSchema())).toContain("supportCents")
  })

  it("months before 2017-01 (Kela's basic assistance) are rejected at the boundary; later months decode, their law is the parameters' question", () => {
    const r = decodeApplication({ ...family, month: "2016-12" })
    expect(Result.isFailure(r) && r.failure.issues[0]!.at).toBe("month")
    expect(Result.isSuccess(decodeApplication({ ...family, month: "2027-01" }))).toBe(true)
  })
})

describe("housing limit data (VNA 144/2024, 580/2024)", () => {
  const app = (municipality: string, month: string, persons = 1) =>
    run({
      month,
      municipality,
      persons: Array.from({ length: persons }, (_, i) =>
        i === 0
          ? { id: "a", role: "applicant", birthDate: "1980-01-01" }
          : i === 1
            ? { id: "s", role: "spouse", birthDate: "1980-01-01" }
            : { id: `c${i}`, role: "child", birthDate: `201${i}-01-01` }
      ),
      expenses: [{ kind: "rent", amount: "5000" }],
      incomes: [],
      housingDirection: { directedInMonth: "2024-04" }
    })

  it("Kuopio extra person 104 € (2024) → 96 € (2025); Kangasala 2 persons 652 → 672 (addendum Q2)", () => {
    expect(app("Kuopio", "2024-12", 5).totals.otherBasicExpenses).toBe("994.00") // 890 + 104
    expect(app("Kuopio", "2025-01", 5).totals.otherBasicExpenses).toBe("986.00") // 890 + 96
    expect(app("Kangasala", "2024-12", 2).totals.otherBasicExpenses).toBe("652.00")
    expect(app("Kangasala", "2025-01", 2).totals.otherBasicExpenses).toBe("672.00")
  })

  it("Pertunmaa, merged into Mäntyharju 1.1.2025 and so not in the VNA 580/2024 annex: 2025 gets Mäntyharju's limit (3 persons 664 €), not its own 2024 row (632 €)", () => {
    expect(app("Pertunmaa", "2025-06").totals.otherBasicExpenses).toBe("458.00")
    expect(app("Pertunmaa", "2025-06", 3).totals.otherBasicExpenses).toBe("664.00")
    expect(app("Pertunmaa", "2024-12", 3).totals.otherBasicExpenses).toBe("632.00")
  })
})

describe("income timing from the payment date (13 §; Kela: a wage paid on the month's last banking day counts next month)", () => {
  const app = (month: string, paidOn: string, kind = "wage") => ({
    month,
    municipality: "091",
    persons: [{ id: "a", role: "applicant", birthDate: "1970-01-01" }],
    expenses: [],
    incomes: [{ kind, amount: "900.00", personId: "a", paidOn }]
  })
  it("wage paid Fri 2025-05-30, the last working day of May 2025: not counted in May, counted in June", () => {
    expect(run(app("2025-05", "2025-05-30")).totals.income).toBe("0.00")
    expect(run(app("2025-06", "2025-05-30")).totals.income).toBe("750.00") // 900 − 150 disregard
    expect(run(app("2025-06", "2025-05-30")).incomes[0]!.ruleId).toBe("earned-income")
  })
  it("wage paid Thu 2025-05-29 counts in May; a benefit paid on the last working day stays in its month", () => {
    expect(run(app("2025-05", "2025-05-29")).totals.income).toBe("750.00")
    expect(run(app("2025-05", "2025-05-30", "labourMarketSubsidy")).totals.income).toBe("900.00")
  })
  it("a payment date after the month, or a timing that contradicts it, is a RuleViolation naming the field", () => {
    const after = decodeApplication(app("2025-05", "2025-06-02"))
    if (Result.isFailure(after)) throw new Error("decode")
    const r = calculate(after.success)
    expect(Result.isFailure(r) && r.failure).toMatchObject({ at: "incomes[0].paidOn", rule: "paid-by-end-of-month" })
    const both = decodeApplication({
      ...app("2025-05", "2025-05-30"),
      incomes: [{ kind: "wage", amount: "900.00", personId: "a", paidOn: "2025-05-30", timing: "thisMonth" }]
    })
    if (Result.isFailure(both)) throw new Error("decode")
    const r2 = calculate(both.success)
    expect(Result.isFailure(r2) && r2.failure).toMatchObject({ rule: "timing-matches-payment-date" })
  })
})
