import { validate } from "@osallistava/avain"
import { PersonalIdentityCode } from "@osallistava/core"
import { Decode } from "@osallistava/etotu"
import { calculate, decodeApplication } from "@osallistava/social-assistance"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import {
  application,
  applicationJson,
  avainRecords,
  Figures,
  household,
  households,
  monthsOf,
  notice,
  notices
} from "../src/population/index.js"

describe("synthetic households", () => {
  it("are deterministic per seed and differ between seeds", () => {
    expect(household(7, 123)).toEqual(household(7, 123))
    expect(JSON.stringify(household(7, 123))).not.toEqual(JSON.stringify(household(8, 123)))
  })

  it("carry valid henkilötunnus values from the test range 900–999 only", () => {
    for (const h of households(1, 2000))
      for (const p of h.persons) {
        const code = PersonalIdentityCode.fromString(p.hetu)
        expect(code).toBeDefined()
        expect(PersonalIdentityCode.isTestRange(code!)).toBe(true)
        expect(PersonalIdentityCode.reveal(code!)).toBe(p.hetu)
      }
  })

  it("JSON applications decode to exactly the directly built application, and every one is calculable", () => {
    for (const h of households(2, 500))
      for (const month of ["2025-01", "2025-07"]) {
        const decoded = decodeApplication(applicationJson(h, month))
        expect(Result.isSuccess(decoded)).toBe(true)
        if (Result.isFailure(decoded)) continue
        expect(decoded.success).toEqual(application(h, month))
        expect(Result.isSuccess(calculate(decoded.success))).toBe(true)
      }
  })

  it("reproduce the published household-type mix and 1.43 persons per household (Kela 2024–2025)", () => {
    const n = 20_000
    const counts: Record<string, number> = {}
    let persons = 0
    let incomeless = 0
    for (const h of households(3, n)) {
      counts[h.type] = (counts[h.type] ?? 0) + 1
      persons += h.persons.length
      if (h.incomeless) incomeless++
    }
    expect(counts["livingAlone"]! / n).toBeCloseTo(Figures.kela.livingAloneShare2025, 1)
    expect((counts["singleParent"]! + counts["coupleWithChildren"]!) / n).toBeCloseTo(
      Figures.kela.familiesWithChildren2025 / Figures.kela.households2025,
      1
    )
    expect(Math.abs(persons / n - Figures.kela.recipients2024 / Figures.kela.households2024)).toBeLessThan(0.05)
    expect(incomeless / n).toBeCloseTo(Figures.kela.incomelessShare2024, 1)
  })

  it("gives twelve months", () => {
    expect(monthsOf(2025)).toHaveLength(12)
    expect(monthsOf(2025)[11]).toBe("2025-12")
  })
})

describe("synthetic eTotu notices", () => {
  it("all decode and pass the dated rules, with the Kelasto 2018 type mix", () => {
    const n = 20_000
    const counts: Record<string, number> = {}
    let i = 0
    for (const json of notices(4, n)) {
      const r = Decode.decodeRecord(json, ++i)
      expect(r._tag === "Ok" ? "Ok" : JSON.stringify(r.issues)).toBe("Ok")
      const tag = json["_tag"] as string
      counts[tag] = (counts[tag] ?? 0) + 1
    }
    const total = Object.values(Figures.noticeTypes).reduce((a, b) => a + b, 0)
    for (const [tag, w] of Object.entries(Figures.noticeTypes)) expect(counts[tag]! / n).toBeCloseTo(w / total, 1)
  })

  it("are deterministic and in decision-date order", () => {
    expect(notice(5, 99)).toEqual(notice(5, 99))
    let last = ""
    for (const json of notices(5, 10_000, 0, 500)) {
      const d = json["decisionDate"] as string
      expect(d >= last).toBe(true)
      last = d
    }
  })
})

describe("synthetic AVAIN records", () => {
  it("validate as one data set (start before evaluation, codes in the provisional catalog)", () => {
    const records = [...avainRecords(6, 5000)]
    const v = validate(records)
    expect(v.issues.slice(0, 3).map((i) => i.message)).toEqual([])
    expect(v.records.length).toBe(records.length)
  })
})
