import { describe, expect, it } from "vitest"
import {
  ageOnFirstDay,
  mulDivHalfUp,
  municipalityCodeOf,
  percentOf,
  smi
} from "../../../src/rules/mechanisms/arithmetic.js"

describe("integer arithmetic on cents", () => {
  it("Kela's 2025 table: 593.55 € × 70 % = 415.49 € (float arithmetic gives 415.48)", () =>
    expect(percentOf(59355, 700_000)).toBe(41549))
  it("Kela's 2026 table: 578.43 € × 72.2 % = 417.63 € (law 26/2026)", () =>
    expect(percentOf(57843, 722_000)).toBe(41763))
  it("half-up: 578.43 € × 50 % = 289.215 → 289.22 €; negative amounts round away from zero", () => {
    expect(percentOf(57843, 500_000)).toBe(28922)
    expect(mulDivHalfUp(-5, 1, 2)).toBe(-3)
  })
  it("products beyond the safe integers are exact (bigint)", () =>
    expect(mulDivHalfUp(9_000_000_000_000, 700_000, 1_000_000)).toBe(6_300_000_000_000))
  it("age on the 1st of the month: born 1.6.2009 is 16 in June 2025, born 2.6.2009 is 15", () => {
    expect(ageOnFirstDay(20090601, 2025, 6)).toBe(16)
    expect(ageOnFirstDay(20090602, 2025, 6)).toBe(15)
  })
})

describe("municipality codes and unboxed integers", () => {
  it("a 3-digit Statistics Finland code is its number; a name or another shape is -1", () => {
    expect(municipalityCodeOf("091")).toBe(91)
    expect(municipalityCodeOf("999")).toBe(999)
    expect(municipalityCodeOf("Helsinki")).toBe(-1)
    expect(municipalityCodeOf("09a")).toBe(-1)
    expect(municipalityCodeOf("91")).toBe(-1)
  })
  it("smi keeps the number: an integer stays equal, a large amount is unchanged", () => {
    const f = new Float64Array([41549, 2 ** 40, -3])
    expect([smi(f[0]!), smi(f[1]!), smi(f[2]!)]).toEqual([41549, 2 ** 40, -3])
  })
})
