import { describe, expect, it } from "vitest"
import { Catalog, FormatDate, FormatNumber, LocalDate } from "../src/index.js"

describe("FormatDate: dates for people (Kotus: 1.3.2026 in Finnish and in Finland's Swedish)", () => {
  it("day.month.year without leading zeros in fi and sv, ISO 8601 in en", () => {
    const d = LocalDate.unsafeFrom("2026-03-01")
    expect(FormatDate.date(d, "fi")).toBe("1.3.2026")
    expect(FormatDate.date(d, "sv")).toBe("1.3.2026")
    expect(FormatDate.date(d, "en")).toBe("2026-03-01")
    expect(FormatDate.date("2027-12-31", "fi")).toBe("31.12.2027")
  })
  it("a period: 1.1.2027–31.12.2027 (fi, sv), 2027-01-01 – 2027-12-31 (en)", () => {
    expect(FormatDate.range("2027-01-01", "2027-12-31", "fi")).toBe("1.1.2027–31.12.2027")
    expect(FormatDate.range("2027-01-01", "2027-12-31", "en")).toBe("2027-01-01 – 2027-12-31")
  })
  it("a month: 3/2026 (fi, sv), 2026-03 (en); anything else is left as it is", () => {
    expect(FormatDate.month("2026-03", "fi")).toBe("3/2026")
    expect(FormatDate.month("2017-12", "sv")).toBe("12/2017")
    expect(FormatDate.month("2026-03", "en")).toBe("2026-03")
    expect(FormatDate.month("2026-3", "fi")).toBe("2026-3")
  })
})

describe("FormatNumber: decimal comma and no-break-space groups in fi and sv", () => {
  it("1 234,57 (fi, sv), 1,234.57 (en)", () => {
    expect(FormatNumber.decimal(1234.567, 2, "fi")).toBe("1\u00a0234,57")
    expect(FormatNumber.decimal(1234.567, 2, "sv")).toBe("1\u00a0234,57")
    expect(FormatNumber.decimal(1234.567, 2, "en")).toBe("1,234.57")
    expect(FormatNumber.decimal(0.2749, 2, "fi")).toBe("0,27")
    expect(FormatNumber.decimal(-0.5, 1, "fi")).toBe("\u22120,5")
    expect(FormatNumber.decimal(-0.001, 2, "fi")).toBe("0,00")
    expect(FormatNumber.decimal(Number.NaN, 2, "fi")).toBe("–")
  })
  it("significant digits and percentages", () => {
    expect(FormatNumber.significant(0.01097, 2, "sv")).toBe("0,011")
    expect(FormatNumber.significant(0.01097, 2, "en")).toBe("0.011")
    expect(FormatNumber.percent(0.8, "fi")).toBe("80\u00a0%")
    expect(FormatNumber.percent(0.8, "en")).toBe("80%")
    expect(FormatNumber.percent(null, "sv")).toBe("–")
  })
})

describe("Catalog: the check every package runs over its messages", () => {
  const good = Catalog.make({
    spells: { fi: "jaksoja {n}, päättyi {m}", sv: "perioder {n}, avslutade {m}", en: "spells {n}, ended {m}" },
    kela: { fi: "Kela: {n}", sv: "FPA: {n}", en: "Kela: {n}" }
  })
  it("passes a translated catalog and renders with placeholders", () => {
    expect(Catalog.check(good, { names: ["Kela"] })).toEqual([])
    expect(Catalog.check(good)).toEqual([{ key: "kela", language: "fi", rule: "same-as-english" }])
    expect(Catalog.text(good, "spells", "sv", { n: 290, m: 177 })).toBe("perioder 290, avslutade 177")
  })
  it("fails a Finnish text equal to the English one", () => {
    const bad = { a: { fi: "Kela", sv: "FPA", en: "Kela" }, b: { fi: "new", sv: "ny", en: "new" } }
    expect(Catalog.check(bad)).toEqual([
      { key: "a", language: "fi", rule: "same-as-english" },
      { key: "b", language: "fi", rule: "same-as-english" },
      { key: "b", language: "fi", rule: "english-word", word: "new" }
    ])
    expect(Catalog.check(bad, { names: ["Kela"] })).toHaveLength(2)
  })
  it("fails an English word inside a Swedish text, a program identifier, a missing key or language, other placeholders", () => {
    const bad = {
      a: { fi: "aloitettu {n}", sv: "påbörjade {n}, evaluated {m}", en: "started {n}, evaluated {m}" },
      b: { fi: "tyyppi SocialWorkNeeded", sv: "typ avain-start.", en: "type x" },
      c: { fi: "", sv: "x", en: "y" }
    }
    expect(Catalog.check(bad, { keys: ["d"] })).toEqual([
      { key: "a", language: "fi", rule: "placeholders" },
      { key: "a", language: "sv", rule: "english-word", word: "evaluated" },
      { key: "b", language: "fi", rule: "identifier", word: "SocialWorkNeeded" },
      { key: "b", language: "sv", rule: "identifier", word: "avain-start" },
      { key: "c", language: "fi", rule: "missing" },
      { key: "d", language: "fi", rule: "missing" },
      { key: "d", language: "sv", rule: "missing" },
      { key: "d", language: "en", rule: "missing" }
    ])
  })
  it("Swedish and Finnish words that look English are not flagged", () => {
    expect(
      Catalog.untranslated("Anmälningar kommer in under en plan, median 7 mån; social service per klient")
    ).toEqual([])
    expect(Catalog.untranslated("Asiakkuus on avoin; eTotu-ilmoitukset saapuvat; log-rank-testi")).toEqual([])
    expect(Catalog.untranslated("tila in-progress, vaihe avain-start")).toEqual(["in-progress", "avain-start"])
  })
})
