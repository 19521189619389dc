import { calculate, decodeApplication } from "@osallistava/social-assistance"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { birthDateForAge, toApplication } from "../src/household.js"

const base = {
  month: "2017-05",
  municipality: "Helsinki",
  applicantAge: "37",
  livingWithParents: false,
  hasSpouse: false,
  spouseAge: "",
  children: [],
  money: { rent: "675", housingAllowance: "406,40", applicantUnemployment: "518.40" }
}

describe("form → application", () => {
  it("birthDateForAge gives the age on the first day of the month (9 § categories use that age)", () => {
    expect(birthDateForAge("2024-06", 37)).toBe("1986-12-01")
    expect(birthDateForAge("2024-03", 10)).toBe("2013-09-01")
    expect(birthDateForAge("2024-06", 0)).toBe("2023-12-01")
  })

  it("Kela FAQ 2017 single person (social-assistance README E1): 238.09 € from the form's amounts", () => {
    const app = toApplication(base)
    expect(Result.isSuccess(app)).toBe(true)
    const decoded = decodeApplication(Result.getOrThrow(app))
    const decision = calculate(Result.getOrThrow(decoded))
    expect(Result.getOrThrow(decision).support).toBe("238.09")
  })

  it("a couple with children: persons, roles and income owners as the engine expects", () => {
    const app = Result.getOrThrow(
      toApplication({
        ...base,
        month: "2024-06",
        hasSpouse: true,
        spouseAge: "35",
        children: [
          { age: "12", alternatingResidence: false, maintenance: "" },
          { age: "4", alternatingResidence: true, maintenance: "183,43" }
        ],
        money: { rent: "1 000,00", spouseWage: "1200", childBenefit: "0", savings: "" }
      })
    )
    expect(app.persons.map((p) => [p.id, p.role, p.alternatingResidence ?? false])).toEqual([
      ["applicant", "applicant", false],
      ["spouse", "spouse", false],
      ["child-1", "child", false],
      ["child-2", "child", true]
    ])
    expect(app.expenses).toEqual([{ kind: "rent", amount: "1000.00" }])
    // Zero and empty amounts are left out.
    expect(app.incomes).toEqual([
      { kind: "wage", amount: "1200.00", personId: "spouse" },
      // Maintenance is the child's own income (11 § 2 mom 2 kohta: counted up to the child's own need).
      { kind: "maintenancePayment", amount: "183.43", personId: "child-2" }
    ])
    expect(app.assets).toBeUndefined()
  })

  it("spouse amounts are ignored when no spouse is ticked", () => {
    const app = Result.getOrThrow(toApplication({ ...base, money: { spouseWage: "900" } }))
    expect(app.incomes).toEqual([])
  })

  it("names every invalid field and the message to show", () => {
    const app = toApplication({
      ...base,
      month: "2027-01",
      municipality: "",
      applicantAge: "17",
      hasSpouse: true,
      spouseAge: "x",
      children: [{ age: "18", alternatingResidence: false, maintenance: "x" }],
      money: { rent: "12,345", water: "-5" }
    })
    expect(Result.isFailure(app) && app.failure).toEqual([
      { field: "month", message: "errMonth" },
      { field: "municipality", message: "errMunicipality" },
      { field: "applicantAge", message: "errAdultAge" },
      { field: "spouseAge", message: "errAdultAge" },
      { field: "child-1-age", message: "errChildAge" },
      { field: "child-1-maintenance", message: "errAmount" },
      { field: "rent", message: "errAmount" },
      { field: "water", message: "errAmount" }
    ])
  })
})
