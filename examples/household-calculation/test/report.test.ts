import { execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { Catalog } from "@osallistava/core"
import { describe, expect, it } from "vitest"
import { catalogs } from "../src/messages.js"
import { report } from "../src/report.js"

const dir = fileURLToPath(new URL("..", import.meta.url))

describe("household-calculation example", () => {
  it("prints the three decisions with their Finnish justification (Kela E1 2017, E2 2021; March 2026)", () => {
    const text = report()
    expect(text).toContain("Päätös: perustoimeentulotukea 238,09\u00a0€") // Kela FAQ 2017
    expect(text).toContain("Päätös: perustoimeentulotukea 191,33\u00a0€") // kela.fi/web/en/faq-social-assistance 2021
    // 2026-03: 86 % and 65 % of 578.43 (law 26/2026, Kela 16.2.2026); wage counted in full for an adult
    expect(text).toContain("86 % × 578,43\u00a0€ = 497,45\u00a0€")
    expect(text).toContain("65 % × 578,43\u00a0€ = 375,98\u00a0€")
    expect(text).toContain("ansiotulovähennystä ei ole 18 vuotta täyttäneillä 1.3.2026 alkaen")
    expect(text).toContain("Päätös: perustoimeentulotukea 410,88\u00a0€")
    expect(text.match(/^Perustoimeentulotuen laskelma /gm)).toHaveLength(3)
    // Totals in Finnish style, as the justification prints them (no-break spaces, thousands grouped)
    expect(text).toContain("Menot 1\u00a0162,89\u00a0€, tulot 924,80\u00a0€, varat 0,00\u00a0€")
  })

  it("every message in fi, sv and en; the whole report in fi and sv has no English left", () => {
    for (const [name, catalog] of Object.entries(catalogs))
      expect({
        name,
        problems: Catalog.check(catalog, { names: ["lang", "Kela", "kela", "fi", "web", "en"] })
      }).toEqual({
        name,
        problems: []
      })
    for (const lang of ["fi", "sv"] as const) {
      const text = report(lang)
      expect(Catalog.untranslated(text)).toEqual([])
      // Amounts as the language writes them, never "€238.09" or "238.09 €".
      expect(text).not.toMatch(/€\d|\d\.\d\d\u00a0€/)
    }
    const sv = report("sv")
    expect(sv).toContain("Beslut: grundläggande utkomststöd 238,09\u00a0€")
    expect(sv).toContain("Utgifter 1\u00a0162,89\u00a0€, inkomster 924,80\u00a0€, tillgångar 0,00\u00a0€")
    expect(sv.match(/^Beräkning av grundläggande utkomststöd /gm)).toHaveLength(3)
    expect(report("en")).toContain("Decision: basic social assistance €410.88")
  })

  it("`start -- --lang sv` prints the Swedish report; an unknown language is a usage error (exit 2)", () => {
    const run = (args: ReadonlyArray<string>) =>
      execFileSync(process.execPath, ["--import", "tsx", "src/main.ts", ...args], {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, TSX_TSCONFIG_PATH: "tsconfig.json" }
      })
    expect(run(["--lang", "sv"])).toBe(report("sv"))
    expect(() => run(["--lang", "de"])).toThrow(/--lang: tuntematon kieli/)
  })

  it("`start` runs the example as a program and prints the same report", () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, TSX_TSCONFIG_PATH: "tsconfig.json" }
    })
    expect(out).toBe(report())
  })
})
