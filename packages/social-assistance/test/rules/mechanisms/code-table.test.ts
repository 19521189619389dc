import { describe, expect, it } from "vitest"
import {
  ExpenseCode,
  expenseCodes,
  incomeClassCodes,
  incomeClassOf,
  isCappedHousingKind
} from "../../../src/rules/kinds.js"
import { codeOf, codeTable } from "../../../src/rules/mechanisms/code-table.js"

describe("code tables: a closed list of kinds to integer codes (the rules' hot loop)", () => {
  it("every income kind has the class of incomeClassOf (11 § 1–3 mom), every expense kind its code", () => {
    for (const [kind, cls] of Object.entries(incomeClassOf)) expect(codeOf(incomeClassCodes, kind), kind).toBe(cls)
    for (const [kind, capped] of Object.entries(isCappedHousingKind))
      expect(codeOf(expenseCodes, kind), kind).toBe(
        capped
          ? ExpenseCode.capped
          : kind === "movingAllowance"
            ? ExpenseCode.movingAllowance
            : kind === "coeliacDiet"
              ? ExpenseCode.coeliacDiet
              : ExpenseCode.other
      )
  })
  it("a name outside the list (or a copy of a listed name built at run time) is looked up by its characters", () => {
    expect(codeOf(incomeClassCodes, "wagе")).toBe(-1) // Cyrillic е
    expect(codeOf(incomeClassCodes, "")).toBe(-1)
    expect(codeOf(expenseCodes, "rentx")).toBe(-1)
    expect(codeOf(expenseCodes, ["re", "nt"].join(""))).toBe(ExpenseCode.capped)
  })
  it("names that share a slot under the first multipliers are still told apart", () => {
    const names = Array.from({ length: 60 }, (_, i) => `k${i}`)
    const t = codeTable(names.map((n, i) => [n, i % 100]))
    for (const [i, n] of names.entries()) expect(codeOf(t, n)).toBe(i % 100)
  })
})
