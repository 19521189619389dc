import { describe, expect, it } from "vitest"
import { invoke } from "./support/invoke.js"

// Issue 15 (one error convention): these commands return their usage errors (command.ts's refuse) instead of
// throwing them; the line on stderr and exit 2 are those of a thrown one, in the language of the error lines.
describe("usage errors returned, not thrown: exit 2, the option named, in fi/sv/en, nothing on stdout", () => {
  const cases: ReadonlyArray<{ readonly argv: ReadonlyArray<string>; readonly option: string }> = [
    { argv: ["calendar", "holidays", "1899"], option: "year" },
    { argv: ["calendar", "holidays", "2026", "2025"], option: "last-year" },
    { argv: ["calendar", "deadline", "2026-02-30", "--days", "3"], option: "start-date" },
    { argv: ["calendar", "deadline", "2026-03-02", "--days", "x"], option: "--days" },
    { argv: ["calendar", "deadline", "1850-03-02", "--working-days", "3"], option: "start-date" },
    { argv: ["calendar", "deadline", "2016-12-30", "--kela-decision"], option: "start-date" },
    { argv: ["avain", "report", "--threshold", "nope"], option: "--threshold" },
    { argv: ["avain", "report", "--from", "1.3.2026"], option: "--from" },
    { argv: ["social-assistance", "simulate", "--reform", "2030-01"], option: "--reform" },
    { argv: ["social-assistance", "simulate", "--reform-file", "/nonexistent/reform.json"], option: "--reform-file" },
    { argv: ["model", "pathway", "--today", "tomorrow"], option: "--today" },
    { argv: ["etotu", "triage", "--received-on", "2026-13-01"], option: "--received-on" },
    { argv: ["etotu", "stats", "--min-cell", "0"], option: "--min-cell" },
    { argv: ["etotu", "decode", "--dedupe-window", "1"], option: "--dedupe-window" }
  ]
  for (const { argv, option } of cases)
    it(argv.join(" "), async () => {
      for (const lang of ["fi", "sv", "en"] as const) {
        const r = await invoke([...argv, "--lang", lang])
        expect(r.code).toBe(2)
        expect(r.stdout).toBe("")
        expect(r.stderr).toContain(option)
        expect(r.stderr).not.toContain("internal")
      }
    })
  it("the three languages differ (the message comes from the catalog, not English everywhere)", async () => {
    const texts = await Promise.all(
      (["fi", "sv", "en"] as const).map(
        async (lang) => (await invoke(["calendar", "holidays", "1899", "--lang", lang])).stderr
      )
    )
    expect(new Set(texts).size).toBe(3)
  })
})
