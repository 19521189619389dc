/**
 * Legal cases: a child's income and assets count only up to the child's own need (1412/1997 11 § 2 mom 2 kohta and
 * 12 § 2 mom 3 kohta, law 1218/2005: "siltä osin kuin ne ylittävät hänen osaltaan 7 ja 7 c §:n nojalla huomioon
 * otettavat menot"). Decided reading (docs/social-assistance/open-readings.md § 9): the child's need is the child's
 * basic amount plus the expense lines that name the child; the family's common costs (rent) add no per-capita share.
 * Sources: the statute (certain, as wording); Kela's practice as published: Verkkouutiset 2/2017 (a 10-year-old's
 * fund of about 1 900 €, Kela withheld 341.52 € a month, exactly the child's 2017 basic amount) and Iltalehti
 * 16.10.2017 (Kela's benefit manager on children's savings: "niistä huomioidaan vain Kelan määrittelemän perusosan
 * verran"). Kela's guideline text itself was not found in any stored copy.
 */
import { describe, expect, it } from "vitest"
import { decide, node } from "./helpers.js"

const family = (month: string, more: Record<string, unknown>) =>
  decide({
    month,
    municipality: "091",
    persons: [
      { id: "p", role: "applicant", birthDate: "1975-01-01" },
      { id: "s", role: "spouse", birthDate: "1976-01-01" },
      { id: "c", role: "child", birthDate: "2006-06-01" }
    ],
    expenses: [{ kind: "rent", amount: "700" }],
    incomes: [{ kind: "pension", amount: "900", personId: "p" }],
    ...more
  })

describe("a child's own need (11 § 2 mom 2 kohta, 12 § 2 mom 3 kohta)", () => {
  it("Verkkouutiset 2/2017: a 10-year-old's 1 900 € fund counts 341.52 € in 2017-01, the child's basic amount (70 % of 487.89 €)", () => {
    const d = family("2017-01", {
      assets: [{ kind: "fundUnits", amount: "1900", personId: "c", immediatelyAvailable: true }]
    })
    expect(d.totals.assets).toBe("341.52")
    expect(d.assets[0]).toMatchObject({ acceptedCents: 34152, ruleId: "child-asset-cap" })
    const without = family("2017-01", {})
    expect(without.supportCents - d.supportCents).toBe(34152)
  })

  it("decided reading: the family's rent adds no per-capita share to the child's need (a child's 600 € pension counts 341.52 €)", () => {
    const d = family("2017-01", { incomes: [{ kind: "pension", amount: "600", personId: "c" }] })
    expect(node(d, "child-income-cap")).toMatchObject({ inputs: { personId: "c", amount: 60000 }, result: 34152 })
  })

  it("statute ('hänen osaltaan … huomioon otettavat menot'): an expense line naming the child raises the cap by its amount", () => {
    const d = family("2017-01", {
      expenses: [
        { kind: "rent", amount: "700" },
        { kind: "prescriptionMedicine", amount: "60", personId: "c" }
      ],
      incomes: [{ kind: "pension", amount: "600", personId: "c" }]
    })
    expect(node(d, "child-income-cap").result).toBe(34152 + 6000)
  })

  it("Iltalehti 16.10.2017: each child's savings count up to that child's own basic amount (17 and 12 years, 500 € each)", () => {
    const d = decide({
      month: "2017-10",
      municipality: "091",
      persons: [
        { id: "p", role: "applicant", birthDate: "1975-01-01" },
        { id: "a", role: "child", birthDate: "2000-03-01" },
        { id: "b", role: "child", birthDate: "2005-03-01" }
      ],
      expenses: [],
      incomes: [],
      assets: [
        { kind: "fundUnits", amount: "500", personId: "a", immediatelyAvailable: true },
        { kind: "fundUnits", amount: "500", personId: "b", immediatelyAvailable: true }
      ]
    })
    // first child 10–17: 70 % of 487.89 € = 341.52 €; second: 65 % = 317.13 €
    expect(d.assets.map((a) => a.acceptedCents)).toEqual([34152, 31713])
  })
})
