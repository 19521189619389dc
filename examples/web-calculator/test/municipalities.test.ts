import { describe, expect, it } from "vitest"
import { municipalityOptions } from "../src/municipalities.js"

describe("municipality options", () => {
  it("lists the 292 mainland municipalities of the housing-cost decree annex (VNA 580/2024), not Åland", () => {
    const fi = municipalityOptions("fi")
    expect(fi).toHaveLength(292)
    expect(fi.find((m) => m.value === "478")).toBeUndefined() // Maarianhamina – Mariehamn (Åland)
    expect(fi.find((m) => m.value === "106")?.label).toBe("Hyvinkää")
  })

  it("shows Swedish names in Swedish, sorted in that language", () => {
    const sv = municipalityOptions("sv")
    expect(sv.find((m) => m.value === "091")?.label).toBe("Helsingfors")
    const labels = sv.map((m) => m.label)
    expect(labels).toEqual([...labels].sort(new Intl.Collator("sv").compare))
  })
})
