import { Money } from "@osallistava/core"
import { calculate, decodeApplication } from "@osallistava/social-assistance"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import {
  birthDateForAge,
  fieldErrorText,
  incomeReminders,
  maxMonthlyCents,
  maxSavingsCents,
  toApplication
} from "../src/household.js"
import { t } from "../src/i18n.js"

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

describe("amounts too large", () => {
  it("a month's amount above 100 000 € or savings above 10 000 000 € get their own message, never the engine", () => {
    const errors = (money: Record<string, string>) => {
      const app = toApplication({ ...base, money })
      return Result.isFailure(app) ? app.failure : []
    }
    expect(errors({ rent: "100 000,00" })).toEqual([])
    const tooLarge = { message: "errAmountTooLarge", maxCents: maxMonthlyCents }
    expect(errors({ rent: "100 000,01" })).toEqual([{ field: "rent", ...tooLarge }])
    // beyond what core's Money can hold (its safe-range rule): still "too large", not "malformed"
    expect(errors({ applicantWage: "99999999999999999999" })).toEqual([{ field: "applicantWage", ...tooLarge }])
    expect(errors({ savings: "10 000 000" })).toEqual([])
    expect(errors({ savings: "10 000 000,01" })).toEqual([
      { field: "savings", message: "errSavingsTooLarge", maxCents: maxSavingsCents }
    ])
    expect(errors({ rent: "12,345" })).toEqual([{ field: "rent", message: "errAmount" }])
    expect(maxMonthlyCents).toBe(10_000_000)
  })

  it("the message names the limit as money of the page's language and never what was typed", () => {
    const app = toApplication({ ...base, money: { rent: "123456789" } })
    const error = Result.isFailure(app) ? app.failure[0]! : undefined
    const spaced = (lang: "fi" | "en") => fieldErrorText(error!, lang).replace(/\s/g, " ") // non-breaking spaces
    expect(spaced("fi")).toBe("Summa on liian suuri: kirjoita kuukauden summa, enintään 100 000,00 €.")
    expect(spaced("en")).toBe("The amount is too large: enter the month's amount, at most €100,000.00.")
    for (const lang of ["fi", "sv", "en"] as const) {
      expect(fieldErrorText(error!, lang)).toContain(Money.format(Money.unsafeCents(maxMonthlyCents), lang))
      expect(fieldErrorText(error!, lang)).not.toMatch(/123|456|789/)
    }
    expect(fieldErrorText({ field: "rent", message: "errAmount" }, "sv")).toBe(t("sv", "errAmount"))
  })
})

describe("reminders of often forgotten income", () => {
  const child = { age: "6", alternatingResidence: false, maintenance: "" }
  const reminders = (input: Partial<Parameters<typeof incomeReminders>[0]>) =>
    incomeReminders({ ...base, money: {}, ...input }).map((r) => `${r.message}@${r.field}`)

  it("none for a single person without rent", () => {
    expect(reminders({})).toEqual([])
  })
  it("child benefit when there are children and none is entered; the single-parent supplement without a spouse", () => {
    expect(reminders({ children: [child] })).toEqual([
      "remindChildBenefit@childBenefit",
      "remindSingleParentSupplement@childBenefit"
    ])
    expect(reminders({ children: [child], money: { childBenefit: "94,88" } })).toEqual([
      "remindSingleParentSupplement@childBenefit"
    ])
    expect(
      reminders({ children: [child], hasSpouse: true, spouseAge: "30", money: { childBenefit: "94,88" } })
    ).toEqual([])
  })
  it("the general housing allowance when rent is entered without it", () => {
    expect(reminders({ money: { rent: "600" } })).toEqual(["remindHousingAllowance@housingAllowance"])
    expect(reminders({ money: { rent: "600", housingAllowance: "300" } })).toEqual([])
    expect(reminders({ money: { rent: "0" } })).toEqual([])
  })
  it("the child increase of unemployment benefits up to 2024-03 only (abolished from 1.4.2024, HE 73/2023 vp)", () => {
    const couple = { hasSpouse: true, spouseAge: "30", children: [child] }
    const money = { childBenefit: "94,88", spouseUnemployment: "700" }
    expect(reminders({ ...couple, month: "2024-03", money })).toEqual(["remindChildIncrease@spouseUnemployment"])
    expect(reminders({ ...couple, month: "2024-04", money })).toEqual([])
    expect(reminders({ ...couple, month: "2019-01", money: { ...money, applicantUnemployment: "650" } })).toEqual([
      "remindChildIncrease@applicantUnemployment"
    ])
    // no children, no increase
    expect(reminders({ month: "2020-01", money: { applicantUnemployment: "650" } })).toEqual([])
  })
})
