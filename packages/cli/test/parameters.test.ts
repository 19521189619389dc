import { describe, expect, it } from "vitest"
import { invoke } from "./support/invoke.js"

describe("social-assistance parameters", () => {
  it("JSON for 2026-06: every table, with value, validity, source and evidence (9 a §: 578.43 € from 1.3.2026, law 26/2026)", async () => {
    const r = await invoke(["social-assistance", "parameters", "--month", "2026-06"])
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.month).toBe("2026-06")
    expect(out.lastKnownMonth).toBe("2026-12")
    const single = out.parameters.find((p: { parameter: string }) => p.parameter === "basicAmountSingle")
    expect(single).toMatchObject({ inForce: true, value: 57843, validFrom: "2026-03-01", evidence: "C" })
    expect(typeof single.source).toBe("string")
    const minor = out.parameters.find((p: { parameter: string }) => p.parameter === "minorAssistanceDisregard")
    expect(minor).toEqual({ parameter: "minorAssistanceDisregard", inForce: false, endedOn: "2026-02-28" })
  })

  it("2027-01: nothing confirmed yet; each required table names its last known month 2026-12 (open-readings.md § 1)", async () => {
    const r = await invoke([
      "social-assistance",
      "parameters",
      "--month",
      "2027-01",
      "--format",
      "text",
      "--lang",
      "sv"
    ])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("grunddel, ensamboende: inte fastställd: senast känd 12/2026")
  })

  it("Finnish text by default, with the evidence grade in words", async () => {
    const r = await invoke(["social-assistance", "parameters", "--month", "2024-06", "--format", "text"])
    expect(r.stdout).toContain("Perustoimeentulotuen parametrit 6/2024")
    expect(r.stdout).toContain("näyttö: varma (luettu lähteestä)")
    expect(r.stdout).toContain("asumismenojen enimmäismäärät: asetuksen liite 2024, ohjausaika 3 kk")
  })

  it("a bad month is a usage error naming the option, not the value", async () => {
    for (const bad of ["2016-12", "2026-13", "june"]) {
      const r = await invoke(["social-assistance", "parameters", "--month", bad, "--lang", "en"])
      expect(r.code).toBe(2)
      expect(r.stderr).toContain("--month: expected a month YYYY-MM from 2017-01")
      expect(r.stderr).not.toContain(bad)
    }
  })
})
