/**
 * The county's calculation on top of Kela's (1412/1997 7 c §, 6 § 2 mom.): the surplus of Kela's calculation is used
 * first, the basic assistance is never paid twice, bad input gets a typed error naming the field and the rule.
 */
import { readdirSync, readFileSync } from "node:fs"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { decodeApplication } from "../../src/application.js"
import { calculate as calculateBasic } from "../../src/engine.js"
import { decodeSupplementaryApplication } from "../../src/supplementary/calculate.js"
import { decodeGuideline } from "../../src/supplementary/guideline.js"
import { decide, failureOf, letter } from "./helpers.js"

const dietLine = { category: "specialDiet", claimed: "50.00", guidelineItem: "special-diet" }
const hobby = (claimed: string) => ({
  category: "childrenHobbies",
  claimed,
  guidelineItem: "children-hobbies",
  children: 1
})

describe("surplus and support (6 § 2 mom., 7 c §)", () => {
  it("a surplus of 100 € in Kela's calculation covers the first 100 € of 150 € accepted; 50 € is paid", () => {
    const d = decide({
      month: "2025-03",
      kela: letter("2025-03", "1000.00", "1100.00", "0.00", "0.00"),
      guideline: "county-release-2024-10",
      lines: [hobby("150.00")]
    })
    expect(d.totals).toMatchObject({
      acceptedCents: 15000,
      surplusAvailableCents: 10000,
      surplusUsedCents: 10000,
      supportCents: 5000
    })
    expect(d.lines[0]).toMatchObject({ coveredBySurplusCents: 10000, paidCents: 5000 })
    expect(d.support).toBe("50.00")
  })

  it("no surplus when Kela paid the deficit: the accepted expense is paid in full, the basic assistance not again", () => {
    const d = decide({
      month: "2025-03",
      kela: letter("2025-03", "1000.00", "700.00", "0.00", "300.00"),
      guideline: "county-release-2024-10",
      lines: [hobby("150.00")]
    })
    expect(d.totals).toMatchObject({ surplusAvailableCents: 0, surplusUsedCents: 0, supportCents: 15000 })
  })

  it("a tax refund of 80 € outside Kela's calculation is used before support is paid", () => {
    const d = decide({
      month: "2025-03",
      kela: letter("2025-03", "1000.00", "700.00", "0.00", "300.00"),
      guideline: "county-release-2024-10",
      lines: [hobby("150.00")],
      otherIncome: [{ kind: "taxRefund", amount: "80.00" }]
    })
    expect(d.totals).toMatchObject({ surplusAvailableCents: 8000, surplusUsedCents: 8000, supportCents: 7000 })
    expect(d.otherResourcesCents).toBe(8000)
  })

  it("a surplus larger than the accepted expenses: no support", () => {
    const d = decide({
      month: "2025-03",
      kela: letter("2025-03", "900.00", "1400.00", "0.00", "0.00"),
      guideline: "county-release-2024-10",
      lines: [dietLine]
    })
    expect(d).toMatchObject({ outcome: "noSupport", supportCents: 0 })
    expect(d.totals.surplusUsedCents).toBe(5000)
  })

  it("from this package's Decision: Kela's basic calculation (Helsinki 2025-03, single) then the county's", () => {
    const app = decodeApplication({
      month: "2025-03",
      municipality: "091",
      persons: [{ id: "a", role: "applicant", birthDate: "1980-01-01" }],
      expenses: [{ kind: "rent", amount: "700.00" }],
      incomes: [{ kind: "labourMarketSubsidy", amount: "700.00", personId: "a" }]
    })
    if (Result.isFailure(app)) throw new Error(app.failure.message)
    const basic = calculateBasic(app.success)
    if (Result.isFailure(basic)) throw new Error(basic.failure.message)
    const d = decide({
      month: "2025-03",
      kela: { source: "decision", decision: basic.success },
      guideline: "county-release-2024-10",
      lines: [dietLine]
    })
    expect(d.kela.source).toBe("decision")
    expect(d.kela.basicAssistanceCents).toBe(basic.success.supportCents)
    expect(basic.success.supportCents).toBeGreaterThan(0)
    expect(d.supportCents).toBe(5000)
  })

  it("a county's own guideline, loaded from JSON without code", () => {
    const own = decodeGuideline(
      JSON.parse(
        JSON.stringify({
          id: "own-2026",
          county: "Esimerkin hyvinvointialue",
          document: { title: "Oma ohje", issued: "2025-12-01", url: "https://example.org/ohje.pdf" },
          validFrom: "2026-01-01",
          validTo: null,
          items: [
            {
              id: "glasses",
              category: "glasses",
              section: "3.2",
              amount: { kind: "cap", amount: "250.00" },
              period: "perYear",
              conditions: ["doctorStatement"],
              legalBasis: "7 c"
            }
          ]
        })
      )
    )
    if (Result.isFailure(own)) throw new Error(own.failure.message)
    const d = decide(
      {
        month: "2026-02",
        kela: letter("2026-02", "1000.00", "700.00", "0.00", "300.00"),
        lines: [{ category: "glasses", claimed: "320.00", guidelineItem: "glasses" }]
      },
      own.success
    )
    expect(d.lines[0]).toMatchObject({ acceptedCents: 25000, section: "3.2" })
    expect(d.guideline?.id).toBe("own-2026")
  })
})

describe("procedure and consistency rules", () => {
  it("without Kela's decision: refused (14 § 2 mom.); in an urgent case the error points to preventive assistance", () => {
    const base = {
      month: "2025-03",
      kela: null,
      lines: [
        { category: "rentArrears", claimed: "100.00", worker: { accepted: "100.00", reason: "preventsEviction" } }
      ]
    }
    expect(failureOf(base)).toMatchObject({ _tag: "RuleViolation", at: "kela", rule: "kela-decision-first" })
    expect(String((failureOf({ ...base, urgent: true }) as { detail: string }).detail)).toContain("8 § 2 mom.")
  })

  it("months before 2023 are refused: the county decides under 1023/2022 from 1.1.2023", () => {
    const line = {
      category: "glasses",
      claimed: "100.00",
      worker: { accepted: "100.00", reason: "actualNecessaryCost" }
    }
    expect(
      failureOf({ month: "2022-12", kela: letter("2022-12", "1000.00", "700.00", "0.00", "300.00"), lines: [line] })
    ).toMatchObject({ at: "month", rule: "county-decision-in-force" })
  })

  it("Kela's decision for another month, or basic assistance above the deficit, is refused", () => {
    const line = {
      category: "glasses",
      claimed: "100.00",
      worker: { accepted: "100.00", reason: "actualNecessaryCost" }
    }
    expect(
      failureOf({ month: "2025-03", kela: letter("2025-02", "1000.00", "700.00", "0.00", "300.00"), lines: [line] })
    ).toMatchObject({
      rule: "kela-decision-same-month"
    })
    expect(
      failureOf({ month: "2025-03", kela: letter("2025-03", "1000.00", "700.00", "0.00", "400.00"), lines: [line] })
    ).toMatchObject({
      at: "kela.basicAssistance",
      rule: "kela-figures-consistent"
    })
  })

  it("a line without a guideline needs the worker's amount; the accepted amount is at most the claimed", () => {
    const kela = letter("2025-03", "1000.00", "700.00", "0.00", "300.00")
    expect(failureOf({ month: "2025-03", kela, lines: [{ category: "glasses", claimed: "100.00" }] })).toMatchObject({
      at: "lines[0].worker",
      rule: "worker-amount-required"
    })
    expect(
      failureOf({
        month: "2025-03",
        kela,
        lines: [
          { category: "glasses", claimed: "100.00", worker: { accepted: "120.00", reason: "actualNecessaryCost" } }
        ]
      })
    ).toMatchObject({ at: "lines[0].worker.accepted", rule: "accepted-at-most-claimed" })
  })

  it("an item of another category, an unknown item or guideline is refused by path and rule", () => {
    const kela = letter("2025-03", "1000.00", "700.00", "0.00", "300.00")
    expect(
      failureOf({
        month: "2025-03",
        kela,
        guideline: "county-release-2024-10",
        lines: [{ category: "glasses", claimed: "1.00", guidelineItem: "special-diet" }]
      })
    ).toMatchObject({
      at: "lines[0].category",
      rule: "guideline-item-category"
    })
    expect(
      failureOf({
        month: "2025-03",
        kela,
        guideline: "county-release-2024-10",
        lines: [{ category: "glasses", claimed: "1.00", guidelineItem: "nope" }]
      })
    ).toMatchObject({
      rule: "guideline-item-known"
    })
    expect(failureOf({ month: "2025-03", kela, guideline: "nope", lines: [dietLine] })).toMatchObject({
      rule: "guideline-known"
    })
    expect(failureOf({ month: "2025-03", kela, lines: [dietLine] })).toMatchObject({ rule: "guideline-required" })
  })

  it("bad input: InvalidInput names the field path and the rule, never the value (nor a henkilötunnus)", () => {
    const r = decodeSupplementaryApplication({
      month: "2025-13",
      kela: letter("2025-03", "abc-secret", "700.00", "0.00", "300.00"),
      lines: [{ category: "glasses", claimed: "-5.00", guidelineItem: "131052-308T" }]
    })
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isSuccess(r)) return
    const at = r.failure.issues.map((i) => i.at)
    expect(at).toContain("month")
    expect(at).toContain("lines[0].claimed")
    expect(at).toContain("lines[0].guidelineItem")
    expect(r.failure.issues.some((i) => i.at.startsWith("kela"))).toBe(true)
    const text = JSON.stringify(r.failure.issues) + r.failure.message
    for (const v of ["abc-secret", "131052-308T", "2025-13", "-5.00"]) expect(text).not.toContain(v)
  })

  it("a guideline that does not decode names the field, not the value", () => {
    const r = decodeGuideline({
      id: "x",
      county: null,
      document: { title: "t", issued: null, url: "http://insecure" },
      validFrom: "2025-01-01",
      validTo: null,
      items: []
    })
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isSuccess(r)) return
    expect(r.failure.issues.map((i) => i.at)).toEqual(expect.arrayContaining(["document.url", "items"]))
    expect(r.failure.message).not.toContain("http://insecure")
  })
})

describe("guideline format", () => {
  it("the shipped guidelines decode and every item names its section; the JSON Schema lists the fields", async () => {
    const { all } = await import("../../src/guidelines/index.js")
    const { guidelineJsonSchema } = await import("../../src/supplementary/guideline.js")
    expect(all().map((g) => g.id)).toEqual(["ita-uusimaa-2023", "county-release-2024-10", "etela-savo-funeral-costs"])
    for (const g of all()) for (const i of g.items) expect(i.section.length).toBeGreaterThan(0)
    expect(JSON.stringify(guidelineJsonSchema())).toContain("legalBasis")
    const { supplementaryApplicationJsonSchema } = await import("../../src/supplementary/calculate.js")
    expect(JSON.stringify(supplementaryApplicationJsonSchema())).toContain("basicAssistance")
  })
})

describe("no module state: the shipped guidelines are decoded once into frozen data", () => {
  it("no module of supplementary/ or guidelines/ declares a top-level let or var", () => {
    const dir = new URL("../../src/", import.meta.url)
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter(
      (f) => f.endsWith(".ts") && (f.startsWith("supplementary/") || f.startsWith("guidelines/"))
    )
    expect(files.length).toBeGreaterThan(8)
    for (const f of files) expect(readFileSync(new URL(f, dir), "utf8"), f).not.toMatch(/^(let|var) /m)
  })

  it("the same deeply frozen array every call; writing to it throws; interleaved calculations agree", async () => {
    const { all, byId, shipped } = await import("../../src/guidelines/index.js")
    expect(all()).toBe(shipped)
    expect(Object.isFrozen(shipped)).toBe(true)
    const g = byId("county-release-2024-10")!
    expect(Object.isFrozen(g) && Object.isFrozen(g.items) && Object.isFrozen(g.items[0]!.amount)).toBe(true)
    expect(() => {
      ;(g.items as Array<unknown>).push({})
    }).toThrow()
    const app = (claimed: string) => ({
      month: "2025-03",
      kela: letter("2025-03", "1000.00", "700.00", "0.00", "300.00"),
      guideline: "county-release-2024-10",
      lines: [hobby(claimed)]
    })
    const first = decide(app("150.00"))
    const other = decide(app("900.00"))
    expect(decide(app("150.00"))).toEqual(first)
    expect(other.supportCents).toBe(40000)
    expect(first.supportCents).toBe(15000)
  })
})
