import { Catalog, LegalRef, type LocalDate } from "@osallistava/core"
import { describe, expect, it } from "vitest"
import { type Decision, decisionJsonSchema } from "../src/decision.js"
import { cite, type Language, render, renderNode } from "../src/explain.js"
import { flagIds, lineRuleIds, ruleIds } from "../src/rules/trace.js"
import { decide } from "./rules/helpers.js"

const ok = { minimumSubsistenceNotEndangered: true, notOtherwiseUnreasonable: true }
const adult = { id: "a", role: "applicant", birthDate: "1970-01-01", coeliacDisease: true }
const child = { id: "c", role: "child", birthDate: "2012-01-01" }
const helsinki = (month: string, more: object) => ({
  month,
  municipality: "091",
  persons: [adult],
  expenses: [],
  incomes: [],
  ...more
})

const kelaPeriod = { directedInMonth: "2023-02", periodEndsInMonth: "2023-07" }

/** Decisions that between them reach every rule id. */
const decisions: ReadonlyArray<Decision> = [
  // before 1.4.2024: Kela's norms (Helsinki 2023 1 person 694 €), a family with children exempt, no public norm (2019)
  helsinki("2019-05", { expenses: [{ kind: "rent", amount: "900" }] }),
  helsinki("2023-06", { persons: [adult, child], expenses: [{ kind: "rent", amount: "2000" }] }),
  helsinki("2023-06", { expenses: [{ kind: "rent", amount: "720" }] }),
  helsinki("2023-06", { expenses: [{ kind: "rent", amount: "900" }] }),
  helsinki("2023-06", { expenses: [{ kind: "rent", amount: "900" }], housingDirection: kelaPeriod }),
  helsinki("2023-06", {
    expenses: [{ kind: "rent", amount: "900" }],
    housingDirection: { directedInMonth: "2023-02" }
  }),
  helsinki("2023-09", { expenses: [{ kind: "rent", amount: "900" }], housingDirection: kelaPeriod }),
  helsinki("2023-09", {
    expenses: [{ kind: "rent", amount: "900" }],
    housingDirection: { ...kelaPeriod, noCheaperHomeInMunicipality: true }
  }),
  helsinki("2017-05", {
    expenses: [
      { kind: "rent", amount: "600" },
      { kind: "water", amount: "20" }
    ]
  }),
  helsinki("2024-07", {
    persons: [adult, child],
    expenses: [
      { kind: "rent", amount: "1900" },
      { kind: "movingAllowance", amount: "0", distance: "short" },
      { kind: "coeliacDiet", amount: "38", personId: "a" }
    ],
    incomes: [
      { kind: "wage", amount: "300", personId: "a" },
      { kind: "maternityGrant", amount: "170", personId: "a" },
      { kind: "wage", amount: "300", personId: "a", timing: "thisMonthsLastWorkingDay" },
      { kind: "minorAssistance", amount: "60", personId: "a" },
      { kind: "pension", amount: "900", personId: "c" }
    ],
    assets: [
      { kind: "bankSavings", amount: "100", immediatelyAvailable: true },
      { kind: "vehicle", amount: "3000", immediatelyAvailable: false }
    ],
    reductions: [
      { personId: "a", ground: "refusedWorkOrService", percentage: 20, safeguards: ok },
      {
        personId: "c",
        ground: "refusedWorkOrService",
        percentage: 20,
        safeguards: { ...ok, notOtherwiseUnreasonable: false }
      }
    ]
  }),
  helsinki("2025-06", {
    expenses: [
      { kind: "rent", amount: "1900" },
      { kind: "coeliacDiet", amount: "38", personId: "a" }
    ],
    housingDirection: { directedInMonth: "2025-02" }
  }),
  helsinki("2025-06", {
    expenses: [{ kind: "rent", amount: "1900" }],
    housingDirection: { directedInMonth: "2025-05" }
  }),
  helsinki("2025-06", {
    expenses: [{ kind: "rent", amount: "1900" }],
    housingDirection: { specialGround: "disabilitySpace" }
  }),
  helsinki("2025-06", { expenses: [{ kind: "rent", amount: "500" }] }),
  helsinki("2026-04", {
    incomes: [
      { kind: "wage", amount: "300", personId: "a" },
      { kind: "minorAssistance", amount: "60", personId: "a" }
    ],
    reductions: [
      { personId: "a", ground: "unemploymentBenefitSanction", percentage: 40, monthOfReduction: 2, safeguards: ok }
    ]
  })
]
  .map((a) => decide(a))
  .concat([decide(helsinki("2027-01", { expenses: [{ kind: "rent", amount: "500" }] }), { assumeLaw: "lastKnown" })])

const nodes = decisions.flatMap((d) => d.explanation)
const languages: ReadonlyArray<Language> = ["fi", "sv", "en"]

// English words that may not appear in a Finnish or Swedish text (an untranslated template or code).
const english =
  /\b(the|of|and|is|are|not|for|with|from|amount|amounts|income|housing|costs?|limit|basic|reduction|child|month|days|assets|counted|accepted|section|act|amended|decree|government|expenses|allowance|rent|wage|ground|period|direction)\b/i

describe("Explain.render: one template per rule id, in fi, sv and en", () => {
  it("the test decisions reach every rule id", () => {
    expect(new Set(nodes.map((n) => n.ruleId))).toEqual(new Set(ruleIds))
  })

  for (const ruleId of ruleIds)
    it(`${ruleId}: renders in fi, sv and en; no English word or code in fi and sv; citations in each language's style`, () => {
      for (const node of nodes.filter((n) => n.ruleId === ruleId))
        for (const lang of languages) {
          const text = `${renderNode(node, lang)} [${cite(node.legal, lang)}]`
          expect(text.length).toBeGreaterThan(20)
          expect(text, text).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/) // a camelCase code left in the text
          expect(text, text).not.toMatch(/undefined|NaN|\[object/)
          if (lang !== "en") {
            expect(text, text).not.toMatch(english)
            expect(text).toMatch(/§/)
          } else expect(text).toMatch(/\bsection \d/)
        }
    })

  it("Finnish and Swedish cite as '1412/1997 9 § (26/2026)'; English as core's 'Act 1412/1997 section 9 (26/2026)'", () => {
    const ref = [LegalRef.make({ act: "1412/1997", section: "9", amendedBy: "26/2026" })]
    expect(cite(ref, "fi")).toBe("1412/1997 9 § (26/2026)")
    expect(cite(ref, "sv")).toBe("1412/1997 9 § (26/2026)")
    expect(cite(ref, "en")).toBe("Act 1412/1997 section 9 (26/2026)")
    const two = [
      LegalRef.make({ act: "1412/1997", section: "7" }),
      LegalRef.make({
        act: "1412/1997",
        section: "9",
        amendedBy: "1228/2022",
        validFrom: "2023-01-01" as LocalDate.LocalDate,
        validTo: "2023-12-31" as LocalDate.LocalDate
      })
    ]
    expect(cite(two, "fi")).toBe("1412/1997 7 §, 9 § (1228/2022, määräaikainen)")
    expect(cite(two, "sv")).toBe("1412/1997 7 §, 9 § (1228/2022, tidsbegränsad)")
    const point = [LegalRef.make({ act: "1412/1997", section: "11", subsection: 2, point: 1 })]
    expect([cite(point, "fi"), cite(point, "sv"), cite(point, "en")]).toEqual([
      "1412/1997 11 § 2 mom. 1 kohta",
      "1412/1997 11 § 2 mom. 1 punkten",
      "Act 1412/1997 section 11(2)(1)"
    ])
  })

  it("the Decision's JSON Schema lists every rule id, line rule id and flag (literal unions)", () => {
    const schema = JSON.stringify(decisionJsonSchema())
    for (const id of [...ruleIds, ...lineRuleIds, ...flagIds]) expect(schema).toContain(`"${id}"`)
  })

  it("a whole decision renders with its flags in each language, and never repeats a free-text input", () => {
    for (const d of decisions)
      for (const lang of languages) {
        const text = render(d, lang)
        expect(text.split("\n").length).toBe(2 + d.explanation.length + (d.flags.length ? 2 + d.flags.length : 0))
        if (lang !== "en") expect(text).not.toMatch(/as amended by/)
      }
  })

  it("Finnish and Swedish: months as 5/2017 (no ISO month or date), no untranslated English (core's Catalog.untranslated)", () => {
    for (const d of decisions)
      for (const lang of ["fi", "sv"] as const) {
        const text = render(d, lang)
        expect(text, text).not.toMatch(/\b\d{4}-\d{2}\b/)
        expect(Catalog.untranslated(text, ["Kela"]), text).toEqual([])
        expect(text.split("\n")[0]).toContain(` ${Number(d.month.slice(5, 7))}/${d.month.slice(0, 4)} (`)
      }
    expect(render(decisions[0]!, "en").split("\n")[0]).toContain(" 2019-05 (")
  })

  it("every citation in Finnish and Swedish is core's LegalRef rendering of the same provision, without the act's name (plus Explain's own temporary-wording mark)", () => {
    for (const node of nodes)
      for (const ref of node.legal)
        for (const lang of ["fi", "sv"] as const) {
          const own = cite([ref], lang).replace(/, (määräaikainen|tidsbegränsad)\)$/, ")")
          const core = LegalRef.render(ref as LegalRef.LegalRef, lang)
          expect(core.endsWith(own), `${core} / ${own}`).toBe(true)
        }
  })
})
