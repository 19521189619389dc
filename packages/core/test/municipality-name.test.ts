import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import { decodeInput, Municipality, MunicipalityCodeOrName } from "../src/index.js"

const decode = decodeInput(MunicipalityCodeOrName, "municipality")

describe("MunicipalityCodeOrName", () => {
  it.each(["091", "Helsinki", "Helsingfors", "tampere", "Sipoo", "Valtimo", "911", "Pertunmaa"])("%s is known", (m) => {
    expect(Result.isSuccess(decode(m))).toBe(true)
  })
  it.each(["131052-308T", "Maija Virtanen", "000", "", "Atlantis"])("%j is refused without being repeated", (m) => {
    const r = decode(m)
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r)) {
      expect(r.failure.message).toContain("Expected a municipality code or name")
      if (m !== "") expect(r.failure.message).not.toContain(m)
    }
  })
  it("former municipalities are not in the current list (Statistics Finland 2026)", () => {
    for (const m of Municipality.formerMunicipalities) expect(Municipality.findByCode(m.code)).toBeUndefined()
  })
})
