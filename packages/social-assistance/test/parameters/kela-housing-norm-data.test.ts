import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import * as Municipality from "@osallistava/core/municipality"
import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import { kelaHousingNorm } from "../../src/parameters/kela-housing-norms.js"
import {
  type KelaHousingNormRow,
  kelaHousingNormRowCount,
  kelaHousingNormRows,
  kelaHousingNormSources
} from "../../src/parameters/kela-housing-norms-data.js"

// The compact data module (one string per table, decoded on first use) must hold exactly the rows of the files it was
// generated from: SISU's record of Kela's norms (test/fixtures/sisu/asummenorajat-2022.csv and -2023.csv) and the one
// figure quoted from Kela in the press for 2017. This test rebuilds the rows from those inputs, the way
// scripts/generate-kela-housing-norms.mjs builds them, and compares every row and column in order.
const sisu = (year: number) => {
  const [header, ...lines] = readFileSync(
    fileURLToPath(new URL(`../fixtures/sisu/asummenorajat-${year}.csv`, import.meta.url)),
    "utf8"
  )
    .trim()
    .split("\n")
  expect(header).toBe("code,name,persons1,persons2,persons3,persons4,eachAdditional")
  return lines.map((l) => {
    const [code, , ...n] = l.split(",") as [string, string, ...Array<string>]
    const m = Municipality.findByCode(code) ?? Municipality.formerMunicipalities.find((f) => f.code === code)
    const c = n.map((e) => Number(e) * 100) as [number, number, number, number, number]
    return [code, m!.fi, ...c] as const
  })
}

const expected = (): Array<KelaHousingNormRow> => [
  ["2017-01-01", "2017-12-31", "091", "Helsinki", 67500, 80000, 92500, null, null, "KALEVA-2017", "I"],
  ...sisu(2022).map((r): KelaHousingNormRow => ["2022-01-01", "2022-12-31", ...r, "SISU-2022", "I"]),
  ...sisu(2023).map((r): KelaHousingNormRow => ["2023-01-01", "2024-03-31", ...r, "SISU-2023", "I"])
]

describe("Kela housing norm data (SISU asummenorajat_2022/_2023; Kela quoted in Kaleva 3/2017): the compact form decodes to the committed tables", () => {
  it("every row, every column, in the same order (validity, code, Finnish name, cents for 1–4 persons and each additional, null where not public, source, evidence)", () => {
    const want = expected()
    expect(want.length).toBe(1 + 294 + 293)
    expect(kelaHousingNormRows()).toEqual(want)
  })

  it("the row count is known without decoding, every source key has its text, and decoding twice gives the same rows", () => {
    expect(kelaHousingNormRowCount).toBe(kelaHousingNormRows().length)
    for (const r of kelaHousingNormRows()) expect(kelaHousingNormSources[r[9]]).toMatch(/^Kela/)
    expect(kelaHousingNormRows()).toBe(kelaHousingNormRows())
  })

  it("every row is found by the lookup with its own norm (4 persons; Helsinki 2017 has none: ParameterNotInForce)", () => {
    for (const r of kelaHousingNormRows()) {
      const got = kelaHousingNorm(r[2], r[1], 4)
      if (r[7] === null) expect(Result.isFailure(got)).toBe(true)
      else
        expect(Result.isSuccess(got) && got.success).toMatchObject({
          municipality: r[3],
          municipalityCode: r[2],
          validFrom: r[0],
          normCents: r[7],
          source: kelaHousingNormSources[r[9]]
        })
    }
  })
})
