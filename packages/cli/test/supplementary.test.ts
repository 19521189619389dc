import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { invoke } from "./support/invoke.js"

const kela = {
  source: "letter",
  month: "2025-03",
  expenses: "1000.00",
  income: "700.00",
  assets: "0.00",
  basicAssistance: "300.00"
}
const app = {
  month: "2025-03",
  kela,
  guideline: "county-release-2024-10",
  lines: [{ category: "childrenHobbies", claimed: "450.00", guidelineItem: "children-hobbies", children: 1 }]
}

describe("osallistava social-assistance supplementary", () => {
  it("one application from stdin: the county's decision JSON (support 400.00 under the 1.10.2024 guideline)", async () => {
    const { code, stdout } = await invoke(["social-assistance", "supplementary"], JSON.stringify(app))
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({
      month: "2025-03",
      outcome: "granted",
      support: "400.00",
      supportCents: 40000
    })
  })

  it("--explain fi --format text prints the Finnish decision letter with the review instructions", async () => {
    const { code, stdout } = await invoke(
      ["social-assistance", "supplementary", "--explain", "fi", "--format", "text"],
      JSON.stringify(app)
    )
    expect(code).toBe(0)
    expect(stdout).toContain("Täydentävää toimeentulotukea myönnetään 400,00\u00a0€")
    expect(stdout).toContain("Oikaisuvaatimusohje")
  })

  it("--format text: the month's outcome from the CLI's catalog (messages.ts `supplementary`) in fi, sv and en", async () => {
    const { supplementary } = await import("../src/messages.js")
    const out = async (lang: string, application: unknown) =>
      (
        await invoke(
          ["social-assistance", "supplementary", "--format", "text", "--lang", lang],
          JSON.stringify(application)
        )
      ).stdout
    expect(await out("sv", app)).toBe("3/2025: kompletterande utkomststöd 400,00\u00a0€\n")
    expect(await out("en", app)).toBe("2025-03: supplementary social assistance €400.00\n")
    // Income well over the expenses (no basic assistance): no supplementary assistance, the refused text.
    const none = { ...app, kela: { ...kela, income: "2000.00", basicAssistance: "0.00" } }
    for (const lang of ["fi", "sv", "en"] as const) {
      const ym = lang === "en" ? "2025-03" : "3/2025"
      expect(await out(lang, none)).toBe(`${supplementary.refused[lang].replace("{month}", ym)}\n`)
    }
  })

  it("a county's own guideline with --guideline", async () => {
    const dir = mkdtempSync(join(tmpdir(), "osallistava-"))
    const file = join(dir, "own.json")
    writeFileSync(
      file,
      JSON.stringify({
        id: "own-2025",
        county: "Esimerkin hyvinvointialue",
        document: { title: "Oma ohje", issued: null, url: "https://example.org/ohje" },
        validFrom: "2025-01-01",
        validTo: null,
        items: [
          {
            id: "glasses",
            category: "glasses",
            section: "3.2",
            amount: { kind: "cap", amount: "250.00" },
            period: "perYear",
            conditions: [],
            legalBasis: "7 c"
          }
        ]
      })
    )
    const own = {
      month: "2025-03",
      kela,
      lines: [{ category: "glasses", claimed: "300.00", guidelineItem: "glasses" }]
    }
    const { code, stdout } = await invoke(
      ["social-assistance", "supplementary", "--guideline", file],
      JSON.stringify(own)
    )
    expect(code).toBe(0)
    expect(JSON.parse(stdout).supportCents).toBe(25000)
  })

  it("bad input exits 2 naming the field and the rule, never the value; NDJSON batch goes on", async () => {
    const bad = { ...app, lines: [{ category: "glasses", claimed: "x131052-308T" }] }
    const { code, stdout, stderr } = await invoke(
      ["social-assistance", "supplementary", "--input-format", "ndjson"],
      `${JSON.stringify(bad)}\n${JSON.stringify(app)}\n`
    )
    expect(code).toBe(2)
    expect(stderr).toContain("lines[0].claimed")
    expect(stderr + stdout).not.toContain("131052-308T")
    expect(stdout).toContain('"supportCents":40000')
  })

  it("a rule violation (no Kela decision) exits 2 with the rule; a guideline file that does not decode exits 2", async () => {
    const r = await invoke(["social-assistance", "supplementary"], JSON.stringify({ ...app, kela: null }))
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("kela-decision-first")
    const dir = mkdtempSync(join(tmpdir(), "osallistava-"))
    const file = join(dir, "bad.json")
    writeFileSync(file, JSON.stringify({ id: "Secret Name", items: [] }))
    const g = await invoke(["social-assistance", "supplementary", "--guideline", file], JSON.stringify(app))
    expect(g.code).toBe(2)
    expect(g.stderr).toContain("id")
    expect(g.stderr).not.toContain("Secret Name")
    expect(g.stderr).toMatch(/^Invalid guideline: /)
    const fi = await invoke(
      ["social-assistance", "supplementary", "--guideline", file, "--lang", "fi"],
      JSON.stringify(app)
    )
    expect(fi.code).toBe(2)
    expect(fi.stderr).toMatch(/^Virheellinen ohje: /)
    expect(fi.stderr).not.toContain("Secret Name")
    const sv = await invoke(
      ["social-assistance", "supplementary", "--guideline", file, "--lang", "sv"],
      JSON.stringify(app)
    )
    expect(sv.code).toBe(2)
    expect(sv.stderr).toMatch(/^Ogiltig anvisning: /)
    expect(sv.stderr).not.toContain("Secret Name")
    const broken = join(dir, "broken.json")
    writeFileSync(broken, "{ Secret Name")
    const en = await invoke(["social-assistance", "supplementary", "--guideline", broken], JSON.stringify(app))
    expect(en.code).toBe(2)
    expect(en.stderr).not.toContain("Secret")
  })
})

describe("osallistava social-assistance supplementary --notified-on", () => {
  it("prints the last day for the request for review; a bad date exits 2 without echoing it", async () => {
    const ok = await invoke(
      ["social-assistance", "supplementary", "--explain", "--format", "text", "--notified-on", "2025-03-10"],
      JSON.stringify({
        month: "2025-03",
        kela: {
          source: "letter",
          month: "2025-03",
          expenses: "1000.00",
          income: "700.00",
          assets: "0.00",
          basicAssistance: "300.00"
        },
        guideline: "county-release-2024-10",
        lines: [{ category: "specialDiet", claimed: "50.00", guidelineItem: "special-diet" }]
      })
    )
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain("oikaisuvaatimuksen viimeinen päivä on 9.4.2025")
    const bad = await invoke(["social-assistance", "supplementary", "--notified-on", "13.13.2025"], "{}")
    expect(bad.code).toBe(2)
    expect(bad.stderr).not.toContain("13.13.2025")
  })
})
