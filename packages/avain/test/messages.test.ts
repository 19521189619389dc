import { Catalog } from "@osallistava/core"
import { describe, expect, it } from "vitest"
import {
  catalogIds,
  formatReportText,
  formatSummaryText,
  Messages,
  provisionalCatalogSet,
  report
} from "../src/index.js"
import { evaluation, start } from "./fixtures.js"

// These tests check the report's definitions on tiny hand-made cohorts: disclosure control off (minCell 1);
// suppression itself is tested in test/disclosure.test.ts.
const raw = { minCell: 1 } as const

// Names and symbols that are the same in every language.
const names = ["AVAIN", "THL", "Kela", "N", "n"]

const codeLabels = (): Record<string, Catalog.Catalog> =>
  Object.fromEntries(
    catalogIds.map((id) => {
      const c = provisionalCatalogSet.catalogs[id]
      return [id, { title: c.title, ...Object.fromEntries(c.entries.map((e) => [e.code, e.label])) }]
    })
  )

describe("avain message catalog: every text in fi and sv, none left in English", () => {
  it("the package's own texts pass the check", () => {
    for (const [name, catalog] of Object.entries(Messages.catalogs()))
      expect({ name, problems: Catalog.check(catalog, { names }) }).toEqual({ name, problems: [] })
  })

  it("renders every message in fi and sv with its placeholders filled", () => {
    const values = { started: 4, evaluated: 3, n: 0, level: "Melko hyvin", ratio: "4/5", share: "80 %", ci: "38–96 %" }
    for (const catalog of Object.values(Messages.catalogs()))
      for (const key of Object.keys(catalog))
        for (const lang of ["fi", "sv"] as const) {
          const s = Catalog.text(catalog, key, lang, { ...values, notEvaluated: 2 })
          expect(s).not.toMatch(/\{\w+\}/)
          expect(Catalog.untranslated(s, names)).toEqual([])
        }
  })

  it("every code label and catalog title of the shipped catalog set passes the check", () => {
    for (const [name, catalog] of Object.entries(codeLabels()))
      expect({ name, problems: Catalog.check(catalog, { names }) }).toEqual({ name, problems: [] })
  })

  it("the report's own notices and notes pass the check", () => {
    const r = report([start("P1"), evaluation("P1")], raw)
    const texts = { notice: r.provisional.notice, ...Object.fromEntries(r.notes.map((n, i) => [`note${i}`, n])) }
    expect(Catalog.check(texts, { names })).toEqual([])
  })

  it("the text report and the summary of a cohort read in Finnish and Swedish throughout", () => {
    const r = report([start("P1"), evaluation("P1"), start("P2")], raw)
    for (const lang of ["fi", "sv"] as const) {
      const text = [formatReportText(r, lang), ...formatSummaryText(r, lang, { validationIssues: 0 })].join("\n")
      expect(Catalog.untranslated(text, names)).toEqual([])
      expect(text).not.toMatch(/\d\.\d/)
    }
    expect(formatSummaryText(r, "en", { validationIssues: 0 })[0]).toBe("started 2, evaluated 1, validation issues 0")
  })
})
