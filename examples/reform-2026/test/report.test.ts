import { execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { Catalog } from "@osallistava/core"
import { describe, expect, it } from "vitest"
import { catalogs } from "../src/messages.js"
import { report, simulate } from "../src/report.js"

const dir = fileURLToPath(new URL("..", import.meta.url))

describe("reform-2026 example", () => {
  const run = simulate(3_000)

  it("the reform saves money and nobody gains: the cut and the disregard only lower support (law 26/2026)", () => {
    const r = run.result
    expect(r.calculated).toBe(36_000)
    expect(r.total.changeCents).toBeLessThan(0)
    const o = r.byHouseholdType.total.outcomes
    expect(o.gain.count).toBe(0)
    expect(o.start.count).toBe(0)
    expect(o.lose.count).toBeGreaterThan(0)
    expect(o.stop.count).toBeGreaterThan(0)
    expect(r.total.annual.months).toBe(12)
  })

  it("the example household is an adult earner who loses the cut and the 150 € disregard", () => {
    expect(run.example).toBeDefined()
  })

  it("is labelled synthetic and sets the estimate of HE 116/2025 beside the simulated change", () => {
    const text = report("fi", 3_000)
    expect(text).toMatch(/SYNTEETTINEN AINEISTO: 3\s000 keksittyä kotitaloutta/)
    expect(text).toContain("noin −70 milj. € vuodessa")
    expect(text).toMatch(/Tämä simulaatio \(synteettinen väestö\): −\d+,\d milj\. €/)
    expect(text).toContain("ansiotulovähennys")
  })

  it("every message in fi, sv and en; the whole report in fi and sv has no English left", () => {
    for (const [name, catalog] of Object.entries(catalogs))
      expect({
        name,
        problems: Catalog.check(catalog, { names: ["bench", "verkkouutiset", "fi", "lang", "start"] })
      }).toEqual({
        name,
        problems: []
      })
    for (const lang of ["fi", "sv"] as const)
      expect(Catalog.untranslated(report(lang, 500), ["bench", "verkkouutiset", "fi", "OECD", "JSON"])).toEqual([])
  })

  it("prints its summary from the command line; a bad --lang is a usage error", () => {
    const out = execFileSync(
      "npx",
      ["tsx", "--tsconfig", "tsconfig.json", "src/main.ts", "--households", "200", "--lang", "en"],
      {
        cwd: dir,
        encoding: "utf8"
      }
    )
    expect(out).toContain("SYNTHETIC DATA: 200 made-up households × 12 months of 2026")
    expect(out).toContain("By household type")
    expect(() =>
      execFileSync("npx", ["tsx", "--tsconfig", "tsconfig.json", "src/main.ts", "--lang", "de"], {
        cwd: dir,
        stdio: "pipe"
      })
    ).toThrow()
  })
})
