import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { municipalities } from "../src/data/municipalities.js"
import { municipalityNames } from "../src/data/municipality-names.js"
import { findByCode, findByName } from "../src/municipality.js"

// The list is kept as one compact string (src/data/municipalities.ts) and decoded when the module loads. This test
// compares the decoded list, field by field and in order, with the same list written out as a table
// (test/fixtures/municipalities-2026.csv, written from the former object literals of the module).
const table = readFileSync(fileURLToPath(new URL("./fixtures/municipalities-2026.csv", import.meta.url)), "utf8")
  .trim()
  .split("\n")

describe("municipality list data (Statistics Finland 2026, counties per Act 616/2021 6–7 §): the compact form decodes to the committed table", () => {
  it("308 entries: code, Finnish and Swedish names and county, in code order, with no other fields", () => {
    expect(table[0]).toBe("code,fi,sv,county_fi,county_sv")
    const rows = table.slice(1).map((line) => line.split(","))
    expect(rows).toHaveLength(308)
    expect(municipalities).toHaveLength(rows.length)
    municipalities.forEach((m, i) => {
      const [code, fi, sv, countyFi, countySv] = rows[i]!
      const want =
        countyFi === "" ? { code, fi, sv } : { code, fi, sv, wellbeingServicesCounty: { fi: countyFi, sv: countySv } }
      // Key order too: JSON output of an entry is as before.
      expect(JSON.stringify(m)).toBe(JSON.stringify(want))
    })
  })

  it("one county object per county, shared by its municipalities; the lookups find every entry", () => {
    const counties = new Set(municipalities.map((m) => m.wellbeingServicesCounty).filter((c) => c !== undefined))
    expect(counties.size).toBe(21)
    for (const m of municipalities) {
      // The lookups read the names module (no counties, issue #13): the entry's code and names, one object per code.
      const found = findByCode(m.code)
      expect(JSON.stringify(found)).toBe(JSON.stringify({ code: m.code, fi: m.fi, sv: m.sv }))
      expect(findByName(m.fi)).toBe(found)
      expect(findByName(m.sv)).toBe(found)
    }
  })

  it("the names module alone (what the lookups read) is the table's code and names, in order", () => {
    const rows = table.slice(1).map((line) => line.split(","))
    expect(municipalityNames.map((m) => JSON.stringify(m))).toEqual(
      rows.map(([code, fi, sv]) => JSON.stringify({ code, fi, sv }))
    )
  })
})
