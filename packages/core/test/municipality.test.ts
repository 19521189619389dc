import { existsSync, readFileSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Municipality, MunicipalityCode } from "../src/index.js"

const { municipalities, findByCode, findByName } = Municipality

/** The 16 municipalities of Åland (Statistics Finland codes). */
const alandCodes = [
  "035",
  "043",
  "060",
  "062",
  "065",
  "076",
  "170",
  "295",
  "318",
  "417",
  "438",
  "478",
  "736",
  "766",
  "771",
  "941"
]

describe("Municipality list (Statistics Finland, 1.1.2026)", () => {
  it("has 308 municipalities: 292 in mainland Finland and 16 in Åland", () => {
    expect(municipalities).toHaveLength(308)
    expect(alandCodes.every((c) => findByCode(c) !== undefined)).toBe(true)
    expect(municipalities.filter((m) => !alandCodes.includes(m.code))).toHaveLength(292)
    expect(Municipality.municipalityListYear).toBe(2026)
    expect(Municipality.municipalityListSource).toMatch(/kunta_1_20260101/)
  })

  it("codes are unique, three digits and in ascending order", () => {
    const codes = municipalities.map((m) => m.code)
    expect(new Set(codes).size).toBe(codes.length)
    expect(codes.every((c) => /^\d{3}$/.test(c))).toBe(true)
    expect([...codes].sort()).toEqual(codes)
  })

  it("names are non-empty, trimmed and unique within each language", () => {
    for (const lang of ["fi", "sv"] as const) {
      const names = municipalities.map((m) => m[lang])
      expect(names.every((n) => n.length > 0 && n.trim() === n)).toBe(true)
      expect(new Set(names).size).toBe(names.length)
    }
  })

  it.each([
    ["091", "Helsinki", "Helsingfors"],
    ["049", "Espoo", "Esbo"],
    ["092", "Vantaa", "Vanda"],
    ["837", "Tampere", "Tammerfors"],
    ["853", "Turku", "Åbo"],
    ["564", "Oulu", "Uleåborg"],
    ["478", "Maarianhamina", "Mariehamn"],
    ["287", "Kristiinankaupunki", "Kristinestad"],
    ["545", "Närpiö", "Närpes"],
    ["599", "Pedersören kunta", "Pedersöre"],
    ["946", "Vöyri", "Vörå"],
    ["499", "Mustasaari", "Korsholm"],
    ["284", "Koski Tl", "Koskis"],
    ["214", "Kankaanpää", "Kankaanpää"],
    ["507", "Mäntyharju", "Mäntyharju"]
  ])("%s is %s / %s", (code, fi, sv) => {
    expect(findByCode(code)).toMatchObject({ code, fi, sv })
    expect(findByName(fi)?.code).toBe(code)
    expect(findByName(sv.toUpperCase())?.code).toBe(code)
  })

  it.each([
    ["588", "Pertunmaa (joined Mäntyharju 1.1.2025)"],
    ["099", "Honkajoki (joined Kankaanpää 1.1.2021)"],
    ["911", "Valtimo (joined Nurmes 1.1.2020)"],
    ["000", "no such code"]
  ])("%s is not a current code: %s", (code) => {
    expect(findByCode(code)).toBeUndefined()
    expect(Result.isFailure(Schema.decodeUnknownResult(MunicipalityCode)(code))).toBe(true)
  })

  it("the experiment municipalities are all on the list", () => {
    expect(Municipality.experimentMunicipalityCodes.map((c) => findByCode(c)?.fi)).toEqual([
      "Kangasala",
      "Kemijärvi",
      "Kuopio",
      "Raisio",
      "Tampere",
      "Tornio"
    ])
  })
})

describe("wellbeing services counties (Act 616/2021 6–7 §)", () => {
  const county = (code: string) => municipalities.find((m) => m.code === code)?.wellbeingServicesCounty

  it("every mainland municipality except Helsinki has a county; Helsinki and Åland have none", () => {
    for (const m of municipalities) {
      const expected = !(alandCodes.includes(m.code) || m.code === "091")
      expect([m.code, m.wellbeingServicesCounty !== undefined]).toEqual([m.code, expected])
    }
  })

  it("there are 21 counties, with the number of municipalities the Act gives them", () => {
    const sizes = new Map<string, number>()
    for (const m of municipalities) {
      const c = m.wellbeingServicesCounty
      if (c) sizes.set(c.fi, (sizes.get(c.fi) ?? 0) + 1)
    }
    // 616/2021 7 §: 1 mom. the 17 counties formed of a region's municipalities (regions in 6 §), 2 mom. the four
    // Uusimaa counties by name. Etelä-Savo: 6 § lists 12, Pertunmaa joined Mäntyharju on 1.1.2025. Pohjois-Karjala:
    // 6 § lists 14 including Valtimo, which had joined Nurmes on 1.1.2020.
    expect(Object.fromEntries([...sizes].sort(([a], [b]) => a.localeCompare(b, "fi")))).toEqual({
      "Etelä-Karjalan hyvinvointialue": 9,
      "Etelä-Pohjanmaan hyvinvointialue": 18,
      "Etelä-Savon hyvinvointialue": 11,
      "Itä-Uudenmaan hyvinvointialue": 7,
      "Kainuun hyvinvointialue": 8,
      "Kanta-Hämeen hyvinvointialue": 11,
      "Keski-Pohjanmaan hyvinvointialue": 8,
      "Keski-Suomen hyvinvointialue": 22,
      "Keski-Uudenmaan hyvinvointialue": 6,
      "Kymenlaakson hyvinvointialue": 6,
      "Lapin hyvinvointialue": 21,
      "Länsi-Uudenmaan hyvinvointialue": 10,
      "Pirkanmaan hyvinvointialue": 23,
      "Pohjanmaan hyvinvointialue": 14,
      "Pohjois-Karjalan hyvinvointialue": 13,
      "Pohjois-Pohjanmaan hyvinvointialue": 30,
      "Pohjois-Savon hyvinvointialue": 19,
      "Päijät-Hämeen hyvinvointialue": 10,
      "Satakunnan hyvinvointialue": 16,
      "Vantaan ja Keravan hyvinvointialue": 2,
      "Varsinais-Suomen hyvinvointialue": 27
    })
  })

  it.each([
    ["740", "Etelä-Savon hyvinvointialue"], // Savonlinna: Etelä-Savo in the enacted Act, not the 2020 draft's Pohjois-Savo
    ["046", "Etelä-Savon hyvinvointialue"], // Enonkoski
    ["171", "Pohjois-Savon hyvinvointialue"], // Joroinen moved from Etelä-Savo region in 2021
    ["090", "Pohjois-Karjalan hyvinvointialue"], // Heinävesi
    ["291", "Pirkanmaan hyvinvointialue"], // Kuhmoinen
    ["142", "Päijät-Hämeen hyvinvointialue"], // Iitti
    ["152", "Etelä-Pohjanmaan hyvinvointialue"], // Isokyrö
    ["235", "Länsi-Uudenmaan hyvinvointialue"], // Kauniainen
    ["245", "Vantaan ja Keravan hyvinvointialue"], // Kerava
    ["599", "Pohjanmaan hyvinvointialue"] // Pedersöre
  ])("%s belongs to %s", (code, fi) => {
    expect(county(code)?.fi).toBe(fi)
  })
})

describe("cross-check: the housing-cost decree annex (VNA 144/2024, 580/2024)", () => {
  const here = dirname(fileURLToPath(import.meta.url))
  // The annex as data in the repository (docs/data/housing-cost-limits.csv), so the check runs in every clone.
  const csvPath = resolve(here, "../../../docs/data/housing-cost-limits.csv")

  it("the annex file is in the repository", () => {
    expect(existsSync(csvPath)).toBe(true)
  })

  it("every municipality of the 2025 annex is a mainland municipality on the list, and vice versa", () => {
    const rows = readFileSync(csvPath, "utf8").trim().split("\n").slice(1)
    const names2025 = new Set(rows.filter((r) => r.startsWith("2025-")).map((r) => r.split(",")[2] ?? ""))
    expect(names2025.size).toBe(292)
    const mainland = new Set(municipalities.filter((m) => !alandCodes.includes(m.code)).map((m) => m.fi))
    expect([...names2025].filter((n) => !mainland.has(n))).toEqual([])
    expect([...mainland].filter((n) => !names2025.has(n))).toEqual([])
  })

  it("the 2024 annex has one more, Pertunmaa, which joined Mäntyharju on 1.1.2025", () => {
    const rows = readFileSync(csvPath, "utf8").trim().split("\n").slice(1)
    const names2024 = new Set(rows.filter((r) => r.startsWith("2024-")).map((r) => r.split(",")[2] ?? ""))
    expect([...names2024].filter((n) => findByName(n) === undefined)).toEqual(["Pertunmaa"])
  })
})
