import { Catalog } from "@osallistava/core"
import { describe, expect, it } from "vitest"
import { Holidays } from "../src/index.js"

describe("calendar texts: every holiday name in fi and sv, none left in English", () => {
  it("the holiday names pass the catalog check", () => {
    expect(Catalog.check(Holidays.names)).toEqual([])
  })

  it("every holiday of 2017–2030 has a name in each language", () => {
    for (let year = 2017; year <= 2030; year++)
      for (const h of Holidays.of(year)) for (const l of ["fi", "sv", "en"] as const) expect(h.name[l]).not.toBe("")
  })
})
