import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import { decodeApplication } from "../../src/application.js"
import { calculate, calculateBatch } from "../../src/engine.js"
import { monthUnder, ofMonth } from "../../src/reform/law.js"
import { legalOn } from "../../src/rules/basic-amount-9.js"
import { Work } from "../../src/rules/context.js"
import { run } from "../../src/rules/run.js"
import type { TraceNode } from "../../src/rules/trace.js"
import { decide, example, node, nodes, single } from "./helpers.js"

const one = (month: string, person: object) =>
  node(decide(single(month, { persons: [{ id: "a", role: "applicant", ...person }] })), "basic-amount").result

describe("basic amount (Act 1412/1997 9 §, 9 a §)", () => {
  const cases: ReadonlyArray<[string, string, object, number]> = [
    ["Kela 2017 FAQ (E1): living alone 100 % = 487.89 €", "2017-05", { birthDate: "1980-01-01" }, 48789],
    [
      "kela.fi/toimeentulotuki-perusosan-maara (2024): living alone 587.71 €",
      "2024-06",
      { birthDate: "1970-01-01" },
      58771
    ],
    [
      "kela.fi/toimeentulotuki-perusosan-maara (2024): 18+ living with parents 73 % = 429.03 € (9 § 1 mom 3 kohta)",
      "2024-06",
      { birthDate: "1990-01-01", livingWithParents: true },
      42903
    ],
    [
      "Kela table 16.2.2026 (sttinfo.fi/tiedote/71815459): living alone 596.32 € before 1.3.2026",
      "2026-02",
      { birthDate: "1970-01-01" },
      59632
    ],
    [
      "Kela table 16.2.2026 (sttinfo.fi/tiedote/71815459), law 26/2026: living alone 578.43 € from 1.3.2026",
      "2026-03",
      { birthDate: "1970-01-01" },
      57843
    ]
  ]
  for (const [name, month, person, cents] of cases) it(name, () => expect(one(month, person)).toBe(cents))

  it("kela.fi/web/en/faq-social-assistance (E2, 2021): single parent 114 % 574.63 €, children 10–17 352.84 € and 327.64 € (law 1220/2019)", () => {
    const d = decide(example("e2-2021-sipoo-single-parent.json"))
    expect(nodes(d, "basic-amount").map((n) => n.result)).toEqual([57463, 35284, 32764])
  })

  it("kela.fi/toimeentulotuki-perusosan-maara (2024): couple 85 % 499.55 € each; children 10–17 411.40 €, 382.01 € (E5)", () => {
    const d = decide(example("e5-2024-hyvinkaa-couple-assets.json"))
    expect(nodes(d, "basic-amount").map((n) => n.result)).toEqual([49955, 49955, 41140, 38201])
  })

  it("temporary law 1228/2022 (2023): first child 10–17 76 % of 555.11 € = 421.88 €, under 10 69 % = 383.03 €", () => {
    const d = decide(
      single("2023-06", {
        persons: [
          { id: "a", role: "applicant", birthDate: "1980-01-01" },
          { id: "c", role: "child", birthDate: "2010-01-01" },
          { id: "d", role: "child", birthDate: "2020-01-01" }
        ]
      })
    )
    const [, older, younger] = nodes(d, "basic-amount")
    expect(older!.result).toBe(42188)
    // second child: 69 % − 5 points = 64 % of 555.11 = 355.27 (the 2023 table's 2nd child under 10)
    expect(younger!.result).toBe(35527)
    expect(older!.legal).toContainEqual({
      act: "1412/1997",
      section: "9",
      amendedBy: "1228/2022",
      validFrom: "2023-01-01",
      validTo: "2023-12-31",
      finlex: "https://finlex.fi/fi/laki/alkup/2022/20221228"
    })
  })

  it("Kela: a child living alternately in two homes gets half (411.40 € → 205.70 €); a part month days/30 (15/30 of 587.71 € = 293.86 €)", () => {
    const d = decide(
      single("2024-06", {
        days: 15,
        persons: [
          { id: "a", role: "applicant", birthDate: "1970-01-01" },
          { id: "c", role: "child", birthDate: "2012-01-01", alternatingResidence: true }
        ]
      })
    )
    const [adult, child] = nodes(d, "basic-amount")
    // single parent 669.99 × 15/30 = 334.995 → 335.00; child 411.40 / 2 = 205.70, × 15/30 = 102.85
    expect(adult!.result).toBe(33500)
    expect(child!.result).toBe(10285)
    expect(child!.inputs).toMatchObject({ alternatingResidence: true, days: 15, fullAmount: 41140 })
  })

  it("the version of 9 § cited follows the month: 1184/2011 (2017–2019), 1220/2019, 1228/2022 (2023), 26/2026 (from 2026-03)", () => {
    const amending = (date: string) => legalOn(date).find((r) => r.section === "9")?.amendedBy
    expect([
      amending("2019-12-01"),
      amending("2020-01-01"),
      amending("2023-01-01"),
      amending("2024-01-01"),
      amending("2026-02-01"),
      amending("2026-03-01")
    ]).toEqual(["1184/2011", "1220/2019", "1228/2022", "1220/2019", "1220/2019", "26/2026"])
    expect(legalOn("2022-12-01")[0]!.section).toBe("7 a")
    expect(legalOn("2023-01-01")[0]!.section).toBe("7")
  })
})

describe("basic-amount trace nodes shared within a batch (one frozen node per month and person key)", () => {
  it("two families with the same applicant get the same frozen node, equal to the node of a single calculation", () => {
    const app = (days?: number) => {
      const r = decodeApplication(
        single("2025-06", {
          persons: [{ id: "a", role: "applicant", birthDate: "1980-01-01" }],
          ...(days === undefined ? {} : { days })
        })
      )
      if (Result.isFailure(r)) throw new Error(r.failure.message)
      return r.success
    }
    const [d1, d2, d3, d4] = calculateBatch([app(), app(), app(10), app(10)]).map((r) => Result.getOrThrow(r))
    const b = (d: typeof d1) => nodes(d!, "basic-amount")[0]!
    expect(b(d1)).toBe(b(d2))
    expect(Object.isFrozen(b(d1)) && Object.isFrozen(b(d1).inputs)).toBe(true)
    expect(b(d1)).toEqual(nodes(Result.getOrThrow(calculate(app())), "basic-amount")[0])
    // a part month (9 § prorated by days) is the family's own node
    expect(b(d3)).not.toBe(b(d4))
    expect(b(d3)).toEqual(b(d4))
    expect(b(d3).inputs["days"]).toBe(10)
  })
})

describe("legal references follow the law applied, not the calendar month", () => {
  it("2026-06 under the law of 2022-06 (Reform law ofMonth) cites 7 a § and 9 § as in 2022 (1220/2019)", () => {
    const M = Result.getOrThrow(monthUnder(ofMonth("2022-06"), "2026-06"))
    const r = decodeApplication(single("2026-06"))
    if (Result.isFailure(r)) throw new Error(r.failure.message)
    const kept: Array<TraceNode> = []
    const ignore = () => {}
    run(r.success, M, new Work(), {
      node: (n) => kept.push(n),
      flag: ignore,
      line: ignore,
      basic: ignore,
      reduced: ignore
    })
    const legal = kept.find((n) => n.ruleId === "basic-amount")!.legal
    expect(legal.map((l) => [l.section, l.amendedBy ?? null])).toEqual(
      legalOn("2022-06-01").map((l) => [l.section, l.amendedBy ?? null])
    )
    expect(legal[0]!.section).toBe("7 a")
  })
})
