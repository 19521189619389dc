import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import {
  type HousingLimitRow,
  housingLimitRowCount,
  housingLimitRows,
  housingLimitSources
} from "../../src/parameters/housing-cost-limits-data.js"
import { housingLimit, rowCount } from "../../src/parameters/housing-limits.js"

// The compact data module (one string per annex, decoded on first use) must hold exactly the rows of the files it was
// generated from: the decree annexes as committed in docs/data/housing-cost-limits.csv (VNA 144/2024 and 580/2024) and
// SISU's 2026 table (test/fixtures/sisu/asummenorajat-2026.csv). This test rebuilds the table from those files, the way
// scripts/generate-housing-limits.mjs builds it, and compares every row and column.
const file = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), "utf8")
// The first eight columns: no value holds a comma (only the source column of docs/data/housing-cost-limits.csv does).
const csv = (path: string) =>
  file(path)
    .trim()
    .split("\n")
    .map((line) => line.split(",").slice(0, 8))

const expected = (): Array<HousingLimitRow> => {
  const rows: Array<HousingLimitRow> = []
  const [header, ...annexRows] = csv("../../../../docs/data/housing-cost-limits.csv")
  expect(header!.slice(0, 8)).toEqual([
    "valid_from",
    "valid_to",
    "municipality",
    "persons_1",
    "persons_2",
    "persons_3",
    "persons_4",
    "each_additional_person"
  ])
  const sourceKey: Record<string, string> = { "2024-04-01": "144/2024", "2025-01-01": "580/2024" }
  for (const r of annexRows) {
    const [from, to, name, p1, p2, p3, p4, extra] = r as [string, string, string, ...Array<string>]
    const c = [p1, p2, p3, p4, extra].map((e) => Number(e) * 100) as [number, number, number, number, number]
    rows.push([from, to, name, ...c, sourceKey[from]!, "C"])
  }
  // 2026: SISU's table with the decree's spelling of the names, without Pertunmaa (588, merged into Mäntyharju 1.1.2025).
  const spelling = new Map(rows.map((r) => [r[2].toLocaleLowerCase("fi"), r[2]]))
  const [sisuHeader, ...sisuRows] = csv("../fixtures/sisu/asummenorajat-2026.csv")
  expect(sisuHeader).toEqual(["code", "name", "persons1", "persons2", "persons3", "persons4", "eachAdditional"])
  for (const [code, name, ...n] of sisuRows as Array<Array<string>>) {
    if (code === "588") continue
    const c = n.map((e) => Number(e) * 100) as [number, number, number, number, number]
    rows.push(["2026-01-01", "2026-12-31", spelling.get(name!.toLocaleLowerCase("fi"))!, ...c, "SISU-2026", "I"])
  }
  return rows
}

const sorted = (rows: ReadonlyArray<HousingLimitRow>) => rows.map((r) => JSON.stringify(r)).sort()

describe("housing-cost limit data (VNA 144/2024 and 580/2024 annexes, docs/data/housing-cost-limits.csv; 2026 SISU asummenorajat_2026): the compact form decodes to the committed tables", () => {
  it("every row of every annex, every column (validity, Finnish name, cents for 1–4 persons and each additional, source, evidence)", () => {
    const want = expected()
    expect(want.length).toBe(293 + 292 + 292)
    expect(sorted(housingLimitRows())).toEqual(sorted(want))
  })

  it("the row count is known without decoding, every source key has its text, and decoding twice gives the same rows", () => {
    expect(housingLimitRowCount).toBe(housingLimitRows().length)
    expect(rowCount).toBe(877)
    for (const r of housingLimitRows()) expect(housingLimitSources[r[8]]).toMatch(/^(VNA 144\/2024|2026 annex)/)
    expect(housingLimitRows()).toBe(housingLimitRows())
  })

  it("every row is found by the lookup, by name and by code, with its own limits (Espoo 2024: 715 / 1 122 € + 122 €)", () => {
    for (const r of housingLimitRows()) {
      const got = housingLimit(r[2], r[0].slice(0, 4), 5)
      expect(Result.isSuccess(got) && got.success).toMatchObject({
        municipality: r[2],
        validFrom: r[0],
        validTo: r[1],
        limitCents: r[6] + r[7],
        evidence: r[9],
        provisional: r[9] === "I",
        source: housingLimitSources[r[8]]
      })
    }
    const espoo = housingLimit("049", "2024", 1)
    expect(Result.isSuccess(espoo) && espoo.success.limitCents).toBe(71500)
    const espoo6 = housingLimit("Espoo", "2024", 6)
    expect(Result.isSuccess(espoo6) && espoo6.success.limitCents).toBe(112200 + 2 * 12200)
  })
})
