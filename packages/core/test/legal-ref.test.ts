import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import { LegalRef, StatuteNumbering } from "../src/index.js"

const ttl14a = LegalRef.make({ act: "1412/1997", section: "14 a", subsection: 1, amendedBy: "1023/2022" })

describe("LegalRef: one renderer per language in its citation style", () => {
  it("fi: toimeentulotukilaki 1412/1997 14 a § 1 mom. (1023/2022)", () => {
    expect(LegalRef.render(ttl14a, "fi")).toBe("toimeentulotukilaki 1412/1997 14 a § 1 mom. (1023/2022)")
  })
  it("sv: lagen om utkomststöd 1412/1997 14 a § 1 mom. (1023/2022) (title read in finlex-data data/asd/sv/1997/asd19971412.xml)", () => {
    expect(LegalRef.render(ttl14a, "sv")).toBe("lagen om utkomststöd 1412/1997 14 a § 1 mom. (1023/2022)")
  })
  it("en: Act 1412/1997 section 14 a(1) (1023/2022)", () => {
    expect(LegalRef.render(ttl14a, "en")).toBe("Act 1412/1997 section 14 a(1) (1023/2022)")
  })
  it("points: fi kohta, sv punkten, en (n)", () => {
    const ref = LegalRef.make({ act: "1412/1997", section: "10", subsection: 1, point: 3 })
    expect(LegalRef.renderAll(ref)).toEqual({
      fi: "toimeentulotukilaki 1412/1997 10 § 1 mom. 3 kohta",
      sv: "lagen om utkomststöd 1412/1997 10 § 1 mom. 3 punkten",
      en: "Act 1412/1997 section 10(1)(3)"
    })
  })
  it("the Finlex link is the amending act as enacted when a wording is named, else the consolidated act", () => {
    expect(ttl14a.finlex).toBe("https://finlex.fi/fi/laki/alkup/2022/20221023")
    expect(LegalRef.make({ act: "150/1930", section: "5" }).finlex).toBe(
      "https://finlex.fi/fi/laki/ajantasa/1930/19300150"
    )
  })
  it("decodes as a Schema and refuses a malformed act or section without repeating it", () => {
    const decode = Schema.decodeUnknownResult(LegalRef.LegalRef)
    expect(Result.isSuccess(decode({ act: "1412/1997", section: "14 a", finlex: "x" }))).toBe(true)
    const bad = decode({ act: "14121997", section: "14a", finlex: "x" })
    expect(Result.isFailure(bad)).toBe(true)
    if (Result.isFailure(bad)) expect(String(bad.failure)).not.toContain("14121997")
  })
})

describe("StatuteNumbering: the 1.1.2023 restructuring of 1412/1997 by 1023/2022 (read in finlex-data)", () => {
  const fi = (p: StatuteNumbering.Provision, date: string) => LegalRef.renderFi(StatuteNumbering.unsafeAt(p, date))
  it.each([
    ["social-assistance/decision", "2022-12-31", "toimeentulotukilaki 1412/1997 14 c § 1 mom. (815/2015)"],
    ["social-assistance/decision", "2023-01-01", "toimeentulotukilaki 1412/1997 14 a § 1 mom. (1023/2022)"],
    ["social-assistance/urgent-decision", "2022-06-01", "toimeentulotukilaki 1412/1997 14 b § (815/2015)"],
    ["social-assistance/urgent-decision", "2026-03-07", "toimeentulotukilaki 1412/1997 14 b § (815/2015)"],
    ["social-assistance/forwarding", "2022-12-31", "toimeentulotukilaki 1412/1997 14 d § 1 mom. (1107/2016)"],
    ["social-assistance/forwarding", "2023-01-01", "toimeentulotukilaki 1412/1997 14 c § 1 mom. (1023/2022)"],
    ["social-assistance/personal-discussion", "2022-12-30", "toimeentulotukilaki 1412/1997 14 e § (299/2016)"],
    ["social-assistance/personal-discussion", "2023-01-02", "toimeentulotukilaki 1412/1997 14 d § 2 mom. (1023/2022)"],
    ["social-assistance/preventive", "2022-12-31", "toimeentulotukilaki 1412/1997 13 § (923/2000)"],
    ["social-assistance/preventive", "2023-01-01", "toimeentulotukilaki 1412/1997 8 § (1023/2022)"],
    ["integration/kela-notice", "2024-12-31", "laki kotoutumisen edistämisestä 1386/2010 87 a § (936/2022)"],
    ["integration/kela-notice", "2025-01-01", "laki kotoutumisen edistämisestä 681/2023 84 § 3 mom."]
  ] as const)("%s on %s: %s", (provision, date, expected) => {
    expect(fi(provision, date)).toBe(expected)
  })

  it("before 2017 (Kela's basic assistance did not exist) there is no row: a typed failure naming the provision only", () => {
    const r = StatuteNumbering.at("social-assistance/decision", "2016-12-31")
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r)) {
      expect(r.failure._tag).toBe("ProvisionNotInForce")
      expect(r.failure.rule).toBe("no-row-for-date")
      expect(r.failure.message).not.toContain("2016")
    }
  })

  it("a text that is not a date is refused (rule not-a-date), not compared as a string", () => {
    const r = StatuteNumbering.at("social-assistance/decision", "2023-02-30")
    expect(Result.isFailure(r) && r.failure.rule).toBe("not-a-date")
  })

  it("the integration notice has no two-month initial-assessment limit in 2023–2024 (936/2022)", () => {
    expect(Result.isFailure(StatuteNumbering.at("integration/initial-assessment", "2023-06-01"))).toBe(true)
    expect(Result.isSuccess(StatuteNumbering.at("integration/initial-assessment", "2022-06-01"))).toBe(true)
  })

  it("periods of one provision never overlap and every row names where it was read", () => {
    const provisions = new Set(StatuteNumbering.rows.map((r) => r.provision))
    for (const p of provisions) {
      const h = StatuteNumbering.history(p)
      for (let i = 1; i < h.length; i++) {
        const prev = h[i - 1]?.ref
        const cur = h[i]?.ref
        expect(prev?.validTo).toBeDefined()
        expect((prev?.validTo ?? "") < (cur?.validFrom ?? "")).toBe(true)
      }
    }
    for (const r of StatuteNumbering.rows) expect(r.read.length).toBeGreaterThan(0)
  })

  it("changesBetween tells a limit that starts under one numbering and ends under another", () => {
    expect(StatuteNumbering.changesBetween("social-assistance/decision", "2022-12-28", "2023-01-05")).toBe(true)
    expect(StatuteNumbering.changesBetween("social-assistance/urgent-decision", "2022-12-28", "2023-01-05")).toBe(false)
  })
})
