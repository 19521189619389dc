import { Catalog } from "@osallistava/core"
import { describe, expect, it } from "vitest"
import { catalogs } from "../src/messages.js"

// Names and symbols that read the same in every language; "to" is Finnish for Thursday (torstai) in the weekdays;
// MiB is the unit of a size limit.
const names = ["osallistava", "ms", "lang", "help", "to", "MiB"]

describe("cli message catalog: every text in fi and sv, none left in English", () => {
  it("every catalog passes the check", () => {
    for (const [name, catalog] of Object.entries(catalogs))
      expect({ name, problems: Catalog.check(catalog, { names }) }).toEqual({ name, problems: [] })
  })

  it("renders every message in fi and sv with its placeholders filled", () => {
    const values = {
      month: "3/2026",
      amount: "1\u00a0234,56\u00a0€",
      excess: "12,00\u00a0€",
      date: "1.3.2026",
      weekday: "su",
      n: 3,
      records: 10,
      ok: 9,
      errors: 1,
      ms: 12,
      command: "avain score",
      ref: "laki säädettyjen määräaikain laskemisesta 150/1930 5 §",
      type: "Hakemus",
      notices: 7,
      reached: "80\u00a0%",
      attended: "60\u00a0%",
      assessed: "40\u00a0%",
      median: 3,
      p90: 9,
      attained: 1,
      evaluated: 2,
      kind: "virheellinen arvo",
      rule: "R1",
      provision: "P1",
      stage: "vastaanotettu",
      position: "rivi 3, sarake 7",
      option: "--x",
      other: "y",
      options: "--a, --b",
      choices: "a, b",
      min: 1,
      max: 9,
      first: 1900,
      last: 2100,
      from: "1.3.2026",
      to: "31.12.2026",
      second: 5,
      later: 10,
      person: "50,00\u00a0€",
      family: "100,00\u00a0€",
      age: 16,
      short: "120,00\u00a0€",
      long: "180,00\u00a0€",
      months: 3,
      annex: 2026,
      percent: 5,
      group: "avain",
      bytes: 67108864,
      line: 1,
      column: 7,
      problem: "rivi 3"
    }
    for (const catalog of Object.values(catalogs))
      for (const key of Object.keys(catalog))
        for (const lang of ["fi", "sv"] as const) {
          const s = Catalog.text(catalog, key, lang, values)
          expect(s).not.toMatch(/\{\w+\}/)
          expect(Catalog.untranslated(s, names)).toEqual([])
        }
  })
})
