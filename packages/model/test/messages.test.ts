import { Catalog, type Localized } from "@osallistava/core"
import { describe, expect, it } from "vitest"
import { Deadlines, Employment, Funnel, Messages, Pathway, Register, Render } from "../src/index.js"
import { fullPath } from "./fixtures.js"

// Names that are the same in every language.
const names = ["Kela", "AVAIN", "Kaplan", "Meier", "S", "p", "THL"]

describe("model message catalog: every text in fi and sv, none left in English", () => {
  it("has a text for every stage, deadline status and funnel step", () => {
    expect(Catalog.check(Messages.stages, { keys: [...Pathway.stages] })).toEqual([])
    expect(Catalog.check(Messages.deadlineStatuses, { keys: ["met", "late", "open", "overdue", "cancelled"] })).toEqual(
      []
    )
    expect(Catalog.check(Messages.funnelSteps, { keys: [...Funnel.funnelSteps], names })).toEqual([])
  })

  it("every catalog of the package passes the check", () => {
    for (const [name, catalog] of Object.entries(Messages.catalogs()))
      expect({ name, problems: Catalog.check(catalog, { names }) }).toEqual({ name, problems: [] })
  })

  it("renders every message in fi and sv with its placeholders filled", () => {
    const values = {
      n: 290,
      ended: 177,
      median: 7,
      t: 12,
      s: "0,27",
      low: "0,20",
      high: "0,33",
      chi: "6,47",
      p: "0,011",
      months: 3,
      days: 14
    }
    for (const catalog of Object.values(Messages.catalogs()))
      for (const key of Object.keys(catalog))
        for (const lang of ["fi", "sv"] as const) {
          const s = Catalog.text(catalog, key, lang, values)
          expect(s).not.toMatch(/\{\w+\}/)
          expect(Catalog.untranslated(s, names)).toEqual([])
        }
  })

  it("the activation-plan duty (Act 189/2001 § 3) reads in the reader's language", () => {
    const texts: Array<Localized.Localized> = [
      { age: 24, monthsOnUnemploymentAssistance: 4 },
      { age: 24, monthsOnUnemploymentAssistance: 3 },
      { age: 30, monthsOnUnemploymentAssistance: 12 },
      { age: 30, monthsOnUnemploymentAssistance: 11 }
    ].map((x) => Employment.activationPlanRules(x).text)
    expect(texts[2]?.fi).toBe(
      "aktivointisuunnitelma on tehtävä: 25 vuotta täyttänyt, työttömyyden vuoksi toimeentulotuella 12 kuukautta"
    )
    expect(texts[2]?.en).toBe("activation plan required: 25 or over, 12 months")
    for (const t of texts) for (const lang of ["fi", "sv"] as const) expect(Catalog.untranslated(t[lang])).toEqual([])
  })

  it("the case text has dates as 1.3.2026 and notice names, not codes, in fi and sv", () => {
    const r = Pathway.replay(fullPath().slice(0, 7))
    if (r._tag !== "Ok") throw new Error("fixture does not replay")
    const s = r.state
    for (const lang of ["fi", "sv"] as const) {
      const text = Render.renderCase(s, Deadlines.deadlinesOf(s, "2027-01-05"), lang)
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/)
      expect(text).not.toMatch(/SocialWorkNeeded/)
    }
  })

  it("the social report reads in Finnish and Swedish, its period as 1.1.2027–31.12.2027", () => {
    const entry = (i: number, category: string, status: string) => ({
      entryId: `R-${i}`,
      recordedOn: "2027-02-01",
      municipality: "680",
      category,
      legalArea: "1412/1997",
      authority: "kela",
      exampleCase: "Esimerkki.",
      status
    })
    const entries = [
      ...Array.from({ length: 6 }, (_, i) => entry(i, "digital-services", "open")),
      ...Array.from({ length: 6 }, (_, i) => entry(10 + i, "housing", "in-progress"))
    ].map((x) => {
      const r = Register.decodeObstacle(x)
      if (r._tag !== "Success") throw new Error("fixture does not decode")
      return r.success
    })
    const rep = Register.socialReport(entries, { from: "2027-01-01", to: "2027-12-31" })
    for (const lang of ["fi", "sv"] as const) {
      const text = Register.renderSocialReport(rep, lang)
      expect(Catalog.untranslated(text, names)).toEqual([])
      expect(text).toContain("1.1.2027–31.12.2027")
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    }
  })
})
