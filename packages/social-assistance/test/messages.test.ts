/**
 * The package's message catalog (`src/messages.ts`, core's `Catalog`): every entry in fi, sv and en, the same
 * placeholders, and no untranslated English in a Finnish or Swedish text, as written and as rendered.
 */
import { Catalog } from "@osallistava/core"
import { describe, expect, it } from "vitest"
import * as Messages from "../src/messages.js"
import { flagIds } from "../src/rules/trace.js"

/** Names and abbreviations that are the same in every language. */
const names = ["Kela", "SISU", "STM"]

describe("social-assistance message catalog: every text in fi, sv and en, none left in English", () => {
  it("has a note for every flag a decision may carry, and nothing else", () => {
    expect(Object.keys(Messages.flags).sort()).toEqual([...flagIds].sort())
    expect(Catalog.check(Messages.flags, { keys: [...flagIds], names })).toEqual([])
  })

  it("every catalog passes core's check (fi, sv, en present, same placeholders, no English in fi or sv)", () => {
    for (const [name, catalog] of Object.entries(Messages.catalogs))
      expect({ name, problems: Catalog.check(catalog, { names }) }).toEqual({ name, problems: [] })
  })

  it("renders every entry in fi and sv with its placeholders filled and no English word", () => {
    for (const catalog of Object.values(Messages.catalogs) as ReadonlyArray<Catalog.Catalog>)
      for (const key of Object.keys(catalog))
        for (const lang of ["fi", "sv"] as const) {
          const s = Catalog.text(catalog, key, lang, {
            who: "a",
            total: "1 000,00 €",
            disregard: "150,00 €",
            counted: "850,00 €"
          })
          expect(s).not.toMatch(/\{\w+\}/)
          expect(Catalog.untranslated(s, names)).toEqual([])
        }
  })

  it("the check would catch an English text left in a Finnish entry (the test can fail)", () => {
    const bad = Catalog.make({
      x: { fi: "The limit is provisional.", sv: "Gränsen är preliminär.", en: "The limit is provisional." }
    })
    expect(Catalog.check(bad, { names })).not.toEqual([])
  })
})
