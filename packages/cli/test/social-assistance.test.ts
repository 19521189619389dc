import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { invoke } from "./support/invoke.js"

const example = (name: string) => fileURLToPath(new URL(`../../social-assistance/examples/${name}`, import.meta.url))

describe("osallistava social-assistance calculate", () => {
  it("E1 (Kela FAQ 2017, single): decision JSON with support 238.09 from a file", async () => {
    const { code, stdout } = await invoke(["social-assistance", "calculate", example("e1-2017-single.json")])
    expect(code).toBe(0)
    const d = JSON.parse(stdout)
    expect(d).toMatchObject({ month: "2017-05", outcome: "granted", support: "238.09", supportCents: 23809 })
    expect(d.explanation.at(-1)).toMatchObject({ ruleId: "support", legal: [{ act: "1412/1997", section: "6" }] })
  })

  it("E2 (Kela 2021, Sipoo single parent) from stdin: Swedish justification with --explain --format text", async () => {
    const json = readFileSync(example("e2-2021-sipoo-single-parent.json"), "utf8")
    const { code, stdout } = await invoke(
      ["social-assistance", "calculate", "--explain", "--format", "text", "--lang", "sv"],
      json
    )
    expect(code).toBe(0)
    expect(stdout).toContain("Beräkning av grundläggande utkomststöd 3/2021 (")
    expect(stdout).toContain("191,33\u00a0€")
    expect(stdout).toContain("Lag om utkomststöd 1412/1997")
  })

  it("--explain sv and --explain=en set the language; a file name after --explain stays the input", async () => {
    const file = example("e1-2017-single.json")
    const sv = await invoke(["social-assistance", "calculate", "--explain", "sv", file, "--format", "text"])
    expect(sv.code).toBe(0)
    expect(sv.stdout).toContain("Grundläggande utkomststöd beviljas")
    const en = await invoke(["social-assistance", "calculate", file, "--explain=en", "--format", "text"])
    expect(en.stdout).toContain("Basic social assistance of €238.09 is granted")
    const fi = await invoke(["social-assistance", "calculate", "--explain", file, "--format", "text"])
    expect(fi.stdout).toContain("Perustoimeentulotukea myönnetään 238,09\u00a0€")
    const bad = await invoke(["social-assistance", "calculate", file, "--explain=de"])
    expect(bad.code).toBe(2)
  })

  it("--explain with JSON output adds a Finnish justification field", async () => {
    const { stdout } = await invoke(["social-assistance", "calculate", example("e1-2017-single.json"), "--explain"])
    const d = JSON.parse(stdout)
    expect(d.justification).toContain("Perustoimeentulotukea myönnetään 238,09\u00a0€")
  })

  it("NDJSON batch: one decision per line and a summary; --format text gives one line per decision", async () => {
    const e1 = JSON.stringify(JSON.parse(readFileSync(example("e1-2017-single.json"), "utf8")))
    const e5 = JSON.stringify(JSON.parse(readFileSync(example("e5-2024-hyvinkaa-couple-assets.json"), "utf8")))
    const batch = await invoke(["social-assistance", "calculate", "--input-format", "ndjson"], `${e1}\n${e5}\n`)
    expect(batch.code).toBe(0)
    const lines = batch.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
    expect(lines.map((d) => d.support)).toEqual(["238.09", "0.00"])
    expect(batch.stderr).toContain("summary: 2 records, 2 ok, 0 errors")
    const text = await invoke(
      ["social-assistance", "calculate", "--input-format", "ndjson", "--format", "text", "--lang", "en"],
      `${e1}\n${e5}\n`
    )
    expect(text.stdout.split("\n").slice(0, 2)).toEqual([
      "2017-05: basic social assistance €238.09",
      expect.stringMatching(/^2024-\d\d: no basic social assistance \(income and assets exceed expenses by €/)
    ])
  })

  it("bad input: exit 2, names the field and the rule, no stack trace and no personal data", async () => {
    const bad = {
      month: "2025-05",
      municipality: "091",
      persons: [{ id: "a", role: "applicant", birthDate: "1980-01-01" }],
      expenses: [{ kind: "rent", amount: "650.5x" }],
      incomes: [{ kind: "wage", amount: "100.00", personId: "Matti-Meikalainen-131052-308T" }]
    }
    const a = await invoke(["social-assistance", "calculate"], JSON.stringify(bad))
    expect(a.code).toBe(2)
    expect(a.stderr).toContain("expenses[0].amount")
    expect(a.stderr).not.toContain("650.5x")
    expect(a.stderr).not.toMatch(/\n\s+at /)
    const b = await invoke(
      ["social-assistance", "calculate"],
      JSON.stringify({ ...bad, expenses: [{ kind: "rent", amount: "650.00" }] })
    )
    expect(b.code).toBe(2)
    expect(b.stderr).toMatch(/incomes\[0\]\.personId: .*\(rule known-person\)/)
    expect(b.stderr).not.toContain("131052-308T")
    expect(b.stderr).not.toContain("Matti")
  })

  it("--help shows an example", async () => {
    const { code, stdout } = await invoke(["social-assistance", "calculate", "--help"])
    expect(code).toBe(0)
    expect(stdout).toContain(
      "osallistava social-assistance calculate packages/social-assistance/examples/e1-2017-single.json"
    )
  })
})
