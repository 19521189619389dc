import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import { lookup } from "../../src/parameters/dated.js"
import { kelaHousingNorm, kelaHousingNormPractice } from "../../src/parameters/kela-housing-norms.js"
import { kelaHousingNormRows } from "../../src/parameters/kela-housing-norms-data.js"

const norm = (municipality: string, date: string, persons: number) => {
  const r = kelaHousingNorm(municipality, date, persons)
  if (Result.isFailure(r)) throw new Error(`no norm for ${municipality} ${date}`)
  return r.success
}
const practice = (date: string) => {
  const r = lookup(kelaHousingNormPractice, date)
  if (Result.isFailure(r)) throw new Error(date)
  return r.success
}
const notInForce = (municipality: string, date: string, persons: number) => {
  const r = kelaHousingNorm(municipality, date, persons)
  return Result.isFailure(r) ? r.failure._tag : "in force"
}

describe("Kela's municipal housing norms before 1.4.2024 (1412/1997 7 b § 2–3 mom 815/2015; 7 a § 2–3 mom 1023/2022; Kela practice, SISU asummenorajat_2022/_2023)", () => {
  it("Turku 2 persons: 620 € in 2022 (SISU asummenorajat_2022), 651 € from 2023 to 3/2024 (SISU asummenorajat_2023, Kela's table valid until 31.3.2024)", () => {
    expect(norm("853", "2022-06-01", 2).normCents).toBe(62000)
    expect(norm("Turku", "2023-01-01", 2).normCents).toBe(65100)
    expect(norm("Turku", "2024-03-31", 2)).toMatchObject({ normCents: 65100, evidence: "I", provisional: true })
    expect(norm("Turku", "2023-06-01", 6).normCents).toBe(86100 + 2 * 10400)
  })

  it("Helsinki 2017: 675 / 800 / 925 € for 1–3 persons (Kela quoted in Kaleva 3/2017); 4 persons is not public", () => {
    expect([1, 2, 3].map((n) => norm("091", "2017-03-01", n).normCents)).toEqual([67500, 80000, 92500])
    expect(notInForce("091", "2017-03-01", 4)).toBe("ParameterNotInForce")
    expect(notInForce("853", "2017-03-01", 1)).toBe("ParameterNotInForce")
  })

  it("no public norm 2018-01 … 2021-12, and none from 2024-04 (the decree limits apply): ParameterNotInForce, never a silent zero", () => {
    for (const date of ["2018-01-01", "2019-07-01", "2021-12-31", "2024-04-01", "2026-06-01"])
      expect(notInForce("091", date, 1)).toBe("ParameterNotInForce")
    expect(practice("2019-07-01").value.publicNorm).toBe("none")
    expect(practice("2017-03-01").value.publicNorm).toBe("partial")
    expect(practice("2022-03-01").value.publicNorm).toBe("all")
    expect(Result.isFailure(lookup(kelaHousingNormPractice, "2024-04-01"))).toBe(true)
  })

  it("how Kela applied them (SISU TOIMTUKIlakimakrot.sas AsumMenoRajat): 5 % tolerance, families with children excepted, water per person on top (22.80 € 2022, 24.00 € 2023); the statute fixes no period", () => {
    expect(practice("2022-05-01").value).toMatchObject({
      tolerancePercent: 5,
      familiesWithChildrenExempt: true,
      waterPerPersonCents: 2280,
      directionMonths: null,
      averageDirectionMonthsModelled: 6,
      fullCostsIfNoCheaperHomeLocally: true
    })
    expect(practice("2023-05-01").value.waterPerPersonCents).toBe(2400)
    expect(practice("2023-05-01").value.section).toContain("1023/2022")
    expect(practice("2017-05-01").value.section).toContain("815/2015")
    for (const v of kelaHousingNormPractice.values) expect(v.provisional).toBe(true)
  })

  it("covers every municipality of SISU's tables (294 in 2022 incl. Honkajoki, merged into Kankaanpää 2021; 293 in 2023) and an unknown name is not quoted back", () => {
    expect(kelaHousingNormRows().filter((r) => r[0] === "2022-01-01").length).toBe(294)
    expect(kelaHousingNormRows().filter((r) => r[0] === "2023-01-01").length).toBe(293)
    expect(norm("Honkajoki", "2022-01-01", 1).normCents).toBe(40400)
    const r = kelaHousingNorm("010101-123N", "2022-01-01", 1)
    expect(Result.isFailure(r) && JSON.stringify(r.failure)).not.toContain("010101")
  })
})
