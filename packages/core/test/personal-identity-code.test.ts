import { inspect } from "node:util"
import { Result, Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { decodeInput, LocalDate, PersonalIdentityCode } from "../src/index.js"

// Examples from the Digital and Population Data Services Agency's description of the
// henkilötunnus (dvv.fi, "Henkilötunnus"): 131052-308T, and the 2023 century signs.
describe("PersonalIdentityCode (henkilötunnus)", () => {
  it("accepts the classic example 131052-308T (DVV)", () => {
    const code = PersonalIdentityCode.fromString("131052-308T")
    expect(code).toBeDefined()
    expect(PersonalIdentityCode.birthDate(code!)).toBe("1952-10-13")
  })

  it.each(["-", "Y", "X", "W", "V", "U"])("accepts the 1900s century sign %s (signs Y–U added 1.1.2023)", (sign) => {
    const code = PersonalIdentityCode.fromString(`131052${sign}308T`)
    expect(code && PersonalIdentityCode.birthDate(code)).toBe("1952-10-13")
  })

  it.each(["A", "B", "C", "D", "E", "F"])("accepts the 2000s century sign %s (signs B–F added 1.1.2023)", (sign) => {
    const testCode = PersonalIdentityCode.unsafeMakeTestCode(LocalDate.unsafeFrom("2010-03-05"), 912)
    const raw = PersonalIdentityCode.reveal(testCode)
    const code = PersonalIdentityCode.fromString(`${raw.slice(0, 6)}${sign}${raw.slice(7)}`)
    expect(code && PersonalIdentityCode.birthDate(code)).toBe("2010-03-05")
  })

  it("rejects a wrong check character, an impossible date and garbage", () => {
    expect(PersonalIdentityCode.isValid("131052-308A")).toBe(false)
    expect(PersonalIdentityCode.isValid("310252-308T")).toBe(false)
    expect(PersonalIdentityCode.isValid("hello")).toBe(false)
  })

  it("never prints the code: toString, JSON, inspect and decode errors are masked", () => {
    const code = PersonalIdentityCode.fromString("131052-308T")!
    expect(String(code)).toBe("******-****")
    expect(JSON.stringify({ code })).toBe('{"code":"******-****"}')
    expect(inspect(code)).not.toContain("131052")
    const r = decodeInput(
      Schema.Struct({ hetu: PersonalIdentityCode.PersonalIdentityCodeFromString }),
      "client"
    )({
      hetu: "131052-308A"
    })
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r)) {
      expect(r.failure.message).toContain("hetu")
      expect(r.failure.message).not.toContain("131052")
      expect(JSON.stringify(r.failure.issues)).not.toContain("131052")
    }
  })

  it("age on a date", () => {
    const code = PersonalIdentityCode.fromString("131052-308T")!
    expect(PersonalIdentityCode.ageOn(code, LocalDate.unsafeFrom("2026-10-12"))).toBe(73)
    expect(PersonalIdentityCode.ageOn(code, LocalDate.unsafeFrom("2026-10-13"))).toBe(74)
  })

  it("property: generated test codes are valid, in the reserved 900–999 range and keep the birth date", () => {
    const arb = fc.tuple(
      fc.integer({
        min: LocalDate.toEpochDay(LocalDate.unsafeFrom("1900-01-01")),
        max: LocalDate.toEpochDay(LocalDate.unsafeFrom("2029-12-31"))
      }),
      fc.integer({ min: 900, max: 999 })
    )
    fc.assert(
      fc.property(arb, ([day, n]) => {
        const birth = LocalDate.fromEpochDay(day)
        const code = PersonalIdentityCode.unsafeMakeTestCode(birth, n)
        expect(PersonalIdentityCode.isValid(PersonalIdentityCode.reveal(code))).toBe(true)
        expect(PersonalIdentityCode.isTestRange(code)).toBe(true)
        expect(PersonalIdentityCode.birthDate(code)).toBe(birth)
      })
    )
  })
})

describe("PersonalIdentityCode.redact", () => {
  it("masks anything shaped like a code, valid or not, in free text", () => {
    expect(PersonalIdentityCode.redact("a 131052-308T b 010101A900X c")).toBe("a ******-**** b ******-**** c")
    expect(PersonalIdentityCode.redact("no codes here 2026-03-01")).toBe("no codes here 2026-03-01")
  })
  // Issue 16: `{"x": A131052-308T}` came through because a word boundary was required before the code.
  it("masks a code right after or before a letter or digit", () => {
    expect(PersonalIdentityCode.redact('{"x": A131052-308T}')).toBe('{"x": A******-****}')
    expect(PersonalIdentityCode.redact("x131052-308Ty 9131052-308T")).toBe("x******-****y 9******-****")
  })
})

describe("PersonalIdentityCode.containsCodeShape and isPseudonymous", () => {
  it("finds a code shape anywhere in an identifier, with any century sign, valid checksum or not", () => {
    for (const id of ["131052-308T", "x131052-308Ty", "010101A900X", "010190Y123A", "case:010101+1234"])
      expect(PersonalIdentityCode.containsCodeShape(id), id).toBe(true)
    for (const id of ["case-2025-0001", "p1", "N-000123", "20250101-12"])
      expect(PersonalIdentityCode.containsCodeShape(id), id).toBe(false)
  })

  it("as a Schema check: refuses a code-shaped id with a message that does not repeat it", () => {
    const Id = Schema.String.pipe(Schema.check(PersonalIdentityCode.isPseudonymous))
    const bad = Schema.decodeUnknownResult(Id)("131052-308T")
    expect(Result.isFailure(bad)).toBe(true)
    if (Result.isFailure(bad)) expect(String(bad.failure)).not.toContain("131052")
    expect(Result.isSuccess(Schema.decodeUnknownResult(Id)("client-7"))).toBe(true)
  })
})
