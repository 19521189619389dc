import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { invoke } from "./support/invoke.js"

const single = (i: number, wage?: number) =>
  JSON.stringify({
    month: "2026-03",
    municipality: "837",
    persons: [{ id: "a", role: "applicant", birthDate: "1980-03-03" }],
    expenses: [{ kind: "rent", amount: `${450 + i}.00` }],
    incomes: wage === undefined ? [] : [{ kind: "wage", amount: `${wage}.00`, personId: "a" }]
  })

const households = Array.from({ length: 10 }, (_, i) => single(i, i % 2 === 0 ? 300 : undefined)).join("\n")
const dir = mkdtempSync(join(tmpdir(), "osallistava-simulate-"))

describe("osallistava social-assistance simulate", () => {
  it("2026-02 vs 2026-03 law (law 26/2026): five single people lose the basic-amount cut, five earners also the 150 € disregard", async () => {
    const { code, stdout, stderr } = await invoke(
      ["social-assistance", "simulate", "--baseline", "2026-02", "--reform", "2026-03", "--input-format", "ndjson"],
      households
    )
    expect(stderr).toMatch(/^summary: 10 records, 10 ok, 0 errors/)
    expect(code).toBe(0)
    const r = JSON.parse(stdout)
    expect(r.calculated).toBe(10)
    expect(r.total.changeCents).toBe(10 * (57843 - 59632) - 5 * 15000)
    expect(r.byHouseholdType.rows[0]).toMatchObject({ key: "livingAlone", households: { count: 10 } })
  })

  it("--format text prints the summary in the language asked for", async () => {
    const fi = await invoke(
      ["social-assistance", "simulate", "--baseline", "2026-02", "--reform", "2026-03", "--format", "text", "-q"],
      households
    )
    expect(fi.code).toBe(0)
    expect(fi.stdout).toContain("Vertailu: kuukauden 2/2026 laki ja kuukauden 3/2026 laki")
    expect(fi.stderr).toBe("")
    const sv = await invoke(
      ["social-assistance", "simulate", "--reform", "2026-03", "--format", "text", "--lang", "sv", "-q"],
      households
    )
    expect(sv.stdout).toContain("Efter hushållstyp")
  })

  it("a reform file on top of --reform: keeping the disregard gives the earners back 150 € each", async () => {
    const file = join(dir, "keep.json")
    writeFileSync(
      file,
      JSON.stringify({
        name: "keep-disregard",
        overrides: [{ parameter: "earnedIncomeDisregard", value: { adultsIncluded: true } }]
      })
    )
    const { code, stdout } = await invoke(
      ["social-assistance", "simulate", "--baseline", "2026-03", "--reform", "2026-03", "--reform-file", file, "-q"],
      households
    )
    expect(code).toBe(0)
    expect(JSON.parse(stdout).total.changeCents).toBe(5 * 15000)
  })

  it("a bad reform file: exit 2, the field path and the rule, never the value", async () => {
    const file = join(dir, "bad.json")
    writeFileSync(
      file,
      JSON.stringify({ name: "x", overrides: [{ parameter: "basicAmountSingle", value: "131052-308T" }] })
    )
    const { code, stderr } = await invoke(["social-assistance", "simulate", "--reform-file", file], households)
    expect(code).toBe(2)
    expect(stderr).toContain("--reform-file: overrides[0].value:")
    expect(stderr).not.toContain("131052-308T")
    const broken = join(dir, "broken.json")
    writeFileSync(broken, "{ secret 131052-308T")
    const b = await invoke(["social-assistance", "simulate", "--reform-file", broken], households)
    expect(b.code).toBe(2)
    expect(b.stderr).toBe("--reform-file: not valid JSON\n")
  })

  it("bad records are reported by record number and field path, the rest is simulated, exit 2", async () => {
    const input = `${households}\n{"month":"2026-13","municipality":"837","persons":[],"expenses":[],"incomes":[]}\n`
    const { code, stdout, stderr } = await invoke(["social-assistance", "simulate", "--reform", "2026-03"], input)
    expect(code).toBe(2)
    expect(stderr).toContain("record 11: month:")
    expect(JSON.parse(stdout).calculated).toBe(10)
  })

  it("usage errors: no reform, a bad month, a bad threshold", async () => {
    expect((await invoke(["social-assistance", "simulate"], households)).code).toBe(2)
    const m = await invoke(["social-assistance", "simulate", "--reform", "2031-01"], households)
    expect(m.stderr).toBe("--reform must be a month YYYY-MM from 2017-01 to 2026-12\n")
    expect((await invoke(["social-assistance", "simulate", "--reform", "2026-03", "--threshold", "0"])).code).toBe(2)
  })
})
