import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import { lookup } from "../../src/parameters/dated.js"
import { housingLimitRows } from "../../src/parameters/housing-cost-limits-data.js"
import { housingLimit } from "../../src/parameters/housing-limits.js"
import { housingLimitRegimes } from "../../src/parameters/tables.js"
import { run } from "../helpers.js"

const limit = (municipality: string, annex: string, persons: number) => {
  const r = housingLimit(municipality, annex, persons)
  if (Result.isFailure(r)) throw new Error(`no limit for ${municipality} ${annex}`)
  return r.success
}

/** A household of `persons` in `municipality` with a rent far above any limit, directed to cheaper housing in 2025-01. */
const household = (municipality: string, month: string, persons: number) =>
  run({
    month,
    municipality,
    persons: Array.from({ length: persons }, (_, i) =>
      i === 0
        ? { id: "a", role: "applicant", birthDate: "1980-01-01" }
        : i === 1
          ? { id: "s", role: "spouse", birthDate: "1980-01-01" }
          : { id: `c${i}`, role: "child", birthDate: "2015-01-01" }
    ),
    expenses: [{ kind: "rent", amount: "5000" }],
    incomes: [],
    housingDirection: { directedInMonth: "2025-01" }
  })

const SISU_2026 =
  "SISU asummenorajat_2026 (StatisticsFinland/mikrosimulointi 3d93dcd, SISU 26.10; 2026 annex text not found)"

describe(`housing-cost limits 2026 (1412/1997 7 a § 2 mom; VNA 144/2024 as amended for 2026; values: ${SISU_2026})`, () => {
  it(`Turku, 1 person, 2026: 556 € (2025 annex VNA 580/2024: 540 €) — ${SISU_2026}`, () => {
    expect(limit("853", "2026", 1).limitCents).toBe(55600)
    expect(limit("853", "2025", 1).limitCents).toBe(54000)
    expect(household("853", "2026-06", 1).totals.otherBasicExpenses).toBe("556.00")
  })

  it(`Oulu, 3 persons, 2026: 770 € (2025: 748 €) — ${SISU_2026}`, () => {
    expect(limit("564", "2026", 3).limitCents).toBe(77000)
    expect(limit("564", "2025", 3).limitCents).toBe(74800)
    expect(household("564", "2026-06", 3).totals.otherBasicExpenses).toBe("770.00")
  })

  it(`Porvoo, 1 person, 2026: 618 € (2025: 600 €) — ${SISU_2026}`, () => {
    expect(limit("638", "2026", 1).limitCents).toBe(61800)
    expect(limit("638", "2025", 1).limitCents).toBe(60000)
    expect(household("638", "2026-06", 1).totals.otherBasicExpenses).toBe("618.00")
  })

  it("months of 2026 use the 2026 annex, flagged provisional because its decree text was not available", () => {
    for (const month of ["2026-01", "2026-02", "2026-03", "2026-12"]) {
      const regime = lookup(housingLimitRegimes, `${month}-01`)
      if (Result.isFailure(regime)) throw new Error(month)
      expect(regime.success.value.annex).toBe("2026")
      expect(regime.success.provisional).toBe(true)
      expect(regime.success.source).toContain("SISU")
      expect(regime.success.source).not.toContain("2025 limits (VNA 580/2024) are applied")
    }
    expect(household("853", "2026-06", 1).flags).toContain("housingLimit2026Provisional")
    const r2026 = limit("853", "2026", 1)
    expect([r2026.evidence, r2026.provisional, r2026.fallbackFromAnnex]).toEqual(["I", true, undefined])
    const r2025 = limit("853", "2025", 1)
    expect([r2025.evidence, r2025.provisional]).toEqual(["C", false])
  })
})

describe("housing-limit annexes as data (VNA 144/2024 https://finlex.fi/fi/laki/alkup/2024/20240144, VNA 580/2024 https://finlex.fi/fi/laki/alkup/2024/20240580)", () => {
  const names = (year: string) =>
    new Set(
      housingLimitRows()
        .filter((r) => r[0].startsWith(year))
        .map((r) => r[2])
    )

  it("every annex lists the municipalities of its year: 293 in 2024, 292 from 2025 (Pertunmaa merged into Mäntyharju 1.1.2025)", () => {
    expect(names("2024").size).toBe(293)
    const without = [...names("2024")].filter((n) => n !== "Pertunmaa").sort()
    expect([...names("2025")].sort()).toEqual(without)
    expect([...names("2026")].sort()).toEqual(without)
  })

  it("Pertunmaa from 2025 resolves to Mäntyharju's row of the same annex (never to its own 2024 row); 2024 keeps its own", () => {
    const p2025 = limit("Pertunmaa", "2025", 4)
    expect(p2025).toMatchObject({
      municipality: "Mäntyharju",
      mergedFrom: "Pertunmaa",
      limitCents: 71800,
      evidence: "C"
    })
    expect(p2025.source).toContain("580/2024")
    expect(limit("588", "2026", 3)).toMatchObject({
      municipality: "Mäntyharju",
      mergedFrom: "Pertunmaa",
      limitCents: 66400
    })
    const p2024 = limit("Pertunmaa", "2024", 4)
    expect(p2024).toMatchObject({ municipality: "Pertunmaa", limitCents: 68400, evidence: "C" })
    expect(p2024.mergedFrom).toBeUndefined()
  })

  it("only the 2026 rows (from SISU) are provisional; every 2024 and 2025 row is the decree's", () => {
    const provisional = housingLimitRows().filter((r) => r[9] === "I")
    expect(provisional.length).toBe(292)
    expect(provisional.every((r) => r[0] === "2026-01-01")).toBe(true)
    expect(
      housingLimitRows()
        .filter((r) => r[0] === "2026-01-01")
        .every((r) => r[9] === "I")
    ).toBe(true)
  })

  it("source texts have no stray quotation mark (the 2025 rows once began with '\"')", () => {
    for (const row of housingLimitRows()) expect(limit(row[2], row[0].slice(0, 4), 1).source).not.toMatch(/"/)
    expect(limit("Turku", "2025", 1).source).toBe(
      "VNA 144/2024 as amended by 580/2024, annex (1.1.–31.12.2025), https://finlex.fi/fi/laki/alkup/2024/20240580"
    )
  })

  it("an annex that does not exist (2027) is ParameterNotInForce, never an older annex's limit", () => {
    const r = housingLimit("853", "2027", 1)
    expect(Result.isFailure(r) && r.failure._tag).toBe("ParameterNotInForce")
  })
})
